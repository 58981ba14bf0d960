// Package sqlite is the embedded default store: pure-Go SQLite
// (modernc.org/sqlite, no cgo) in WAL mode with one writer connection and
// a small pool of readers. The schema is versioned by an ordered slice of
// migrations; the schema version is its length.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// migrations are applied in order; never edit one that has shipped.
var migrations = []string{
	`CREATE TABLE articles (
		seq INTEGER PRIMARY KEY AUTOINCREMENT,
		id TEXT NOT NULL UNIQUE,
		source TEXT NOT NULL,
		source_id TEXT NOT NULL DEFAULT '',
		format TEXT NOT NULL,
		raw BLOB NOT NULL,
		title TEXT NOT NULL DEFAULT '',
		outlet TEXT NOT NULL DEFAULT '',
		lang TEXT NOT NULL DEFAULT '',
		published TEXT NOT NULL DEFAULT '',
		published_how TEXT NOT NULL DEFAULT 'unknown',
		duplicate_of TEXT NOT NULL DEFAULT '',
		event_id TEXT NOT NULL DEFAULT '',
		story_id TEXT NOT NULL DEFAULT '',
		doc TEXT NOT NULL,
		sig BLOB,
		ingested_at TEXT NOT NULL
	);
	CREATE INDEX articles_event ON articles(event_id);
	CREATE INDEX articles_story ON articles(story_id);
	CREATE TABLE article_sources (
		article_id TEXT NOT NULL,
		source TEXT NOT NULL,
		source_id TEXT NOT NULL DEFAULT '',
		PRIMARY KEY (article_id, source, source_id)
	);
	CREATE TABLE events (
		id TEXT PRIMARY KEY,
		story_id TEXT NOT NULL,
		label TEXT NOT NULL DEFAULT '',
		label_article TEXT NOT NULL DEFAULT '',
		start TEXT NOT NULL DEFAULT '',
		end TEXT NOT NULL DEFAULT '',
		articles INTEGER NOT NULL DEFAULT 0,
		outlets TEXT NOT NULL DEFAULT '[]'
	);
	CREATE INDEX events_story ON events(story_id);
	CREATE TABLE stories (
		id TEXT PRIMARY KEY,
		label TEXT NOT NULL DEFAULT '',
		start TEXT NOT NULL DEFAULT '',
		end TEXT NOT NULL DEFAULT '',
		events INTEGER NOT NULL DEFAULT 0,
		articles INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX stories_end ON stories(end);`,
	searchSchema, // search.go: full-text and entity indexes
	// Verification: per-event flag counts and claims table (JSON).
	`ALTER TABLE events ADD COLUMN flags INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE events ADD COLUMN claims TEXT NOT NULL DEFAULT '';`,
	// Event summary version, bumped by every SaveEvents (page caches key on it).
	`ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 0;`,
}

// Store is the SQLite store.
type Store struct {
	w, r *sql.DB
	path string
}

