package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.function.Function;

/**
 * Coverage-guided fuzzing of the {@code parse} methods of the value types: for any text, {@code
 * parse} returns a value whose {@code toString()} parses back to an equal value, or throws the
 * documented {@link IllegalArgumentException} with a message — never another exception. Under
 * {@code ./mvnw test} it replays the committed corpus in {@code
 * src/test/resources/io/github/digitrade/model/ParseFuzzTestInputs}; with {@code JAZZER_FUZZ=1} it
 * fuzzes (see docs/fuzzing.md).
 */
class ParseFuzzTest {

  private static <T> void roundTrip(String text, Function<String, T> parse) {
    T value;
    try {
      value = parse.apply(text);
    } catch (IllegalArgumentException documented) {
      assertThat(documented.getMessage()).isNotBlank();
      return;
    }
    assertThat(parse.apply(value.toString())).isEqualTo(value);
  }

  @FuzzTest(maxDuration = "2m")
  void parse(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    roundTrip(text, Money::parse);
    roundTrip(text, Period::parse);
    roundTrip(text, ProductCode::parse);
    roundTrip(text, Partner::parse);
    roundTrip(text, Status::parse);
    roundTrip(text, Vintage::parse);
    roundTrip(text, PilotZone.AdminLevel::parse);
  }

  @FuzzTest(maxDuration = "2m")
  void moneyOf(FuzzedDataProvider data) {
    String currency = data.consumeString(4);
    String amount = data.consumeRemainingAsString();
    try {
      Money m = Money.of(amount, currency);
      assertThat(Money.parse(m.toString())).isEqualTo(m);
      assertThat(m.amount().scale()).isBetween(0, Money.MAX_SCALE);
    } catch (IllegalArgumentException documented) {
      assertThat(documented.getMessage()).isNotBlank();
    }
  }
}
