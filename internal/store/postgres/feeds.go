package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/warta-news/warta/internal/store"
)

// seenKeep is how long seen feed item keys are kept: long after an item
// has left any feed.
const seenKeep = 180 * 24 * time.Hour

const feedCols = "url, outlet, etag, last_modified, last_poll, last_success, last_error, last_error_at, failures, items_seen"

func scanFeed(row pgx.Row) (store.FeedState, error) {
	var f store.FeedState
	var poll, ok, errAt *time.Time
	if err := row.Scan(&f.URL, &f.Outlet, &f.ETag, &f.LastModified, &poll, &ok, &f.LastError, &errAt, &f.Failures, &f.ItemsSeen); err != nil {
		return f, err
	}
	for _, p := range []struct {
		src *time.Time
		dst *time.Time
	}{{poll, &f.LastPoll}, {ok, &f.LastSuccess}, {errAt, &f.LastErrorAt}} {
		if p.src != nil {
			*p.dst = p.src.UTC()
		}
	}
	return f, nil
}

// FeedState returns the state of one feed (zero but for URL if never polled).
func (s *Store) FeedState(ctx context.Context, url string) (store.FeedState, error) {
	f, err := scanFeed(s.pool.QueryRow(ctx, "SELECT "+feedCols+" FROM feeds WHERE url = $1", clean(url)))
	if errors.Is(err, pgx.ErrNoRows) {
		return store.FeedState{URL: url}, nil
	}
	if err != nil {
		return f, fmt.Errorf("feed %s: %w", url, err)
	}
	return f, nil
}

func nullTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// SaveFeedState writes a feed's state and marks items seen, in one transaction.
func (s *Store) SaveFeedState(ctx context.Context, f store.FeedState, newItems []string) error {
	var q pgx.Batch
	what := []string{"save feed " + f.URL}
	q.Queue(`INSERT INTO feeds (`+feedCols+`) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
		ON CONFLICT (url) DO UPDATE SET outlet=excluded.outlet, etag=excluded.etag, last_modified=excluded.last_modified,
		last_poll=excluded.last_poll, last_success=excluded.last_success, last_error=excluded.last_error,
		last_error_at=excluded.last_error_at, failures=excluded.failures, items_seen=excluded.items_seen`,
		clean(f.URL), clean(f.Outlet), clean(f.ETag), clean(f.LastModified), nullTime(f.LastPoll), nullTime(f.LastSuccess),
		clean(f.LastError), nullTime(f.LastErrorAt), f.Failures, f.ItemsSeen)
	if len(newItems) > 0 {
		keys := make([]string, len(newItems))
		for i, k := range newItems {
			keys[i] = clean(k)
		}
		q.Queue(`INSERT INTO feed_items (feed_url, item_key) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, clean(f.URL), keys)
		what = append(what, "mark items seen of feed "+f.URL)
	}
	q.Queue(`DELETE FROM feed_items WHERE feed_url = $1 AND seen_at < $2`, clean(f.URL), time.Now().Add(-seenKeep))
	what = append(what, "forget old items of feed "+f.URL)
	return s.runBatch(ctx, "save feed "+f.URL, &q, what)
}

// SeenItems returns which of keys were seen for feed url.
func (s *Store) SeenItems(ctx context.Context, url string, keys []string) (map[string]bool, error) {
	out := make(map[string]bool, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	cleaned := make([]string, len(keys))
	back := make(map[string]string, len(keys))
	for i, k := range keys {
		cleaned[i] = clean(k)
		back[cleaned[i]] = k
	}
	rows, err := s.pool.Query(ctx, "SELECT item_key FROM feed_items WHERE feed_url = $1 AND item_key = ANY($2)", clean(url), cleaned)
	if err != nil {
		return nil, fmt.Errorf("feed %s seen items: %w", url, err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("feed %s seen items: %w", url, err)
	}
	for _, k := range got {
		out[back[k]] = true
	}
	return out, nil
}

// FeedStates lists every feed's state, by URL.
func (s *Store) FeedStates(ctx context.Context) ([]store.FeedState, error) {
	rows, err := s.pool.Query(ctx, "SELECT "+feedCols+" FROM feeds ORDER BY url")
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.FeedState, error) { return scanFeed(r) })
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	return out, nil
}
