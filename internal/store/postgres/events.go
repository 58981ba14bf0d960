package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
)

// SaveEvents replaces event and story summaries and rewrites the derived
// fields of updated articles (dates inferred from events, verification,
// the story of their event), in one transaction. An article whose story
// changes gets a new change number (EachSince).
func (s *Store) SaveEvents(ctx context.Context, events []store.Event, stories []store.Story, updated []*article.Article) error {
	// Rows are locked in id order, so concurrent refreshes cannot deadlock
	// one another (runBatch retries the rare deadlock with a merge).
	updated = slices.SortedFunc(slices.Values(updated), func(a, b *article.Article) int { return strings.Compare(a.ID, b.ID) })
	events = slices.SortedFunc(slices.Values(events), func(a, b store.Event) int { return strings.Compare(a.ID, b.ID) })
	stories = slices.SortedFunc(slices.Values(stories), func(a, b store.Story) int { return strings.Compare(a.ID, b.ID) })
	var q pgx.Batch
	var what []string
	for _, a := range updated {
		doc, err := json.Marshal(a)
		if err != nil {
			return fmt.Errorf("update article %s: %w", a.ID, err)
		}
		// A changed story is a relabel: it takes a new change number, so
		// other workers' catch-up (EachSince) sees it, as for Save.
		q.Queue(`UPDATE articles SET published = $1, published_how = $2, story_id = $3, doc = $4,
			changed = CASE WHEN story_id <> $3 THEN nextval('article_changes') ELSE changed END WHERE id = $5`,
			a.PublishedString(), clean(a.PublishedHow), clean(a.StoryID), clean(string(doc)), a.ID)
		what = append(what, "update article "+a.ID)
	}
	for _, e := range events {
		outlets, err := json.Marshal(e.Outlets)
		if err != nil {
			return fmt.Errorf("save event %s: %w", e.ID, err)
		}
		q.Queue(`INSERT INTO events (id, story_id, label, label_article, start_ts, end_ts, articles, outlets, flags, claims)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
			ON CONFLICT (id) DO UPDATE SET story_id=excluded.story_id, label=excluded.label, label_article=excluded.label_article,
			start_ts=excluded.start_ts, end_ts=excluded.end_ts, articles=excluded.articles, outlets=excluded.outlets,
			flags=excluded.flags, claims=excluded.claims, version=events.version+1`,
			clean(e.ID), clean(e.StoryID), clean(e.Label), clean(e.LabelArticle), ts(e.Start), ts(e.End), e.Articles,
			clean(string(outlets)), e.Flags, clean(string(e.Claims)))
		what = append(what, "save event "+e.ID)
	}
	for _, st := range stories {
		q.Queue(`INSERT INTO stories (id, label, start_ts, end_ts, events, articles) VALUES ($1,$2,$3,$4,$5,$6)
			ON CONFLICT (id) DO UPDATE SET label=excluded.label, start_ts=excluded.start_ts, end_ts=excluded.end_ts,
			events=excluded.events, articles=excluded.articles`,
			clean(st.ID), clean(st.Label), ts(st.Start), ts(st.End), st.Events, st.Articles)
		what = append(what, "save story "+st.ID)
	}
	if q.Len() == 0 {
		return nil
	}
	return s.runBatch(ctx, "save events", &q, what)
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

const eventCols = "id, story_id, label, label_article, start_ts, end_ts, articles, outlets, flags, claims, version"

func scanEvent(row pgx.Row) (store.Event, error) {
	var e store.Event
	var start, end, outlets, claims string
	if err := row.Scan(&e.ID, &e.StoryID, &e.Label, &e.LabelArticle, &start, &end, &e.Articles, &outlets, &e.Flags, &claims, &e.Version); err != nil {
		return e, err
	}
	if claims != "" {
		e.Claims = json.RawMessage(claims)
	}
	e.Start, e.End = parseTS(start), parseTS(end)
	if err := json.Unmarshal([]byte(outlets), &e.Outlets); err != nil {
		return e, fmt.Errorf("event %s: corrupt outlets: %w", e.ID, err)
	}
	return e, nil
}

// StoryEvents returns the events of a story in date order.
func (s *Store) StoryEvents(ctx context.Context, storyID string) ([]store.Event, error) {
	rows, err := s.pool.Query(ctx, "SELECT "+eventCols+" FROM events WHERE story_id = $1 ORDER BY start_ts = '', start_ts, id", storyID)
	if err != nil {
		return nil, fmt.Errorf("story %s events: %w", storyID, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Event, error) { return scanEvent(r) })
	if err != nil {
		return nil, fmt.Errorf("story %s events: %w", storyID, err)
	}
	return out, nil
}

// Event returns one event.
func (s *Store) Event(ctx context.Context, id string) (store.Event, error) {
	e, err := scanEvent(s.pool.QueryRow(ctx, "SELECT "+eventCols+" FROM events WHERE id = $1", clean(id)))
	if errors.Is(err, pgx.ErrNoRows) {
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
	err := s.pool.QueryRow(ctx, `SELECT e.id, e.version, e.articles, e.flags, e.end_ts, e.story_id,
			coalesce(s.label, ''), coalesce(s.events, 0), coalesce(s.articles, 0), coalesce(s.end_ts, '')
		FROM events e LEFT JOIN stories s ON s.id = e.story_id WHERE e.id = $1`, clean(id)).
		Scan(&st.ID, &st.Version, &st.Articles, &st.Flags, &end, &st.StoryID, &st.StoryLabel, &st.StoryEvents, &st.StoryArticles, &storyEnd)
	if errors.Is(err, pgx.ErrNoRows) {
		return st, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return st, fmt.Errorf("event %s: %w", id, err)
	}
	st.End, st.StoryEnd = parseTS(end), parseTS(storyEnd)
	return st, nil
}

const storyCols = "id, label, start_ts, end_ts, events, articles"

func scanStory(row pgx.Row) (store.Story, error) {
	var st store.Story
	var start, end string
	if err := row.Scan(&st.ID, &st.Label, &start, &end, &st.Events, &st.Articles); err != nil {
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
	rows, err := s.pool.Query(ctx, "SELECT "+storyCols+" FROM stories ORDER BY end_ts DESC, articles DESC, id LIMIT $1 OFFSET $2", limit, max(offset, 0))
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Story, error) { return scanStory(r) })
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	return out, nil
}

// Story returns one storyline.
func (s *Store) Story(ctx context.Context, id string) (store.Story, error) {
	st, err := scanStory(s.pool.QueryRow(ctx, "SELECT "+storyCols+" FROM stories WHERE id = $1", clean(id)))
	if errors.Is(err, pgx.ErrNoRows) {
		return st, fmt.Errorf("story %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return st, fmt.Errorf("story %s: %w", id, err)
	}
	return st, nil
}
