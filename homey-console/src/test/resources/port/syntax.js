const a = await Homey.devices.getDevices();
if (a {
  log('missing parenthesis');
}
