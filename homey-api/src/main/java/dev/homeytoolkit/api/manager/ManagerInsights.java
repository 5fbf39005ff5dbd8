package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.Log;
import dev.homeytoolkit.api.model.LogEntries;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * {@code Homey.insights}: the operations of ManagerInsights under {@code /api/manager/insights}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerInsights", id = "insights", jsName = "insights")
public interface ManagerInsights {

  /**
   * {@code DELETE /api/manager/insights/log/:uri/:id}, scopes homey.insights.
   */
  @HomeyOperation(scopes = {"homey.insights"}, crud = "deleteOne:Log")
  @DELETE("api/manager/insights/log/{uri}/{id}")
  Call<JsonValue> deleteLog(
      @Path("uri") @Param(type = "string", required = true) String uri,
      @Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code DELETE /api/manager/insights/log/:uri/:id/entry}, scopes homey.insights.
   */
  @HomeyOperation(scopes = {"homey.insights"})
  @DELETE("api/manager/insights/log/{uri}/{id}/entry")
  Call<JsonValue> deleteLogEntries(
      @Path("uri") @Param(type = "string", required = true) String uri,
      @Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/insights/log/:id}, scopes homey.insights.readonly.
   */
  @HomeyOperation(scopes = {"homey.insights.readonly"}, crud = "getOne:Log")
  @GET("api/manager/insights/log/{id}")
  Call<Log> getLog(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/insights/log/:uri/:id/entry}, scopes homey.insights.readonly.
   */
  @HomeyOperation(scopes = {"homey.insights.readonly"})
  @GET("api/manager/insights/log/{uri}/{id}/entry")
  Call<LogEntries> getLogEntries(
      @Path("uri") @Param(type = "string", required = true) String uri,
      @Path("id") @Param(type = "string", required = true) String id,
      @Query("resolution") @Param(type = "string") String resolution);

  /**
   * {@code GET /api/manager/insights/log}, scopes homey.insights.readonly.
   */
  @HomeyOperation(scopes = {"homey.insights.readonly"}, crud = "getAll:Log")
  @GET("api/manager/insights/log")
  Call<Map<String, Log>> getLogs();

  /**
   * {@code GET /api/manager/insights/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/insights/state")
  Call<JsonValue> getState();
}
