package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
)

// searchSchema is the migration behind full-text search and the entity
// index (internal/search fills them; the web pages read them).
//
// article_fts is a contentless FTS5 table: it stores only the inverted
// index of text analysed in Go (stemmed Indonesian or English terms), its
// rowid is articles.seq. search_docs records which articles are indexed and
// keeps the small columns that filters, facets and result lists need, so
// queries never touch the wide articles rows; triggers keep its copies of
// published, event and story in step with the articles table.
// article_entities and entities are the entity index.
const searchSchema = `CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', contentless_delete=1);
	CREATE TABLE search_docs (
		seq INTEGER PRIMARY KEY,
		article_id TEXT NOT NULL UNIQUE,
		title TEXT NOT NULL DEFAULT '',
		outlet TEXT NOT NULL DEFAULT '',
		lang TEXT NOT NULL DEFAULT '',
		published TEXT NOT NULL DEFAULT '',
		duplicate_of TEXT NOT NULL DEFAULT '',
		event_id TEXT NOT NULL DEFAULT '',
		story_id TEXT NOT NULL DEFAULT '',
		entities TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX search_docs_published ON search_docs(published);
	CREATE TRIGGER search_docs_follow AFTER UPDATE OF published, event_id, story_id ON articles BEGIN
		UPDATE search_docs SET published = NEW.published, event_id = NEW.event_id, story_id = NEW.story_id WHERE seq = NEW.seq;
	END;
	CREATE TABLE article_entities (
		entity_id TEXT NOT NULL,
		seq INTEGER NOT NULL,
		mentions INTEGER NOT NULL DEFAULT 0,
		quotes INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (entity_id, seq)
	) WITHOUT ROWID;
	CREATE INDEX article_entities_seq ON article_entities(seq, entity_id);
	CREATE TABLE entities (
		id TEXT PRIMARY KEY,
		name TEXT NOT NULL DEFAULT '',
		type TEXT NOT NULL DEFAULT '',
		articles INTEGER NOT NULL DEFAULT 0,
		quotes INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX entities_articles ON entities(articles DESC, id);
	CREATE INDEX events_end ON events(end);`

// The index types are shared with the other backends (internal/store,
// text.go); these aliases keep the older names working.
type (
	TextDoc       = store.TextDoc
	TextQuery     = store.TextQuery
	TextHit       = store.TextHit
	ArticleText   = store.ArticleText
	EntitySummary = store.EntitySummary
	EntityArticle = store.EntityArticle
	EntityEvent   = store.EntityEvent
)

// IndexText adds articles to the full-text and entity indexes in one
// transaction. Articles not stored, or already indexed, are skipped; it
// returns how many were added.
func (s *Store) IndexText(ctx context.Context, docs []store.TextDoc) (int, error) {
	if len(docs) == 0 {
		return 0, nil
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("index articles: %w", err)
	}
	defer tx.Rollback()
	// The seq comes from the id index alone (covering), so the wide
	// article row with its raw bytes is never read.
	meta, err := tx.PrepareContext(ctx, `INSERT INTO search_docs (seq, article_id, title, outlet, lang, published, duplicate_of, event_id, story_id, entities)
		SELECT seq, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM articles WHERE id = ?
		ON CONFLICT DO NOTHING RETURNING seq`)
	if err != nil {
		return 0, fmt.Errorf("index articles: %w", err)
	}
	defer meta.Close()
	fts, err := tx.PrepareContext(ctx, `INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)`)
	if err != nil {
		return 0, fmt.Errorf("index articles: %w", err)
	}
	defer fts.Close()
	ae, err := tx.PrepareContext(ctx, `INSERT INTO article_entities (entity_id, seq, mentions, quotes) VALUES (?,?,?,?) ON CONFLICT DO NOTHING`)
	if err != nil {
		return 0, fmt.Errorf("index articles: %w", err)
	}
	defer ae.Close()
	ent, err := tx.PrepareContext(ctx, `INSERT INTO entities (id, name, type, articles, quotes) VALUES (?,?,?,1,?)
		ON CONFLICT(id) DO UPDATE SET articles = articles + 1, quotes = quotes + excluded.quotes,
		name = CASE WHEN name = '' THEN excluded.name ELSE name END, type = CASE WHEN type = '' THEN excluded.type ELSE type END`)
	if err != nil {
		return 0, fmt.Errorf("index articles: %w", err)
	}
	defer ent.Close()
	added := 0
	for _, d := range docs {
		a := d.Article
		var seq int64
		err := meta.QueryRowContext(ctx, a.ID, a.Title, a.Outlet, a.Lang, a.PublishedString(), a.DuplicateOf, a.EventID, a.StoryID, store.EntityIDs(a), a.ID).Scan(&seq)
		if errors.Is(err, sql.ErrNoRows) {
			continue // not stored, or indexed already
		}
		if err != nil {
			return added, fmt.Errorf("index article %s: %w", a.ID, err)
		}
		if _, err := fts.ExecContext(ctx, seq, d.Title, d.Body); err != nil {
			return added, fmt.Errorf("index article %s: %w", a.ID, err)
		}
		for _, e := range store.ArticleEntities(a) {
			if _, err := ae.ExecContext(ctx, e.ID, seq, e.Count, e.Quotes); err != nil {
				return added, fmt.Errorf("index article %s entity %s: %w", a.ID, e.ID, err)
			}
			if _, err := ent.ExecContext(ctx, e.ID, e.Name, e.Type, e.Quotes); err != nil {
				return added, fmt.Errorf("index article %s entity %s: %w", a.ID, e.ID, err)
			}
		}
		added++
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("index articles: %w", err)
	}
	return added, nil
}

