package postgres

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/warta-news/warta/internal/article"
)

// Exclusive runs fn while this process holds the store's ingest lock: a
// session-level PostgreSQL advisory lock on a key fixed per schema, so at
// most one process (and one goroutine in it) runs fn at a time across
// every process using the database. fn's own queries run on other pooled
// connections. The lock is released when fn returns, and by PostgreSQL
// itself if the process dies or its connection drops (then another
// process may start before fn returns: fn's writes must stay idempotent,
// as Save's are). Exclusive is not reentrant: fn must not call it.
func (s *Store) Exclusive(ctx context.Context, fn func(ctx context.Context) error) error {
	start := time.Now()
	// One waiter per process: goroutines blocked in pg_advisory_lock
	// would otherwise hold every pooled connection fn needs.
	select {
	case s.excl <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("ingest lock: %w", ctx.Err())
	}
	defer func() { <-s.excl }()
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("ingest lock: %w", err)
	}
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", s.lockKey); err != nil {
		// A cancelled wait may leave the session in doubt: drop it.
		conn.Conn().Close(context.WithoutCancel(ctx))
		conn.Release()
		return fmt.Errorf("ingest lock: %w", err)
	}
	defer func() {
		var ok bool
		err := conn.QueryRow(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", s.lockKey).Scan(&ok)
		if err != nil || !ok {
			// Closing the session releases every lock it holds.
			conn.Conn().Close(context.WithoutCancel(ctx))
		}
		conn.Release()
	}()
	s.lock.held.Add(1)
	s.lock.waited.Add(int64(time.Since(start)))
	defer func(t time.Time) { s.lock.holding.Add(int64(time.Since(t))) }(time.Now())
	return fn(ctx)
}

// lockStats are running totals of Exclusive.
type lockStats struct {
	held, waited, holding atomic.Int64
}

// LockStats says how often this process held the ingest lock, how long
// it waited for it and how long it held it in all: the serial share of a
// multi-process ingest (docs/scaling.md).
type LockStats struct {
	Held    int64         `json:"held"`
	Waited  time.Duration `json:"waited"`
	Holding time.Duration `json:"holding"`
}

// LockStats returns this process's totals for Exclusive.
func (s *Store) LockStats() LockStats {
	return LockStats{Held: s.lock.held.Load(), Waited: time.Duration(s.lock.waited.Load()), Holding: time.Duration(s.lock.holding.Load())}
}

// EachSince calls fn for every article stored or relabelled (moved to
// another event or story by Save) after change number afterSeq, in change
// order, without raw input, with its fingerprint and change number; a
// worker passes the last number it has seen to catch up with what other
// processes stored and relabelled. An article relabelled after it was
// first seen comes again with its new event and story. Change numbers
// are assigned in the writing transaction, so the cursor is exact only
// when writes are serialised (they are when every writer saves inside
// Exclusive).
func (s *Store) EachSince(ctx context.Context, afterSeq int64, fn func(a *article.Article, fingerprint []byte, seq int64) error) error {
	return s.eachBy(ctx, "changed", afterSeq, articleColsNoRaw, true, func(a *article.Article, sig []byte, seq int64) error {
		a.Raw = nil
		return fn(a, sig, seq)
	})
}

// MaxSeq returns the highest change number stored (0 when empty): the
// cursor to start EachSince from after restoring with EachRecent.
func (s *Store) MaxSeq(ctx context.Context) (int64, error) {
	var n int64
	if err := s.pool.QueryRow(ctx, "SELECT coalesce(max(changed), 0) FROM articles").Scan(&n); err != nil {
		return 0, fmt.Errorf("max seq: %w", err)
	}
	return n, nil
}
