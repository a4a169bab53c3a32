-- Event payloads and audit details as VARCHAR without a length instead of TEXT. Same thing on
-- PostgreSQL (text and varchar share one storage); on H2, TEXT is a CLOB kept in its LOB store
-- beside the row, with a write of its own per value, and reading it back decodes a stream: the
-- records writer spent a third of its time there (JFR, bench/run records). H2's VARCHAR holds up
-- to 1,048,576 characters, far more than an event's JSON (images are in evidence_images).
ALTER TABLE session_events ALTER COLUMN payload SET DATA TYPE VARCHAR;
ALTER TABLE verification_events ALTER COLUMN payload SET DATA TYPE VARCHAR;
ALTER TABLE audit_log ALTER COLUMN detail SET DATA TYPE VARCHAR;