// TextIndexState returns how many articles are indexed and how many are stored.
func (s *Store) TextIndexState(ctx context.Context) (indexed, stored int, err error) {
	err = s.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM search_docs), (SELECT count(*) FROM articles)`).Scan(&indexed, &stored)
	if err != nil {
		return 0, 0, fmt.Errorf("search index state: %w", err)
	}
	return indexed, stored, nil
}

// EachUnindexed calls fn for every stored article missing from the
// full-text index, in ingest order, without its raw bytes.
func (s *Store) EachUnindexed(ctx context.Context, fn func(*article.Article) error) error {
	return s.eachPage(ctx, `SELECT seq, `+docCols+` FROM articles a
			WHERE seq > ? AND NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.seq = a.seq) ORDER BY seq LIMIT 1000`,
		"read unindexed articles", scanDoc, fn)
}

// docCols are articleCols without raw: for lists that never show raw input.
const docCols = `id, source, source_id, format, published, published_how, duplicate_of, event_id, story_id, doc`

func scanDoc(sc interface{ Scan(...any) error }) (*article.Article, error) {
	return scanArticle(noRaw{sc})
}

// noRaw feeds scanArticle a row without the raw column.
type noRaw struct {
	sc interface{ Scan(...any) error }
}

func (n noRaw) Scan(dst ...any) error {
	// dst follows articleCols: id, source, source_id, format, raw, ...
	return n.sc.Scan(append(dst[:4:4], dst[5:]...)...)
}

// ArticlesByID returns stored articles without their raw bytes, in the
// order of ids; ids not stored are left out.
func (s *Store) ArticlesByID(ctx context.Context, ids []string) ([]*article.Article, error) {
	byID := make(map[string]*article.Article, len(ids))
	for rest := ids; len(rest) > 0; {
		n := min(len(rest), 500)
		chunk := rest[:n]
		rest = rest[n:]
		rows, err := s.r.QueryContext(ctx, "SELECT "+docCols+" FROM articles WHERE id IN ("+placeholders(len(chunk))+")", anys(chunk)...)
		if err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
		for rows.Next() {
			a, err := scanDoc(rows)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("read articles: %w", err)
			}
			byID[a.ID] = a
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
	}
	out := make([]*article.Article, 0, len(byID))
	for _, id := range ids {
		if a, ok := byID[id]; ok {
			out = append(out, a)
		}
	}
	return out, nil
}

// ArticleTexts returns the titles and paragraphs of articles, by id,
// decoding only those fields of the stored documents.
func (s *Store) ArticleTexts(ctx context.Context, ids []string) (map[string]store.ArticleText, error) {
	out := make(map[string]store.ArticleText, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.r.QueryContext(ctx, "SELECT id, doc FROM articles WHERE id IN ("+placeholders(len(ids))+")", anys(ids)...)
	if err != nil {
		return nil, fmt.Errorf("read article texts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var doc []byte
		if err := rows.Scan(&id, &doc); err != nil {
			return nil, fmt.Errorf("read article texts: %w", err)
		}
		var t store.ArticleText
		if err := json.Unmarshal(doc, &t); err != nil {
			return nil, fmt.Errorf("article %s: corrupt document: %w", id, err)
		}
		t.ID = id
		out[id] = t
	}
	return out, rows.Err()
}

// EventDocs returns up to limit articles of an event in publication order,
// without their raw bytes and with only their first paragraph
// (article.UnmarshalCard), and how many the event has.
func (s *Store) EventDocs(ctx context.Context, eventID string, limit int) ([]*article.Article, int, error) {
	var total int
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE event_id = ?", eventID).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("event %s articles: %w", eventID, err)
	}
	rows, err := s.r.QueryContext(ctx, "SELECT "+docCols+" FROM articles WHERE event_id = ? ORDER BY published = '', published, seq LIMIT ?", eventID, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("event %s articles: %w", eventID, err)
	}
	defer rows.Close()
	var out []*article.Article
	for rows.Next() {
		a, err := scanArticleWith(noRaw{rows}, article.UnmarshalCard)
		if err != nil {
			return nil, 0, fmt.Errorf("event %s articles: %w", eventID, err)
		}
		out = append(out, a)
	}
	return out, total, rows.Err()
}

// FTS5Match renders m as an FTS5 query expression over the analysed
// terms, or "" when m is empty. Every term is quoted, so no input can
// inject FTS5 syntax.
func FTS5Match(m store.TextMatch) string {
	if m.Empty() {
		return ""
	}
	var b strings.Builder
	writeGroups(&b, m.Groups)
	for _, g := range m.Not {
		b.WriteString(" NOT ")
		writeGroups(&b, []store.TermGroup{g})
	}
	return b.String()
}

func writeGroups(b *strings.Builder, gs []store.TermGroup) {
	b.WriteByte('(')
	for i, g := range gs {
		if i > 0 {
			b.WriteString(" AND ")
		}
		b.WriteByte('(')
		for j, a := range g.Alts {
			if j > 0 {
				b.WriteString(" OR ")
			}
			b.WriteByte('"')
			b.WriteString(strings.ReplaceAll(a, `"`, `""`))
			b.WriteByte('"')
			if g.Prefix {
				b.WriteByte('*')
			}
		}
		b.WriteByte(')')
	}
	b.WriteByte(')')
}

