package cn.remotewindow.kiosk.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.link.CatalogueReply;
import cn.remotewindow.kiosk.link.LinkListener;
import cn.remotewindow.kiosk.link.LinkProblem;
import cn.remotewindow.kiosk.link.ServerApi;
import cn.remotewindow.kiosk.link.ServerLink;
import cn.remotewindow.kiosk.screen.Name;
import cn.remotewindow.kiosk.screen.ServiceCatalogue;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.AuthOk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk reads the real server's catalogue (GET /api/catalogue) into its service choice, and keeps it. */
class CatalogueUpdatesTest {

    private static final LinkListener QUIET = new LinkListener() {
        @Override
        public void onUp(AuthOk identity) {
        }

        @Override
        public void onMessage(Envelope envelope) {
        }

        @Override
        public void onDown(LinkProblem problem, int attempt, Duration retryIn) {
        }
    };

    private static SignalingServerProcess server;
    private static SignalingClients clients;
    private static ServerLink link;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        server = new SignalingServerProcess().start();
        clients = new SignalingClients(1);
        link = new ServerLink(new ServerApi(server.httpUrl(), new KioskConfig.Device(SignalingServerProcess.KIOSK,
                SignalingServerProcess.KIOSK_SECRET)), clients, AgentHarness.FAST, QUIET, () -> null, Clock.systemUTC());
        link.start();
        await().atMost(AgentHarness.UNTIL).until(link::isUp);
    }

    @AfterAll
    static void stopServer() {
        link.close();
        clients.close();
        server.close();
    }

    @Test
    void theServersCatalogueBecomesTheChoiceWithItsBundleAndGreenChannelRules() {
        List<ServiceCatalogue> arrived = new CopyOnWriteArrayList<>();
        try (CatalogueUpdates updates = new CatalogueUpdates(dir.resolve("catalogue-cache.json"), Duration.ofHours(1),
                arrived::add)) {
            updates.start(KioskAgent.Link.of(link));
            updates.refresh();
            await().atMost(AgentHarness.UNTIL).until(() -> !arrived.isEmpty());
        }
        ServiceCatalogue catalogue = arrived.get(0);
        assertThat(catalogue.departments()).extracting(ServiceCatalogue.Department::code)
                .containsExactly("PSB", "HRSS", "MNR", "MCA", "MARKET");
        assertThat(catalogue.department("MNR").orElseThrow().items()).extracting(ServiceCatalogue.Item::code)
                .containsExactly("MNR-BDCDJ", "MNR-BDCCX");
        assertThat(catalogue.department("PSB").orElseThrow().item("PSB-HJQY").orElseThrow().greenChannel()).isTrue();
        assertThat(catalogue.department("MNR").orElseThrow().item("MNR-BDCDJ").orElseThrow().greenChannel())
                .as("green-channel: false in the demo catalogue").isFalse();
        ServiceCatalogue.Bundle retirement = catalogue.bundle("YJS-TX").orElseThrow();
        assertThat(retirement.itemNames()).extracting(Name::zh).containsExactly("社保关系转移", "职工退休审批", "高龄津贴申领");
        assertThat(catalogue.search("BDC")).extracting(m -> m.code()).containsExactly("MNR-BDCDJ", "MNR-BDCCX");
    }

    @Test
    void anUnchangedCatalogueCostsA304() throws Exception {
        CatalogueReply first = link.catalogue(null);
        assertThat(first.fresh()).isTrue();
        assertThat(first.etag()).isNotBlank();

        CatalogueReply again = link.catalogue(first.etag());

        assertThat(again.unchanged()).isTrue();
        assertThat(again.body()).isEmpty();
        assertThat(link.catalogue("\"some-other-tag\"").fresh()).isTrue();
    }

    @Test
    void theLastCatalogueIsKeptForTheNextStartAndABrokenCopyIsIgnored() throws Exception {
        Path cache = dir.resolve("kept/catalogue-cache.json");
        List<ServiceCatalogue> arrived = new CopyOnWriteArrayList<>();
        try (CatalogueUpdates updates = new CatalogueUpdates(cache, Duration.ofHours(1), arrived::add)) {
            assertThat(updates.cached()).as("nothing kept yet").isNull();
            updates.start(KioskAgent.Link.of(link));
            updates.refresh();
            await().atMost(AgentHarness.UNTIL).until(() -> !arrived.isEmpty());
        }
        ServiceCatalogue kept = new CatalogueUpdates(cache, Duration.ofHours(1), c -> { }).cached();
        assertThat(kept).isNotNull();
        assertThat(kept.items()).hasSameSizeAs(arrived.get(0).items());
        assertThat(kept.bundle("YJS-TX")).isPresent();

        Files.writeString(cache, "{\"version\":\"x\",\"departments\":[]", StandardCharsets.UTF_8);
        assertThat(new CatalogueUpdates(cache, Duration.ofHours(1), c -> { }).cached()).isNull();
    }

    @Test
    void aBodyThatIsNoCatalogueIsRefusedInWords() {
        assertThatThrownBy(() -> CatalogueJson.read("{\"version\":\"1\",\"items\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogueJson.Unreadable.class).hasMessageContaining("'departments'");
        assertThatThrownBy(() -> CatalogueJson.read(("{\"version\":\"1\",\"departments\":[{\"code\":\"A\",\"name\":{\"zh\":\"甲\"}}],"
                + "\"items\":[{\"code\":\"B-1\",\"department\":\"B\",\"name\":{\"zh\":\"乙\"}}]}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogueJson.Unreadable.class).hasMessageContaining("unknown department B");
        assertThatThrownBy(() -> CatalogueJson.read("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogueJson.Unreadable.class);
    }
}
