package io.github.workreport.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The style of the small values made only by {@code of(...)} and {@code parse}, such as {@code
 * Quantity} and {@code Span}: {@link ValueStyle} without builder and without {@code with*} copies.
 *
 * <p>It exists so that the value classes carry a bare {@code @Value.Immutable}: attributes written on
 * that annotation ({@code @Value.Immutable(builder = false)}) stay in the class file, and a consumer
 * compiling against the jar without Immutables on its class path gets the warning "Cannot find
 * annotation method 'builder()'", which fails builds that use {@code -Werror}. On this annotation
 * the attributes are only read by the processor.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(builder = false, copy = false),
    optionalAcceptNullable = false,
    depluralize = true)
public @interface TupleStyle {}
