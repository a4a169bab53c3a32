package cn.remotewindow.kiosk.screen;

import java.util.Objects;

/**
 * What the citizen chose on the service screen: the controller turns it into a
 * {@code service.request} (item code if present, else department code; priority GREEN_CHANNEL
 * when {@code greenChannel}).
 *
 * @param departmentCode the department, always present
 * @param itemCode the item, or null when the citizen asked the department without naming an item
 * @param greenChannel the citizen asked for the priority lane (绿色通道: elderly, disabled, urgent)
 */
public record ServiceChoice(String departmentCode, String itemCode, boolean greenChannel) {

    public ServiceChoice {
        ServiceCatalogue.requireCode(departmentCode);
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

    static ServiceChoice of(ServiceCatalogue.Department department, ServiceCatalogue.Item item, boolean green) {
        Objects.requireNonNull(department, "department");
        return new ServiceChoice(department.code(), item == null ? null : item.code(), green);
    }
}
