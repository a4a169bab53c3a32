package cn.remotewindow.signaling.casefile;

import cn.remotewindow.signaling.record.SessionOutcome;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One open session's case file: the marks of its checklist, its requested documents, its closing
 * summary and the outcome last recorded for it. Immutable; replaced only on the session's owner
 * thread (HTTP reads see a consistent snapshot).
 *
 * @param marks     by material code; a material not in it is UNMARKED
 * @param documents by id, in the order they were requested
 * @param closing   the latest summary, or null
 * @param outcome   the outcome last recorded (committed) for the session, or null
 */
public record CaseFile(String sessionId, String itemCode, String kioskId, Map<String, Mark> marks,
                       Map<String, LiveDocument> documents, LiveClosing closing, SessionOutcome outcome) {

    public CaseFile {
        marks = Collections.unmodifiableMap(new LinkedHashMap<>(marks));
        documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    }

    public static CaseFile empty(String sessionId, String itemCode, String kioskId) {
        return new CaseFile(sessionId, itemCode, kioskId, Map.of(), Map.of(), null, null);
    }

    public Mark mark(String materialCode) {
        return marks.getOrDefault(materialCode, Mark.UNMARKED);
    }

    public CaseFile withMark(String materialCode, Mark mark) {
        Map<String, Mark> next = new LinkedHashMap<>(marks);
        next.put(materialCode, mark);
        return new CaseFile(sessionId, itemCode, kioskId, next, documents, closing, outcome);
    }

    public CaseFile withDocument(LiveDocument document) {
        Map<String, LiveDocument> next = new LinkedHashMap<>(documents);
        next.put(document.id(), document);
        return new CaseFile(sessionId, itemCode, kioskId, marks, next, closing, outcome);
    }

    public CaseFile withClosing(LiveClosing next) {
        return new CaseFile(sessionId, itemCode, kioskId, marks, documents, next, outcome);
    }

    public CaseFile withOutcome(SessionOutcome next) {
        return new CaseFile(sessionId, itemCode, kioskId, marks, documents, closing, next);
    }

    public Optional<LiveDocument> document(String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }

    /** The request the kiosk is working on (not final), if any: at most one at a time. */
    public Optional<LiveDocument> openDocument() {
        return documents.values().stream().filter(d -> !d.phase().isFinal()).reduce((first, second) -> second);
    }
}
