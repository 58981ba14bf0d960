// Package postgres is warta's PostgreSQL store: the same store.Store as
// the embedded SQLite backend (internal/store/sqlite), with the same
// semantics and the same test suite (internal/store/storetest), for one
// database shared by many ingest processes.
//
// Driver: github.com/jackc/pgx/v5 through its native API and pgxpool, not
// database/sql. The native API gives pipelined batches (a Save of 500
// articles is a handful of round trips instead of 500), binary bytea and
// array parameters (Known sends ids as one text[]), automatic prepared
// statement caching, and explicit control over which pooled connection
// runs what: a session-level advisory lock must be taken and released on
// the same connection, which database/sql only offers through sql.Conn.
//
// Schema: an ordered slice of migrations; the schema version is its
// length and is kept in table schema_version. Open migrates in one
// transaction that first takes pg_advisory_xact_lock, so processes that
// open a new database together apply each migration exactly once.
// Columns mirror the SQLite schema; ids and RFC 3339 time strings are
// COLLATE "C" so that prefix lookups and ordering are bytewise whatever
// the database's default collation. Text is cleaned of NUL bytes and
// invalid UTF-8, which PostgreSQL text refuses.
//
// The tables live in the connection's current schema (search_path), so a
// URL with search_path=NAME keeps several warta databases, or test runs,
// apart in one PostgreSQL database; advisory lock keys are derived from
// that schema name for the same reason.
//
// Coordination for many ingest processes (see docs/scaling.md):
// Exclusive runs a function while holding a session-level advisory lock,
// and EachSince replays articles stored after a sequence number, so a
// worker can catch up with what others stored before it clusters.
//
// Full-text search and the entity index (search.go, textsearch.go) mirror
// the SQLite store's: terms analysed in Go by internal/search are stored as
// a tsvector literal rendered here (title terms weighted A) under a GIN
// index, and a query is rendered as a tsquery literal, so PostgreSQL's own
// text-search parser never runs. See docs/search.md.
package postgres
