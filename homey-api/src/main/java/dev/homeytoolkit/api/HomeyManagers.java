package dev.homeytoolkit.api;

import dev.homeytoolkit.api.manager.*;

/**
 * One accessor per manager, named as in JavaScript ({@code homey.devices()} for {@code Homey.devices}).
 * Implemented by {@link HomeyClient}.
 */
public interface HomeyManagers {

  /** The Retrofit implementation of a manager interface, made once and cached. */
  <T> T manager(Class<T> type);

  /** {@code Homey.alarms}. */
  default ManagerAlarms alarms() {
    return manager(ManagerAlarms.class);
  }

  /** {@code Homey.api}. */
  default ManagerApi api() {
    return manager(ManagerApi.class);
  }

  /** {@code Homey.apps}. */
  default ManagerApps apps() {
    return manager(ManagerApps.class);
  }

  /** {@code Homey.arp}. */
  default ManagerArp arp() {
    return manager(ManagerArp.class);
  }

  /** {@code Homey.ble}. */
  default ManagerBLE ble() {
    return manager(ManagerBLE.class);
  }

  /** {@code Homey.backup}. */
  default ManagerBackup backup() {
    return manager(ManagerBackup.class);
  }

  /** {@code Homey.clock}. */
  default ManagerClock clock() {
    return manager(ManagerClock.class);
  }

  /** {@code Homey.cloud}. */
  default ManagerCloud cloud() {
    return manager(ManagerCloud.class);
  }

  /** {@code Homey.coprocessor}. */
  default ManagerCoprocessor coprocessor() {
    return manager(ManagerCoprocessor.class);
  }

  /** {@code Homey.cron}. */
  default ManagerCron cron() {
    return manager(ManagerCron.class);
  }

  /** {@code Homey.dashboards}. */
  default ManagerDashboards dashboards() {
    return manager(ManagerDashboards.class);
  }

  /** {@code Homey.database}. */
  default ManagerDatabase database() {
    return manager(ManagerDatabase.class);
  }

  /** {@code Homey.devices}. */
  default ManagerDevices devices() {
    return manager(ManagerDevices.class);
  }

  /** {@code Homey.devkit}. */
  default ManagerDevkit devkit() {
    return manager(ManagerDevkit.class);
  }

  /** {@code Homey.discovery}. */
  default ManagerDiscovery discovery() {
    return manager(ManagerDiscovery.class);
  }

  /** {@code Homey.drivers}. */
  default ManagerDrivers drivers() {
    return manager(ManagerDrivers.class);
  }

  /** {@code Homey.energy}. */
  default ManagerEnergy energy() {
    return manager(ManagerEnergy.class);
  }

  /** {@code Homey.energydongle}. */
  default ManagerEnergyDongle energydongle() {
    return manager(ManagerEnergyDongle.class);
  }

  /** {@code Homey.experiments}. */
  default ManagerExperiments experiments() {
    return manager(ManagerExperiments.class);
  }

  /** {@code Homey.flow}. */
  default ManagerFlow flow() {
    return manager(ManagerFlow.class);
  }

  /** {@code Homey.flowtoken}. */
  default ManagerFlowToken flowtoken() {
    return manager(ManagerFlowToken.class);
  }

  /** {@code Homey.geolocation}. */
  default ManagerGeolocation geolocation() {
    return manager(ManagerGeolocation.class);
  }

  /** {@code Homey.googleAssistant}. */
  default ManagerGoogleAssistant googleAssistant() {
    return manager(ManagerGoogleAssistant.class);
  }

  /** {@code Homey.i18n}. */
  default ManagerI18n i18n() {
    return manager(ManagerI18n.class);
  }

  /** {@code Homey.icons}. */
  default ManagerIcons icons() {
    return manager(ManagerIcons.class);
  }

  /** {@code Homey.images}. */
  default ManagerImages images() {
    return manager(ManagerImages.class);
  }

  /** {@code Homey.insights}. */
  default ManagerInsights insights() {
    return manager(ManagerInsights.class);
  }

  /** {@code Homey.ledring}. */
  default ManagerLedring ledring() {
    return manager(ManagerLedring.class);
  }

  /** {@code Homey.logic}. */
  default ManagerLogic logic() {
    return manager(ManagerLogic.class);
  }

  /** {@code Homey.matter}. */
  default ManagerMatter matter() {
    return manager(ManagerMatter.class);
  }

  /** {@code Homey.mobile}. */
  default ManagerMobile mobile() {
    return manager(ManagerMobile.class);
  }

  /** {@code Homey.moods}. */
  default ManagerMoods moods() {
    return manager(ManagerMoods.class);
  }

  /** {@code Homey.notifications}. */
  default ManagerNotifications notifications() {
    return manager(ManagerNotifications.class);
  }

  /** {@code Homey.presence}. */
  default ManagerPresence presence() {
    return manager(ManagerPresence.class);
  }

  /** {@code Homey.rf}. */
  default ManagerRF rf() {
    return manager(ManagerRF.class);
  }

  /** {@code Homey.safety}. */
  default ManagerSafety safety() {
    return manager(ManagerSafety.class);
  }

  /** {@code Homey.satellites}. */
  default ManagerSatellites satellites() {
    return manager(ManagerSatellites.class);
  }

  /** {@code Homey.security}. */
  default ManagerSecurity security() {
    return manager(ManagerSecurity.class);
  }

  /** {@code Homey.sessions}. */
  default ManagerSessions sessions() {
    return manager(ManagerSessions.class);
  }

  /** {@code Homey.system}. */
  default ManagerSystem system() {
    return manager(ManagerSystem.class);
  }

  /** {@code Homey.thread}. */
  default ManagerThread thread() {
    return manager(ManagerThread.class);
  }

  /** {@code Homey.updates}. */
  default ManagerUpdates updates() {
    return manager(ManagerUpdates.class);
  }

  /** {@code Homey.users}. */
  default ManagerUsers users() {
    return manager(ManagerUsers.class);
  }

  /** {@code Homey.vdevice}. */
  default ManagerVirtualDevice vdevice() {
    return manager(ManagerVirtualDevice.class);
  }

  /** {@code Homey.weather}. */
  default ManagerWeather weather() {
    return manager(ManagerWeather.class);
  }

  /** {@code Homey.webserver}. */
  default ManagerWebserver webserver() {
    return manager(ManagerWebserver.class);
  }

  /** {@code Homey.zigbee}. */
  default ManagerZigbee zigbee() {
    return manager(ManagerZigbee.class);
  }

  /** {@code Homey.zones}. */
  default ManagerZones zones() {
    return manager(ManagerZones.class);
  }

  /** {@code Homey.zwave}. */
  default ManagerZwave zwave() {
    return manager(ManagerZwave.class);
  }
}
