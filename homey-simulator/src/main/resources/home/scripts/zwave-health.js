// Reports unavailable devices and the mesh state of Z-Wave and Zigbee.
const devices = Object.values(await Homey.devices.getDevices());
const unavailable = devices.filter(d => !d.available).map(d => `${d.name} (${d.unavailableMessage})`);
const zwave = await Homey.zwave.getState();
const zigbee = await Homey.zigbee.getState();
const deadZwave = Object.values(zwave.nodes || {}).filter(n => n.state !== 'alive').map(n => n.name);
const offlineZigbee = Object.values(zigbee.nodes || {}).filter(n => !n.online).map(n => n.name);
log('Unavailable devices:', unavailable.length ? unavailable.join(', ') : 'none');
log('Dead Z-Wave nodes:', deadZwave.length ? deadZwave.join(', ') : 'none');
log('Offline Zigbee nodes:', offlineZigbee.length ? offlineZigbee.join(', ') : 'none');
return { unavailable: unavailable.length, deadZwave: deadZwave.length, offlineZigbee: offlineZigbee.length };
