/**
 * The indicator calculators: pure functions over primitives for scalar cases and the kernels that
 * every panel computation reaches.
 *
 * <p>Conventions follow the indicator catalogue in {@code docs/indicators.md}: invalid input (negative
 * trade values, non-finite numbers, arrays of different lengths) is rejected with an {@link
 * java.lang.IllegalArgumentException} naming the argument and the bad value; an undefined result (a
 * zero denominator) is an {@link java.lang.ArithmeticException} naming the quantity that is zero.
 */
@NullMarked
package io.github.digitrade.calc;

import org.jspecify.annotations.NullMarked;
