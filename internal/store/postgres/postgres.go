package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
)

// migrations are applied in order; never edit one that has shipped.
var migrations = []string{
	`CREATE TABLE articles (
		seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		id TEXT COLLATE "C" NOT NULL UNIQUE,
		source TEXT NOT NULL,
		source_id TEXT NOT NULL DEFAULT '',
		format TEXT NOT NULL,
		raw BYTEA NOT NULL,
		title TEXT NOT NULL DEFAULT '',
		outlet TEXT NOT NULL DEFAULT '',
		lang TEXT NOT NULL DEFAULT '',
		published TEXT COLLATE "C" NOT NULL DEFAULT '',
		published_how TEXT NOT NULL DEFAULT 'unknown',
		duplicate_of TEXT NOT NULL DEFAULT '',
		event_id TEXT COLLATE "C" NOT NULL DEFAULT '',
		story_id TEXT COLLATE "C" NOT NULL DEFAULT '',
		doc TEXT NOT NULL,
		sig BYTEA,
		ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()
	);
	CREATE INDEX articles_event ON articles(event_id);
	CREATE INDEX articles_story ON articles(story_id);
	CREATE TABLE article_sources (
		article_id TEXT COLLATE "C" NOT NULL,
		source TEXT NOT NULL,
		source_id TEXT NOT NULL DEFAULT '',
		PRIMARY KEY (article_id, source, source_id)
	);
	CREATE TABLE events (
		id TEXT COLLATE "C" PRIMARY KEY,
		story_id TEXT COLLATE "C" NOT NULL,
		label TEXT NOT NULL DEFAULT '',
		label_article TEXT NOT NULL DEFAULT '',
		start_ts TEXT COLLATE "C" NOT NULL DEFAULT '',
		end_ts TEXT COLLATE "C" NOT NULL DEFAULT '',
		articles INTEGER NOT NULL DEFAULT 0,
		outlets TEXT NOT NULL DEFAULT '[]',
		flags INTEGER NOT NULL DEFAULT 0,
		claims TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX events_story ON events(story_id);
	CREATE TABLE stories (
		id TEXT COLLATE "C" PRIMARY KEY,
		label TEXT NOT NULL DEFAULT '',
		start_ts TEXT COLLATE "C" NOT NULL DEFAULT '',
		end_ts TEXT COLLATE "C" NOT NULL DEFAULT '',
		events INTEGER NOT NULL DEFAULT 0,
		articles INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX stories_end ON stories(end_ts);`,
	// Feed follower state (internal/feed).
	`CREATE TABLE feeds (
		url TEXT PRIMARY KEY,
		outlet TEXT NOT NULL DEFAULT '',
		etag TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		last_poll TIMESTAMPTZ,
		last_success TIMESTAMPTZ,
		last_error TEXT NOT NULL DEFAULT '',
		last_error_at TIMESTAMPTZ,
		failures INTEGER NOT NULL DEFAULT 0,
		items_seen BIGINT NOT NULL DEFAULT 0
	);
	CREATE TABLE feed_items (
		feed_url TEXT NOT NULL,
		item_key TEXT NOT NULL,
		seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
		PRIMARY KEY (feed_url, item_key)
	);`,
	// Change cursor for EachSince: set from one sequence when an article
	// is stored and again whenever Save relabels it (event or story
	// merges, article moves), so other workers see relabels too.
	`CREATE SEQUENCE article_changes;
	ALTER TABLE articles ADD COLUMN changed BIGINT NOT NULL DEFAULT nextval('article_changes');
	CREATE INDEX articles_changed ON articles(changed);`,
	// Event summary version, bumped by every SaveEvents (page caches key on it).
	`ALTER TABLE events ADD COLUMN version BIGINT NOT NULL DEFAULT 0;`,
	// Full-text and entity indexes (search.go).
	searchSchema,
}

// SchemaVersion is the schema version this build migrates to.
func SchemaVersion() int { return len(migrations) }

