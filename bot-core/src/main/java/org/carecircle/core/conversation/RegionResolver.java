package org.carecircle.core.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Picks the region for contacts from a platform's language hint, or the configured default. */
public final class RegionResolver {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private final String defaultRegion;

  public RegionResolver(String defaultRegion) {
    this.defaultRegion =
        normalise(defaultRegion)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "BOT_DEFAULT_REGION must be a two-letter ISO 3166 code, got '"
                            + defaultRegion
                            + "'"));
  }

  public String defaultRegion() {
    return defaultRegion;
  }

  /** "en-GB" and "en_GB" give GB; a bare language ("en") or none gives the default region. */
  public String fromHint(String languageHint) {
    if (languageHint == null) {
      return defaultRegion;
    }
    String[] parts = languageHint.replace('_', '-').split("-");
    if (parts.length < 2) {
      return defaultRegion;
    }
    return normalise(parts[parts.length - 1]).orElse(defaultRegion);
  }

  /** An ISO 3166 alpha-2 code in upper case, or empty when the text is not one. */
  public static Optional<String> normalise(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if ("UK".equals(upper)) {
      return Optional.of("GB");
    }
    return COUNTRIES.contains(upper) ? Optional.of(upper) : Optional.empty();
  }
}
