const d = await Homey.devices.getDevices();
for (const id in d) {
  log(id);
