package org.carecircle.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's own HTTP endpoint: {@code /healthz} for orchestrators, {@code /metrics} in Prometheus
 * text, and the Telegram webhook when webhook mode is on.
 */
final class OpsServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
  private final HttpServer server;
  private final ExecutorService executor;

  OpsServer(int port, PrometheusMeterRegistry registry, List<HealthCheck> checks) throws IOException {
    server = HttpServer.create(new InetSocketAddress(port), 64);
    executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "ops-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/healthz", exchange -> health(exchange, checks));
    server.createContext(
        "/metrics",
        exchange ->
            respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
  }

  void mount(String path, HttpHandler handler) {
    server.createContext(path, handler);
  }

  void start() {
    server.start();
    log.info("Health and metrics on port {} (/healthz, /metrics)", port());
  }

  int port() {
    return server.getAddress().getPort();
  }

  private static void health(HttpExchange exchange, List<HealthCheck> checks) throws IOException {
    StringBuilder json = new StringBuilder("{\"status\":");
    boolean all = true;
    StringBuilder parts = new StringBuilder();
    for (HealthCheck check : checks) {
      boolean ok;
      try {
        ok = check.healthy();
      } catch (RuntimeException e) {
        ok = false;
      }
      all &= ok;
      parts.append(parts.length() == 0 ? "" : ",").append('"').append(check.name()).append("\":\"")
          .append(ok ? "up" : "down").append('"');
    }
    json.append(all ? "\"ok\"" : "\"degraded\"").append(",\"checks\":{").append(parts).append("}}");
    respond(exchange, all ? 200 : 503, "application/json", json.toString());
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