// Store is the PostgreSQL store. It is safe for concurrent use.
type Store struct {
	pool   *pgxpool.Pool
	schema string
	// lockKey is the advisory lock key of Exclusive; migrateKey that of migrations.
	lockKey, migrateKey int64
	// excl lets one goroutine of this process at a time wait for the
	// advisory lock, so waiters cannot take every pooled connection.
	excl chan struct{}
	lock lockStats
}

var (
	_ store.Store     = (*Store)(nil)
	_ store.FeedStore = (*Store)(nil)
)

// Open connects to the database at url (postgres:// or postgresql://;
// pgx connection-string parameters such as pool_max_conns and
// search_path work) and migrates it.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open PostgreSQL: %w", err)
	}
	if !strings.Contains(url, "pool_max_conns") && cfg.MaxConns < 8 {
		cfg.MaxConns = 8 // one for Exclusive, the rest for readers and writers
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open PostgreSQL %s: %w", redact(cfg), err)
	}
	s := &Store{pool: pool, excl: make(chan struct{}, 1)}
	if err := pool.QueryRow(ctx, "SELECT current_schema()").Scan(&s.schema); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open PostgreSQL %s: %w", redact(cfg), err)
	}
	if s.schema == "" {
		pool.Close()
		return nil, fmt.Errorf("open PostgreSQL %s: no current schema (does search_path name an existing schema?)", redact(cfg))
	}
	s.lockKey, s.migrateKey = lockKey("warta ingest", s.schema), lockKey("warta migrate", s.schema)
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open PostgreSQL %s: %w", redact(cfg), err)
	}
	return s, nil
}

// redact names a database without its password.
func redact(cfg *pgxpool.Config) string {
	c := cfg.ConnConfig
	return fmt.Sprintf("%s@%s:%d/%s", c.User, c.Host, c.Port, c.Database)
}

// lockKey derives a 64-bit advisory lock key from a purpose and a schema.
func lockKey(purpose, schema string) int64 {
	h := fnv.New64a()
	h.Write([]byte(purpose))
	h.Write([]byte{0})
	h.Write([]byte(schema))
	return int64(h.Sum64())
}

