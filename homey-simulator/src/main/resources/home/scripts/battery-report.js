// Lists battery devices below a threshold (args[0], default 20 %) and stores the count in a tag.
const threshold = Number(args[0] || 20);
const devices = Object.values(await Homey.devices.getDevices());
const low = devices
  .filter(d => d.capabilitiesObj && d.capabilitiesObj.measure_battery)
  .filter(d => d.capabilitiesObj.measure_battery.value !== null && d.capabilitiesObj.measure_battery.value < threshold)
  .map(d => `${d.name}: ${d.capabilitiesObj.measure_battery.value}%`);
low.forEach(line => log(line));
await tag('battery_low_count', low.length);
return low;
