package cn.remotewindow.signaling.casefile;

import cn.remotewindow.catalogue.Material;
import cn.remotewindow.catalogue.ServiceItem;
import cn.remotewindow.protocol.message.MaterialEntry;
import cn.remotewindow.protocol.message.MaterialsState;
import java.util.List;

/** The item's materials list from the catalogue, with the lead's marks: what {@code materials.state} says. */
public final class Checklist {

    private Checklist() {
    }

    /** @param item null when the session's item is not in the catalogue: an empty checklist */
    public static MaterialsState of(ServiceItem item, CaseFile file) {
        if (item == null) {
            return new MaterialsState(file.itemCode(), List.of());
        }
        List<MaterialEntry> entries = item.materials().stream().map(m -> entry(m, file.mark(m.code()))).toList();
        return new MaterialsState(item.code(), entries);
    }

    private static MaterialEntry entry(Material material, Mark mark) {
        return new MaterialEntry(material.code(), material.name().zh(), material.name().en(), material.required(),
                material.originals(), material.copies(), material.deferrable(), mark.status(), mark.promisedDate(),
                mark.note(), mark.documentIds());
    }
}
