package cn.remotewindow.bench.records;

import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.search.PageRequest;
import cn.remotewindow.signaling.record.search.SessionFilter;
import cn.remotewindow.signaling.record.search.SessionSearch;
import cn.remotewindow.signaling.record.search.SessionSort;
import cn.remotewindow.signaling.record.store.DatabaseSessionRecords;
import cn.remotewindow.signaling.record.store.RecordWriter;
import cn.remotewindow.signaling.record.store.RecordsDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * {@code bench/run records}: the records store as the server runs it, on H2 (a file, the embedded
 * default) and on PostgreSQL 16 (zonky's embedded binaries). Inserts: complete sessions of eight
 * events each through {@link DatabaseSessionRecords} (each event with its audit entry and the
 * session's row, in the writer's batched transactions), many sessions in flight, counted when the
 * last commit is confirmed. Query: the auditors' filtered, sorted, paged list over all of them.
 */
public final class RecordsBench {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Events in flight at most (the writer's queue takes 20,000). */
    private static final int WINDOW = 12_000;

    private RecordsBench() {
    }

    public static int run(String[] args) throws Exception {
        int sessions = 100_000;
        int queries = 300;
        String db = "both";
        int batch = 1024;
        Path kept = null;
        String mode = "store";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sessions" -> sessions = Integer.parseInt(args[i + 1]);
                case "--queries" -> queries = Integer.parseInt(args[i + 1]);
                case "--db" -> db = args[i + 1];
                case "--batch" -> batch = Integer.parseInt(args[i + 1]);
                case "--dir" -> kept = Path.of(args[i + 1]);
                case "--mode" -> mode = args[i + 1];
                default -> {
                    System.err.println("unknown option " + args[i]);
                    return 2;
                }
            }
        }
        // --dir keeps the databases; a later run on the same directory skips the inserts (queries only).
        Path work = kept != null ? Files.createDirectories(kept) : Files.createTempDirectory("records-bench");
        List<String> lines = new ArrayList<>();
        try {
            if (!db.equals("postgres")) {
                WindowProperties.Records h2 = settings("jdbc:h2:file:" + work.resolve("h2/records"), "", batch);
                lines.add(mode.equals("ceiling") ? ceiling("h2", h2, sessions, batch) : measure("h2", h2, sessions, queries));
                System.out.println(lines.get(lines.size() - 1));
            }
            if (!db.equals("h2")) {
                try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                        .setCleanDataDirectory(kept == null).start()) {
                    WindowProperties.Records pg = settings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", batch);
                    lines.add(mode.equals("ceiling") ? ceiling("postgres", pg, sessions, batch)
                            : measure("postgres", pg, sessions, queries));
                    System.out.println(lines.get(lines.size() - 1));
                }
            }
        } finally {
            if (kept == null) {
                try (var files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }

    private static WindowProperties.Records settings(String url, String user, int batch) {
        return new WindowProperties.Records(url, user, "", 8, batch, 20_000, Duration.ofSeconds(60), Duration.ofDays(180),
                Duration.ofHours(1));
    }

    /** {@code --mode ceiling}: the same rows through plain JDBC on one thread ({@link JdbcCeiling}). */
    private static String ceiling(String name, WindowProperties.Records settings, int sessions, int batch) throws Exception {
        RecordsDatabase.open(settings).close(); // the schema, migrated as the server does
        // pgjdbc sends a batch of single-row INSERTs as multi-row ones with reWriteBatchedInserts: its fastest way.
        String url = name.equals("h2") ? RecordsDatabase.h2Url(settings.url())
                : settings.url() + (settings.url().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        // The writer's batch counts events: eight to a session.
        double perSecond = JdbcCeiling.measure(url, settings.username(), sessions, Math.max(1, batch / 8));
        return String.format(Locale.ROOT, "BENCH records db=%s mode=jdbc-ceiling inserts_per_s=%.0f rows=%d", name,
                perSecond, sessions);
    }

    private static String measure(String name, WindowProperties.Records settings, int sessions, int queries) throws Exception {
        try (RecordsDatabase database = RecordsDatabase.open(settings);
             RecordWriter writer = new RecordWriter(database, settings.writeQueue(), settings.writeBatch(),
                     settings.writeTimeout())) {
            DatabaseSessionRecords records = new DatabaseSessionRecords(database, writer, SHANGHAI);
            long present = database.client().sql("SELECT COUNT(*) AS n FROM sessions")
                    .map((row, meta) -> ((Number) row.get("n")).longValue()).one().block();
            if (present > 0) {
                System.err.printf(Locale.ROOT, "[records] %s: %d sessions already there: queries only%n", name, present);
                return String.format(Locale.ROOT, "BENCH records db=%s inserts_per_s=- query_p95_ms=%.1f rows=%d",
                        name, query(name, database, queries), present);
            }
            SessionGenerator generator = new SessionGenerator(20261122);
            // Warm-up: 2,000 sessions (JIT, pool, caches), counted in the rows, not in the rate.
            insert(records, generator, 0, Math.min(2_000, sessions));
            long start = System.nanoTime();
            insert(records, generator, Math.min(2_000, sessions), sessions);
            double seconds = (System.nanoTime() - start) / 1e9;
            int measured = sessions - Math.min(2_000, sessions);
            double perSecond = measured / seconds;
            System.err.printf(Locale.ROOT, "[records] %s: %d sessions (%d events) in %.1f s%n", name, measured,
                    measured * 8, seconds);

            return String.format(Locale.ROOT, "BENCH records db=%s inserts_per_s=%.0f query_p95_ms=%.1f rows=%d",
                    name, perSecond, query(name, database, queries), sessions);
        }
    }

    /** The auditors' list over what is there: returns the p95 in milliseconds. */
    private static double query(String name, RecordsDatabase database, int queries) {
        {
            SessionSearch search = new SessionSearch(database, SHANGHAI);
            Random random = new Random(7);
            for (int i = 0; i < 30; i++) {
                search.find(filter(random), page(random));
            }
            long[] micros = new long[queries];
            java.util.Map<String, List<Long>> byShape = new java.util.TreeMap<>();
            for (int i = 0; i < queries; i++) {
                SessionFilter filter = filter(random);
                PageRequest page = page(random);
                long t = System.nanoTime();
                search.find(filter, page);
                micros[i] = (System.nanoTime() - t) / 1_000;
                byShape.computeIfAbsent(shape(filter, page), k -> new ArrayList<>()).add(micros[i]);
            }
            // Which kinds of question are slow: the p95 is made by a few shapes.
            byShape.forEach((shape, times) -> {
                times.sort(null);
                System.err.printf(Locale.ROOT, "[records] %s: %-40s n=%3d p50 %6.1f ms max %6.1f ms%n", name, shape,
                        times.size(), times.get(times.size() / 2) / 1000.0, times.get(times.size() - 1) / 1000.0);
            });
            Arrays.sort(micros);
            double p95 = micros[(int) Math.ceil(queries * 0.95) - 1] / 1000.0;
            double p50 = micros[queries / 2] / 1000.0;
            System.err.printf(Locale.ROOT, "[records] %s: query p50 %.1f ms, p95 %.1f ms over %d queries%n", name, p50, p95,
                    queries);
            return p95;
        }
    }

    /** Sessions [from, to): events submitted in order, at most WINDOW in flight; returns when all are committed. */
    private static void insert(DatabaseSessionRecords records, SessionGenerator generator, int from, int to) {
        Deque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();
        for (int n = from; n < to; n++) {
            for (SessionEvent event : generator.session(n)) {
                if (inFlight.size() >= WINDOW) {
                    inFlight.removeFirst().join();
                }
                inFlight.addLast(records.submit(event));
            }
            if (n % 10_000 == 0 && n > from) {
                System.err.printf("[records] %d sessions submitted%n", n);
            }
        }
        while (!inFlight.isEmpty()) {
            inFlight.removeFirst().join();
        }
    }

    /** What an auditor asks: a week or a month, with a district, an expert or an outcome, or all of them. */
    private static SessionFilter filter(Random random) {
        LocalDate first = LocalDate.of(2026, 7, 1).plusDays(random.nextInt(SessionGenerator.DAYS - 30));
        LocalDate last = first.plusDays(random.nextBoolean() ? 6 : 29);
        String district = random.nextInt(3) > 0 ? SessionGenerator.DISTRICTS.get(random.nextInt(SessionGenerator.DISTRICTS.size())) : null;
        String expert = random.nextInt(4) == 0 ? "expert-" + random.nextInt(SessionGenerator.EXPERTS) : null;
        String outcome = random.nextInt(4) == 0 ? "ACCEPTED_PENDING_DOCUMENTS" : null;
        return new SessionFilter(first, last, district, null, expert, null, null, outcome, null, null);
    }

    private static String shape(SessionFilter filter, PageRequest page) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
        return (days > 7 ? "month" : "week") + (filter.district() != null ? " district" : "")
                + (filter.expertId() != null ? " expert" : "") + (filter.outcome() != null ? " outcome" : "")
                + " by " + page.sort().name().toLowerCase(Locale.ROOT) + (page.page() > 0 ? " page" + (page.page() + 1) : "");
    }

    private static PageRequest page(Random random) {
        SessionSort sort = random.nextInt(4) == 0 ? SessionSort.WAIT : SessionSort.REQUESTED_AT;
        return new PageRequest(random.nextInt(5) == 0 ? 5 : 0, 50, sort, true);
    }
}
