package org.impsci.assessment.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * A parameterized test run once for each of {@link #value()} {@link SeededCase}s, each invocation
 * named by the case's index and seed: the test method takes one {@code SeededCase} and generates
 * its input from {@link SeededCase#random()}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ArgumentsSource(SeededCases.Provider.class)
public @interface SeededCases {
  /** How many cases to generate. */
  int value();

  /** Supplies the cases of a {@link SeededCases} test. */
  final class Provider extends AnnotationBasedArgumentsProvider<SeededCases> {
    @Override
    protected Stream<? extends Arguments> provideArguments(
        ParameterDeclarations parameters, ExtensionContext context, SeededCases annotation) {
      return SeededCase.cases(annotation.value()).map(Arguments::of);
    }
  }
}
