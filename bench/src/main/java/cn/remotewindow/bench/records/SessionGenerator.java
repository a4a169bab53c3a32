package cn.remotewindow.bench.records;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.MissingDocument;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Complete sessions of 新乡市 as the server records them: eight events each (requested, queued,
 * rung, accepted, connected, outcome, ended, rated), spread over {@link #DAYS} days, districts,
 * kiosks, experts, items, outcomes and ratings. Deterministic for a seed.
 */
final class SessionGenerator {

    static final int DAYS = 90;
    static final List<String> DISTRICTS = List.of("红旗区", "卫滨区", "凤泉区", "牧野区", "新乡县", "获嘉县", "原阳县",
            "延津县", "封丘县", "长垣市", "卫辉市", "辉县市");
    static final List<String> ITEMS = List.of("PSB-HJQY", "PSB-JZZ", "HRSS-SBZY", "HRSS-TXSP", "MNR-BDCDJ", "MNR-BDCCX",
            "MCA-GLBT", "MCA-DBSQ", "MARKET-QYKB", "MARKET-GTDJ");
    static final int EXPERTS = 60;
    static final int KIOSKS_PER_DISTRICT = 4;
    /** The first day of the generated period (Shanghai midnight). */
    static final Instant START = Instant.parse("2026-06-30T16:00:00Z");

    private final Random random;

    SessionGenerator(long seed) {
        this.random = new Random(seed);
    }

    List<SessionEvent> session(int n) {
        String id = "bench-" + n;
        String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        String kiosk = "kiosk-" + DISTRICTS.indexOf(district) + "-" + random.nextInt(KIOSKS_PER_DISTRICT);
        String item = ITEMS.get(random.nextInt(ITEMS.size()));
        String department = item.substring(0, item.indexOf('-'));
        String expert = "expert-" + random.nextInt(EXPERTS);
        // Office hours, 08:30 to 17:30 local.
        Instant requested = START.plusSeconds(86_400L * random.nextInt(DAYS) + 30_600 + random.nextInt(32_400));
        String caseNumber = "4107-2026-" + n;
        CaseRequest request = new CaseRequest(kiosk, "自助终端 " + kiosk, district, item, item, department, caseNumber,
                random.nextInt(10) == 0 ? Priority.GREEN_CHANNEL : Priority.NORMAL, requested);
        int wait = 5 + random.nextInt(240);
        int handle = 120 + random.nextInt(900);
        Instant accepted = requested.plusSeconds(wait);
        Instant connected = accepted.plusSeconds(2);
        Instant ended = connected.plusSeconds(handle);
        CaseOutcome outcome = CaseOutcome.values()[random.nextInt(CaseOutcome.values().length)];
        SessionOutcome recorded = new SessionOutcome(outcome, outcome.needsCaseNumber() ? caseNumber : null,
                outcome.listsMissingDocuments() ? List.of(new MissingDocument("户口簿原件", "2026-10-09")) : List.of(),
                outcome.needsReason() ? "材料不符合要求" : null, null);
        Satisfaction rating = Satisfaction.values()[random.nextInt(Satisfaction.values().length)];
        return List.of(
                event(id, SessionEvent.Kind.REQUESTED, requested, request, null, null),
                event(id, SessionEvent.Kind.QUEUED, requested.plusMillis(20), request, null, null),
                event(id, SessionEvent.Kind.RUNG, requested.plusSeconds(1), request, expert, null),
                event(id, SessionEvent.Kind.ACCEPTED, accepted, request, expert, null),
                event(id, SessionEvent.Kind.CONNECTED, connected, request, expert, null),
                new SessionEvent(id, SessionEvent.Kind.OUTCOME, ended.minusSeconds(30), request, expert, null, null,
                        outcome.name(), recorded, null),
                new SessionEvent(id, SessionEvent.Kind.ENDED, ended, request, expert, Role.EXPERT, EndReason.HANGUP,
                        null, null, null),
                new SessionEvent(id, SessionEvent.Kind.RATED, ended.plusSeconds(20), request, expert, null, null,
                        rating.name(), null, rating));
    }

    private static SessionEvent event(String id, SessionEvent.Kind kind, Instant at, CaseRequest request, String expert,
                                      String note) {
        return new SessionEvent(id, kind, at, request, expert, null, null, note, null, null);
    }
}
