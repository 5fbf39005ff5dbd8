package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.Dashboard;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * {@code Homey.dashboards}: the operations of ManagerDashboards under {@code /api/manager/dashboards}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerDashboards", id = "dashboards", jsName = "dashboards")
public interface ManagerDashboards {

  /**
   * {@code POST /api/manager/dashboards/dashboard}, scopes homey.dashboard.
   */
  @HomeyOperation(scopes = {"homey.dashboard"}, crud = "createOne:Dashboard")
  @POST("api/manager/dashboards/dashboard")
  Call<Dashboard> createDashboard(
      @Body @Param(name = "dashboard", type = "object", required = true) Object dashboard);

  /**
   * {@code DELETE /api/manager/dashboards/dashboard/:id}, scopes homey.dashboard.
   */
  @HomeyOperation(scopes = {"homey.dashboard"}, crud = "deleteOne:Dashboard")
  @DELETE("api/manager/dashboards/dashboard/{id}")
  Call<JsonValue> deleteDashboard(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/dashboards/appwidget/:id}, scopes homey.dashboard.readonly.
   */
  @HomeyOperation(scopes = {"homey.dashboard.readonly"}, crud = "getOne:AppWidget")
  @GET("api/manager/dashboards/appwidget/{id}")
  Call<JsonValue> getAppWidget(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/dashboards/appwidget/:id/autocomplete}, scopes homey.dashboard.readonly.
   *
   * @param settings a jQuery-style object: build it with {@code QueryString.flatten("settings", map)}
   */
  @HomeyOperation(scopes = {"homey.dashboard.readonly"})
  @GET("api/manager/dashboards/appwidget/{id}/autocomplete")
  Call<JsonValue> getAppWidgetAutocomplete(
      @Path("id") @Param(type = "string", required = true) String id,
      @Query("query") @Param(type = "string", required = true) String query,
      @Query("settingId") @Param(type = "string", required = true) String settingId,
      @QueryMap @Param(name = "settings", type = "object") Map<String, String> settings);

  /**
   * {@code GET /api/manager/dashboards/appwidget}, scopes homey.dashboard.readonly.
   */
  @HomeyOperation(scopes = {"homey.dashboard.readonly"}, crud = "getAll:AppWidget")
  @GET("api/manager/dashboards/appwidget")
  Call<JsonValue> getAppWidgets();

  /**
   * {@code GET /api/manager/dashboards/dashboard/:id}, scopes homey.dashboard.readonly.
   */
  @HomeyOperation(scopes = {"homey.dashboard.readonly"}, crud = "getOne:Dashboard")
  @GET("api/manager/dashboards/dashboard/{id}")
  Call<Dashboard> getDashboard(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/dashboards/dashboard}, scopes homey.dashboard.readonly.
   */
  @HomeyOperation(scopes = {"homey.dashboard.readonly"}, crud = "getAll:Dashboard")
  @GET("api/manager/dashboards/dashboard")
  Call<Map<String, Dashboard>> getDashboards();

  /**
   * {@code GET /api/manager/dashboards/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/dashboards/state")
  Call<JsonValue> getState();

  /**
   * {@code GET /api/manager/dashboards/widgetstore/:id}, scopes homey.dashboard.readonly.
   */
  @HomeyOperation(scopes = {"homey.dashboard.readonly"}, crud = "getOne:WidgetStore")
  @GET("api/manager/dashboards/widgetstore/{id}")
  Call<JsonValue> getWidgetStore(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/dashboards/widgetstore/:id/state}, scopes homey.dashboard.readonly.
   */
  @HomeyOperation(scopes = {"homey.dashboard.readonly"})
  @GET("api/manager/dashboards/widgetstore/{id}/state")
  Call<JsonValue> getWidgetStoreState(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/dashboards/widgetstore}, scopes homey.dashboard.readonly.
   */
  @HomeyOperation(scopes = {"homey.dashboard.readonly"}, crud = "getAll:WidgetStore")
  @GET("api/manager/dashboards/widgetstore")
  Call<JsonValue> getWidgetStores();

  /**
   * {@code POST /api/manager/dashboards/widgetstore/:id/state}, scopes homey.dashboard.readonly.
   *
   * @param body the JSON body object, with the fields {@code replace}, {@code state} (required)
   */
  @HomeyOperation(scopes = {"homey.dashboard.readonly"})
  @BodyField(name = "replace", type = "boolean")
  @BodyField(name = "state", type = "object", required = true)
  @POST("api/manager/dashboards/widgetstore/{id}/state")
  Call<JsonValue> setWidgetStoreState(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/dashboards/dashboard/:id}, scopes homey.dashboard.
   */
  @HomeyOperation(scopes = {"homey.dashboard"}, crud = "updateOne:Dashboard")
  @PUT("api/manager/dashboards/dashboard/{id}")
  Call<Dashboard> updateDashboard(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "dashboard", type = "object", required = true) Object dashboard);
}
