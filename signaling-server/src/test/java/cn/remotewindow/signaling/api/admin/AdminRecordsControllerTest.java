package cn.remotewindow.signaling.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.identity.Sex;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Verdict;
import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionOutcome;
import cn.remotewindow.signaling.record.SessionRecorder;
import cn.remotewindow.signaling.record.audit.AuditEntry;
import cn.remotewindow.signaling.record.store.DatabaseAuditLog;
import cn.remotewindow.signaling.record.verification.CardOnRecord;
import cn.remotewindow.signaling.record.verification.MachineJudgement;
import cn.remotewindow.signaling.record.verification.StoredFrame;
import cn.remotewindow.signaling.record.verification.StoredImage;
import cn.remotewindow.signaling.record.verification.VerificationEvent;
import cn.remotewindow.signaling.record.verification.VerificationRecords;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The auditors' records API end to end over HTTP, on records written as the server writes them:
 * lists with filters, a session's detail with its chain status, the CSV export, a verification with
 * its evidence, the ID number revealed only with a reason, the statistics — and every read in the
 * audit log.
 */
@HttpApiTest
class AdminRecordsControllerTest {

    /** 2026-03-02 08:30 in Shanghai: far from any other test's sessions. */
    private static final Instant T0 = Instant.parse("2026-03-02T00:30:00Z");

    @Autowired
    WebTestClient client;
    @Autowired
    SessionRecorder recorder;
    @Autowired
    VerificationRecords verifications;
    @Autowired
    EvidenceCipher cipher;
    @Autowired
    DatabaseAuditLog audit;

    private String admin;
    private String sessionId;
    private String verificationId;
    private String kiosk;

    @BeforeEach
    void records() {
        admin = TestTokens.adminToken(client);
        String run = UUID.randomUUID().toString().substring(0, 8);
        kiosk = "kiosk-adm-" + run;
        sessionId = "adm-" + run;
        verificationId = "v-adm-" + run;
        CaseRequest request = new CaseRequest(kiosk, "测试终端", "获嘉县", "PSB-HJQY", "PSB-HJQY", "PSB",
                "410724-2026-" + run, Priority.NORMAL, T0);
        recorder.record(new SessionEvent(sessionId, SessionEvent.Kind.REQUESTED, T0, request, null, null, null, null, null, null));
        recorder.record(new SessionEvent(sessionId, SessionEvent.Kind.ACCEPTED, T0.plusSeconds(40), request, "zhangwei", null, null, null, null, null));
        recorder.record(new SessionEvent(sessionId, SessionEvent.Kind.CONNECTED, T0.plusSeconds(42), request, "zhangwei", null, null, null, null, null));
        recorder.recordConfirmed(new SessionEvent(sessionId, SessionEvent.Kind.OUTCOME, T0.plusSeconds(300), request, "zhangwei",
                null, null, null, new SessionOutcome(CaseOutcome.ACCEPTED, "410724-2026-" + run, List.of(), null, "材料齐全"), null));
        recorder.recordConfirmed(new SessionEvent(sessionId, SessionEvent.Kind.ENDED, T0.plusSeconds(400), request, "zhangwei",
                Role.EXPERT, EndReason.HANGUP, null, null, null));
        verifications.append(new VerificationEvent.Opened(verificationId, T0.plusSeconds(60), sessionId, "410724-2026-" + run,
                "PSB-HJQY", kiosk, "zhangwei", "张伟"));
        byte[] photo = "card photo bytes".getBytes(StandardCharsets.UTF_8);
        verifications.append(new VerificationEvent.EvidenceReceived(verificationId, T0.plusSeconds(90),
                new CardOnRecord("王芳", Sex.FEMALE, LocalDate.of(1949, 12, 31), "110***********002X",
                        cipher.seal("11010519491231002X"), LocalDate.of(2020, 1, 1), null),
                new StoredImage("a".repeat(64), "image/jpeg", photo.length, cipher.seal(photo)),
                List.of(new StoredFrame(0, T0.plusSeconds(80).toEpochMilli(),
                        new StoredImage("b".repeat(64), "image/jpeg", photo.length, cipher.seal(photo))))));
        verifications.append(new VerificationEvent.Decided(verificationId, T0.plusSeconds(91), new MachineJudgement(Verdict.PASS,
                List.of(new MachineJudgement.Reason("FACE_MATCH", "人脸一致", "faces match")), 0.74, 0, true, List.of(),
                List.of(), Map.of("pass", 0.6), List.of(), List.of(), 120)));
    }

    private WebTestClient.ResponseSpec get(String uri) {
        return client.get().uri(uri).header("Authorization", "Bearer " + admin).exchange();
    }

    private List<AuditEntry> readsBy(String action) {
        return audit.read(1, 100_000).stream()
                .filter(e -> e.actor().equals("ADMIN:auditor") && e.action().equals(action)).toList();
    }