// migrate applies every missing migration in one transaction, under a
// transaction-level advisory lock: a second process opening the database
// at the same time waits, then finds the schema current.
func (s *Store) migrate(ctx context.Context) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", s.migrateKey); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	if _, err := tx.Exec(ctx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var v int
	err = tx.QueryRow(ctx, "SELECT version FROM schema_version").Scan(&v)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		if _, err := tx.Exec(ctx, "INSERT INTO schema_version (version) VALUES (0)"); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	case err != nil:
		return fmt.Errorf("migrate: read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this warta (%d)", v, len(migrations))
	}
	if v == len(migrations) {
		return nil
	}
	for ; v < len(migrations); v++ {
		if _, err := tx.Exec(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
	}
	if _, err := tx.Exec(ctx, "UPDATE schema_version SET version = $1", v); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// Close closes the pool. It waits for connections in use to be returned.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Pool returns the connection pool, for tests and diagnostics.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Known returns which of ids are stored.
func (s *Store) Known(ctx context.Context, ids []string) (map[string]bool, error) {
	out := make(map[string]bool, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, "SELECT id FROM articles WHERE id = ANY($1)", ids)
	if err != nil {
		return nil, fmt.Errorf("look up articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("look up articles: %w", err)
		}
		out[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("look up articles: %w", err)
	}
	return out, nil
}

// clean makes s acceptable to PostgreSQL text: valid UTF-8 without NUL.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

const insertArticle = `INSERT INTO articles
	(id, source, source_id, format, raw, title, outlet, lang, published, published_how, duplicate_of, event_id, story_id, doc, sig)
	VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) ON CONFLICT (id) DO NOTHING`

// Save writes a batch in one transaction; articles, sources and moves are
// sent as one pipelined batch.
func (s *Store) Save(ctx context.Context, b *store.Batch) error {
	var q pgx.Batch
	var what []string // what each queued statement does, for errors
	for _, a := range b.Articles {
		doc, err := json.Marshal(a)
		if err != nil {
			return fmt.Errorf("save article %s: %w", a.ID, err)
		}
		q.Queue(insertArticle, clean(a.ID), clean(a.Source), clean(a.SourceID), clean(a.Format), nonNil(a.Raw),
			clean(a.Title), clean(a.Outlet), clean(a.Lang), a.PublishedString(), clean(a.PublishedHow),
			clean(a.DuplicateOf), clean(a.EventID), clean(a.StoryID), clean(string(doc)), b.Fingerprints[a.ID])
		what = append(what, fmt.Sprintf("save article %s (%s)", a.ID, a.Source))
	}
	for _, r := range b.Sources {
		q.Queue(`INSERT INTO article_sources (article_id, source, source_id) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING`,
			clean(r.ArticleID), clean(r.Source), clean(r.SourceID))
		what = append(what, "save source "+r.Source)
	}
	for _, from := range sortedKeys(b.EventMoves) {
		to := b.EventMoves[from]
		// Moved articles take the story of the event they join: the one
		// clustering gave it, else that of its first stored article.
		story := b.EventStories[to]
		q.Queue(`UPDATE articles SET event_id = $1, changed = nextval('article_changes'),
			story_id = coalesce(nullif($3, ''), (SELECT story_id FROM articles WHERE event_id = $1 ORDER BY seq LIMIT 1), story_id)
			WHERE event_id = $2`, to, from, clean(story))
		q.Queue(`DELETE FROM events WHERE id = $1`, from)
		what = append(what, "merge event "+from+" into "+to, "merge event "+from+" into "+to)
		if story != "" {
			// The target's own articles follow the story too.
			q.Queue(`UPDATE articles SET story_id = $2, changed = nextval('article_changes') WHERE event_id = $1 AND story_id <> $2`, to, clean(story))
			what = append(what, "move event "+to+" to story "+story)
		}
	}
	for _, m := range b.ArticleMoves {
		q.Queue(`UPDATE articles SET event_id = $1, story_id = $2, changed = nextval('article_changes') WHERE id = $3`, clean(m.EventID), clean(m.StoryID), m.ArticleID)
		what = append(what, "move article "+m.ArticleID+" to event "+m.EventID)
	}
	if len(b.ArticleMoves) > 0 {
		q.Queue(`DELETE FROM events e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.event_id = e.id)`)
		what = append(what, "drop emptied events")
	}
	for _, from := range sortedKeys(b.StoryMoves) {
		to := b.StoryMoves[from]
		q.Queue(`UPDATE articles SET story_id = $1, changed = nextval('article_changes') WHERE story_id = $2`, to, from)
		q.Queue(`UPDATE events SET story_id = $1 WHERE story_id = $2`, to, from)
		q.Queue(`DELETE FROM stories WHERE id = $1`, from)
		what = append(what, "merge story "+from+" into "+to, "merge story "+from+" into "+to, "merge story "+from+" into "+to)
	}
	if q.Len() == 0 {
		return nil
	}
	return s.runBatch(ctx, "save batch", &q, what)
}

// runBatch sends q in one transaction and reports the first failing
// statement by what it was doing.
//
// A deadlock or serialization failure (two workers refreshing events that
// share articles, or a refresh meeting a merge) aborts the whole
// transaction, so the batch is sent again, up to 5 times.
func (s *Store) runBatch(ctx context.Context, name string, q *pgx.Batch, what []string) error {
	wait := 20 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := s.runBatchOnce(ctx, name, q, what)
		var pe *pgconn.PgError
		if err == nil || attempt >= 5 || !errors.As(err, &pe) || (pe.Code != "40P01" && pe.Code != "40001") {
			return err
		}
		t := time.NewTimer(wait + time.Duration(rand.Int64N(int64(wait))))
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return err
		}
		wait *= 2
	}
}

func (s *Store) runBatchOnce(ctx context.Context, name string, q *pgx.Batch, what []string) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	br := tx.SendBatch(ctx, q)
	for i := range q.Len() {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return fmt.Errorf("%s: %w", what[i], err)
		}
	}
	if err := br.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

const articleCols = `id, source, source_id, format, raw, published, published_how, duplicate_of, event_id, story_id, doc`

// articleColsNoRaw reads everything but the raw input, for lists.
const articleColsNoRaw = `id, source, source_id, format, ''::bytea AS raw, published, published_how, duplicate_of, event_id, story_id, doc`

