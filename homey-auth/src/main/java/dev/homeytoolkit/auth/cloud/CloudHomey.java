package dev.homeytoolkit.auth.cloud;

import dev.homeytoolkit.auth.internal.Json;
import java.util.Map;

/** One Homey of the account, as {@code GET /user/me} lists it. */
public record CloudHomey(String id, String name, String platform, String softwareVersion, String role,
    String localUrl, String localUrlSecure, String remoteUrl, String remoteUrlForwarded, String mdnsFqdn) {

  static CloudHomey fromJson(Map<String, Object> m) {
    var id = Json.string(m, "_id") != null ? Json.string(m, "_id") : Json.string(m, "id");
    return new CloudHomey(id, Json.string(m, "name"), Json.string(m, "platform"), Json.string(m, "softwareVersion"),
        Json.string(m, "role"), Json.string(m, "localUrl"), Json.string(m, "localUrlSecure"),
        Json.string(m, "remoteUrl"), Json.string(m, "remoteUrlForwarded"), Json.string(m, "mdnsFqdn"));
  }

  /** {@code Homey Pro} for a local platform, {@code Homey Cloud} for a cloud one. */
  public String kind() {
    return "cloud".equals(platform) ? "Homey Cloud" : "Homey Pro";
  }
}
