// A tour of digitrade in JShell. Open it with the library on the class path:
//
//   ./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DincludeScope=runtime
//   jshell --class-path "target/classes:$(cat target/cp.txt)" docs/tour.jsh
//
// Every snippet below runs in the test suite (TourTest), so what you read here works.

import io.github.digitrade.calc.*
import io.github.digitrade.report.*
import java.util.List

// 1. Compensated sums: the order of the values does not change the result
Sums.sum(new double[] {1e100, 1.0, -1e100})

// 2. Results carry their labels, and say which labels were left out and why
LabeledVector shares = LabeledVector.of(List.of("USA", "HKG", "JPN"), new double[] {0.163, 0.104, 0.049})
shares.get("HKG")
shares.top(2)

// 3. Charts are self-contained SVG
Chart chart = Chart.bars("Export shares by partner", "share of exports", shares)
chart.svg().startsWith("<svg")

// 4. A report renders the same content as a text brief and as one HTML file
Table table = Table.builder("Export shares").columns("partner", "share").row("USA", "16.3%").row("HKG", "10.4%").unit("% of exports").source("illustrative").build()
Report report = Report.builder("My first brief").section("Partners").table(table).chart(chart).build()
System.out.print(report.toText())
report.toHtml().contains("<svg")
