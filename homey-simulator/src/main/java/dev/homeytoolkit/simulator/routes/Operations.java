package dev.homeytoolkit.simulator.routes;

import java.util.HashMap;
import java.util.Map;

/** The operations with behaviour of their own, by operation id ({@code devices.setCapabilityValue}). */
final class Operations {
  private Operations() {}

  static Map<String, Handler> all(Context context) {
    var map = new HashMap<String, Handler>();
    var devices = new DeviceOperations(context);
    devices.register(map);
    new FlowOperations(context, devices).register(map);
    new UserOperations(context).register(map);
    new OtherOperations(context).register(map);
    return map;
  }
}
