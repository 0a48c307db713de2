package org.carecircle.kb;

import java.util.List;

/** A crisis line or emergency number for one region, and the escalation levels it serves. */
public record CrisisResource(
    String id, String region, String name, String contact, String url, List<String> kinds) {

  public CrisisResource {
    kinds = List.copyOf(kinds);
  }

  /** True when this resource serves the given level name (crisis, medical, distress). */
  public boolean serves(String kind) {
    return kinds.contains(kind);
  }
}
