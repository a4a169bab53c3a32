-- Indexes for the auditors' session list (bench/run records, 100,000 sessions):
-- * the outcome filter over a month read every row of the month to test its outcome (H2 130 ms);
-- * "longest waits first" over a month sorted every row of the month (H2 165 ms, PostgreSQL 87 ms):
--   with an index in that order the databases stop after the first page's rows of the range
--   (PostgreSQL 0.3 ms; H2 needs to be told, see SessionSearch).
CREATE INDEX sessions_outcome ON sessions (outcome, requested_at DESC);
CREATE INDEX sessions_wait ON sessions (wait_ms DESC NULLS LAST, session_id DESC);
