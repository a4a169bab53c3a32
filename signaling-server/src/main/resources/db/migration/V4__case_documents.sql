-- The case file (issue 8): pictures of the citizen's documents (each retake its own attempt) and
-- the citizen's signature, sealed with AES-GCM like the evidence images, each with the audit entry
-- that vouches for its hash. Kept with the case: evidence retention does not purge them.
CREATE TABLE case_documents (
    picture_id    VARCHAR(64)  NOT NULL,
    attempt       INT          NOT NULL,
    session_id    VARCHAR(64)  NOT NULL,
    case_number   VARCHAR(64),
    material_code VARCHAR(64),
    kind          VARCHAR(16)  NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    key_id        VARCHAR(64)  NOT NULL,
    iv            BYTEA        NOT NULL,
    sealed_data   BYTEA        NOT NULL,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_by     VARCHAR(120) NOT NULL,
    audit_seq     BIGINT       NOT NULL,
    PRIMARY KEY (picture_id, attempt)
);
CREATE INDEX case_documents_session ON case_documents (session_id, stored_at);
CREATE INDEX case_documents_case ON case_documents (case_number);
