-- The records store (issue 6): sessions and verifications against their case, evidence images
-- sealed with AES-GCM, and the hash-chained audit log. One schema for H2 (MODE=PostgreSQL) and
-- PostgreSQL; times are TIMESTAMP WITH TIME ZONE (microseconds), durations milliseconds.

-- 办件: a case is known once a request or an outcome names its case number.
CREATE TABLE cases (
    case_number     VARCHAR(64)  PRIMARY KEY,
    item_code       VARCHAR(64),
    department_code VARCHAR(64),
    district        VARCHAR(64),
    kiosk_id        VARCHAR(64),
    first_session   VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per session, kept current by every event of it (the events are the truth, this is
-- their fold, for the auditors' lists and the statistics).
CREATE TABLE sessions (
    session_id          VARCHAR(64)  PRIMARY KEY,
    kiosk_id            VARCHAR(64)  NOT NULL,
    kiosk_name          VARCHAR(200),
    district            VARCHAR(64),
    skill               VARCHAR(64),
    item_code           VARCHAR(64),
    department_code     VARCHAR(64),
    case_number         VARCHAR(64),
    priority            VARCHAR(16),
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The calendar day of the request in the service's time zone (window.identity.zone): the
    -- statistics count by it without time-zone arithmetic that differs between databases.
    service_day         DATE         NOT NULL,
    accepted_at         TIMESTAMP WITH TIME ZONE,
    connected_at        TIMESTAMP WITH TIME ZONE,
    ended_at            TIMESTAMP WITH TIME ZONE,
    expert_id           VARCHAR(64),
    served_by           VARCHAR(1000),
    transfers           INT          NOT NULL DEFAULT 0,
    ended_by            VARCHAR(16),
    end_reason          VARCHAR(32),
    wait_ms             BIGINT,
    handle_ms           BIGINT,
    outcome             VARCHAR(40),
    outcome_at          TIMESTAMP WITH TIME ZONE,
    missing_documents   INT,
    rating              VARCHAR(24),
    verification_result VARCHAR(24),
    event_count         INT          NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sessions_requested ON sessions (requested_at DESC, session_id);
CREATE INDEX sessions_day ON sessions (service_day, district);
CREATE INDEX sessions_district ON sessions (district, requested_at DESC);
CREATE INDEX sessions_kiosk ON sessions (kiosk_id, requested_at DESC);
CREATE INDEX sessions_case ON sessions (case_number);
CREATE INDEX sessions_item ON sessions (item_code, requested_at DESC);

-- Every expert who served a session (accepted it, or joined it as a guest): "an expert sees only
-- own sessions" and the filter by expert.
CREATE TABLE session_experts (
    session_id   VARCHAR(64) NOT NULL,
    expert_id    VARCHAR(64) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    first_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_id, expert_id)
);
CREATE INDEX session_experts_expert ON session_experts (expert_id, requested_at DESC);

-- A session's events in order. event_key makes a retried write a no-op; payload is the event as
-- JSON and payload_sha256 its hash, which the audit entry of the write carries.
CREATE TABLE session_events (
    event_key      VARCHAR(200) PRIMARY KEY,
    session_id     VARCHAR(64)  NOT NULL,
    seq            INT          NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    payload        TEXT         NOT NULL,
    payload_sha256 CHAR(64)     NOT NULL,
    audit_seq      BIGINT       NOT NULL,
    CONSTRAINT session_events_order UNIQUE (session_id, seq)
);

-- One row per verification, kept current by its events.
CREATE TABLE verifications (
    verification_id VARCHAR(64)  PRIMARY KEY,
    session_id      VARCHAR(64)  NOT NULL,
    case_number     VARCHAR(64),
    item_code       VARCHAR(64),
    kiosk_id        VARCHAR(64)  NOT NULL,
    expert_id       VARCHAR(64)  NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    phase           VARCHAR(24)  NOT NULL,
    machine_verdict VARCHAR(16),
    decision        VARCHAR(16),
    method          VARCHAR(32),
    closed_at       TIMESTAMP WITH TIME ZONE,
    event_count     INT          NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX verifications_session ON verifications (session_id, opened_at);
CREATE INDEX verifications_opened ON verifications (opened_at DESC, verification_id);

-- A verification's events in order; images are not in the payload but in evidence_images.
CREATE TABLE verification_events (
    event_key       VARCHAR(200) PRIMARY KEY,
    verification_id VARCHAR(64)  NOT NULL,
    seq             INT          NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    payload         TEXT         NOT NULL,
    payload_sha256  CHAR(64)     NOT NULL,
    audit_seq       BIGINT       NOT NULL,
    CONSTRAINT verification_events_order UNIQUE (verification_id, seq)
);

-- Evidence images, sealed (AES-256-GCM, the key id bound as additional data). image_index -1 is
-- the card's chip photo, 0.. the live frames. Retention purges sealed_data (biometric data) and
-- sets purged_at; the hash stays, so the record and the audit chain still verify.
CREATE TABLE evidence_images (
    verification_id VARCHAR(64)  NOT NULL,
    image_index     INT          NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    content_type    VARCHAR(40)  NOT NULL,
    size_bytes      INT          NOT NULL,
    key_id          VARCHAR(64)  NOT NULL,
    iv              BYTEA        NOT NULL,
    sealed_data     BYTEA,
    stored_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    purged_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (verification_id, image_index)
);
CREATE INDEX evidence_images_stored ON evidence_images (stored_at);

-- The append-only audit log: each entry carries the SHA-256 of the one before.
CREATE TABLE audit_log (
    seq           BIGINT       PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(120) NOT NULL,
    action        VARCHAR(64)  NOT NULL,
    subject       VARCHAR(200) NOT NULL,
    detail        TEXT,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject, seq);

-- The chain's head, one row, locked by every append (also across servers sharing the database).
CREATE TABLE audit_head (
    id   INT      PRIMARY KEY,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