// textWhere is the WHERE clause of a filtered query, match first.
func textWhere(q store.TextQuery, match string) (string, []any) {
	var b strings.Builder
	args := []any{match}
	b.WriteString("article_fts MATCH ?")
	if q.Outlet != "" {
		b.WriteString(" AND d.outlet = ?")
		args = append(args, q.Outlet)
	}
	if q.Lang != "" {
		b.WriteString(" AND d.lang = ?")
		args = append(args, q.Lang)
	}
	if q.From != "" {
		b.WriteString(" AND d.published >= ?")
		args = append(args, q.From)
	}
	if q.To != "" {
		b.WriteString(" AND d.published < ? AND d.published != ''")
		args = append(args, q.To)
	}
	if q.Entity != "" {
		b.WriteString(" AND EXISTS (SELECT 1 FROM article_entities e WHERE e.entity_id = ? AND e.seq = d.seq)")
		args = append(args, q.Entity)
	}
	return b.String(), args
}

// SearchText runs a ranked query: the best Limit matches, best first,
// ranked by bm25 with the title weighted TitleWeight:1 over the body.
// Without filters the ranking runs on the FTS table alone and only the
// best rows are joined; with filters every match is joined and filtered.
func (s *Store) SearchText(ctx context.Context, q store.TextQuery) ([]store.TextHit, error) {
	match := FTS5Match(q.Match)
	if match == "" {
		return nil, nil
	}
	if q.Limit <= 0 {
		q.Limit = 10
	}
	tw := q.TitleWeight
	if tw == 0 {
		tw = 3
	}
	const cols = `d.seq, d.article_id, d.title, d.outlet, d.lang, d.published, d.duplicate_of, d.event_id, d.story_id, d.entities`
	var query string
	var args []any
	if q.Filtered() {
		where, wargs := textWhere(q, match)
		query = `SELECT ` + cols + `, bm25(article_fts, ?, 1.0) AS score
			FROM article_fts JOIN search_docs d ON d.seq = article_fts.rowid WHERE ` + where + ` ORDER BY score LIMIT ?`
		args = append(append([]any{tw}, wargs...), q.Limit)
	} else {
		query = `SELECT ` + cols + `, f.score FROM (SELECT rowid, bm25(article_fts, ?, 1.0) AS score FROM article_fts
			WHERE article_fts MATCH ? ORDER BY score LIMIT ?) f JOIN search_docs d ON d.seq = f.rowid ORDER BY f.score`
		args = []any{tw, match, q.Limit}
	}
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", match, err)
	}
	defer rows.Close()
	var out []store.TextHit
	for rows.Next() {
		var h store.TextHit
		if err := rows.Scan(&h.Seq, &h.ArticleID, &h.Title, &h.Outlet, &h.Lang, &h.Published, &h.DuplicateOf, &h.EventID, &h.StoryID, &h.Entities, &h.Score); err != nil {
			return nil, fmt.Errorf("search %q: %w", match, err)
		}
		h.Score = -h.Score // bm25() is lower-is-better
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", match, err)
	}
	return out, nil
}

