/**
 * The indicator calculators: pure functions over primitives for scalar cases and the kernels that
 * every panel computation reaches.
 *
 * <p>Conventions follow the indicator catalogue in {@code docs/indicators.md}: invalid input (negative
 * trade values, non-finite numbers, arrays of different lengths) is rejected with an {@link
 * java.lang.IllegalArgumentException} naming the argument and the bad value; an undefined result (a
 * zero denominator) is an {@link java.lang.ArithmeticException} naming the quantity that is zero.
 * Over a matrix, labels that would make a cell undefined are left out and listed in the result's
 * {@code excluded()}. Shares and growth rates are fractions.
 *
 * <pre>{@code
 * Growth.cagr(1690, 2710, 4);                                // 0.1253
 * DigitalTrade.ddsShare(294.76, 661.72);                     // 0.4454
 * Concentration.hhi(new double[] {50, 30, 20});              // 0.38
 * LabeledMatrix rca = Specialization.rca(LabeledMatrix.of(
 *     List.of("CHN", "IDN"), List.of("8517", "1511"), new double[] {90, 10, 5, 45}));
 * rca.get("IDN", "1511");                                    // 2.4545
 * }</pre>
 */
@NullMarked
package io.github.digitrade.calc;

import org.jspecify.annotations.NullMarked;
