package cn.remotewindow.signaling.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A fixed set of kiosk devices, read from configuration at start-up. */
public final class InMemoryKioskDevices implements KioskDevices {

    private final Map<String, KioskDevice> byId;

    public InMemoryKioskDevices(Collection<KioskDevice> devices) {
        devices.forEach(device -> BcryptHashes.requireValid(device.secretHash(), "kiosk " + device.id()));
        this.byId = devices.stream().collect(Collectors.toUnmodifiableMap(KioskDevice::id, Function.identity()));
    }

    @Override
    public Optional<KioskDevice> findById(String kioskId) {
        return Optional.ofNullable(byId.get(kioskId));
    }
}
