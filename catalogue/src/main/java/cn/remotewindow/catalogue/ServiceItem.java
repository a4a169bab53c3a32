package cn.remotewindow.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service item (事项) with its standard elements (要素规范): the same answer at every district
 * counter and kiosk. Its code is an expert skill and what a kiosk's request names.
 *
 * @param department   the code of the department that owns it
 * @param legalBasis   the provisions it rests on (设定依据), each a citation
 * @param conditions   what must hold for the case to be accepted (受理条件)
 * @param materials    what the citizen brings (申请材料), in the order they are checked
 * @param deliveries   how and where the result is delivered (出件方式), the usual one first
 * @param greenChannel whether requests for it may use the priority lane (绿色通道)
 */
public record ServiceItem(String code, String department, Name name, List<String> legalBasis, List<String> conditions,
                          List<Material> materials, TimeLimit timeLimit, Fee fee, List<Delivery> deliveries,
                          boolean greenChannel) {

    public ServiceItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(name, "name");
        legalBasis = List.copyOf(legalBasis);
        conditions = List.copyOf(conditions);
        materials = List.copyOf(materials);
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(fee, "fee");
        deliveries = List.copyOf(deliveries);
    }

    public Optional<Material> material(String code) {
        return materials.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
