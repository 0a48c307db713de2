package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemperatureReadingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "my temp is 38.5 | 38.5",
        "38,5c and shivery | 38.5",
        "101 f since lunch | 38.33",
        "100.4°f this morning | 38.0",
        "39 degrees on day 9 | 39.0",
        "temp of 38 after chemo | 38.0",
        "thermometer says 37.2 | 37.2",
        "102.2 fahrenheit | 39.0",
        "38.1 °c | 38.1"
      })
  void readsCelsiusAndFahrenheitWrittenManyWays(String text, double celsius) {
    List<TemperatureReading> readings = TemperatureReading.readAll(text);
    assertThat(readings).hasSize(1);
    assertThat(readings.get(0).celsius()).isCloseTo(celsius, within(0.01));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i'm 38 and on chemo",
        "appointment at 10:38",
        "cycle 3 of 6, 40 mg of steroids",
        "room 101",
        "£38.50 for parking"
      })
  void ignoresNumbersThatAreNotTemperatures(String text) {
    assertThat(TemperatureReading.readAll(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"38.0 | true", "37.9 | false", "100.4 F | true", "100.2 F | false"})
  void feverStartsAt38CelsiusOr100Point4Fahrenheit(String text, boolean fever) {
    assertThat(TemperatureReading.readAll(text.toLowerCase()).get(0).isFever()).isEqualTo(fever);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"38.6 | 38.6 °C", "101 f | 101.0 °F (38.3 °C)"})
  void describesItselfForModerators(String text, String description) {
    assertThat(TemperatureReading.readAll(text).get(0).describe()).isEqualTo(description);
  }
}
