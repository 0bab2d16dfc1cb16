package org.impsci.assessment.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks the public builders of a library module's value types, inside a module layer, as a
 * module-path user sees them: the generated {@code Immutable*} classes are not public, and every
 * public type that one of them implements offers {@code builder()}.
 *
 * <p>{@code @Value.Immutable} is not kept in class files, so a value type is found through its
 * generated class: every type in an exported package whose simple name starts with {@code
 * Immutable} is a generated class, and the public types it extends or implements from the same
 * module are value types.
 */
public final class ValueTypeAssertions {
  private ValueTypeAssertions() {}

  /**
   * Asserts the builder rules for every value type in the module's exported packages, and that at
   * least {@code atLeast} value types, among them {@code named} (binary names), were checked.
   */
  public static void assertPublicBuilders(
      ModuleLayer layer, String module, int atLeast, String... named) {
    Module m = layer.findModule(module).orElseThrow();
    ModuleDescriptor descriptor = m.getDescriptor();
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    Set<String> valueTypes = new TreeSet<>();
    for (Class<?> type : classes(layer, module, exported)) {
      if (!type.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      assertThat(Modifier.isPublic(type.getModifiers()))
          .as("%s is a generated class and must not be public", type.getName())
          .isFalse();
      List<Class<?>> supers = new ArrayList<>(List.of(type.getInterfaces()));
      supers.add(type.getSuperclass());
      for (Class<?> s : supers) {
        if (s != null && s.getModule() == m && Modifier.isPublic(s.getModifiers())) {
          assertHasBuilder(s);
          valueTypes.add(s.getName());
        }
      }
    }
    assertThat(valueTypes.size()).as("value types found in " + module).isGreaterThanOrEqualTo(atLeast);
    assertThat(valueTypes).contains(named);
  }

  /**
   * Asserts that {@code type} has a public static {@code builder()} returning a public, nested
   * builder whose setters chain and whose {@code build()} is declared to return {@code type}, and
   * that building an empty builder gives an instance of {@code type} or fails in its value check
   * or naming it.
   */
  private static void assertHasBuilder(Class<?> type) {
    try {
      Method builder = type.getMethod("builder");
      assertThat(Modifier.isStatic(builder.getModifiers())).as(type + ".builder()").isTrue();
      Class<?> builderType = builder.getReturnType();
      assertThat(Modifier.isPublic(builderType.getModifiers())).as(builderType.getName()).isTrue();
      assertThat(builderType.getEnclosingClass()).as(builderType.getName()).isEqualTo(type);
      Method build = builderType.getMethod("build");
      assertThat(build.getReturnType()).as(builderType.getName() + ".build()").isEqualTo(type);
      for (Method setter : builderType.getMethods()) {
        if (setter.getDeclaringClass() != Object.class
            && !setter.getName().equals("build")
            && setter.getParameterCount() > 0) {
          assertThat(setter.getReturnType()).as(setter.toString()).isEqualTo(builderType);
        }
      }
      Object empty = builder.invoke(null);
      assertThat(empty).isInstanceOf(builderType);
      try {
        assertThat(build.invoke(empty)).isInstanceOf(type);
      } catch (InvocationTargetException e) {
        // Missing attributes name the type; a failed value check is thrown from the type's code.
        Throwable failure = e.getCause();
        boolean fromTheType =
            Arrays.stream(failure.getStackTrace())
                .anyMatch(f -> f.getClassName().equals(type.getName()));
        assertThat(fromTheType || String.valueOf(failure.getMessage()).contains(type.getSimpleName()))
            .as("an empty %s builder fails in the type's own check or names it: %s", type, failure)
            .isTrue();
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type.getName() + " has no usable public builder()", e);
    }
  }

  private static List<Class<?>> classes(ModuleLayer layer, String module, Set<String> packages) {
    ClassLoader loader = layer.findLoader(module);
    List<Class<?>> classes = new ArrayList<>();
    try (ModuleReader reader =
        layer.configuration().findModule(module).orElseThrow().reference().open()) {
      for (String name : reader.list().collect(Collectors.toList())) {
        if (!name.endsWith(".class") || name.equals("module-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        String pkg = className.substring(0, className.lastIndexOf('.'));
        if (packages.contains(pkg)) {
          classes.add(Class.forName(className, false, loader));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    return classes;
  }
}
