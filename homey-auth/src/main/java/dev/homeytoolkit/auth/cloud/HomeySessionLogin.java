package dev.homeytoolkit.auth.cloud;

import dev.homeytoolkit.auth.AuthException;
import dev.homeytoolkit.auth.AuthException.Step;
import dev.homeytoolkit.auth.internal.Http;
import dev.homeytoolkit.auth.internal.Json;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Step 6: trades a delegation JWT for a session token on the Homey itself ({@code POST /api/manager/users/login},
 * no Authorization header, {@code X-Homey-ID} set).
 */
public final class HomeySessionLogin {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;

  public HomeySessionLogin(OkHttpClient http) {
    this.http = http;
  }

  public String session(String address, String homeyId, String jwt) throws AuthException {
    var base = HttpUrl.parse(address.endsWith("/") ? address : address + "/");
    if (base == null) throw new AuthException(Step.HOMEY_SESSION, "'" + address + "' is not a URL");
    var request = new Request.Builder().url(base.resolve("api/manager/users/login"))
        .header("X-Homey-ID", homeyId)
        .post(RequestBody.create(Json.write(java.util.Map.of("token", jwt)), JSON)).build();
    var answer = Http.send(http, request, Step.HOMEY_SESSION);
    if (!answer.ok()) {
      throw new AuthException(Step.HOMEY_SESSION, "the Homey at " + base.host() + " refused the cloud login (HTTP "
          + answer.code() + AthomCloud.detail(answer) + "): check that the account may use this Homey, then run "
          + "`homey-console login` again");
    }
    return AthomCloud.jsonString(answer, Step.HOMEY_SESSION, "Homey session");
  }
}
