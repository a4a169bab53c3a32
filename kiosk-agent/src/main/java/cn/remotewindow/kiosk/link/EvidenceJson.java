package cn.remotewindow.kiosk.link;

import cn.remotewindow.kiosk.identity.EvidenceFrame;
import cn.remotewindow.kiosk.identity.EvidenceUpload;
import cn.remotewindow.protocol.identity.IdCardFacts;
import java.time.LocalDate;
import java.util.Base64;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The evidence upload as docs/http-api.md spells it: images in standard base64, dates as yyyy-MM-dd. */
final class EvidenceJson {

    private EvidenceJson() {
    }

    static byte[] write(JsonMapper json, EvidenceUpload upload) {
        Base64.Encoder base64 = Base64.getEncoder();
        ObjectNode root = json.createObjectNode();
        root.put("nonce", upload.nonce());
        IdCardFacts facts = upload.facts();
        ObjectNode card = root.putObject("card");
        card.put("name", facts.name());
        card.put("sex", facts.sex() == null ? null : facts.sex().name());
        card.put("birthDate", date(facts.birthDate()));
        card.put("idNumber", facts.idNumber());
        card.put("validFrom", date(facts.validFrom()));
        card.put("validUntil", date(facts.validUntil()));
        root.put("cardPhoto", base64.encodeToString(upload.card().photo()));
        ArrayNode frames = root.putArray("frames");
        for (EvidenceFrame frame : upload.frames()) {
            ObjectNode entry = frames.addObject();
            entry.put("capturedAt", frame.capturedAt());
            entry.put("image", base64.encodeToString(frame.jpeg()));
        }
        return json.writeValueAsBytes(root);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
