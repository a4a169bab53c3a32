package cn.remotewindow.kiosk.link;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.identity.CardRead;
import cn.remotewindow.kiosk.identity.EvidenceFrame;
import cn.remotewindow.kiosk.identity.EvidenceOutcome;
import cn.remotewindow.kiosk.identity.EvidenceUpload;
import cn.remotewindow.kiosk.identity.FileIdCardReader;
import cn.remotewindow.kiosk.testing.EvidenceEndpoint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The evidence upload on the wire (docs/http-api.md) and every answer mapped to an outcome. */
class ServerApiEvidenceTest {

    private static final String PATH = "/api/verifications/v-1/evidence";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final AccessToken TOKEN = new AccessToken("token-1", Instant.now().plusSeconds(3600), "k", "d");

    private EvidenceEndpoint endpoint;
    private ServerApi api;
    private EvidenceUpload upload;

    @BeforeEach
    void start() throws Exception {
        endpoint = new EvidenceEndpoint();
        api = new ServerApi(endpoint.url(), new KioskConfig.Device("kiosk-hongqi-01", "secret"));
        CardRead card = (CardRead) FileIdCardReader.demoCard().read(TIMEOUT);
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        upload = new EvidenceUpload("nonce-1", card, List.of(EvidenceFrame.of(picture, 1_000), EvidenceFrame.of(picture, 1_200)));
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void theUploadIsTheDocumentedJsonWithTheBearerToken() throws Exception {
        assertThat(api.submitEvidence(TOKEN, PATH, upload, TIMEOUT)).isEqualTo(EvidenceOutcome.ACCEPTED);

        EvidenceEndpoint.Upload sent = endpoint.uploads().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo(PATH);
        assertThat(sent.authorization()).isEqualTo("Bearer token-1");
        assertThat(sent.contentType()).isEqualTo("application/json");
        JsonNode body = sent.body();
        assertThat(body.get("nonce").asString()).isEqualTo("nonce-1");
        JsonNode card = body.get("card");
        assertThat(card.get("name").asString()).isEqualTo("王芳");
        assertThat(card.get("sex").asString()).isEqualTo("FEMALE");
        assertThat(card.get("birthDate").asString()).isEqualTo("1949-12-31");
        assertThat(card.get("idNumber").asString()).isEqualTo("11010519491231002X");
        assertThat(card.get("validFrom").asString()).isEqualTo("2016-03-01");
        assertThat(card.get("validUntil").isNull()).as("长期").isTrue();
        assertThat(Base64.getDecoder().decode(body.get("cardPhoto").asString())).isEqualTo(upload.card().photo());
        assertThat(body.get("frames")).hasSize(2);
        assertThat(body.get("frames").get(1).get("capturedAt").asLong()).isEqualTo(1_200);
        BufferedImage frame = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(body.get("frames").get(0).get("image").asString())));
        assertThat(frame.getWidth()).isEqualTo(64);
        assertThat(upload.toString()).doesNotContain("王芳", "11010519491231002X");
    }

    @Test
    void problemCodesBecomeTypedOutcomes() throws Exception {
        Object[][] answers = {
                {409, "NONCE_MISMATCH", EvidenceOutcome.NONCE_MISMATCH},
                {409, "VERIFICATION_CLOSED", EvidenceOutcome.VERIFICATION_CLOSED},
                {410, "CHALLENGE_EXPIRED", EvidenceOutcome.CHALLENGE_EXPIRED},
                {422, "CARD_REJECTED", EvidenceOutcome.CARD_REJECTED},
                {400, "IMAGE_REJECTED", EvidenceOutcome.IMAGE_REJECTED},
                {400, "EVIDENCE_MALFORMED", EvidenceOutcome.EVIDENCE_MALFORMED},
                {413, "EVIDENCE_TOO_LARGE", EvidenceOutcome.EVIDENCE_TOO_LARGE},
                {403, "NOT_YOUR_VERIFICATION", EvidenceOutcome.NOT_YOUR_VERIFICATION},
                {404, "VERIFICATION_UNKNOWN", EvidenceOutcome.VERIFICATION_UNKNOWN},
                {401, null, EvidenceOutcome.TOKEN_REFUSED},
                {403, null, EvidenceOutcome.REFUSED},
                {409, "ACCEPTED", EvidenceOutcome.REFUSED},
                {500, null, EvidenceOutcome.SERVER_ERROR},
        };
        for (Object[] answer : answers) {
            endpoint.answer((Integer) answer[0], (String) answer[1]);
            assertThat(api.submitEvidence(TOKEN, PATH, upload, TIMEOUT)).as("%s %s", answer[0], answer[1])
                    .isEqualTo(answer[2]);
        }
        assertThat(EvidenceOutcome.CARD_REJECTED.closedByServer()).isTrue();
        assertThat(EvidenceOutcome.NONCE_MISMATCH.closedByServer()).isFalse();
    }

    @Test
    void theTokenGoesOnlyToTheServersOwnEvidenceEndpoint() throws Exception {
        for (String path : new String[] {"http://elsewhere.example/api/verifications/v-1/evidence",
                "//elsewhere.example/api/verifications/v-1/evidence", "/api/verifications/../auth/evidence",
                "/api/sessions/mine", null}) {
            assertThat(api.submitEvidence(TOKEN, path, upload, TIMEOUT)).as(path)
                    .isEqualTo(EvidenceOutcome.UPLOAD_PATH_REFUSED);
        }
        assertThat(endpoint.uploads()).isEmpty();
    }

    @Test
    void noServerIsUnreachable() throws Exception {
        endpoint.close();
        assertThat(api.submitEvidence(TOKEN, PATH, upload, Duration.ofSeconds(2))).isEqualTo(EvidenceOutcome.UNREACHABLE);
    }
}
