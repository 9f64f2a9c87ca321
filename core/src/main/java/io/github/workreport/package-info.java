/**
 * The model of a work-report task table: immutable values from the {@link
 * io.github.workreport.Report} down to a {@link io.github.workreport.Quantity}.
 *
 * <p>A {@link io.github.workreport.Report} holds {@link io.github.workreport.Section sections} and
 * {@link io.github.workreport.Task tasks}; a task holds the quantitative {@link
 * io.github.workreport.Target targets} found in its text, the {@link io.github.workreport.Outcome
 * outcome} the document reports (its narrative, the {@link io.github.workreport.Measure measures}
 * found there and the declared {@link io.github.workreport.Status status}) and, once classified, an
 * {@link io.github.workreport.Assessment assessment}.
 *
 * <p>Every value is immutable and thread-safe, rejects {@code null} with a message naming the
 * field, offers a builder, {@code of(...)} factories where the parts are few, and {@code with*}
 * copies. Collections returned are unmodifiable.
 */
@ValueStyle
package io.github.workreport;

import io.github.workreport.internal.ValueStyle;
