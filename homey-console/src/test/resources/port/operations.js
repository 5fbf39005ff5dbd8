const device = await Homey.devices.getDevicez({ id: 'abc' });
await Homey.logic.setVariable({ id: 'x', variable: { value: 1 } });
const alarms = await Homey.alarm.getAlarms();
const lights = await Homey.lights.getLights();
Homey.devices.on('device.update', d => log(d.name));
await Homey.flow.runFlowCardAction({ uri: 'homey:manager:notifications', id: 'create_notification', args: { text: 'hi' } });
const info = await Homey?.system?.getInfo();
return [device, alarms, lights, info];
