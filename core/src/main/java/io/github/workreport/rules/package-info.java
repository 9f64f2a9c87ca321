/**
 * The outcome rules: {@link io.github.workreport.rules.Classifier} judges every task of a report
 * against its targets under a {@link io.github.workreport.rules.ClassificationPolicy} and explains
 * the result.
 */
@ValueStyle
package io.github.workreport.rules;

import io.github.workreport.internal.ValueStyle;
