// Toggles the hallway lamp and sends a timeline notification.
const devices = await Homey.devices.getDevices();
const lamp = _.find(devices, d => d.name === 'Hallway Lamp');
if (!lamp) throw new Error('No device named "Hallway Lamp"');
const on = !lamp.capabilitiesObj.onoff.value;
await lamp.setCapabilityValue('onoff', on);
await Homey.flow.runFlowCardAction({
  uri: 'homey:manager:notifications',
  id: 'create_notification',
  args: { text: `Hallway lamp turned ${on ? 'on' : 'off'} by a script` },
});
return on;
