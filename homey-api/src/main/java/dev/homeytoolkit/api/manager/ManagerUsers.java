package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.User;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * {@code Homey.users}: the operations of ManagerUsers under {@code /api/manager/users}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerUsers", id = "users", jsName = "users")
public interface ManagerUsers {

  /**
   * {@code POST /api/manager/users/pat}, no scope listed.
   *
   * @param body the JSON body object, with the fields {@code name} (required), {@code scopes} (required)
   */
  @HomeyOperation()
  @BodyField(name = "name", type = "string", required = true)
  @BodyField(name = "scopes", type = "array", required = true)
  @POST("api/manager/users/pat")
  Call<JsonValue> createPersonalAccessToken(@Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/users/user}, scopes homey.user.
   */
  @HomeyOperation(scopes = {"homey.user"}, crud = "createOne:User")
  @POST("api/manager/users/user")
  Call<User> createUser(@Body @Param(name = "user", type = "object", required = true) Object user);

  /**
   * {@code DELETE /api/manager/users/pat/:id}, no scope listed.
   */
  @HomeyOperation()
  @DELETE("api/manager/users/pat/{id}")
  Call<JsonValue> deletePersonalAccessToken(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code DELETE /api/manager/users/user/:id}, scopes homey.user.
   */
  @HomeyOperation(scopes = {"homey.user"}, crud = "deleteOne:User")
  @DELETE("api/manager/users/user/{id}")
  Call<JsonValue> deleteUser(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code DELETE /api/manager/users/user/:id/local-credentials}, no scope listed.
   */
  @HomeyOperation()
  @DELETE("api/manager/users/user/{id}/local-credentials")
  Call<JsonValue> deleteUserLocalCredentials(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code DELETE /api/manager/users/user/me}, scopes homey.user.self.
   */
  @HomeyOperation(scopes = {"homey.user.self"})
  @DELETE("api/manager/users/user/me")
  Call<JsonValue> deleteUserMe();

  /**
   * {@code DELETE /api/manager/users/user/me/local-credentials}, scopes homey.user.self.
   */
  @HomeyOperation(scopes = {"homey.user.self"})
  @DELETE("api/manager/users/user/me/local-credentials")
  Call<JsonValue> deleteUserMeLocalCredentials();

  /**
   * {@code DELETE /api/manager/users/user/me/properties/:id}, scopes homey.user.self.
   */
  @HomeyOperation(scopes = {"homey.user.self"})
  @DELETE("api/manager/users/user/me/properties/{id}")
  Call<JsonValue> deleteUserMeProperties(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/users/pat}, no scope listed.
   */
  @HomeyOperation()
  @GET("api/manager/users/pat")
  Call<JsonValue> getPersonalAccessTokens();

  /**
   * {@code GET /api/manager/users/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/users/state")
  Call<JsonValue> getState();

  /**
   * {@code GET /api/manager/users/user/:id}, scopes homey.user.readonly.
   */
  @HomeyOperation(scopes = {"homey.user.readonly"}, crud = "getOne:User")
  @GET("api/manager/users/user/{id}")
  Call<User> getUser(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/users/user/me}, scopes homey.user.self.
   */
  @HomeyOperation(scopes = {"homey.user.self"})
  @GET("api/manager/users/user/me")
  Call<JsonValue> getUserMe();

  /**
   * {@code GET /api/manager/users/user}, scopes homey.user.readonly.
   */
  @HomeyOperation(scopes = {"homey.user.readonly"}, crud = "getAll:User")
  @GET("api/manager/users/user")
  Call<Map<String, User>> getUsers();

  /**
   * {@code POST /api/manager/users/installer/grant}, no scope listed.
   */
  @HomeyOperation()
  @POST("api/manager/users/installer/grant")
  Call<JsonValue> grantInstallerAccess();

