package cn.remotewindow.signaling.accounts;

import java.util.Optional;

/** Where kiosk devices are looked up at sign-in. */
public interface KioskDevices {

    Optional<KioskDevice> findById(String kioskId);
}