// scanArticle scans the article columns, with extra destinations before
// (pre) and after (post) them.
func scanArticle(row pgx.Row, pre, post []any) (*article.Article, error) {
	var a article.Article
	var published, how, dup, ev, st, doc string
	var raw []byte
	var id, source, sourceID, format string
	dst := append(append(pre, &id, &source, &sourceID, &format, &raw, &published, &how, &dup, &ev, &st, &doc), post...)
	if err := row.Scan(dst...); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(doc), &a); err != nil {
		return nil, fmt.Errorf("article %s: corrupt document: %w", id, err)
	}
	a.ID, a.Source, a.SourceID, a.Format, a.Raw = id, source, sourceID, format, raw
	a.PublishedHow, a.DuplicateOf, a.EventID, a.StoryID = how, dup, ev, st
	if published != "" {
		t, err := time.Parse(time.RFC3339, published)
		if err != nil {
			return nil, fmt.Errorf("article %s: bad published time %q: %w", id, published, err)
		}
		a.Published = t
	}
	return &a, nil
}

// Article returns one article by id or unique id prefix (at least 6 characters).
func (s *Store) Article(ctx context.Context, id string) (*article.Article, error) {
	id = strings.TrimSpace(id)
	if id == "" || !utf8.ValidString(id) || strings.IndexByte(id, 0) >= 0 {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	a, err := scanArticle(s.pool.QueryRow(ctx, "SELECT "+articleCols+" FROM articles WHERE id = $1", id), nil, nil)
	if errors.Is(err, pgx.ErrNoRows) && len(id) >= 6 {
		rows, qerr := s.pool.Query(ctx, "SELECT "+articleCols+" FROM articles WHERE id >= $1 AND id < $2 ORDER BY id LIMIT 2", id, id+"\U0010FFFF")
		if qerr != nil {
			return nil, fmt.Errorf("article %s: %w", id, qerr)
		}
		defer rows.Close()
		var found []*article.Article
		for rows.Next() {
			a, err := scanArticle(rows, nil, nil)
			if err != nil {
				return nil, fmt.Errorf("article %s: %w", id, err)
			}
			found = append(found, a)
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		switch len(found) {
		case 1:
			return found[0], nil
		case 2:
			return nil, fmt.Errorf("article %s: ambiguous id prefix", id)
		}
		err = pgx.ErrNoRows
	}
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// EachSource calls fn for every recorded source of every article.
func (s *Store) EachSource(ctx context.Context, fn func(store.SourceRef) error) error {
	rows, err := s.pool.Query(ctx, `SELECT article_id, source, source_id FROM article_sources ORDER BY article_id, source, source_id`)
	if err != nil {
		return fmt.Errorf("read sources: %w", err)
	}
	refs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.SourceRef, error) {
		var ref store.SourceRef
		err := r.Scan(&ref.ArticleID, &ref.Source, &ref.SourceID)
		return ref, err
	})
	if err != nil {
		return fmt.Errorf("read sources: %w", err)
	}
	for _, r := range refs {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// page is how many rows one query of a scan reads.
const page = 1000

// EachArticle calls fn for every article in ingest order. Pages are read
// whole before fn runs, so fn may use the store.
func (s *Store) EachArticle(ctx context.Context, fn func(*article.Article) error) error {
	return s.eachSeq(ctx, 0, articleCols, false, func(a *article.Article, _ []byte, _ int64) error { return fn(a) })
}

// eachSeq pages through articles with seq > after in seq order.
func (s *Store) eachSeq(ctx context.Context, after int64, cols string, withSig bool, fn func(*article.Article, []byte, int64) error) error {
	return s.eachBy(ctx, "seq", after, cols, withSig, fn)
}

// eachBy pages through articles with cursor column cur > after, in cursor order.
func (s *Store) eachBy(ctx context.Context, cur string, after int64, cols string, withSig bool, fn func(*article.Article, []byte, int64) error) error {
	sigCol := ", NULL::bytea"
	if withSig {
		sigCol = ", sig"
	}
	type item struct {
		a   *article.Article
		sig []byte
		seq int64
	}
	for {
		rows, err := s.pool.Query(ctx, "SELECT "+cur+", "+cols+sigCol+" FROM articles WHERE "+cur+" > $1 ORDER BY "+cur+" LIMIT $2", after, page)
		if err != nil {
			return fmt.Errorf("read articles: %w", err)
		}
		var items []item
		for rows.Next() {
			var it item
			it.a, err = scanArticle(rows, []any{&it.seq}, []any{&it.sig})
			if err != nil {
				break
			}
			items = append(items, it)
		}
		rows.Close()
		if err == nil {
			err = rows.Err()
		}
		if err != nil {
			return fmt.Errorf("read articles: %w", err)
		}
		for _, it := range items {
			after = it.seq
			if err := fn(it.a, it.sig, it.seq); err != nil {
				return err
			}
		}
		if len(items) < page {
			return nil
		}
	}
}

// EachRecent calls fn for the last n articles, oldest first, with fingerprints.
func (s *Store) EachRecent(ctx context.Context, n int, fn func(*article.Article, []byte) error) error {
	var from int64
	err := s.pool.QueryRow(ctx, `SELECT coalesce(min(seq), 0) FROM (SELECT seq FROM articles ORDER BY seq DESC LIMIT $1) t`, n).Scan(&from)
	if err != nil {
		return fmt.Errorf("read recent articles: %w", err)
	}
	if from == 0 {
		return nil
	}
	return s.eachSeq(ctx, from-1, articleColsNoRaw, true, func(a *article.Article, sig []byte, _ int64) error {
		a.Raw = nil
		return fn(a, sig)
	})
}

// StaleEvents returns events whose summary row is missing or out of date.
func (s *Store) StaleEvents(ctx context.Context) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT a.event_id FROM articles a LEFT JOIN events e ON e.id = a.event_id
		WHERE a.event_id <> '' GROUP BY a.event_id HAVING count(*) <> coalesce(max(e.articles), -1)
		OR max(a.story_id) <> coalesce(max(e.story_id), '') ORDER BY a.event_id`)
	if err != nil {
		return nil, fmt.Errorf("find stale events: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("find stale events: %w", err)
	}
	return out, nil
}

// EventMemberships returns store.Membership of each of the events' stored
// articles, read in one query; events without articles are left out. A
// worker refreshes an event outside the ingest lock and, under the lock,
// writes the result only if the membership it read is still the stored one.
func (s *Store) EventMemberships(ctx context.Context, ids []string) (map[string]string, error) {
	rows, err := s.pool.Query(ctx, "SELECT event_id, id, story_id FROM articles WHERE event_id = ANY($1)", ids)
	if err != nil {
		return nil, fmt.Errorf("event memberships: %w", err)
	}
	defer rows.Close()
	members := map[string][]*article.Article{}
	for rows.Next() {
		var ev string
		a := new(article.Article)
		if err := rows.Scan(&ev, &a.ID, &a.StoryID); err != nil {
			return nil, fmt.Errorf("event memberships: %w", err)
		}
		members[ev] = append(members[ev], a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("event memberships: %w", err)
	}
	out := make(map[string]string, len(members))
	for ev, arts := range members {
		out[ev] = store.Membership(arts)
	}
	return out, nil
}

// EventArticles returns the articles of one event in publication order, without raw input.
func (s *Store) EventArticles(ctx context.Context, eventID string) ([]*article.Article, error) {
	rows, err := s.pool.Query(ctx, "SELECT "+articleColsNoRaw+" FROM articles WHERE event_id = $1 ORDER BY published = '', published, seq", eventID)
	if err != nil {
		return nil, fmt.Errorf("event %s articles: %w", eventID, err)
	}
	defer rows.Close()
	var out []*article.Article
	for rows.Next() {
		a, err := scanArticle(rows, nil, nil)
		if err != nil {
			return nil, fmt.Errorf("event %s articles: %w", eventID, err)
		}
		a.Raw = nil
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("event %s articles: %w", eventID, err)
	}
	return out, nil
}

// Count returns the number of stored articles.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, "SELECT count(*) FROM articles").Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