    @Test
    void theSessionListFiltersByKioskAndDayAndTheReadIsAudited() {
        int before = readsBy("ADMIN_SESSIONS_LISTED").size();
        get("/api/admin/sessions?kiosk=" + kiosk + "&from=2026-03-02&to=2026-03-02")
                .expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].sessionId").isEqualTo(sessionId)
                .jsonPath("$.items[0].district").isEqualTo("获嘉县")
                .jsonPath("$.items[0].waitMillis").isEqualTo(40_000)
                .jsonPath("$.items[0].outcome").isEqualTo("ACCEPTED")
                .jsonPath("$.items[0].verificationResult").isEqualTo("PASS");
        get("/api/admin/sessions?kiosk=" + kiosk + "&from=2026-03-03").expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
        assertThat(readsBy("ADMIN_SESSIONS_LISTED")).hasSize(before + 2);
        assertThat(readsBy("ADMIN_SESSIONS_LISTED").get(before).detail()).contains("kiosk=" + kiosk);
    }

    @Test
    void aQueryThatCannotBeReadIsRefusedSayingWhichParameter() {
        get("/api/admin/sessions?from=yesterday").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("BAD_QUERY").jsonPath("$.detail").value(d -> assertThat((String) d).contains("'from'"));
        get("/api/admin/sessions?size=5000").expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("BAD_QUERY");
        get("/api/admin/sessions?sort=colour").expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("BAD_QUERY");
        get("/api/admin/sessions?from=2026-03-05&to=2026-03-01").expectStatus().isBadRequest();
    }

    @Test
    void aSessionsDetailHasItsTimelineItsVerificationAndAnIntactChain() {
        get("/api/admin/sessions/" + sessionId).expectStatus().isOk().expectBody()
                .jsonPath("$.session.events.length()").isEqualTo(5)
                .jsonPath("$.session.events[1].kind").isEqualTo("ACCEPTED")
                .jsonPath("$.session.events[1].expertId").isEqualTo("zhangwei")
                .jsonPath("$.session.outcome.notes").isEqualTo("材料齐全")
                .jsonPath("$.verifications[0].verificationId").isEqualTo(verificationId)
                .jsonPath("$.verifications[0].machineVerdict").isEqualTo("PASS")
                .jsonPath("$.chain.intact").isEqualTo(true)
                .jsonPath("$.chain.entries").isEqualTo(5);
        get("/api/admin/sessions/nope").expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("SESSION_UNKNOWN");
        assertThat(readsBy("ADMIN_SESSION_VIEWED")).anySatisfy(e -> assertThat(e.subject()).isEqualTo(sessionId));
    }

    @Test
    void theExportIsCsvWithChineseHeadersAndTheSelectedRows() {
        byte[] csv = get("/api/admin/sessions/export?kiosk=" + kiosk).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv"))
                .expectHeader().value("Content-Disposition", v -> assertThat(v).startsWith("attachment").contains(".csv"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF会话编号,办件编号,申请时间,区县");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(sessionId + ",410724-2026-").contains(",2026-03-02 08:30:00,获嘉县,")
                .contains(",40,").contains(",ACCEPTED,");
        String english = new String(get("/api/admin/sessions/export?kiosk=" + kiosk + "&lang=en").expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFsession,case_number,requested_at");
        assertThat(readsBy("ADMIN_SESSIONS_EXPORTED")).anySatisfy(e -> assertThat(e.detail()).contains("rows=1"));
    }

    @Test
    void aVerificationIsShownMaskedItsImagesAreViewsOnRecordAndTheNumberNeedsAReason() {
        get("/api/admin/verifications?kiosk=" + kiosk).expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].verificationId").isEqualTo(verificationId)
                .jsonPath("$.items[0].district").isEqualTo("获嘉县");
        get("/api/admin/verifications/" + verificationId).expectStatus().isOk().expectBody()
                .jsonPath("$.verification.card.idNumberMasked").isEqualTo("110***********002X")
                .jsonPath("$.chain.intact").isEqualTo(true);
        byte[] image = get("/api/admin/verifications/" + verificationId + "/card-photo").expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(image, StandardCharsets.UTF_8)).isEqualTo("card photo bytes");
        get("/api/admin/verifications/" + verificationId + "/frames/3").expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("FRAME_UNKNOWN");

        client.post().uri("/api/admin/verifications/" + verificationId + "/id-number")
                .header("Authorization", "Bearer " + admin).bodyValue(Map.of("reason", " "))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("REASON_REQUIRED");
        client.post().uri("/api/admin/verifications/" + verificationId + "/id-number")
                .header("Authorization", "Bearer " + admin).bodyValue(Map.of("reason", "市民投诉复核，工单 2026-118"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.idNumber").isEqualTo("11010519491231002X");

        var views = verifications.find(verificationId).orElseThrow().views();
        assertThat(views).extracting(VerificationEvent.Viewed::viewerId).containsOnly("ADMIN:auditor");
        assertThat(views).extracting(VerificationEvent.Viewed::what)
                .containsExactly("DETAILS", "CARD_PHOTO", "ID_NUMBER: 市民投诉复核，工单 2026-118");
        assertThat(audit.about(verificationId)).extracting(AuditEntry::action).endsWith("VERIFICATION_VIEWED");
    }

    @Test
    void theStatisticsCountTheSelectedSessions() {
        get("/api/admin/statistics?kiosk=" + kiosk).expectStatus().isOk().expectBody()
                .jsonPath("$.sessions").isEqualTo(1)
                .jsonPath("$.perDay[0].day").isEqualTo("2026-03-02")
                .jsonPath("$.perDay[0].district").isEqualTo("获嘉县")
                .jsonPath("$.waitTime.medianMillis").isEqualTo(40_000)
                .jsonPath("$.outcomes.ACCEPTED").isEqualTo(1)
                .jsonPath("$.firstTimeRate").isEqualTo(1.0);
    }
}
