package cn.remotewindow.signaling.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The whole configuration of the signaling server under the {@code window.} prefix, as one typed
 * tree. README.md lists every key with its default.
 */
@ConfigurationProperties(prefix = "window")
public record WindowProperties(
        @DefaultValue Signaling signaling,
        @DefaultValue Routing routing,
        @DefaultValue Auth auth,
        @DefaultValue Ice ice,
        @DefaultValue Accounts accounts,
        @DefaultValue Demo demo,
        @DefaultValue Identity identity,
        @DefaultValue Records records,
        @DefaultValue Cluster cluster,
        @DefaultValue Receipt receipt,
        @DefaultValue Catalogue catalogue,
        @DefaultValue Documents documents) {

    public WindowProperties {
        if (cluster.mode() == ClusterMode.REDIS && auth.jwtSecret().isBlank()) {
            throw new IllegalArgumentException("window.cluster.mode=redis needs window.auth.jwt-secret: every node"
                    + " must accept the tokens and tickets the others issue");
        }
    }

    /** The WebSocket real-time plane (Netty). */
    public record Signaling(
            @DefaultValue("0.0.0.0") String bindAddress,
            @DefaultValue("8081") int port,
            @DefaultValue("/signal") String path,
            /** The URL clients are told to connect to; empty = ws://&lt;request host&gt;:port/path. */
            @DefaultValue("") String publicUrl,
            @DefaultValue("65536") int maxFrameBytes,
            @DefaultValue("10s") Duration authTimeout,
            @DefaultValue("15s") Duration heartbeatInterval,
            @DefaultValue("45s") Duration idleTimeout,
            @DefaultValue RateLimit rateLimit,
            /** Outbound bytes queued for one connection before it counts as a slow consumer. */
            @DefaultValue("262144") int outboundHighWaterBytes,
            /** Netty I/O event loops, which also own the sessions; 0 = one per core. */
            @DefaultValue("0") int ioThreads) {

        public Signaling {
            if (heartbeatInterval.compareTo(idleTimeout) >= 0) {
                throw new IllegalArgumentException("window.signaling.heartbeat-interval (" + heartbeatInterval
                        + ") must be shorter than window.signaling.idle-timeout (" + idleTimeout + ")");
            }
        }
    }

    /** Per-connection token bucket; a connection over it too often is closed. */
    public record RateLimit(
            @DefaultValue("20") int messagesPerSecond,
            @DefaultValue("60") int burst,
            /** Dropped messages tolerated within one minute before the connection is closed (4008). */
            @DefaultValue("50") int maxDroppedPerMinute) {
    }

    /** Pairing of requests with experts. */
    public record Routing(
            @DefaultValue("20s") Duration ringTimeout,
            /** Time from accept until a party reports media connected before the call is given up. */
            @DefaultValue("45s") Duration connectTimeout,
            /** Handle time assumed for wait estimates until real calls have been measured. */
            @DefaultValue("5m") Duration assumedHandleTime,
            /** How many recent handle times feed the wait estimate. */
            @DefaultValue("50") int handleTimeSamples,
            /** Waiting kiosks of one skill get at most one queue.update per interval. */
            @DefaultValue("1s") Duration queueReportInterval,
            /** How long a session waits for a party whose connection dropped to come back. */
            @DefaultValue("60s") Duration resumeGrace,
            /** How long after its end a session may still be rated (好差评) from its kiosk. */
            @DefaultValue("15m") Duration ratingWindow) {
    }

    /** Tokens: HTTP access tokens and single-use signaling tickets, both HS256 JWTs. */
    public record Auth(
            /** Base64 HMAC key, at least 32 bytes. Empty = random per process (single node only). */
            @DefaultValue("") String jwtSecret,
            @DefaultValue("remote-window") String issuer,
            @DefaultValue("12h") Duration expertAccessTtl,
            @DefaultValue("24h") Duration kioskAccessTtl,
            @DefaultValue("8h") Duration adminAccessTtl,
            @DefaultValue("60s") Duration ticketTtl,
            /** bcrypt cost for hashes made by this server (demo accounts). */
            @DefaultValue("10") int bcryptStrength) {
    }

    /** ICE servers handed to clients; TURN credentials in the coturn REST form. */
    public record Ice(
            @DefaultValue List<String> stunUrls,
            @DefaultValue List<String> turnUrls,
            /** coturn static-auth-secret; required when turn-urls is set. */
            @DefaultValue("") String turnSecret,
            @DefaultValue("12h") Duration turnCredentialTtl) {
    }

    /** Accounts configured for production; passwords and device secrets as bcrypt hashes. */
    public record Accounts(
            @DefaultValue List<ExpertAccount> experts,
            @DefaultValue List<KioskAccount> kiosks,
            /** Auditors (role ADMIN): read the records and the audit log. */
            @DefaultValue List<AdminAccount> admins) {
    }

    public record AdminAccount(String username, String displayName, String passwordHash) {
    }

    public record ExpertAccount(String username, String displayName, String passwordHash, List<String> skills) {
    }

    public record KioskAccount(String id, String name, String district, String secretHash) {
    }

    /** Demo experts and kiosks for the embedded default, printed at start-up. */
    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /**
     * Remote identity verification (人证比对): the challenge, the limits of the kiosk's evidence, the
     * sealing key for personal data, and the face models (blank = the models built into the
     * identity module, checked against their SHA-256 at start-up).
     */
    public record Identity(
            @DefaultValue("90s") Duration challengeTimeout,
            @DefaultValue("12") int maxFrames,
            @DefaultValue("16777216") long maxEvidenceBytes,
            /** Base64 AES-256 key for ID numbers and evidence images. Empty = random per process (in-memory store only). */
            @DefaultValue("") String evidenceKey,
            @DefaultValue("k1") String evidenceKeyId,
            /** Threads that judge evidence (CPU-bound: about one per core). */
            @DefaultValue("1") int judgeThreads,
            /** Uploads waiting for a judge thread beyond this are answered 503 JUDGE_BUSY. */
            @DefaultValue("16") int judgeQueue,
            @DefaultValue("") String detectorModel,
            @DefaultValue("") String detectorSha256,
            @DefaultValue("") String recognizerModel,
            @DefaultValue("") String recognizerSha256,
            /** Time zone of "today" for card validity. */
            @DefaultValue("Asia/Shanghai") String zone) {
    }

    /**
     * The records store (sessions, verifications, evidence, audit log): a JDBC URL, used by Flyway
     * for the schema and turned into an R2DBC connection for everything else. {@code jdbc:h2:file:...}
     * (embedded, the default), {@code jdbc:h2:mem:...} (tests) or {@code jdbc:postgresql://host:port/db}.
     */
    public record Records(
            @DefaultValue("jdbc:h2:file:./data/records") String url,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            /** Connections in the R2DBC pool. */
            @DefaultValue("8") int poolSize,
            /** Writes the writer thread commits together in one transaction, at most. */
            @DefaultValue("1024") int writeBatch,
            /** Writes waiting for the writer beyond this are refused (the store is overloaded or down). */
            @DefaultValue("20000") int writeQueue,
            /** How long a caller waits for its write to be committed before it is told it failed. */
            @DefaultValue("10s") Duration writeTimeout,
            /** Biometric evidence (card photo, live frames) is purged this long after it was stored. */
            @DefaultValue("180d") Duration evidenceRetention,
            /** How often the purge runs. */
            @DefaultValue("1h") Duration purgeInterval) {
    }

    /** Whether this node runs alone or shares its live state with other nodes. */
    public enum ClusterMode {
        /** One node; presence, queues and sessions in memory (the embedded default). */
        LOCAL,
        /** Several nodes behind a load balancer sharing presence, queues, sessions and a relay through Redis. */
        REDIS
    }

    /**
     * Several signaling nodes sharing state through Redis (docs/cluster.md). The keep-alive and the
     * node lifetime decide how fast a dead node's parties are resumed elsewhere.
     */
    public record Cluster(
            @DefaultValue("LOCAL") ClusterMode mode,
            /** This node's name among the nodes; empty = the host name and a random suffix. */
            @DefaultValue("") String nodeId,
            /** Lettuce URI, e.g. redis://host:6379/0 or rediss://:password@host:6380. */
            @DefaultValue("redis://127.0.0.1:6379") String redisUrl,
            /** Prefix of every key and channel: deployments sharing one Redis keep apart by it. */
            @DefaultValue("window:") String keyPrefix,
            /** How often this node renews its registration. */
            @DefaultValue("1s") Duration keepAlive,
            /** A node not renewed for this long is dead: others take over its sessions. */
            @DefaultValue("3s") Duration nodeTtl,
            /** How long one Redis command may take before it counts as failed. */
            @DefaultValue("2s") Duration commandTimeout,
            /**
             * Threads that own the sessions and the parties' work with several nodes (that work waits
             * on Redis, so it leaves the I/O loops); a node alone uses its I/O loops.
             */
            @DefaultValue("8") int sessionThreads,
            /**
             * This node's HTTP base URL as the other nodes reach it (they send it the kiosk's
             * evidence for the verifications it holds); empty = http://&lt;this host's address&gt;:&lt;bound port&gt;.
             */
            @DefaultValue("") String advertisedHttpUrl) {

        public Cluster {
            if (keepAlive.multipliedBy(2).compareTo(nodeTtl) > 0) {
                throw new IllegalArgumentException("window.cluster.node-ttl (" + nodeTtl
                        + ") must be at least twice window.cluster.keep-alive (" + keepAlive + ")");
            }
        }
    }

    /**
     * The citizen's receipt (受理回执 / 一次性告知书) as PDF (docs/receipt.md): the CJK font it is
     * printed in, a TrueType-outline .ttf or .ttc file. Empty = the first usable font of the known
     * paths (WenQuanYi Micro Hei from Debian's fonts-wqy-microhei first); a configured file that
     * cannot be used stops the server at start-up.
     */
    public record Receipt(@DefaultValue("") String font) {
    }

    /**
     * The case file's pictures (docs/http-api.md, "The case file"): the kiosk's document pictures
     * and the citizen's signature, checked by content and sealed with the evidence key.
     */
    public record Documents(
            /** The largest document picture taken, in bytes. */
            @DefaultValue("12582912") long maxBytes,
            /** The longest side of a document picture, in pixels (read from its header, before decoding). */
            @DefaultValue("8000") int maxSide,
            /** The shortest side a document picture must have, in pixels. */
            @DefaultValue("200") int minSide,
            @DefaultValue("524288") long maxSignatureBytes) {
    }

    /**
     * The service-item catalogue (事项清单, docs/catalogue.md): the file every node loads at start-up,
     * refusing to start when it has any problem; admins may import a new one at run time.
     */
    public record Catalogue(
            /** Path of the YAML file; empty = the 新乡市 demo catalogue built into the catalogue module. */
            @DefaultValue("") String file,
            /** Largest file an admin may import (POST /api/admin/catalogue); 413 beyond. */
            @DefaultValue("8388608") long maxImportBytes) {
    }
}
