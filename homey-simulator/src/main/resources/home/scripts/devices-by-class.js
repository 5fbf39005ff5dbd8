// Counts the devices per class, like the first script most people write.
const devices = await Homey.devices.getDevices();
const counts = _.countBy(Object.values(devices), 'class');
for (const [cls, n] of Object.entries(counts)) {
  log(`${cls}: ${n}`);
}
return counts;
