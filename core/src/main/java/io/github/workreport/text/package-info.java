/**
 * Reading Chinese: numbers, units, targets in task text, measures in narratives, matching the two,
 * declared status, and the table text reader.
 */
@ValueStyle
package io.github.workreport.text;

import io.github.workreport.internal.ValueStyle;