  /**
   * {@code POST /api/manager/users/login}, no scope listed.
   *
   * @param body the JSON body object, with the fields {@code token} (required)
   */
  @HomeyOperation()
  @BodyField(name = "token", type = "string", required = true)
  @POST("api/manager/users/login")
  Call<JsonValue> login(@Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/users/login-local}, no scope listed.
   *
   * @param body the JSON body object, with the fields {@code clientId} (required), {@code clientName} (required), {@code password} (required), {@code username} (required)
   */
  @HomeyOperation()
  @BodyField(name = "clientId", type = "string", required = true)
  @BodyField(name = "clientName", type = "string", required = true)
  @BodyField(name = "password", type = "string", required = true)
  @BodyField(name = "username", type = "string", required = true)
  @POST("api/manager/users/login-local")
  Call<JsonValue> loginLocal(@Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/users/installer/request}, no scope listed.
   *
   * @param body the JSON body object, with the fields {@code jwt} (required)
   */
  @HomeyOperation()
  @BodyField(name = "jwt", type = "string", required = true)
  @POST("api/manager/users/installer/request")
  Call<JsonValue> requestInstallerAccess(@Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/users/installer/revoke}, no scope listed.
   */
  @HomeyOperation()
  @POST("api/manager/users/installer/revoke")
  Call<JsonValue> revokeInstallerAccess();

  /**
   * {@code POST /api/manager/users/swap-owner}, no scope listed.
   *
   * @param body the JSON body object, with the fields {@code newOwnerUserId} (required)
   */
  @HomeyOperation()
  @BodyField(name = "newOwnerUserId", type = "string", required = true)
  @POST("api/manager/users/swap-owner")
  Call<JsonValue> swapOwner(@Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/users/installer/swap-owner}, no scope listed.
   *
   * @param body the JSON body object, with the fields {@code jwt} (required), {@code newOwnerUserId} (required)
   */
  @HomeyOperation()
  @BodyField(name = "jwt", type = "string", required = true)
  @BodyField(name = "newOwnerUserId", type = "string", required = true)
  @POST("api/manager/users/installer/swap-owner")
  Call<JsonValue> swapOwnerInstaller(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/users/user/:id}, scopes homey.user.
   */
  @HomeyOperation(scopes = {"homey.user"}, crud = "updateOne:User")
  @PUT("api/manager/users/user/{id}")
  Call<User> updateUser(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "user", type = "object", required = true) Object user);

  /**
   * {@code PUT /api/manager/users/user/:id/local-credentials}, no scope listed.
   *
   * @param body the JSON body object, with the fields {@code password} (required), {@code username} (required)
   */
  @HomeyOperation()
  @BodyField(name = "password", type = "string", required = true)
  @BodyField(name = "username", type = "string", required = true)
  @PUT("api/manager/users/user/{id}/local-credentials")
  Call<JsonValue> updateUserLocalCredentials(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/users/user/me}, scopes homey.user.self.
   *
   * @param body the JSON body object, with the fields {@code name}
   */
  @HomeyOperation(scopes = {"homey.user.self"})
  @BodyField(name = "name", type = "string")
  @PUT("api/manager/users/user/me")
  Call<JsonValue> updateUserMe(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/users/user/me/local-credentials}, scopes homey.user.self.
   *
   * @param body the JSON body object, with the fields {@code password} (required), {@code username} (required)
   */
  @HomeyOperation(scopes = {"homey.user.self"})
  @BodyField(name = "password", type = "string", required = true)
  @BodyField(name = "username", type = "string", required = true)
  @PUT("api/manager/users/user/me/local-credentials")
  Call<JsonValue> updateUserMeLocalCredentials(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/users/user/me/properties/:id}, scopes homey.user.self.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.user.self"})
  @BodyField(name = "value", type = "object", required = true)
  @PUT("api/manager/users/user/me/properties/{id}")
  Call<JsonValue> updateUserMeProperties(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body Map<String, Object> body);
}
