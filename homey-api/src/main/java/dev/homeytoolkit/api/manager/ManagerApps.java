package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.App;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * {@code Homey.apps}: the operations of ManagerApps under {@code /api/manager/apps}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerApps", id = "apps", jsName = "apps")
public interface ManagerApps {

  /**
   * {@code PUT /api/manager/apps/app/:id/disable}, scopes homey.app.
   */
  @HomeyOperation(scopes = {"homey.app"})
  @PUT("api/manager/apps/app/{id}/disable")
  Call<JsonValue> disableApp(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code PUT /api/manager/apps/app/:id/enable}, scopes homey.app.
   */
  @HomeyOperation(scopes = {"homey.app"})
  @PUT("api/manager/apps/app/{id}/enable")
  Call<JsonValue> enableApp(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/apps/app/:id}, scopes homey.app.readonly.
   */
  @HomeyOperation(scopes = {"homey.app.readonly"}, crud = "getOne:App")
  @GET("api/manager/apps/app/{id}")
  Call<App> getApp(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/apps/app/:id/locale}, scopes homey.app.readonly.
   */
  @HomeyOperation(scopes = {"homey.app.readonly"})
  @GET("api/manager/apps/app/{id}/locale")
  Call<JsonValue> getAppLocales(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/apps/app/:id/setting/:name}, scopes homey.app.control.
   */
  @HomeyOperation(scopes = {"homey.app.control"})
  @GET("api/manager/apps/app/{id}/setting/{name}")
  Call<JsonValue> getAppSetting(
      @Path("id") @Param(type = "string", required = true) String id,
      @Path("name") @Param(type = "string", required = true) String name);

  /**
   * {@code GET /api/manager/apps/app/:id/setting}, scopes homey.app.control.
   */
  @HomeyOperation(scopes = {"homey.app.control"}, crud = "getOne:AppSettings")
  @GET("api/manager/apps/app/{id}/setting")
  Call<JsonValue> getAppSettings(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code POST /api/manager/apps/app/:id/crashlog}, scopes homey.app.readonly.
   *
   * @param body the JSON body object, with the fields {@code message} (required)
   */
  @HomeyOperation(scopes = {"homey.app.readonly"})
  @BodyField(name = "message", type = "string", required = true)
  @POST("api/manager/apps/app/{id}/crashlog")
  Call<JsonValue> getAppStd(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body Map<String, Object> body);

  /**
   * {@code GET /api/manager/apps/app/:id/usage}, scopes homey.app.readonly.
   */
  @HomeyOperation(scopes = {"homey.app.readonly"})
  @GET("api/manager/apps/app/{id}/usage")
  Call<JsonValue> getAppUsage(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/apps/app}, scopes homey.app.readonly.
   */
  @HomeyOperation(scopes = {"homey.app.readonly"}, crud = "getAll:App")
  @GET("api/manager/apps/app")
  Call<Map<String, App>> getApps();

  /**
   * {@code GET /api/manager/apps/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/apps/state")
  Call<JsonValue> getState();

  /**
   * {@code POST /api/manager/apps/store}, scopes homey.app.
   *
   * @param body the JSON body object, with the fields {@code channel}, {@code id} (required), {@code version}, {@code waitForInstall}
   */
  @HomeyOperation(scopes = {"homey.app"})
  @BodyField(name = "channel", type = "string")
  @BodyField(name = "id", type = "string", required = true)
  @BodyField(name = "version", type = "string")
  @BodyField(name = "waitForInstall", type = "boolean")
  @POST("api/manager/apps/store")
  Call<JsonValue> installFromAppStore(@Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/apps/app/:id/restart}, scopes homey.app.
   */
  @HomeyOperation(scopes = {"homey.app"})
  @POST("api/manager/apps/app/{id}/restart")
  Call<JsonValue> restartApp(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code PUT /api/manager/apps/app/:id/setting/:name}, scopes homey.app.control.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.app.control"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/apps/app/{id}/setting/{name}")
  Call<JsonValue> setAppSetting(
      @Path("id") @Param(type = "string", required = true) String id,
      @Path("name") @Param(type = "string", required = true) String name,
      @Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/apps/app/:id}, scopes homey.app.
   */
  @HomeyOperation(scopes = {"homey.app"})
  @DELETE("api/manager/apps/app/{id}")
  Call<JsonValue> uninstallApp(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code DELETE /api/manager/apps/app/:id/setting/:name}, scopes homey.app.control.
   */
  @HomeyOperation(scopes = {"homey.app.control"})
  @DELETE("api/manager/apps/app/{id}/setting/{name}")
  Call<JsonValue> unsetAppSetting(
      @Path("id") @Param(type = "string", required = true) String id,
      @Path("name") @Param(type = "string", required = true) String name);

  /**
   * {@code PUT /api/manager/apps/app/:id}, scopes homey.app.
   */
  @HomeyOperation(scopes = {"homey.app"}, crud = "updateOne:App")
  @PUT("api/manager/apps/app/{id}")
  Call<App> updateApp(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "app", type = "object", required = true) Object app);
}
