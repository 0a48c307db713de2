package org.carecircle.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
  private final TextNormaliser normaliser = new TextNormaliser();

  private String words(String text) {
    return normaliser.normalise(text).words();
  }

  @Test
  void foldsCaseAccentsAndLookAlikeLetters() {
    // Cyrillic а, е, о and a Greek ο stand in for Latin letters
    assertThat(words("I WАNT tо dіе")).isEqualTo("i want to die");
    assertThat(words("Ｉ ｗａｎｔ ｔｏ ｄｉｅ")).isEqualTo("i want to die");
    assertThat(words("dié")).isEqualTo("die");
  }

  @Test
  void stripsMarkdownSpoilersAndInvisibleCharacters() {
    assertThat(words("||**kill**|| my\u200Bself")).isEqualTo("kill myself");
    assertThat(words("__end it__ ~~all~~")).isEqualTo("end it all");
    assertThat(words("[click](https://example.org) > quoted")).isEqualTo("click quoted");
  }

  @Test
  void decodesLeetspeakButKeepsNumbersWithUnits() {
    assertThat(words("k1ll mys3lf")).isEqualTo("kill myself");
    assertThat(words("$uicidal")).isEqualTo("suicidal");
    assertThat(normaliser.normalise("38.5c after chemo").folded()).contains("38.5c");
  }

  @Test
  void joinsLettersSpacedApartAndSplitsThemIntoWords() {
    assertThat(words("k i l l myself")).isEqualTo("kill myself");
    assertThat(words("s.u.i.c.i.d.a.l")).isEqualTo("suicidal");
    assertThat(words("k i l l m y s e l f")).isEqualTo("kill myself");
  }

  @Test
  void expandsContractionsSlangAndCommonMisspellings() {
    assertThat(words("I don't wanna live")).isEqualTo("i do not want to live");
    assertThat(words("im sucidal, cant cope")).isEqualTo("i am suicidal , cannot cope");
    assertThat(words("killlll myslef")).isEqualTo("kill myself");
  }

  @Test
  void keepsSentenceBoundariesAndQuestionsAsTokens() {
    assertThat(words("Is 38 a fever? I'm on chemo.")).isEqualTo("is 38 a fever ? i am on chemo .");
  }

  @Test
  void noticesLaughter() {
    assertThat(normaliser.normalise("i'm dead lol").laughing()).isTrue();
    assertThat(normaliser.normalise("this is it \uD83D\uDE02").laughing()).isTrue();
    assertThat(normaliser.normalise("i feel lonely").laughing()).isFalse();
  }

  @Test
  void copesWithNothing() {
    assertThat(normaliser.normalise(null).words()).isEmpty();
    assertThat(normaliser.normalise("").words()).isEmpty();
    assertThat(normaliser.normalise("\uD83D\uDE00\uD83D\uDE00").words()).isEmpty();
  }
}
