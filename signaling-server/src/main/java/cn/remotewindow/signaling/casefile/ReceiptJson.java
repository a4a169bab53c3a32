package cn.remotewindow.signaling.casefile;

import cn.remotewindow.signaling.receipt.ReceiptContent;
import java.time.ZoneId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The receipt's content as it is kept with the SIGNED event: JSON by a mapper of its own (its
 * settings must not change with the application's), read back in the service's time zone.
 */
public final class ReceiptJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReceiptJson() {
    }

    public static String write(ReceiptContent content) {
        return MAPPER.writeValueAsString(content);
    }

    public static ReceiptContent read(String json, ZoneId zone) {
        ReceiptContent c = MAPPER.readValue(json, ReceiptContent.class);
        return c.issuedAt(c.issuedAt().withZoneSameInstant(zone));
    }
}
