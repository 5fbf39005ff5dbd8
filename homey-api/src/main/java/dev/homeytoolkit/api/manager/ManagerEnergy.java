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
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * {@code Homey.energy}: the operations of ManagerEnergy under {@code /api/manager/energy}.
 *
 * <p>Generated once by {@code homey-api/tools/generate_managers.py}; maintained by hand since.
 */
@HomeyManager(name = "ManagerEnergy", id = "energy", jsName = "energy")
public interface ManagerEnergy {

  /**
   * {@code DELETE /api/manager/energy/reports}, scopes homey.energy.
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @DELETE("api/manager/energy/reports")
  Call<JsonValue> deleteReports();

  /**
   * {@code GET /api/manager/energy/price/electricity/dynamic}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/price/electricity/dynamic")
  Call<JsonValue> fetchDynamicElectricityPrices(@Query("date") @Param(type = "string", required = true) String date);

  /**
   * {@code GET /api/manager/energy/currency}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/currency")
  Call<JsonValue> getCurrency();

  /**
   * {@code GET /api/manager/energy/price/electricity/dynamic/user-costs}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/price/electricity/dynamic/user-costs")
  Call<JsonValue> getDynamicElectricityPriceUserCosts();

  /**
   * {@code GET /api/manager/energy/price/electricity/dynamic/zone}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/price/electricity/dynamic/zone")
  Call<JsonValue> getDynamicPricesElectricityZone();

  /**
   * {@code GET /api/manager/energy/price/electricity/dynamic/zones}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/price/electricity/dynamic/zones")
  Call<JsonValue> getDynamicPricesElectricityZones();

  /**
   * {@code GET /api/manager/energy/price/electricity/type}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/price/electricity/type")
  Call<JsonValue> getElectricityPriceType();

  /**
   * {@code GET /api/manager/energy/live}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/live")
  Call<JsonValue> getLiveReport(@Query("zone") @Param(type = "string") String zone);

  /**
   * {@code GET /api/manager/energy/option/electricityPriceFixed}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/option/electricityPriceFixed")
  Call<JsonValue> getOptionElectricityPriceFixed();

  /**
   * {@code GET /api/manager/energy/option/gasPriceFixed}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/option/gasPriceFixed")
  Call<JsonValue> getOptionGasPriceFixed();

  /**
   * {@code GET /api/manager/energy/option/waterPriceFixed}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/option/waterPriceFixed")
  Call<JsonValue> getOptionWaterPriceFixed();

  /**
   * {@code GET /api/manager/energy/report/day}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/report/day")
  Call<JsonValue> getReportDay(
      @Query("cache") @Param(type = "string") String cache,
      @Query("date") @Param(type = "string", required = true) String date);

  /**
   * {@code GET /api/manager/energy/report/month}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/report/month")
  Call<JsonValue> getReportMonth(
      @Query("cache") @Param(type = "string") String cache,
      @Query("yearMonth") @Param(type = "string", required = true) String yearMonth);

  /**
   * {@code GET /api/manager/energy/report/week}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/report/week")
  Call<JsonValue> getReportWeek(
      @Query("cache") @Param(type = "string") String cache,
      @Query("isoWeek") @Param(type = "string", required = true) String isoWeek);

  /**
   * {@code GET /api/manager/energy/report/year}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/report/year")
  Call<JsonValue> getReportYear(
      @Query("cache") @Param(type = "string") String cache,
      @Query("year") @Param(type = "string", required = true) String year);

  /**
   * {@code GET /api/manager/energy/reports/available}, scopes homey.energy.readonly.
   */
  @HomeyOperation(scopes = {"homey.energy.readonly"})
  @GET("api/manager/energy/reports/available")
  Call<JsonValue> getReportsAvailable();

  /**
   * {@code GET /api/manager/energy/state}, scopes homey.system.readonly.
   */
  @HomeyOperation(scopes = {"homey.system.readonly"})
  @GET("api/manager/energy/state")
  Call<JsonValue> getState();

  /**
   * {@code PUT /api/manager/energy/report/day/reset/categories}, scopes homey.energy.
   *
   * @param body the JSON body object, with the fields {@code options} (required)
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @BodyField(name = "options", type = "object", required = true)
  @PUT("api/manager/energy/report/day/reset/categories")
  Call<JsonValue> resetReportDayCategories(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/energy/price/electricity/dynamic/user-costs}, scopes homey.energy.
   *
   * @param body the JSON body object, with the fields {@code mathExpression} (required), {@code type}
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @BodyField(name = "mathExpression", type = "string", required = true)
  @BodyField(name = "type", type = "string")
  @PUT("api/manager/energy/price/electricity/dynamic/user-costs")
  Call<JsonValue> setDynamicElectricityPriceUserCosts(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/energy/price/electricity/dynamic/zone}, scopes homey.energy.
   *
   * @param body the JSON body object, with the fields {@code options} (required)
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @BodyField(name = "options", type = "object", required = true)
  @PUT("api/manager/energy/price/electricity/dynamic/zone")
  Call<JsonValue> setDynamicPricesElectricityZone(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/energy/price/electricity/:type}, scopes homey.energy.
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @PUT("api/manager/energy/price/electricity/{type}")
  Call<JsonValue> setElectricityPriceType(@Path("type") @Param(type = "string", required = true) String type);

  /**
   * {@code PUT /api/manager/energy/option/electricityPriceFixed}, scopes homey.energy.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/energy/option/electricityPriceFixed")
  Call<JsonValue> setOptionElectricityPriceFixed(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/energy/option/gasPriceFixed}, scopes homey.energy.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/energy/option/gasPriceFixed")
  Call<JsonValue> setOptionGasPriceFixed(@Body Map<String, Object> body);

  /**
   * {@code PUT /api/manager/energy/option/waterPriceFixed}, scopes homey.energy.
   *
   * @param body the JSON body object, with the fields {@code value} (required)
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @BodyField(name = "value", type = "None", required = true)
  @PUT("api/manager/energy/option/waterPriceFixed")
  Call<JsonValue> setOptionWaterPriceFixed(@Body Map<String, Object> body);

  /**
   * {@code DELETE /api/manager/energy/price/electricity/dynamic/user-costs}, scopes homey.energy.
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @DELETE("api/manager/energy/price/electricity/dynamic/user-costs")
  Call<JsonValue> unsetDynamicElectricityPriceUserCosts();

  /**
   * {@code DELETE /api/manager/energy/option/electricityPriceFixed}, scopes homey.energy.
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @DELETE("api/manager/energy/option/electricityPriceFixed")
  Call<JsonValue> unsetOptionElectricityPriceFixed();

  /**
   * {@code DELETE /api/manager/energy/option/gasPriceFixed}, scopes homey.energy.
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @DELETE("api/manager/energy/option/gasPriceFixed")
  Call<JsonValue> unsetOptionGasPriceFixed();

  /**
   * {@code DELETE /api/manager/energy/option/waterPriceFixed}, scopes homey.energy.
   */
  @HomeyOperation(scopes = {"homey.energy"})
  @DELETE("api/manager/energy/option/waterPriceFixed")
  Call<JsonValue> unsetOptionWaterPriceFixed();
}
