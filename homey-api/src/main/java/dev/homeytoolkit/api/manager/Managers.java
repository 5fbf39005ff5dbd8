package dev.homeytoolkit.api.manager;

import java.util.List;

/** Every manager interface, in schema-name order. */
public final class Managers {
  private Managers() {}

  /** The 49 manager interfaces. */
  public static final List<Class<?>> ALL = List.of(
      ManagerAlarms.class,
      ManagerApi.class,
      ManagerApps.class,
      ManagerArp.class,
      ManagerBLE.class,
      ManagerBackup.class,
      ManagerClock.class,
      ManagerCloud.class,
      ManagerCoprocessor.class,
      ManagerCron.class,
      ManagerDashboards.class,
      ManagerDatabase.class,
      ManagerDevices.class,
      ManagerDevkit.class,
      ManagerDiscovery.class,
      ManagerDrivers.class,
      ManagerEnergy.class,
      ManagerEnergyDongle.class,
      ManagerExperiments.class,
      ManagerFlow.class,
      ManagerFlowToken.class,
      ManagerGeolocation.class,
      ManagerGoogleAssistant.class,
      ManagerI18n.class,
      ManagerIcons.class,
      ManagerImages.class,
      ManagerInsights.class,
      ManagerLedring.class,
      ManagerLogic.class,
      ManagerMatter.class,
      ManagerMobile.class,
      ManagerMoods.class,
      ManagerNotifications.class,
      ManagerPresence.class,
      ManagerRF.class,
      ManagerSafety.class,
      ManagerSatellites.class,
      ManagerSecurity.class,
      ManagerSessions.class,
      ManagerSystem.class,
      ManagerThread.class,
      ManagerUpdates.class,
      ManagerUsers.class,
      ManagerVirtualDevice.class,
      ManagerWeather.class,
      ManagerWebserver.class,
      ManagerZigbee.class,
      ManagerZones.class,
      ManagerZwave.class);
}
