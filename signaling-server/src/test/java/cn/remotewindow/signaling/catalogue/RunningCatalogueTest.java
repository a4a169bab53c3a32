package cn.remotewindow.signaling.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.catalogue.DemoCatalogueFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The one owner of the running catalogue: replaced whole or not at all, recorded before it changes. */
class RunningCatalogueTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final String DEMO = DemoCatalogueFile.text();

    private static RunningCatalogue demo() {
        return new RunningCatalogue(new CatalogueEdition(DemoCatalogueFile.catalogue(), "0".repeat(64), "demo", START));
    }

    /** The demo file under another version, with one promised limit changed so that it differs. */
    private static byte[] changed(String version, int promisedDays) {
        return DEMO.replace("version: 2026.1-demo", "version: " + version)
                .replaceFirst("promised-days: 5", "promised-days: " + promisedDays)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static CatalogueOffer offer(RunningCatalogue running, byte[] file, List<CatalogueOffer> recorded) {
        return running.offer(file, StandardCharsets.UTF_8, "test", START.plusSeconds(60), recorded::add);
    }

    @Test
    void aValidFileWithANewVersionReplacesTheRunningOneWhole() {
        RunningCatalogue running = demo();
        CatalogueEdition before = running.current();
        List<CatalogueOffer> recorded = new ArrayList<>();

        CatalogueOffer offer = offer(running, changed("2026.2", 3), recorded);

        assertThat(offer).isInstanceOfSatisfying(CatalogueOffer.Accepted.class, accepted -> {
            assertThat(accepted.changed()).isTrue();
            assertThat(accepted.previous()).isSameAs(before);
            assertThat(accepted.current().since()).isEqualTo(START.plusSeconds(60));
            assertThat(accepted.current().sha256()).isEqualTo(RunningCatalogue.sha256(changed("2026.2", 3)));
        });
        assertThat(recorded).containsExactly(offer);
        assertThat(running.catalogue().version()).isEqualTo("2026.2");
        assertThat(running.catalogue().item("PSB-HJQY").orElseThrow().timeLimit().promisedDays()).isEqualTo(3);
    }

    @Test
    void aRefusedFileLeavesTheRunningOneAsItWas() {
        RunningCatalogue running = demo();
        CatalogueEdition before = running.current();
        List<CatalogueOffer> recorded = new ArrayList<>();
        byte[] broken = new String(changed("2026.2", 3), StandardCharsets.UTF_8)
                .replace("department: MCA", "department: MZJ").getBytes(StandardCharsets.UTF_8);

        CatalogueOffer offer = offer(running, broken, recorded);

        assertThat(offer).isInstanceOfSatisfying(CatalogueOffer.Refused.class, refused -> {
            assertThat(refused.problems()).hasSize(2).allSatisfy(problem ->
                    assertThat(problem.message()).contains("no department has the code 'MZJ'"));
            assertThat(refused.running()).isSameAs(before);
        });
        assertThat(recorded).containsExactly(offer);
        assertThat(running.current()).isSameAs(before);
    }

    @Test
    void whenTheDecisionCannotBeRecordedNothingChanges() {
        RunningCatalogue running = demo();
        CatalogueEdition before = running.current();

        assertThatThrownBy(() -> running.offer(changed("2026.2", 3), StandardCharsets.UTF_8, "test", START,
                offer -> {
                    throw new IllegalStateException("the audit log is out of reach");
                })).hasMessageContaining("out of reach");

        assertThat(running.current()).isSameAs(before);
    }

    @Test
    void theSameFileAgainChangesNothing() {
        RunningCatalogue running = demo();
        CatalogueEdition before = running.current();

        CatalogueOffer offer = offer(running, DEMO.getBytes(StandardCharsets.UTF_8), new ArrayList<>());

        assertThat(offer).isInstanceOfSatisfying(CatalogueOffer.Accepted.class, accepted -> {
            assertThat(accepted.changed()).isFalse();
            assertThat(accepted.current()).isSameAs(before);
        });
        assertThat(running.current()).isSameAs(before);
    }

    @Test
    void aChangedFileUnderTheRunningVersionIsRefused() {
        RunningCatalogue running = demo();

        CatalogueOffer offer = offer(running, changed("2026.1-demo", 3), new ArrayList<>());

        assertThat(offer).isInstanceOfSatisfying(CatalogueOffer.Refused.class, refused -> assertThat(refused.problems())
                .singleElement().satisfies(problem -> assertThat(problem.field()).isEqualTo("version")));
    }

    @Test
    void ofTwoAdminsImportingOneNewVersionAtOnceOneWinsAndReadersAlwaysSeeAWholeCatalogue() throws Exception {
        RunningCatalogue running = demo();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<Integer> reader = threads.submit(() -> {
                go.await();
                int reads = 0;
                // Until an import has won and a thousand reads were made (bounded, should none ever win).
                while ((running.catalogue().version().equals("2026.1-demo") || reads < 1000) && reads < 50_000_000) {
                    // Version and content always belong together: an edition is replaced as one reference.
                    int promised = running.catalogue().item("PSB-HJQY").orElseThrow().timeLimit().promisedDays();
                    String version = running.current().version();
                    assertThat(promised).isIn(5, 3, 4);
                    assertThat(version).isIn("2026.1-demo", "2026.2");
                    reads++;
                }
                return reads;
            });
            Future<CatalogueOffer> first = threads.submit(() -> {
                go.await();
                return offer(running, changed("2026.2", 3), new ArrayList<>());
            });
            Future<CatalogueOffer> second = threads.submit(() -> {
                go.await();
                return offer(running, changed("2026.2", 4), new ArrayList<>());
            });
            go.countDown();

            List<CatalogueOffer> offers = List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
            assertThat(offers).filteredOn(CatalogueOffer.Accepted.class::isInstance).hasSize(1);
            assertThat(offers).filteredOn(CatalogueOffer.Refused.class::isInstance).hasSize(1);
            assertThat(reader.get(10, TimeUnit.SECONDS)).isPositive();
            CatalogueOffer.Accepted winner = (CatalogueOffer.Accepted) offers.stream()
                    .filter(CatalogueOffer.Accepted.class::isInstance).findFirst().orElseThrow();
            assertThat(running.current()).isSameAs(winner.current());
        } finally {
            threads.shutdownNow();
        }
    }
}
