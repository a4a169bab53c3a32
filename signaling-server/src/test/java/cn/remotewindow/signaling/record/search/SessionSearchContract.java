package cn.remotewindow.signaling.record.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionOutcome;
import cn.remotewindow.signaling.record.store.DatabaseSessionRecords;
import cn.remotewindow.signaling.record.store.RecordWriter;
import cn.remotewindow.signaling.record.store.RecordsDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The auditors' session list on each database: filters, sorting, paging, counting. */
abstract class SessionSearchContract {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-03-02 08:30 in Shanghai. */
    private static final Instant T0 = Instant.parse("2026-03-02T00:30:00Z");

    private RecordsDatabase database;
    private RecordWriter writer;
    private DatabaseSessionRecords sessions;
    private SessionSearch search;

    protected abstract WindowProperties.Records newDatabase();

    @BeforeEach
    void open() {
        WindowProperties.Records settings = newDatabase();
        database = RecordsDatabase.open(settings);
        writer = new RecordWriter(database, 1000, 64, settings.writeTimeout());
        sessions = new DatabaseSessionRecords(database, writer, SHANGHAI);
        search = new SessionSearch(database, SHANGHAI);
        // s1..s3 on 2 March in 红旗区, s4 on 3 March in 卫滨区; s5 asked late on 3 March UTC = 4 March in Shanghai.
        served("s1", "红旗区", "k1", "PSB-HJQY", T0, "e1", 30, CaseOutcome.ACCEPTED);
        served("s2", "红旗区", "k1", "PSB-HJQY", T0.plusSeconds(3600), "e2", 90, CaseOutcome.ACCEPTED_PENDING_DOCUMENTS);
        served("s3", "红旗区", "k2", "CIVIL-MARRIAGE", T0.plusSeconds(7200), "e1", 10, null);
        served("s4", "卫滨区", "k3", "PSB-HJQY", T0.plusSeconds(86_400), "e2", 60, CaseOutcome.REJECTED);
        served("s5", "卫滨区", "k3", "PSB-HJQY", Instant.parse("2026-03-03T17:00:00Z"), "e1", 5, CaseOutcome.ACCEPTED);
    }

    @AfterEach
    void close() {
        writer.close();
        database.close();
    }

    private void served(String id, String district, String kiosk, String item, Instant at, String expert, int waitSeconds,
                        CaseOutcome outcome) {
        CaseRequest request = new CaseRequest(kiosk, "终端 " + kiosk, district, item, item, "PSB", "C-" + id,
                Priority.NORMAL, at);
        sessions.record(new SessionEvent(id, SessionEvent.Kind.REQUESTED, at, request, null, null, null, null, null, null));
        sessions.record(new SessionEvent(id, SessionEvent.Kind.ACCEPTED, at.plusSeconds(waitSeconds), request, expert, null, null, null, null, null));
        sessions.record(new SessionEvent(id, SessionEvent.Kind.CONNECTED, at.plusSeconds(waitSeconds + 2), request, expert, null, null, null, null, null));
        if (outcome != null) {
            sessions.record(new SessionEvent(id, SessionEvent.Kind.OUTCOME, at.plusSeconds(300), request, expert, null, null,
                    null, new SessionOutcome(outcome, "C-" + id, List.of(), null, null), null));
        }
        sessions.recordConfirmed(new SessionEvent(id, SessionEvent.Kind.ENDED, at.plusSeconds(600), request, expert,
                Role.EXPERT, EndReason.HANGUP, null, null, null));
    }

    private List<String> ids(SessionFilter filter, PageRequest page) {
        return search.find(filter, page).items().stream().map(SessionRow::sessionId).toList();
    }

    private static SessionFilter filter(LocalDate from, LocalDate to, String district, String expert, String outcome) {
        return new SessionFilter(from, to, district, null, expert, null, null, outcome, null, null);
    }

    @Test
    void newestFirstByDefaultWithTheTotal() {
        Page<SessionRow> page = search.find(SessionFilter.any(), PageRequest.first(3));
        assertThat(page.items()).extracting(SessionRow::sessionId).containsExactly("s5", "s4", "s3");
        assertThat(page.total()).isEqualTo(5);
        assertThat(ids(SessionFilter.any(), new PageRequest(1, 3, SessionSort.REQUESTED_AT, true))).containsExactly("s2", "s1");
    }

