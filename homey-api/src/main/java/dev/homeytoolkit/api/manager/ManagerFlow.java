package dev.homeytoolkit.api.manager;

import dev.homeytoolkit.api.JsonValue;
import dev.homeytoolkit.api.meta.BodyField;
import dev.homeytoolkit.api.meta.HomeyManager;
import dev.homeytoolkit.api.meta.HomeyOperation;
import dev.homeytoolkit.api.meta.Param;
import dev.homeytoolkit.api.model.AdvancedFlow;
import dev.homeytoolkit.api.model.Flow;
import dev.homeytoolkit.api.model.FlowCardAction;
import dev.homeytoolkit.api.model.FlowCardCondition;
import dev.homeytoolkit.api.model.FlowCardTrigger;
import dev.homeytoolkit.api.model.FlowFolder;
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
 * {@code Homey.flow}: the operations of ManagerFlow under {@code /api/manager/flow}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerFlow", id = "flow", jsName = "flow")
public interface ManagerFlow {

  /**
   * {@code POST /api/manager/flow/advancedflow}, scopes homey.flow.
   */
  @HomeyOperation(scopes = {"homey.flow"}, crud = "createOne:AdvancedFlow")
  @POST("api/manager/flow/advancedflow")
  Call<AdvancedFlow> createAdvancedFlow(
      @Body @Param(name = "advancedflow", type = "None", required = true) Object advancedflow);

  /**
   * {@code POST /api/manager/flow/flow}, scopes homey.flow.
   */
  @HomeyOperation(scopes = {"homey.flow"}, crud = "createOne:Flow")
  @POST("api/manager/flow/flow")
  Call<Flow> createFlow(@Body @Param(name = "flow", type = "object", required = true) Object flow);

  /**
   * {@code POST /api/manager/flow/flowfolder}, scopes homey.flow.
   */
  @HomeyOperation(scopes = {"homey.flow"}, crud = "createOne:FlowFolder")
  @POST("api/manager/flow/flowfolder")
  Call<FlowFolder> createFlowFolder(
      @Body @Param(name = "flowfolder", type = "object", required = true) Object flowfolder);

  /**
   * {@code DELETE /api/manager/flow/advancedflow/:id}, scopes homey.flow.
   */
  @HomeyOperation(scopes = {"homey.flow"}, crud = "deleteOne:AdvancedFlow")
  @DELETE("api/manager/flow/advancedflow/{id}")
  Call<JsonValue> deleteAdvancedFlow(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code DELETE /api/manager/flow/flow/:id}, scopes homey.flow.
   */
  @HomeyOperation(scopes = {"homey.flow"}, crud = "deleteOne:Flow")
  @DELETE("api/manager/flow/flow/{id}")
  Call<JsonValue> deleteFlow(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code DELETE /api/manager/flow/flowfolder/:id}, scopes homey.flow.
   */
  @HomeyOperation(scopes = {"homey.flow"}, crud = "deleteOne:FlowFolder")
  @DELETE("api/manager/flow/flowfolder/{id}")
  Call<JsonValue> deleteFlowFolder(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/flow/advancedflow/:id}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getOne:AdvancedFlow")
  @GET("api/manager/flow/advancedflow/{id}")
  Call<AdvancedFlow> getAdvancedFlow(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/flow/advancedflow}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getAll:AdvancedFlow")
  @GET("api/manager/flow/advancedflow")
  Call<Map<String, AdvancedFlow>> getAdvancedFlows();

  /**
   * {@code GET /api/manager/flow/flow/:id}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getOne:Flow")
  @GET("api/manager/flow/flow/{id}")
  Call<Flow> getFlow(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/flow/flowcardaction/:uri/:id}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getOne:FlowCardAction")
  @GET("api/manager/flow/flowcardaction/{uri}/{id}")
  Call<FlowCardAction> getFlowCardAction(
      @Path("uri") @Param(type = "string", required = true) String uri,
      @Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/flow/flowcardaction}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getAll:FlowCardAction")
  @GET("api/manager/flow/flowcardaction")
  Call<Map<String, FlowCardAction>> getFlowCardActions();

  /**
   * {@code GET /api/manager/flow/:type/:uri/:id/autocomplete}, no scope listed.
   *
   * @param args a jQuery-style object: build it with {@code QueryString.flatten("args", map)}
   */
  @HomeyOperation()
  @GET("api/manager/flow/{type}/{uri}/{id}/autocomplete")
  Call<JsonValue> getFlowCardAutocomplete(
      @Path("type") @Param(type = "string", required = true) String type,
      @Path("uri") @Param(type = "string", required = true) String uri,
      @Path("id") @Param(type = "string", required = true) String id,
      @QueryMap @Param(name = "args", type = "object") Map<String, String> args,
      @Query("name") @Param(type = "string", required = true) String name,
      @Query("query") @Param(type = "string", required = true) String query);