// CountText returns how many articles match q (Limit is ignored).
func (s *Store) CountText(ctx context.Context, q store.TextQuery) (int, error) {
	match := FTS5Match(q.Match)
	if match == "" {
		return 0, nil
	}
	query := `SELECT count(*) FROM article_fts WHERE article_fts MATCH ?`
	args := []any{match}
	if q.Filtered() {
		var where string
		where, args = textWhere(q, match)
		query = `SELECT count(*) FROM article_fts JOIN search_docs d ON d.seq = article_fts.rowid WHERE ` + where
	}
	var n int
	if err := s.r.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count %q: %w", match, err)
	}
	return n, nil
}

// Entities lists entities, most written about first; typ ("" for any)
// filters by type.
func (s *Store) Entities(ctx context.Context, typ string, limit, offset int) ([]store.EntitySummary, error) {
	if limit <= 0 {
		limit = 50
	}
	q := "SELECT id, name, type, articles, quotes FROM entities"
	args := []any{}
	if typ != "" {
		q += " WHERE type = ?"
		args = append(args, typ)
	}
	q += " ORDER BY articles DESC, id LIMIT ? OFFSET ?"
	rows, err := s.r.QueryContext(ctx, q, append(args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	defer rows.Close()
	var out []store.EntitySummary
	for rows.Next() {
		var e store.EntitySummary
		if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.Articles, &e.Quotes); err != nil {
			return nil, fmt.Errorf("entities: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// EntitiesByID returns the summaries of ids that exist, by id.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) (map[string]store.EntitySummary, error) {
	out := make(map[string]store.EntitySummary, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.r.QueryContext(ctx, "SELECT id, name, type, articles, quotes FROM entities WHERE id IN ("+placeholders(len(ids))+")", anys(ids)...)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e store.EntitySummary
		if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.Articles, &e.Quotes); err != nil {
			return nil, fmt.Errorf("entities: %w", err)
		}
		out[e.ID] = e
	}
	return out, rows.Err()
}

// Entity returns one entity's summary.
func (s *Store) Entity(ctx context.Context, id string) (store.EntitySummary, error) {
	var e store.EntitySummary
	err := s.r.QueryRowContext(ctx, "SELECT id, name, type, articles, quotes FROM entities WHERE id = ?", id).
		Scan(&e.ID, &e.Name, &e.Type, &e.Articles, &e.Quotes)
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("entity %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return e, fmt.Errorf("entity %s: %w", id, err)
	}
	return e, nil
}

// EntityArticles lists the newest articles naming entity id (undated last);
// with quoted set, only those quoting it.
func (s *Store) EntityArticles(ctx context.Context, id string, quoted bool, limit int) ([]store.EntityArticle, error) {
	if limit <= 0 {
		limit = 100
	}
	cond := ""
	if quoted {
		cond = " AND e.quotes > 0"
	}
	rows, err := s.r.QueryContext(ctx, `SELECT d.article_id, d.title, d.outlet, d.published, d.event_id, d.story_id, e.mentions, e.quotes
		FROM article_entities e JOIN search_docs d ON d.seq = e.seq WHERE e.entity_id = ?`+cond+`
		ORDER BY d.published = '', d.published DESC, d.seq DESC LIMIT ?`, id, limit)
	if err != nil {
		return nil, fmt.Errorf("entity %s articles: %w", id, err)
	}
	defer rows.Close()
	var out []store.EntityArticle
	for rows.Next() {
		var a store.EntityArticle
		if err := rows.Scan(&a.ArticleID, &a.Title, &a.Outlet, &a.Published, &a.EventID, &a.StoryID, &a.Mentions, &a.Quotes); err != nil {
			return nil, fmt.Errorf("entity %s articles: %w", id, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// EntityEvents lists the events whose articles name entity id, newest first.
func (s *Store) EntityEvents(ctx context.Context, id string, limit int) ([]store.EntityEvent, error) {
	if limit <= 0 {
		limit = 50
	}
	rows, err := s.r.QueryContext(ctx, `SELECT d.event_id, count(*), max(d.published) AS last
		FROM article_entities e JOIN search_docs d ON d.seq = e.seq WHERE e.entity_id = ? AND d.event_id != ''
		GROUP BY d.event_id ORDER BY last DESC, d.event_id LIMIT ?`, id, limit)
	if err != nil {
		return nil, fmt.Errorf("entity %s events: %w", id, err)
	}
	defer rows.Close()
	var out []store.EntityEvent
	for rows.Next() {
		var e store.EntityEvent
		if err := rows.Scan(&e.EventID, &e.Articles, &e.Last); err != nil {
			return nil, fmt.Errorf("entity %s events: %w", id, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// HitEntities returns the entity ids of indexed articles, by seq.
func (s *Store) HitEntities(ctx context.Context, seqs []int64) (map[int64][]string, error) {
	out := map[int64][]string{}
	for rest := seqs; len(rest) > 0; {
		n := min(len(rest), 500)
		chunk := rest[:n]
		rest = rest[n:]
		args := make([]any, len(chunk))
		for i, v := range chunk {
			args[i] = v
		}
		rows, err := s.r.QueryContext(ctx, "SELECT seq, entity_id FROM article_entities WHERE seq IN ("+placeholders(len(chunk))+")", args...)
		if err != nil {
			return nil, fmt.Errorf("hit entities: %w", err)
		}
		for rows.Next() {
			var seq int64
			var id string
			if err := rows.Scan(&seq, &id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("hit entities: %w", err)
			}
			out[seq] = append(out[seq], id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("hit entities: %w", err)
		}
	}
	return out, nil
}

// RecentEvents lists events, latest end first.
func (s *Store) RecentEvents(ctx context.Context, limit, offset int) ([]store.Event, error) {
	if limit <= 0 {
		limit = 20
	}
	return s.queryEvents(ctx, "recent events", "SELECT "+eventCols+" FROM events ORDER BY end DESC, articles DESC, id LIMIT ? OFFSET ?", limit, offset)
}

// EventsByID returns the summaries of the events that exist, by id.
func (s *Store) EventsByID(ctx context.Context, ids []string) (map[string]store.Event, error) {
	out := make(map[string]store.Event, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.r.QueryContext(ctx, "SELECT "+eventCols+" FROM events WHERE id IN ("+placeholders(len(ids))+")", anys(ids)...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		out[e.ID] = e
	}
	return out, rows.Err()
}

// MaxSeq returns the ingest sequence number of the newest stored article (0 when empty).
func (s *Store) MaxSeq(ctx context.Context) (int64, error) {
	var n sql.NullInt64
	if err := s.r.QueryRowContext(ctx, "SELECT max(seq) FROM articles").Scan(&n); err != nil {
		return 0, fmt.Errorf("max seq: %w", err)
	}
	return n.Int64, nil
}

// ArticleIDsSince lists the ids of articles stored after sequence number seq, in ingest order.
func (s *Store) ArticleIDsSince(ctx context.Context, seq int64, limit int) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT id FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", seq, limit)
	if err != nil {
		return nil, fmt.Errorf("articles since %d: %w", seq, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("articles since %d: %w", seq, err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// ClearTextIndex empties the full-text and entity indexes (before a rebuild).
func (s *Store) ClearTextIndex(ctx context.Context) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("clear search index: %w", err)
	}
	defer tx.Rollback()
	for _, q := range []string{
		`INSERT INTO article_fts (article_fts) VALUES ('delete-all')`,
		`DELETE FROM search_docs`, `DELETE FROM article_entities`, `DELETE FROM entities`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("clear search index: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("clear search index: %w", err)
	}
	return nil
}

// OptimizeTextIndex tidies the indexes after a large build: FTS5 merges
// its segments into one b-tree (fewer segments to read per query) and
// ANALYZE refreshes the planner's statistics.
func (s *Store) OptimizeTextIndex(ctx context.Context) error {
	for _, q := range []string{`INSERT INTO article_fts (article_fts) VALUES ('optimize')`, `ANALYZE`} {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("optimize search index: %w", err)
		}
	}
	return nil
}