    @Test
    void datesAreDaysInTheServicesTimeZone() {
        LocalDate march3 = LocalDate.of(2026, 3, 3);
        assertThat(ids(filter(march3, march3, null, null, null), PageRequest.first(10))).containsExactly("s4");
        assertThat(ids(filter(LocalDate.of(2026, 3, 4), null, null, null, null), PageRequest.first(10))).containsExactly("s5");
        assertThat(ids(filter(null, LocalDate.of(2026, 3, 2), null, null, null), PageRequest.first(10)))
                .containsExactly("s3", "s2", "s1");
    }

    @Test
    void filtersCombine() {
        assertThat(ids(filter(null, null, "红旗区", "e1", null), PageRequest.first(10))).containsExactly("s3", "s1");
        assertThat(ids(filter(null, null, null, null, "NONE"), PageRequest.first(10))).containsExactly("s3");
        assertThat(ids(filter(null, null, null, null, "REJECTED"), PageRequest.first(10))).containsExactly("s4");
        assertThat(ids(new SessionFilter(null, null, null, "k3", null, null, "PSB-HJQY", null, null, null),
                PageRequest.first(10))).containsExactly("s5", "s4");
        assertThat(ids(new SessionFilter(null, null, null, null, null, null, null, null, null, "C-s2"),
                PageRequest.first(10))).containsExactly("s2");
        assertThat(search.find(filter(null, null, "没有的区", null, null), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void sortedByWaitLongestFirstAndTheRowsCarryTheFigures() {
        Page<SessionRow> page = search.find(SessionFilter.any(), new PageRequest(0, 10, SessionSort.WAIT, true));
        assertThat(page.items()).extracting(SessionRow::sessionId).containsExactly("s2", "s4", "s1", "s3", "s5");
        SessionRow s2 = page.items().get(0);
        assertThat(s2.waitMillis()).isEqualTo(90_000);
        assertThat(s2.handleMillis()).isEqualTo(508_000);
        assertThat(s2.outcome()).isEqualTo("ACCEPTED_PENDING_DOCUMENTS");
        assertThat(s2.district()).isEqualTo("红旗区");
        assertThat(s2.servedBy()).containsExactly("e2");
        assertThat(s2.endReason()).isEqualTo("HANGUP");
    }

    @Test
    void longestWaitsFirstWithinTheDaysAndTheUnansweredLast() {
        // Days of their own (April), no other filter: on H2 the list walks the wait index.
        Instant april = Instant.parse("2026-04-07T01:00:00Z");
        served("w1", "红旗区", "k1", "PSB-HJQY", april, "e1", 40, null);
        served("w2", "卫滨区", "k3", "PSB-HJQY", april.plusSeconds(600), "e2", 400, null);
        served("w3", "红旗区", "k2", "PSB-HJQY", april.plusSeconds(1200), "e1", 4, null);
        CaseRequest unanswered = new CaseRequest("k2", "终端 k2", "红旗区", "PSB-HJQY", "PSB-HJQY", "PSB", "C-w4",
                Priority.NORMAL, april.plusSeconds(1800));
        sessions.record(new SessionEvent("w4", SessionEvent.Kind.REQUESTED, april.plusSeconds(1800), unanswered, null, null,
                null, null, null, null));
        sessions.recordConfirmed(new SessionEvent("w4", SessionEvent.Kind.ENDED, april.plusSeconds(1900), unanswered, null,
                Role.KIOSK, EndReason.HANGUP, null, null, null));
        LocalDate day = LocalDate.of(2026, 4, 7);
        SessionFilter days = filter(day, day, null, null, null);
        assertThat(ids(days, new PageRequest(0, 2, SessionSort.WAIT, true))).containsExactly("w2", "w1");
        assertThat(ids(days, new PageRequest(1, 2, SessionSort.WAIT, true))).containsExactly("w3", "w4");
        assertThat(search.find(days, new PageRequest(0, 2, SessionSort.WAIT, true)).total()).isEqualTo(4);
        // Older sessions with longer waits (s2: 90 s) are outside the days and stay out.
        assertThat(ids(filter(day, day, "红旗区", null, null), new PageRequest(0, 10, SessionSort.WAIT, true)))
                .containsExactly("w1", "w3", "w4");
    }

    @Test
    void everyRowForTheExportOldestFirst() {
        List<String> all = new java.util.ArrayList<>();
        search.each(SessionFilter.any(), 2, row -> all.add(row.sessionId()));
        assertThat(all).containsExactly("s1", "s2", "s3", "s4", "s5");
    }

    @Test
    void theServiceFiguresCountWhatTheFilterSelects() {
        ServiceFigures all = new ServiceStatistics(database, search).figures(SessionFilter.any());
        assertThat(all.sessions()).isEqualTo(5);
        assertThat(all.perDay()).containsExactly(
                new ServiceFigures.DayCount(LocalDate.of(2026, 3, 2), "红旗区", 3),
                new ServiceFigures.DayCount(LocalDate.of(2026, 3, 3), "卫滨区", 1),
                new ServiceFigures.DayCount(LocalDate.of(2026, 3, 4), "卫滨区", 1));
        // Waits 5, 10, 30, 60, 90 s: median 30 s, p90 between 60 and 90 (linear interpolation: 78 s).
        assertThat(all.waitTime()).isEqualTo(new ServiceFigures.Durations(30_000L, 78_000L, 5));
        assertThat(all.outcomes()).containsEntry("ACCEPTED", 2L).containsEntry("ACCEPTED_PENDING_DOCUMENTS", 1L)
                .containsEntry("REJECTED", 1L).containsEntry("NONE", 1L);
        assertThat(all.firstTimeRate()).as("2 of the 4 with an outcome").isEqualTo(0.5);
        assertThat(all.ratings()).containsEntry("NONE", 5L);
        assertThat(all.verificationPassRate()).isNull();

        ServiceFigures hongqi = new ServiceStatistics(database, search).figures(filter(null, null, "红旗区", null, null));
        assertThat(hongqi.sessions()).isEqualTo(3);
        assertThat(hongqi.handleTime().measured()).isEqualTo(3);
    }

    @Test
    void verificationsAreListedWithTheirSessionsDistrictAndFilteredByResult() {
        var records = new cn.remotewindow.signaling.record.store.DatabaseVerificationRecords(database, writer);
        records.append(new cn.remotewindow.signaling.record.verification.VerificationEvent.Opened("v1", T0.plusSeconds(60),
                "s1", "C-s1", "PSB-HJQY", "k1", "e1", "专家一"));
        records.append(new cn.remotewindow.signaling.record.verification.VerificationEvent.Opened("v2", T0.plusSeconds(86_460),
                "s4", "C-s4", "PSB-HJQY", "k3", "e2", "专家二"));
        records.append(new cn.remotewindow.signaling.record.verification.VerificationEvent.Reviewed("v2", T0.plusSeconds(86_500),
                "e2", cn.remotewindow.protocol.message.ReviewDecision.PASS, cn.remotewindow.protocol.message.VerifyMethod.MANUAL_DOCUMENT_CHECK,
                "已核对原件", null));
        VerificationSearch verifications = new VerificationSearch(database, SHANGHAI);

        Page<VerificationRow> all = verifications.find(VerificationFilter.any(), 0, 10);
        assertThat(all.items()).extracting(VerificationRow::verificationId).containsExactly("v2", "v1");
        assertThat(all.items().get(0).district()).isEqualTo("卫滨区");
        assertThat(all.items().get(0).decision()).isEqualTo("PASS");
        assertThat(verifications.find(new VerificationFilter(null, null, null, null, null, null, "PASS", null), 0, 10).items())
                .extracting(VerificationRow::verificationId).containsExactly("v2");
        assertThat(verifications.find(new VerificationFilter(null, null, "红旗区", null, null, null, "NONE", null), 0, 10).items())
                .extracting(VerificationRow::verificationId).containsExactly("v1");
        assertThat(new ServiceStatistics(database, search).figures(SessionFilter.any()).verificationPassRate()).isEqualTo(1.0);
        assertThat(search.find(new SessionFilter(null, null, null, null, null, null, null, null, "PASS", null),
                PageRequest.first(10)).items()).extracting(SessionRow::sessionId).containsExactly("s4");
    }
}
