package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.Variable;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * {@code Homey.logic}: the operations of ManagerLogic under {@code /api/manager/logic}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerLogic", id = "logic", jsName = "logic")
public interface ManagerLogic {

  /**
   * {@code POST /api/manager/logic/variable}, scopes homey.logic.
   */
  @HomeyOperation(scopes = {"homey.logic"}, crud = "createOne:Variable")
  @POST("api/manager/logic/variable")
  Call<Variable> createVariable(@Body @Param(name = "variable", type = "object", required = true) Object variable);

  /**
   * {@code DELETE /api/manager/logic/variable/:id}, scopes homey.logic.
   */
  @HomeyOperation(scopes = {"homey.logic"}, crud = "deleteOne:Variable")
  @DELETE("api/manager/logic/variable/{id}")
  Call<JsonValue> deleteVariable(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/logic/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/logic/state")
  Call<JsonValue> getState();

  /**
   * {@code GET /api/manager/logic/variable/:id}, scopes homey.logic.readonly.
   */
  @HomeyOperation(scopes = {"homey.logic.readonly"}, crud = "getOne:Variable")
  @GET("api/manager/logic/variable/{id}")
  Call<Variable> getVariable(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/logic/variable}, scopes homey.logic.readonly.
   */
  @HomeyOperation(scopes = {"homey.logic.readonly"}, crud = "getAll:Variable")
  @GET("api/manager/logic/variable")
  Call<Map<String, Variable>> getVariables();

  /**
   * {@code PUT /api/manager/logic/variable/:id}, scopes homey.logic.
   */
  @HomeyOperation(scopes = {"homey.logic"}, crud = "updateOne:Variable")
  @PUT("api/manager/logic/variable/{id}")
  Call<Variable> updateVariable(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "variable", type = "object", required = true) Object variable);
}