var _ store.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and migrates it.
func Open(ctx context.Context, path string) (*Store, error) {
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(ON)&_txlock=immediate"
	w, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn+"&_pragma=query_only(ON)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	s := &Store{w: w, r: r, path: path}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) migrate(ctx context.Context) error {
	for {
		done, err := s.migrateOne(ctx)
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the next migration, if any, in its own immediate
// transaction, reading the version inside it so that two processes opening
// a new database at once do not both apply it.
func (s *Store) migrateOne(ctx context.Context) (done bool, err error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("open %s: %w", s.path, err)
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, fmt.Errorf("open %s: not a warta database: %w", s.path, err)
	}
	if v > len(migrations) {
		return false, fmt.Errorf("open %s: schema version %d is newer than this warta (%d)", s.path, v, len(migrations))
	}
	if v == len(migrations) {
		return true, nil
	}
	if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
		return false, fmt.Errorf("migrate %s to version %d: %w", s.path, v+1, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
		return false, fmt.Errorf("migrate %s: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrate %s: %w", s.path, err)
	}
	return false, nil
}

// Close closes the database.
func (s *Store) Close() error {
	return errors.Join(s.r.Close(), s.w.Close())
}

// Known returns which of ids are stored.
func (s *Store) Known(ctx context.Context, ids []string) (map[string]bool, error) {
	out := make(map[string]bool, len(ids))
	for len(ids) > 0 {
		n := min(len(ids), 500)
		chunk := ids[:n]
		ids = ids[n:]
		q := "SELECT id FROM articles WHERE id IN (" + placeholders(len(chunk)) + ")"
		rows, err := s.w.QueryContext(ctx, q, anys(chunk)...)
		if err != nil {
			return nil, fmt.Errorf("look up articles: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("look up articles: %w", err)
			}
			out[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("look up articles: %w", err)
		}
	}
	return out, nil
}

// Save writes a batch in one transaction.
func (s *Store) Save(ctx context.Context, b *store.Batch) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save batch: %w", err)
	}
	defer tx.Rollback()
	now := time.Now().UTC().Format(time.RFC3339Nano)
	ins, err := tx.PrepareContext(ctx, `INSERT INTO articles
		(id, source, source_id, format, raw, title, outlet, lang, published, published_how, duplicate_of, event_id, story_id, doc, sig, ingested_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO NOTHING`)
	if err != nil {
		return fmt.Errorf("save batch: %w", err)
	}
	defer ins.Close()
	for _, a := range b.Articles {
		doc, err := json.Marshal(a)
		if err != nil {
			return fmt.Errorf("save article %s: %w", a.ID, err)
		}
		if _, err := ins.ExecContext(ctx, a.ID, a.Source, a.SourceID, a.Format, a.Raw, a.Title, a.Outlet, a.Lang,
			a.PublishedString(), a.PublishedHow, a.DuplicateOf, a.EventID, a.StoryID, doc, b.Fingerprints[a.ID], now); err != nil {
			return fmt.Errorf("save article %s (%s): %w", a.ID, a.Source, err)
		}
	}
	src, err := tx.PrepareContext(ctx, `INSERT INTO article_sources (article_id, source, source_id) VALUES (?,?,?) ON CONFLICT DO NOTHING`)
	if err != nil {
		return fmt.Errorf("save batch: %w", err)
	}
	defer src.Close()
	for _, r := range b.Sources {
		if _, err := src.ExecContext(ctx, r.ArticleID, r.Source, r.SourceID); err != nil {
			return fmt.Errorf("save source %s: %w", r.Source, err)
		}
	}
	for _, from := range sortedKeys(b.EventMoves) {
		to := b.EventMoves[from]
		// Moved articles take the story of the event they join: the one
		// clustering gave it, else that of its first stored article.
		story := b.EventStories[to]
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET event_id = ?1,
			story_id = coalesce(nullif(?3, ''), (SELECT story_id FROM articles WHERE event_id = ?1 ORDER BY seq LIMIT 1), story_id)
			WHERE event_id = ?2`, to, from, story); err != nil {
			return fmt.Errorf("merge event %s into %s: %w", from, to, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?`, from); err != nil {
			return fmt.Errorf("merge event %s into %s: %w", from, to, err)
		}
		if story != "" {
			// The target's own articles follow the story too.
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ?2 WHERE event_id = ?1 AND story_id <> ?2`, to, story); err != nil {
				return fmt.Errorf("move event %s to story %s: %w", to, story, err)
			}
		}
	}
	for _, m := range b.ArticleMoves {
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET event_id = ?, story_id = ? WHERE id = ?`, m.EventID, m.StoryID, m.ArticleID); err != nil {
			return fmt.Errorf("move article %s to event %s: %w", m.ArticleID, m.EventID, err)
		}
	}
	if len(b.ArticleMoves) > 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.event_id = events.id)`); err != nil {
			return fmt.Errorf("drop emptied events: %w", err)
		}
	}
	for _, from := range sortedKeys(b.StoryMoves) {
		to := b.StoryMoves[from]
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = ? WHERE story_id = ?`, to, from); err != nil {
			return fmt.Errorf("merge story %s into %s: %w", from, to, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE events SET story_id = ? WHERE story_id = ?`, to, from); err != nil {
			return fmt.Errorf("merge story %s into %s: %w", from, to, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, from); err != nil {
			return fmt.Errorf("merge story %s into %s: %w", from, to, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save batch: %w", err)
	}
	return nil
}

const articleCols = `id, source, source_id, format, raw, published, published_how, duplicate_of, event_id, story_id, doc`

// articleColsNoRaw reads everything but the raw input, for lists.
const articleColsNoRaw = `id, source, source_id, format, x'' AS raw, published, published_how, duplicate_of, event_id, story_id, doc`

func scanArticle(sc interface{ Scan(...any) error }) (*article.Article, error) {
	return scanArticleWith(sc, func(doc []byte, a *article.Article) error { return json.Unmarshal(doc, a) })
}

// scanArticleWith is scanArticle decoding the document with decode.
func scanArticleWith(sc interface{ Scan(...any) error }, decode func([]byte, *article.Article) error) (*article.Article, error) {
	var a article.Article
	var published, how, dup, ev, st, doc string
	var raw []byte
	var id, source, sourceID, format string
	if err := sc.Scan(&id, &source, &sourceID, &format, &raw, &published, &how, &dup, &ev, &st, &doc); err != nil {
		return nil, err
	}
	if err := decode([]byte(doc), &a); err != nil {
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

// Article returns one article by id or unique id prefix.
func (s *Store) Article(ctx context.Context, id string) (*article.Article, error) {
	id = strings.TrimSpace(id)
	if id == "" {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	row := s.r.QueryRowContext(ctx, "SELECT "+articleCols+" FROM articles WHERE id = ?", id)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) && len(id) >= 6 {
		rows, qerr := s.r.QueryContext(ctx, "SELECT "+articleCols+" FROM articles WHERE id >= ? AND id < ? LIMIT 2", id, id+"\U0010FFFF")
		if qerr != nil {
			return nil, fmt.Errorf("article %s: %w", id, qerr)
		}
		defer rows.Close()
		var found []*article.Article
		for rows.Next() {
			a, err := scanArticle(rows)
			if err != nil {
				return nil, err
			}
			found = append(found, a)
		}
		if len(found) == 1 {
			return found[0], nil
		}
		if len(found) > 1 {
			return nil, fmt.Errorf("article %s: ambiguous id prefix", id)
		}
		err = sql.ErrNoRows
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// EachSource calls fn for every recorded source of every article.
func (s *Store) EachSource(ctx context.Context, fn func(store.SourceRef) error) error {
	rows, err := s.r.QueryContext(ctx, `SELECT article_id, source, source_id FROM article_sources ORDER BY article_id, source, source_id`)
	if err != nil {
		return fmt.Errorf("read sources: %w", err)
	}
	var refs []store.SourceRef
	for rows.Next() {
		var r store.SourceRef
		if err := rows.Scan(&r.ArticleID, &r.Source, &r.SourceID); err != nil {
			rows.Close()
			return fmt.Errorf("read sources: %w", err)
		}
		refs = append(refs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read sources: %w", err)
	}
	for _, r := range refs {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// EachArticle calls fn for every article in ingest order.
func (s *Store) EachArticle(ctx context.Context, fn func(*article.Article) error) error {
	return s.eachPage(ctx, "SELECT seq, "+articleCols+" FROM articles WHERE seq > ? ORDER BY seq LIMIT 1000", "read articles", scanArticle, fn)
}

// eachPage runs q (which takes the last seq seen and returns seq and the
// article columns, 1,000 rows at most) page by page, scanning each row with
// scan and calling fn outside the query, so fn may use the store.
func (s *Store) eachPage(ctx context.Context, q, what string, scan func(interface{ Scan(...any) error }) (*article.Article, error), fn func(*article.Article) error) error {
	last := int64(0)
	for {
		rows, err := s.r.QueryContext(ctx, q, last)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		var page []*article.Article
		for rows.Next() {
			var a *article.Article
			a, err = scan(scanPrefix{rows, &last})
			if err != nil {
				break
			}
			page = append(page, a)
		}
		if err == nil {
			err = rows.Err()
		}
		rows.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		for _, a := range page {
			if err := fn(a); err != nil {
				return err
			}
		}
		if len(page) < 1000 {
			return nil
		}
	}
}

// scanPrefix scans a leading seq column before the article columns.
type scanPrefix struct {
	rows *sql.Rows
	seq  *int64
}

func (p scanPrefix) Scan(dst ...any) error {
	return p.rows.Scan(append([]any{p.seq}, dst...)...)
}

// EachRecent calls fn for the last n articles, oldest first, with fingerprints.
func (s *Store) EachRecent(ctx context.Context, n int, fn func(*article.Article, []byte) error) error {
	rows, err := s.r.QueryContext(ctx, `SELECT `+articleColsNoRaw+`, sig FROM (SELECT * FROM articles ORDER BY seq DESC LIMIT ?) ORDER BY seq`, n)
	if err != nil {
		return fmt.Errorf("read recent articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var sig []byte
		a, err := scanArticle(scanSuffix{rows, &sig})
		if err != nil {
			return fmt.Errorf("read recent articles: %w", err)
		}
		a.Raw = nil
		if err := fn(a, sig); err != nil {
			return err
		}
	}
	return rows.Err()
}

// scanSuffix scans a trailing fingerprint column after the article columns.
type scanSuffix struct {
	rows *sql.Rows
	sig  *[]byte
}

func (p scanSuffix) Scan(dst ...any) error {
	return p.rows.Scan(append(dst, p.sig)...)
}

// StaleEvents returns events whose summary row is missing or out of date.
func (s *Store) StaleEvents(ctx context.Context) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT a.event_id FROM articles a LEFT JOIN events e ON e.id = a.event_id
		WHERE a.event_id != '' GROUP BY a.event_id HAVING count(*) != coalesce(max(e.articles), -1)
		OR max(a.story_id) != coalesce(max(e.story_id), '')`)
	if err != nil {
		return nil, fmt.Errorf("find stale events: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("find stale events: %w", err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// EventArticles returns the articles of one event in publication order.
func (s *Store) EventArticles(ctx context.Context, eventID string) ([]*article.Article, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT "+articleColsNoRaw+" FROM articles WHERE event_id = ? ORDER BY published = '', published, seq", eventID)
	if err != nil {
		return nil, fmt.Errorf("event %s articles: %w", eventID, err)
	}
	defer rows.Close()
	var out []*article.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("event %s articles: %w", eventID, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// SaveEvents replaces event and story summaries and rewrites the derived
// fields of updated articles (dates inferred from events, verification).
func (s *Store) SaveEvents(ctx context.Context, events []store.Event, stories []store.Story, updated []*article.Article) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save events: %w", err)
	}
	defer tx.Rollback()
	for _, a := range updated {
		doc, err := json.Marshal(a)
		if err != nil {
			return fmt.Errorf("update article %s: %w", a.ID, err)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE articles SET published = ?, published_how = ?, story_id = ?, doc = ? WHERE id = ?",
			a.PublishedString(), a.PublishedHow, a.StoryID, string(doc), a.ID); err != nil {
			return fmt.Errorf("update article %s: %w", a.ID, err)
		}
	}
	for _, e := range events {
		outlets, _ := json.Marshal(e.Outlets)
		if _, err := tx.ExecContext(ctx, `INSERT INTO events (id, story_id, label, label_article, start, end, articles, outlets, flags, claims) VALUES (?,?,?,?,?,?,?,?,?,?)
			ON CONFLICT(id) DO UPDATE SET story_id=excluded.story_id, label=excluded.label, label_article=excluded.label_article,
			start=excluded.start, end=excluded.end, articles=excluded.articles, outlets=excluded.outlets, flags=excluded.flags, claims=excluded.claims,
			version=events.version+1`,
			e.ID, e.StoryID, e.Label, e.LabelArticle, ts(e.Start), ts(e.End), e.Articles, string(outlets), e.Flags, string(e.Claims)); err != nil {
			return fmt.Errorf("save event %s: %w", e.ID, err)
		}
	}
	for _, st := range stories {
		if _, err := tx.ExecContext(ctx, `INSERT INTO stories (id, label, start, end, events, articles) VALUES (?,?,?,?,?,?)
			ON CONFLICT(id) DO UPDATE SET label=excluded.label, start=excluded.start, end=excluded.end, events=excluded.events, articles=excluded.articles`,
			st.ID, st.Label, ts(st.Start), ts(st.End), st.Events, st.Articles); err != nil {
			return fmt.Errorf("save story %s: %w", st.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save events: %w", err)
	}
	return nil
}

func ts(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func parseTS(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}

const eventCols = "id, story_id, label, label_article, start, end, articles, outlets, flags, claims, version"

func scanEvent(sc interface{ Scan(...any) error }) (store.Event, error) {
	var e store.Event
	var start, end, outlets, claims string
	if err := sc.Scan(&e.ID, &e.StoryID, &e.Label, &e.LabelArticle, &start, &end, &e.Articles, &outlets, &e.Flags, &claims, &e.Version); err != nil {
		return e, err
	}
	if claims != "" {
		e.Claims = json.RawMessage(claims)
	}
	e.Start, e.End = parseTS(start), parseTS(end)
	_ = json.Unmarshal([]byte(outlets), &e.Outlets)
	return e, nil
}

// StoryEvents returns the events of a story in date order.
func (s *Store) StoryEvents(ctx context.Context, storyID string) ([]store.Event, error) {
	return s.queryEvents(ctx, "story "+storyID+" events",
		"SELECT "+eventCols+" FROM events WHERE story_id = ? ORDER BY start = '', start, id", storyID)
}

// queryEvents runs a query returning eventCols rows; what names it in errors.
func (s *Store) queryEvents(ctx context.Context, what, q string, args ...any) ([]store.Event, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []store.Event
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// Event returns one event.
func (s *Store) Event(ctx context.Context, id string) (store.Event, error) {
	e, err := scanEvent(s.r.QueryRowContext(ctx, "SELECT "+eventCols+" FROM events WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return e, fmt.Errorf("event %s: %w", id, err)
	}
	return e, nil
}

// EventStamp returns what page caches compare to tell whether an event
// (or its story) changed, in one small query.
func (s *Store) EventStamp(ctx context.Context, id string) (store.EventStamp, error) {
	var st store.EventStamp
	var end, storyEnd string
	err := s.r.QueryRowContext(ctx, `SELECT e.id, e.version, e.articles, e.flags, e.end, e.story_id,
			coalesce(s.label, ''), coalesce(s.events, 0), coalesce(s.articles, 0), coalesce(s.end, '')
		FROM events e LEFT JOIN stories s ON s.id = e.story_id WHERE e.id = ?`, id).
		Scan(&st.ID, &st.Version, &st.Articles, &st.Flags, &end, &st.StoryID, &st.StoryLabel, &st.StoryEvents, &st.StoryArticles, &storyEnd)
	if errors.Is(err, sql.ErrNoRows) {
		return st, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return st, fmt.Errorf("event %s: %w", id, err)
	}
	st.End, st.StoryEnd = parseTS(end), parseTS(storyEnd)
	return st, nil
}

const storyCols = "id, label, start, end, events, articles"

func scanStory(sc interface{ Scan(...any) error }) (store.Story, error) {
	var st store.Story
	var start, end string
	if err := sc.Scan(&st.ID, &st.Label, &start, &end, &st.Events, &st.Articles); err != nil {
		return st, err
	}
	st.Start, st.End = parseTS(start), parseTS(end)
	return st, nil
}

// Stories lists storylines, newest first.
func (s *Store) Stories(ctx context.Context, limit, offset int) ([]store.Story, error) {
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.r.QueryContext(ctx, "SELECT "+storyCols+" FROM stories ORDER BY end DESC, articles DESC, id LIMIT ? OFFSET ?", limit, offset)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	defer rows.Close()
	var out []store.Story
	for rows.Next() {
		st, err := scanStory(rows)
		if err != nil {
			return nil, fmt.Errorf("stories: %w", err)
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// Story returns one storyline.
func (s *Store) Story(ctx context.Context, id string) (store.Story, error) {
	st, err := scanStory(s.r.QueryRowContext(ctx, "SELECT "+storyCols+" FROM stories WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return st, fmt.Errorf("story %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return st, fmt.Errorf("story %s: %w", id, err)
	}
	return st, nil
}

// Count returns the number of stored articles.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM articles").Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// QueryRow runs a read-only query; it is for tests and diagnostics.
func (s *Store) QueryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return s.r.QueryRowContext(ctx, q, args...)
}

// sortedKeys returns the keys of m in order, so a batch's moves apply in
// the same order on every run.
func sortedKeys(m map[string]string) []string {
	return slices.Sorted(maps.Keys(m))
}
