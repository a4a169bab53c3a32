package cn.remotewindow.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A 一件事 bundle seen as the one service the citizen applies for (一次申请、一套材料): its items'
 * elements merged, so that the checklist, the closing summary and the receipt treat it like an item.
 *
 * <ul>
 *   <li>materials: every item's, in item order, once per code (one ID card serves all): required
 *       when any item requires it, deferrable (容缺) only when every item allows it, the most
 *       originals and copies any item asks for;</li>
 *   <li>time limits: the longest legal and the longest promised (the bundle is done when its last item is);</li>
 *   <li>department: the first item's, as the lead (牵头部门); fees: each item's, by name;</li>
 *   <li>legal basis, conditions: all, once each; deliveries: the first item's; 绿色通道 only when every item allows it.</li>
 * </ul>
 */
public final class OneApplication {

    private OneApplication() {
    }

    /** The bundle as one item; its items must be in the catalogue (the parser made sure). */
    public static ServiceItem of(Catalogue catalogue, Bundle bundle) {
        List<ServiceItem> items = bundle.items().stream().map(code -> catalogue.item(code).orElseThrow()).toList();
        Map<String, Material> materials = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            for (Material material : item.materials()) {
                materials.merge(material.code(), material, OneApplication::merged);
            }
        }
        LinkedHashSet<String> legalBasis = new LinkedHashSet<>();
        LinkedHashSet<String> conditions = new LinkedHashSet<>();
        items.forEach(item -> {
            legalBasis.addAll(item.legalBasis());
            conditions.addAll(item.conditions());
        });
        TimeLimit limit = new TimeLimit(items.stream().mapToInt(i -> i.timeLimit().legalDays()).max().orElse(0),
                items.stream().mapToInt(i -> i.timeLimit().promisedDays()).max().orElse(0));
        List<String> charged = items.stream().filter(i -> i.fee().charged())
                .map(i -> i.name().zh() + "：" + i.fee().standard()).toList();
        Fee fee = charged.isEmpty() ? Fee.NONE : Fee.of(String.join("；", charged));
        return new ServiceItem(bundle.code(), items.get(0).department(), bundle.name(), new ArrayList<>(legalBasis),
                new ArrayList<>(conditions), new ArrayList<>(materials.values()), limit, fee, items.get(0).deliveries(),
                items.stream().allMatch(ServiceItem::greenChannel));
    }

    /** The departments of the bundle's items, in order, once each. */
    public static List<String> departments(Catalogue catalogue, Bundle bundle) {
        return bundle.items().stream().map(code -> catalogue.item(code).orElseThrow().department()).distinct()
                .collect(Collectors.toList());
    }

    private static Material merged(Material first, Material again) {
        return new Material(first.code(), first.name(), first.required() || again.required(),
                Math.max(first.originals(), again.originals()), Math.max(first.copies(), again.copies()),
                first.deferrable() && again.deferrable(), first.note() != null ? first.note() : again.note());
    }
}