  /**
   * {@code GET /api/manager/flow/flowcardcondition/:uri/:id}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getOne:FlowCardCondition")
  @GET("api/manager/flow/flowcardcondition/{uri}/{id}")
  Call<FlowCardCondition> getFlowCardCondition(
      @Path("uri") @Param(type = "string", required = true) String uri,
      @Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/flow/flowcardcondition}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getAll:FlowCardCondition")
  @GET("api/manager/flow/flowcardcondition")
  Call<Map<String, FlowCardCondition>> getFlowCardConditions();

  /**
   * {@code GET /api/manager/flow/flowcardtrigger/:uri/:id}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getOne:FlowCardTrigger")
  @GET("api/manager/flow/flowcardtrigger/{uri}/{id}")
  Call<FlowCardTrigger> getFlowCardTrigger(
      @Path("uri") @Param(type = "string", required = true) String uri,
      @Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/flow/flowcardtrigger}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getAll:FlowCardTrigger")
  @GET("api/manager/flow/flowcardtrigger")
  Call<Map<String, FlowCardTrigger>> getFlowCardTriggers();

  /**
   * {@code GET /api/manager/flow/flowfolder/:id}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getOne:FlowFolder")
  @GET("api/manager/flow/flowfolder/{id}")
  Call<FlowFolder> getFlowFolder(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code GET /api/manager/flow/flowfolder}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getAll:FlowFolder")
  @GET("api/manager/flow/flowfolder")
  Call<Map<String, FlowFolder>> getFlowFolders();

  /**
   * {@code GET /api/manager/flow/flow}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"}, crud = "getAll:Flow")
  @GET("api/manager/flow/flow")
  Call<Map<String, Flow>> getFlows();

  /**
   * {@code GET /api/manager/flow/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/flow/state")
  Call<JsonValue> getState();

  /**
   * {@code POST /api/manager/flow/flowcardaction/:uri/:id/run}, scopes homey.flow.
   *
   * @param body the JSON body object, with the fields {@code args}, {@code droptoken}, {@code duration}, {@code state}, {@code tokens}
   */
  @HomeyOperation(scopes = {"homey.flow"})
  @BodyField(name = "args", type = "object")
  @BodyField(name = "droptoken", type = "string")
  @BodyField(name = "duration", type = "number")
  @BodyField(name = "state", type = "object")
  @BodyField(name = "tokens", type = "object")
  @POST("api/manager/flow/flowcardaction/{uri}/{id}/run")
  Call<JsonValue> runFlowCardAction(
      @Path("uri") @Param(type = "string", required = true) String uri,
      @Path("id") @Param(type = "string", required = true) String id,
      @Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/flow/flowcardcondition/:uri/:id/run}, scopes homey.flow.
   *
   * @param body the JSON body object, with the fields {@code args}, {@code droptoken}, {@code state}, {@code tokens}
   */
  @HomeyOperation(scopes = {"homey.flow"})
  @BodyField(name = "args", type = "object")
  @BodyField(name = "droptoken", type = "string")
  @BodyField(name = "state", type = "object")
  @BodyField(name = "tokens", type = "object")
  @POST("api/manager/flow/flowcardcondition/{uri}/{id}/run")
  Call<JsonValue> runFlowCardCondition(
      @Path("uri") @Param(type = "string", required = true) String uri,
      @Path("id") @Param(type = "string", required = true) String id,
      @Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/flow/flow/:id/share}, scopes homey.flow.readonly.
   */
  @HomeyOperation(scopes = {"homey.flow.readonly"})
  @POST("api/manager/flow/flow/{id}/share")
  Call<JsonValue> shareFlow(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code POST /api/manager/flow/flow/test}, scopes homey.flow.
   *
   * @param body the JSON body object, with the fields {@code flow} (required), {@code sessionId} (required), {@code tokens} (required)
   */
  @HomeyOperation(scopes = {"homey.flow"})
  @BodyField(name = "flow", type = "object", required = true)
  @BodyField(name = "sessionId", type = "string", required = true)
  @BodyField(name = "tokens", type = "object", required = true)
  @POST("api/manager/flow/flow/test")
  Call<JsonValue> testFlow(@Body Map<String, Object> body);

  /**
   * {@code POST /api/manager/flow/advancedflow/:id/trigger}, scopes homey.flow.start.
   */
  @HomeyOperation(scopes = {"homey.flow.start"})
  @POST("api/manager/flow/advancedflow/{id}/trigger")
  Call<JsonValue> triggerAdvancedFlow(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code POST /api/manager/flow/flow/:id/trigger}, scopes homey.flow.start.
   */
  @HomeyOperation(scopes = {"homey.flow.start"})
  @POST("api/manager/flow/flow/{id}/trigger")
  Call<JsonValue> triggerFlow(@Path("id") @Param(type = "string", required = true) String id);

  /**
   * {@code PUT /api/manager/flow/advancedflow/:id}, scopes homey.flow.
   */
  @HomeyOperation(scopes = {"homey.flow"}, crud = "updateOne:AdvancedFlow")
  @PUT("api/manager/flow/advancedflow/{id}")
  Call<AdvancedFlow> updateAdvancedFlow(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "advancedflow", type = "None", required = true) Object advancedflow);

  /**
   * {@code PUT /api/manager/flow/flow/:id}, scopes homey.flow.
   */
  @HomeyOperation(scopes = {"homey.flow"}, crud = "updateOne:Flow")
  @PUT("api/manager/flow/flow/{id}")
  Call<Flow> updateFlow(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "flow", type = "object", required = true) Object flow);

  /**
   * {@code PUT /api/manager/flow/flowfolder/:id}, scopes homey.flow.
   */
  @HomeyOperation(scopes = {"homey.flow"}, crud = "updateOne:FlowFolder")
  @PUT("api/manager/flow/flowfolder/{id}")
  Call<FlowFolder> updateFlowFolder(
      @Path("id") @Param(type = "string", required = true) String id,
      @Body @Param(name = "flowfolder", type = "object", required = true) Object flowfolder);
}
