package dev.homeytoolkit.simulator;

import java.util.List;
import java.util.Map;

final class HomeyApiAuthTestSupport {
  private HomeyApiAuthTestSupport() {}

  /** The id of an available device with an onoff capability. */
  @SuppressWarnings("unchecked")
  static String deviceWithOnoff(Http http) {
    for (var d : http.get("/api/manager/devices/device").object().values()) {
      var device = (Map<String, Object>) d;
      if (((List<Object>) device.get("capabilities")).contains("onoff") && Boolean.TRUE.equals(device.get("available"))) {
        return (String) device.get("id");
      }
    }
    throw new AssertionError("no device with onoff");
  }
}
