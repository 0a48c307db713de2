package org.carecircle.core.groups;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carecircle.core.conversation.RegionResolver;

/**
 * What a person asked for in "/groups breast caregiver UK": cancer types, audience, region,
 * language, and the words that matched none of those.
 */
public record GroupQuery(
    Set<String> cancerTypes, Set<String> audience, String region, String language, Set<String> words) {

  private static final Map<String, String> AUDIENCE_WORDS =
      Map.ofEntries(
          Map.entry("patient", "patient"),
          Map.entry("patients", "patient"),
          Map.entry("caregiver", "caregiver"),
          Map.entry("caregivers", "caregiver"),
          Map.entry("carer", "caregiver"),
          Map.entry("carers", "caregiver"),
          Map.entry("family", "caregiver"),
          Map.entry("survivor", "survivor"),
          Map.entry("survivors", "survivor"),
          Map.entry("bereaved", "bereaved"),
          Map.entry("bereavement", "bereaved"),
          Map.entry("grief", "bereaved"),
          Map.entry("teen", "teen"),
          Map.entry("teens", "teen"),
          Map.entry("teenager", "teen"),
          Map.entry("young", "young-adult"),
          Map.entry("young-adult", "young-adult"),
          Map.entry("aya", "young-adult"));

  private static final Map<String, String> LANGUAGE_WORDS =
      Map.of(
          "english", "en", "german", "de", "deutsch", "de", "french", "fr", "français", "fr",
          "spanish", "es", "español", "es", "italian", "it");

  private static final Set<String> CANCER_TYPES =
      Set.of(
          "breast", "lung", "prostate", "bowel", "colorectal", "colon", "blood", "leukaemia",
          "leukemia", "lymphoma", "myeloma", "skin", "melanoma", "ovarian", "cervical", "pancreatic",
          "brain", "head-and-neck", "kidney", "bladder", "stomach", "liver", "testicular", "thyroid",
          "sarcoma", "childhood");

  public GroupQuery {
    cancerTypes = Set.copyOf(cancerTypes);
    audience = Set.copyOf(audience);
    words = Set.copyOf(words);
  }

  /** Reads free words; a two-letter country code or "UK" sets the region, else the person's own. */
  public static GroupQuery parse(String text, String personRegion) {
    Set<String> types = new LinkedHashSet<>();
    Set<String> audience = new LinkedHashSet<>();
    Set<String> rest = new LinkedHashSet<>();
    String region = personRegion;
    String language = null;
    for (String raw : text.toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
      String word = raw.replaceAll("[^\\p{L}\\p{N}-]", "");
      if (word.isEmpty()) {
        continue;
      }
      if (CANCER_TYPES.contains(word)) {
        types.add(canonicalType(word));
      } else if (AUDIENCE_WORDS.containsKey(word)) {
        audience.add(AUDIENCE_WORDS.get(word));
      } else if (LANGUAGE_WORDS.containsKey(word)) {
        language = LANGUAGE_WORDS.get(word);
      } else if (word.length() == 2 && RegionResolver.normalise(word).isPresent()) {
        region = RegionResolver.normalise(word).get();
      } else {
        rest.add(word);
      }
    }
    return new GroupQuery(types, audience, region, language, rest);
  }

  private static String canonicalType(String word) {
    return switch (word) {
      case "colorectal", "colon" -> "bowel";
      case "leukemia" -> "leukaemia";
      default -> word;
    };
  }
}
