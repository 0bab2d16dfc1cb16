package org.impsci.assessment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every impsci value type, in every module.
 *
 * <p>Generated classes are named {@code ImmutableX}, are public, use only JDK collections, and
 * have strict builders (setting an attribute twice is an error). Jackson reads them through the
 * generated creator, so each abstract type also carries {@code @JsonDeserialize(as = ImmutableX.class)}.
 * A default method is an attribute only when marked {@code @Value.Default}; derived values that
 * must stay out of JSON are {@code @JsonIgnore @Value.Lazy}.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    strictBuilder = true,
    allParameters = false,
    forceJacksonPropertyNames = true,
    clearBuilder = false)
public @interface ImpsciStyle {}
