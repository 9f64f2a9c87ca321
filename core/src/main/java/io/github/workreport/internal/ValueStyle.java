package io.github.workreport.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: users see {@code Task}, {@code Task.builder()} and
 * {@code Task.of(...)} while the source declares {@code AbstractTask}.
 *
 * <p>{@code jdkOnly} keeps Guava out of the generated code; {@code allowedClasspathAnnotations}
 * stops the processor from copying {@code @Generated} and similar annotations onto the generated
 * classes, which would otherwise make consumers compiling with {@code -Werror} fail on a missing
 * annotation type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    depluralize = true)
public @interface ValueStyle {}
