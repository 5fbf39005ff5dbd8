package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * {@code Homey.devkit}: the operations of ManagerDevkit under {@code /api/manager/devkit}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerDevkit", id = "devkit", jsName = "devkit")
public interface ManagerDevkit {

  /**
   * {@code GET /api/manager/devkit/std/:session}, scopes homey.app.
   */
  @HomeyOperation(scopes = {"homey.app"})
  @GET("api/manager/devkit/std/{session}")
  Call<JsonValue> getAppStdOut(@Path("session") @Param(type = "string", required = true) String session);

  /**
   * {@code GET /api/manager/devkit/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/devkit/state")
  Call<JsonValue> getState();

  /**
   * {@code POST /api/manager/devkit/app}, scopes homey.app.
   *
   * @param body the JSON body object, with the fields {@code clean}, {@code manifest} (required)
   */
  @HomeyOperation(scopes = {"homey.app"})
  @BodyField(name = "clean", type = "boolean")
  @BodyField(name = "manifest", type = "object", required = true)
  @POST("api/manager/devkit/app")
  Call<JsonValue> installApp(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/devkit/:session}, scopes homey.app.
   */
  @HomeyOperation(scopes = {"homey.app"})
  @DELETE("api/manager/devkit/{session}")
  Call<JsonValue> stopApp(@Path("session") @Param(type = "string", required = true) String session);

  /**
   * {@code DELETE /api/manager/devkit/app/:sessionId}, scopes homey.app.
   */
  @HomeyOperation(scopes = {"homey.app"})
  @DELETE("api/manager/devkit/app/{sessionId}")
  Call<JsonValue> uninstallApp(@Path("sessionId") @Param(type = "string", required = true) String sessionId);
}
