package org.carecircle.discord;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a REST base for its gateway ({@code GET gateway/bot}) when DISCORD_API_URL is set without
 * DISCORD_GATEWAY_URL, as Discord's own clients do: a REST proxy answers with the gateway to use,
 * and JDA alone would go straight to Discord's.
 */
final class GatewayDiscovery {
  private static final Logger log = LoggerFactory.getLogger(GatewayDiscovery.class);

  private GatewayDiscovery() {}

  /** The gateway URL the REST base names, or null when it names none or cannot be asked. */
  static String discover(String restBaseUrl, String token) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(restBaseUrl + "gateway/bot"))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bot " + token)
            .GET()
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        log.warn("GET gateway/bot answered {}; using Discord's gateway", response.statusCode());
        return null;
      }
      String url = DataObject.fromJson(response.body()).getString("url", null);
      return url == null || url.isBlank() ? null : url;
    } catch (IOException | RuntimeException e) {
      log.warn("Could not ask the REST base for its gateway ({}); using Discord's", e.getClass().getSimpleName());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
