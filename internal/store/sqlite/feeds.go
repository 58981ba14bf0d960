package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/warta-news/warta/internal/store"
)

// Feed follower state (internal/feed). These tables are outside the
// migrations slice: they are created on first use with CREATE TABLE IF
// NOT EXISTS, which is a no-op once they exist, so every feed method
// starts with it (feed methods run once per poll, not per article).
const feedSchema = `CREATE TABLE IF NOT EXISTS feeds (
		url TEXT PRIMARY KEY,
		outlet TEXT NOT NULL DEFAULT '',
		etag TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		last_poll TEXT NOT NULL DEFAULT '',
		last_success TEXT NOT NULL DEFAULT '',
		last_error TEXT NOT NULL DEFAULT '',
		last_error_at TEXT NOT NULL DEFAULT '',
		failures INTEGER NOT NULL DEFAULT 0,
		items_seen INTEGER NOT NULL DEFAULT 0
	);
	CREATE TABLE IF NOT EXISTS feed_items (
		feed_url TEXT NOT NULL,
		item_key TEXT NOT NULL,
		seen_at TEXT NOT NULL,
		PRIMARY KEY (feed_url, item_key)
	);`

// feedSeenKeep is how long seen item keys are kept.
const feedSeenKeep = 180 * 24 * time.Hour

var _ store.FeedStore = (*Store)(nil)

func (s *Store) ensureFeeds(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, feedSchema); err != nil {
		return fmt.Errorf("create feed tables in %s: %w", s.path, err)
	}
	return nil
}

const feedCols = "url, outlet, etag, last_modified, last_poll, last_success, last_error, last_error_at, failures, items_seen"

func scanFeed(sc interface{ Scan(...any) error }) (store.FeedState, error) {
	var f store.FeedState
	var poll, ok, errAt string
	if err := sc.Scan(&f.URL, &f.Outlet, &f.ETag, &f.LastModified, &poll, &ok, &f.LastError, &errAt, &f.Failures, &f.ItemsSeen); err != nil {
		return f, err
	}
	f.LastPoll, f.LastSuccess, f.LastErrorAt = parseTSNano(poll), parseTSNano(ok), parseTSNano(errAt)
	return f, nil
}

func tsNano(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func parseTSNano(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// FeedState returns the state of one feed (zero but for URL if never polled).
func (s *Store) FeedState(ctx context.Context, url string) (store.FeedState, error) {
	if err := s.ensureFeeds(ctx); err != nil {
		return store.FeedState{}, err
	}
	f, err := scanFeed(s.r.QueryRowContext(ctx, "SELECT "+feedCols+" FROM feeds WHERE url = ?", url))
	if errors.Is(err, sql.ErrNoRows) {
		return store.FeedState{URL: url}, nil
	}
	if err != nil {
		return f, fmt.Errorf("feed %s: %w", url, err)
	}
	return f, nil
}

// SaveFeedState writes a feed's state and marks items seen, in one transaction.
func (s *Store) SaveFeedState(ctx context.Context, f store.FeedState, newItems []string) error {
	if err := s.ensureFeeds(ctx); err != nil {
		return err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save feed %s: %w", f.URL, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO feeds (`+feedCols+`) VALUES (?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT(url) DO UPDATE SET outlet=excluded.outlet, etag=excluded.etag, last_modified=excluded.last_modified,
		last_poll=excluded.last_poll, last_success=excluded.last_success, last_error=excluded.last_error,
		last_error_at=excluded.last_error_at, failures=excluded.failures, items_seen=excluded.items_seen`,
		f.URL, f.Outlet, f.ETag, f.LastModified, tsNano(f.LastPoll), tsNano(f.LastSuccess), f.LastError, tsNano(f.LastErrorAt),
		f.Failures, f.ItemsSeen); err != nil {
		return fmt.Errorf("save feed %s: %w", f.URL, err)
	}
	now := time.Now()
	for _, k := range newItems {
		if _, err := tx.ExecContext(ctx, `INSERT INTO feed_items (feed_url, item_key, seen_at) VALUES (?,?,?) ON CONFLICT DO NOTHING`,
			f.URL, k, tsNano(now)); err != nil {
			return fmt.Errorf("mark items seen of feed %s: %w", f.URL, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM feed_items WHERE feed_url = ? AND seen_at < ?`, f.URL, tsNano(now.Add(-feedSeenKeep))); err != nil {
		return fmt.Errorf("forget old items of feed %s: %w", f.URL, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save feed %s: %w", f.URL, err)
	}
	return nil
}

// SeenItems returns which of keys were seen for feed url.
func (s *Store) SeenItems(ctx context.Context, url string, keys []string) (map[string]bool, error) {
	if err := s.ensureFeeds(ctx); err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(keys))
	for len(keys) > 0 {
		n := min(len(keys), 400)
		chunk := keys[:n]
		keys = keys[n:]
		rows, err := s.r.QueryContext(ctx, "SELECT item_key FROM feed_items WHERE feed_url = ? AND item_key IN ("+placeholders(n)+")",
			append([]any{url}, anys(chunk)...)...)
		if err != nil {
			return nil, fmt.Errorf("feed %s seen items: %w", url, err)
		}
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return nil, fmt.Errorf("feed %s seen items: %w", url, err)
			}
			out[k] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("feed %s seen items: %w", url, err)
		}
	}
	return out, nil
}

// FeedStates lists every feed's state, by URL.
func (s *Store) FeedStates(ctx context.Context) ([]store.FeedState, error) {
	if err := s.ensureFeeds(ctx); err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, "SELECT "+feedCols+" FROM feeds ORDER BY url")
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	defer rows.Close()
	var out []store.FeedState
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("feeds: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}
