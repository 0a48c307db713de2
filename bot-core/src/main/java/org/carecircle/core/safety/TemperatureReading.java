package org.carecircle.core.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body temperature read from free text: "38.5", "38,5C", "101 F", "100.4°F", "39 degrees",
 * "temp of 38". Celsius and Fahrenheit are told apart by the unit or, without one, by the range.
 *
 * @param value the number as written
 * @param unit 'C' or 'F'
 * @param start where the reading starts in the text it was read from
 * @param end where it ends
 */
record TemperatureReading(double value, char unit, int start, int end) {

  /** Fever threshold during chemotherapy: 38.0 C, which is 100.4 F. */
  static final double FEVER_CELSIUS = 38.0;

  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("(?<![\\d.,:/£$€])(\\d{2,3}(?:[.,]\\d{1,2})?)(?![\\d]|[.,]\\d|:\\d|/\\d)"
          + "(\\s{0,2}(?:°|º|deg(?:rees?|s)?\\.?|o(?![a-z]))?\\s{0,2}(?:celsius|centigrade"
          + "|fahrenheit|cel|fah|c|f)?)(?![a-z])");
  private static final Pattern TEMPERATURE_WORD =
      Pattern.compile("(?<![a-z])(?:temps?|temperature|fever|febrile|thermometer|reading|spiked"
          + "|spiking|running|registered|measured|hit|reads|went up to|up to|climbed|rising|risen"
          + "|rose|degrees?)(?![a-z])");
  private static final int LOOK_AROUND = 28;

  /** Every plausible body temperature in the text, in order. */
  static List<TemperatureReading> readAll(String text) {
    List<TemperatureReading> readings = new ArrayList<>();
    Matcher m = NUMBER_AND_UNIT.matcher(text);
    int found = 0;
    while (m.find() && found++ < 200) {
      String number = m.group(1).replace(',', '.');
      double value;
      try {
        value = Double.parseDouble(number);
      } catch (NumberFormatException e) {
        continue;
      }
      String unitText = m.group(2).trim().toLowerCase(Locale.ROOT);
      boolean hasDegree = unitText.contains("°") || unitText.contains("º")
          || unitText.startsWith("deg") || unitText.startsWith("o");
      char unit = unitOf(unitText, value);
      if (unit == '?') {
        continue;
      }
      boolean explicitUnit = hasDegree || unitText.endsWith("c") || unitText.endsWith("f")
          || unitText.endsWith("celsius") || unitText.endsWith("fahrenheit")
          || unitText.endsWith("cel") || unitText.endsWith("fah");
      boolean decimal = number.contains(".");
      if (!explicitUnit && !decimal && !nearTemperatureWord(text, m.start(), m.end())) {
        continue;
      }
      if (!explicitUnit && decimal && !plausibleWithoutUnit(value)) {
        continue;
      }
      readings.add(new TemperatureReading(value, unit, m.start(), m.end()));
    }
    return readings;
  }

  double celsius() {
    return unit == 'F' ? (value - 32.0) * 5.0 / 9.0 : value;
  }

  boolean isFever() {
    return celsius() >= FEVER_CELSIUS - 1e-9 && celsius() < 44.0;
  }

  /** How a moderator reads it: "38.6 °C" or "101.0 °F (38.3 °C)". */
  String describe() {
    if (unit == 'F') {
      return String.format(Locale.ROOT, "%.1f °F (%.1f °C)", value, celsius());
    }
    return String.format(Locale.ROOT, "%.1f °C", value);
  }

  private static char unitOf(String unitText, double value) {
    boolean celsiusRange = value >= 34.0 && value <= 43.5;
    boolean fahrenheitRange = value >= 93.0 && value <= 110.0;
    if (unitText.endsWith("f") || unitText.endsWith("fahrenheit") || unitText.endsWith("fah")) {
      return fahrenheitRange ? 'F' : '?';
    }
    if (unitText.endsWith("c") || unitText.endsWith("celsius") || unitText.endsWith("centigrade")
        || unitText.endsWith("cel")) {
      return celsiusRange ? 'C' : '?';
    }
    if (celsiusRange) {
      return 'C';
    }
    return fahrenheitRange ? 'F' : '?';
  }

  private static boolean plausibleWithoutUnit(double value) {
    return (value >= 35.0 && value <= 42.5) || (value >= 95.0 && value <= 108.0);
  }

  private static boolean nearTemperatureWord(String text, int start, int end) {
    String around =
        text.substring(Math.max(0, start - LOOK_AROUND), Math.min(text.length(), end + LOOK_AROUND));
    return TEMPERATURE_WORD.matcher(around).find();
  }
}
