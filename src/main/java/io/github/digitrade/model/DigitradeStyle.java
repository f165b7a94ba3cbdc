package io.github.digitrade.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one code-generation style of the value types in this package: implementations stay package
 * private, builders are strict, accessors have no {@code get} prefix, and the generated code carries
 * no annotation that users would need at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    get = {"is*", "get*"},
    allowedClasspathAnnotations = {org.immutables.value.Generated.class},
    defaults = @Value.Immutable(copy = true))
@interface DigitradeStyle {}
