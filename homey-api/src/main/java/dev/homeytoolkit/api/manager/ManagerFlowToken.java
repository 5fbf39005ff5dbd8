package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.FlowToken;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/**
 * {@code Homey.flowtoken}: the operations of ManagerFlowToken under {@code /api/manager/flowtoken}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerFlowToken", id = "flowtoken", jsName = "flowtoken")
public interface ManagerFlowToken {

  /**
   * {@code GET /api/manager/flowtoken/flowtoken/:id}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getOne:FlowToken")
  @GET("api/manager/flowtoken/flowtoken/{id}")
  Call<FlowToken> getFlowToken(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/flowtoken/flowtoken/:id/value}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"})
  @GET("api/manager/flowtoken/flowtoken/{id}/value")
  Call<JsonValue> getFlowTokenValue(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/flowtoken/flowtoken}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getAll:FlowToken")
  @GET("api/manager/flowtoken/flowtoken")
  Call<Map<String, FlowToken>> getFlowTokens();

  /**
   * {@code GET /api/manager/flowtoken/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/flowtoken/state")
  Call<JsonValue> getState();
}
