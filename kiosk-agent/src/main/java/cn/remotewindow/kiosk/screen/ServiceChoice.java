package cn.remotewindow.kiosk.screen;

import java.util.Objects;

/**
 * What the citizen chose on the service screen: the controller turns it into a
 * {@code service.request} (item code if present, else department code; priority GREEN_CHANNEL
 * when {@code greenChannel}).
 *
 * @param departmentCode the department; null only for a 一件事 bundle, which spans several
 * @param itemCode the item or bundle, or null when the citizen asked the department without naming an item
 * @param greenChannel the request goes in the priority lane (绿色通道: elderly, disabled, urgent):
 *     the citizen asked for it and the item is open to it
 */
public record ServiceChoice(String departmentCode, String itemCode, boolean greenChannel) {

    public ServiceChoice {
        if (departmentCode == null && itemCode == null) {
            throw new IllegalArgumentException("a service choice names a department, an item or a bundle");
        }
        if (departmentCode != null) {
            ServiceCatalogue.requireCode(departmentCode);
        }
        if (itemCode != null) {
            ServiceCatalogue.requireCode(itemCode);
        }
    }

    /** The routing skill of the request: the item when named, else the department. */
    public String skill() {
        return itemCode != null ? itemCode : departmentCode;
    }

    @Override
    public String toString() {
        return "ServiceChoice[" + skill() + (greenChannel ? ", green channel" : "") + "]";
    }

    /** The citizen's wish for the priority lane holds only for an item open to it (the catalogue's green-channel). */
    static ServiceChoice of(ServiceCatalogue.Department department, ServiceCatalogue.Item item, boolean green) {
        Objects.requireNonNull(department, "department");
        return new ServiceChoice(department.code(), item == null ? null : item.code(),
                green && (item == null || item.greenChannel()));
    }

    static ServiceChoice of(ServiceCatalogue.Bundle bundle, boolean green) {
        return new ServiceChoice(null, bundle.code(), green && bundle.greenChannel());
    }
}
