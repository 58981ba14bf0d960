// Package scaletest checks and measures warta with several ingest
// processes sharing one PostgreSQL database (internal/store/postgres):
// the same generated corpus (internal/synth) ingested by one process and
// by four at once must give the same article set, no article twice, every
// article in an event, event assignments that agree (B-cubed F1 >= 0.97
// between the two runs, issue #7), and events no worse against the
// generated gold than one process's (B-cubed F1, -0.01; both are logged).
// Workers are real processes: the test binary re-runs itself.
//
// The tests need DATABASE_URL (scripts/pg-start.sh); without it they skip,
// except in CI (CI=true) where that is a failure. WARTA_SCALE_N sets the
// corpus size of TestMultiProcess (default 2,000; -short skips it); WARTA_SCALE_BENCH=N runs
// TestThroughput, which ingests N articles with SQLite and with 1, 2 and
// 4 PostgreSQL workers (WARTA_SCALE_WORKERS=1,2,4; "none" for SQLite
// only) and prints articles/s (docs/scaling.md).
package scaletest
