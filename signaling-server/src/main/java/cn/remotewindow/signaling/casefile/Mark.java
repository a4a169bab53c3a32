package cn.remotewindow.signaling.casefile;

import cn.remotewindow.protocol.message.MaterialStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * How the lead marked one material, and the accepted documents attached for it.
 *
 * @param promisedDate PROMISED only, {@code YYYY-MM-DD}
 */
public record Mark(MaterialStatus status, String promisedDate, String note, List<String> documentIds) {

    public static final Mark UNMARKED = new Mark(MaterialStatus.UNMARKED, null, null, List.of());

    public Mark {
        documentIds = List.copyOf(documentIds);
    }

    public Mark marked(MaterialStatus next, String date, String text) {
        return new Mark(next, date, text, documentIds);
    }

    /** An accepted document: the material is received, whatever it was before. */
    public Mark withDocument(String documentId) {
        List<String> ids = new ArrayList<>(documentIds);
        ids.add(documentId);
        return new Mark(MaterialStatus.RECEIVED, null, note, ids);
    }
}
