package org.impsci.assessment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every impsci value type, in every module.
 *
 * <p>Generated classes are named {@code ImmutableX} and are package-private: they are not part of
 * the API. Each value type offers its own builder, the builder-extension pattern of Immutables:
 *
 * <pre>
 * &#64;Value.Immutable
 * &#64;ImpsciStyle
 * &#64;JsonSerialize(as = ImmutableX.class)
 * &#64;JsonDeserialize(as = ImmutableX.class)
 * public interface X {
 *   String id();
 *
 *   static Builder builder() {
 *     return new Builder();
 *   }
 *
 *   final class Builder extends ImmutableX.Builder {
 *     Builder() {}
 *   }
 * }
 * </pre>
 *
 * <p>The generated setters return {@code X.Builder}, {@code build()} returns {@code X}
 * ({@code overshadowImplementation}), and {@code X.builder().from(x)} copies a value to change some
 * of its attributes. Collections are JDK collections. Jackson reads the generated class through
 * its package-private creator, so every package with value types is {@code opens}ed to Jackson
 * in {@code module-info}. A default method is an attribute only when marked
 * {@code @Value.Default}; derived values that must stay out of JSON are
 * {@code @JsonIgnore @Value.Lazy}.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = false,
    allParameters = false,
    forceJacksonPropertyNames = true,
    clearBuilder = false,
    throwForInvalidImmutableState = IllegalArgumentException.class)
public @interface ImpsciStyle {}
