package dev.homeytoolkit.console.cli;

import dev.homeytoolkit.api.HomeyClient;
import dev.homeytoolkit.api.TokenSource;
import dev.homeytoolkit.console.runtime.ScriptRuntime;
import dev.homeytoolkit.simulator.HomeySimulator;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The Homey a command talks to, however it was reached: a stored profile, {@code HOMEY_ADDRESS}/{@code HOMEY_TOKEN},
 * or the built-in simulated Homey (demo). Made by {@link ConnectionOptions#connect()}; close it when done (that stops
 * the simulator in demo mode). Holds no secret in its {@code toString()}: the bearer comes from {@link #tokens()}.
 */
public final class Connection implements AutoCloseable {

  /** How the connection was made. */
  public enum Kind { DEMO, ENVIRONMENT, CLOUD, LOCAL }

  private final Kind kind;
  private final String profile;
  private final String address;
  private final String homeyId;
  private final String homeyName;
  private final List<String> scopes;
  private final TokenSource tokens;
  private final OkHttpClient okHttpClient;
  private final HomeySimulator simulator;

  Connection(Kind kind, String profile, String address, String homeyId, String homeyName, List<String> scopes,
      TokenSource tokens, OkHttpClient okHttpClient, HomeySimulator simulator) {
    this.kind = kind;
    this.profile = profile;
    this.address = address;
    this.homeyId = homeyId;
    this.homeyName = homeyName;
    this.scopes = scopes == null ? List.of() : List.copyOf(scopes);
    this.tokens = tokens;
    this.okHttpClient = okHttpClient;
    this.simulator = simulator;
  }

  /** The Homey's base URL, without a trailing slash (e.g. {@code http://192.168.1.50}). */
  public String address() {
    return address;
  }

  /** The Homey's id (sent as {@code X-Homey-ID}). */
  public String homeyId() {
    return homeyId;
  }

  /** The Homey's name, or its id when the token may not read the name. */
  public String homeyName() {
    return homeyName != null ? homeyName : homeyId;
  }

  /** Where the bearer comes from; a cloud session refreshes itself behind it. */
  public TokenSource tokens() {
    return tokens;
  }

  /** True for the built-in simulated Homey. */
  public boolean demo() {
    return kind == Kind.DEMO;
  }

  public Kind kind() {
    return kind;
  }

  /** The stored profile in use, or empty (demo, environment). */
  public Optional<String> profile() {
    return Optional.ofNullable(profile);
  }

  /** The simulator behind a demo connection (to map Athom hosts to it, attach a script executor, …). */
  public Optional<HomeySimulator> simulator() {
    return Optional.ofNullable(simulator);
  }

  /** The token's scopes when known (API keys, demo), else empty. */
  public List<String> scopes() {
    return scopes;
  }

  /**
   * The HTTP client to build API clients on: it logs every call, redacted, to stderr under {@code --verbose}. Share
   * it (e.g. {@code HomeyClient.builder().okHttpClient(connection.okHttpClient())}).
   */
  public OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  /**
   * A homey-api client on this connection: its address, Homey id, tokens and HTTP client, ready for more settings
   * ({@code .timeout(…)}) before {@code build()}. Close the client when done.
   */
  public HomeyClient.Builder clientBuilder() {
    return HomeyClient.builder().address(address).homeyId(homeyId).tokenSource(tokens).okHttpClient(okHttpClient);
  }

  /**
   * A script runtime whose {@code Homey} is {@code client}, on this connection's HTTP client, and on the simulator the
   * Athom hosts sent to it (so cloud-login scripts reach it); the caller adds state, streams and time limits.
   */
  public ScriptRuntime.Builder runtimeBuilder(HomeyClient client) {
    var builder = ScriptRuntime.builder().homey(client, homeyName()).httpClient(okHttpClient);
    if (simulator != null) builder.athomHosts(simulator.baseUrl());
    return builder;
  }

  @Override public void close() {
    if (simulator != null) simulator.close();
  }

  @Override public String toString() {
    return "Connection[" + kind + ", " + homeyName() + " at " + address + "]";
  }
}
