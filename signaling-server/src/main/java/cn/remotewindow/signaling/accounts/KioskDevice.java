package cn.remotewindow.signaling.accounts;

/** A registered self-service kiosk and the bcrypt hash of its device secret. */
public record KioskDevice(String id, String name, String district, String secretHash) {

    /** Leaves the hash out so that a device never lands in a log with it. */
    @Override
    public String toString() {
        return "KioskDevice[" + id + ", " + name + ", " + district + "]";
    }
}
