package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.Notification;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * {@code Homey.notifications}: the operations of ManagerNotifications under {@code /api/manager/notifications}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerNotifications", id = "notifications", jsName = "notifications")
public interface ManagerNotifications {

  /**
   * {@code DELETE /api/manager/notifications/notification/:id}, scopes homey.notifications.
   */
  @HomeyOperation(scopes = {"homey.notifications"}, crud = "deleteOne:Notification")
  @DELETE("api/manager/notifications/notification/{id}")
  Call<JsonValue> deleteNotification(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code DELETE /api/manager/notifications/notification}, scopes homey.notifications.
   */
  @HomeyOperation(scopes = {"homey.notifications"})
  @DELETE("api/manager/notifications/notification")
  Call<JsonValue> deleteNotifications(@Query("ownerUri") @Param(type = "string") String ownerUri);

  /**
   * {@code GET /api/manager/notifications/notification}, scopes homey.notifications.readonly.
   */
  @HomeyOperation(scopes = {"homey.notifications.readonly"}, crud = "getAll:Notification")
  @GET("api/manager/notifications/notification")
  Call<Map<String, Notification>> getNotifications();

  /**
   * {@code GET /api/manager/notifications/owner}, scopes homey.notifications.readonly.
   */
  @HomeyOperation(scopes = {"homey.notifications.readonly"})
  @GET("api/manager/notifications/owner")
  Call<JsonValue> getOwners();

  /**
   * {@code GET /api/manager/notifications/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/notifications/state")
  Call<JsonValue> getState();

  /**
   * {@code PUT /api/manager/notifications/owner/:uri/enabled}, scopes homey.notifications.
   *
   * @param body the JSON body object, with the fields {@code enabled} (required)
   */
  @HomeyOperation(scopes = {"homey.notifications"})
  @BodyField(name = "enabled", type = "boolean", required = true)
  @PUT("api/manager/notifications/owner/{uri}/enabled")
  Call<JsonValue> setOwnerEnabled(
      @Path("uri") @Param(type = "string", required = true) String uri,
      @Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/notifications/owner/:uri/push}, scopes homey.notifications.
   *
   * @param body the JSON body object, with the fields {@code push} (required)
   */
  @HomeyOperation(scopes = {"homey.notifications"})
  @BodyField(name = "push", type = "boolean", required = true)
  @PUT("api/manager/notifications/owner/{uri}/push")
  Call<JsonValue> setOwnerPush(
      @Path("uri") @Param(type = "string", required = true) String uri,
      @Body Map<String, Object> body);
}
