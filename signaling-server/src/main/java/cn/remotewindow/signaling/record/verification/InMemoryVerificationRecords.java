package cn.remotewindow.signaling.record.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Verification records in memory: lost on restart; for the embedded default and tests until the database store lands. */
public final class InMemoryVerificationRecords implements VerificationRecords {

    private final Map<String, List<VerificationEvent>> byId = new LinkedHashMap<>();

    @Override
    public synchronized void append(VerificationEvent event) {
        List<VerificationEvent> events = byId.get(event.verificationId());
        if (event instanceof VerificationEvent.Opened) {
            if (events != null) {
                throw new IllegalArgumentException("verification " + event.verificationId() + " was already opened");
            }
            events = new ArrayList<>();
            byId.put(event.verificationId(), events);
        } else if (events == null) {
            throw new IllegalArgumentException("no verification " + event.verificationId());
        }
        events.add(event);
    }

    @Override
    public synchronized Optional<VerificationRecord> find(String verificationId) {
        List<VerificationEvent> events = byId.get(verificationId);
        return events == null ? Optional.empty() : Optional.of(new VerificationRecord(events));
    }

    @Override
    public synchronized List<VerificationRecord> ofSession(String sessionId) {
        List<VerificationRecord> records = new ArrayList<>();
        for (List<VerificationEvent> events : byId.values()) {
            VerificationEvent.Opened opened = (VerificationEvent.Opened) events.get(0);
            if (opened.sessionId().equals(sessionId)) {
                records.add(new VerificationRecord(events));
            }
        }
        return records;
    }
}
