/**
 * The main job and the report engine: a brief on a trade data set, printed as text and written as
 * one self-contained HTML file with inline SVG charts.
 *
 * <p>The command line ({@code ./mvnw -q compile exec:java}; {@code --help} lists the options) is
 * an application, not API: its class is not public. {@link io.github.digitrade.report.Report} holds
 * sections of paragraphs, {@link io.github.digitrade.report.Table tables} (with unit and source)
 * and {@link io.github.digitrade.report.Chart charts} (line with growth, columns, bars, diverging
 * bars, steps), and renders them as text or as HTML that loads nothing from the network.
 *
 * <pre>{@code
 * LabeledVector zones = LabeledVector.of(
 *     List.of("2015", "2016", "2018", "2019", "2020", "2022-01", "2022-11", "2025"),
 *     new double[] {1, 13, 35, 59, 105, 132, 165, 178});
 * Report r = Report.builder("Pilot zones")
 *     .section("Rollout")
 *     .chart(Chart.steps("CBEC comprehensive pilot zones", "zones", zones))
 *     .build();
 * r.writeHtml(Path.of("zones.html"));
 * }</pre>
 */
@NullMarked
package io.github.digitrade.report;

import org.jspecify.annotations.NullMarked;
