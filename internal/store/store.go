// Package store defines the one interface every storage backend offers.
// Nothing above this package writes SQL. The SQLite backend
// (internal/store/sqlite) is the embedded default.
package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/warta-news/warta/internal/article"
)

// ErrNotFound is returned when an article, event or story does not exist.
var ErrNotFound = errors.New("not found")

// SourceRef records that an article was read from a source; one article
// can be read from many sources (the same text under another path).
type SourceRef struct {
	ArticleID string
	Source    string
	SourceID  string
}

// Batch is what one transaction writes.
type Batch struct {
	Articles []*article.Article
	Sources  []SourceRef
	// Fingerprints holds each new article's near-duplicate signature, by article id.
	Fingerprints map[string][]byte
	// EventMoves and StoryMoves relabel stored articles when clustering
	// merged an event or story into another: old id -> new id. Articles of a
	// moved event take the story of the event they join. Moves apply after
	// the batch's articles are inserted.
	EventMoves map[string]string
	StoryMoves map[string]string
	// EventStories is the story clustering put each EventMoves target
	// event in (event id -> story id): the target's articles and those
	// moved into it take it. Without an entry they take the story of the
	// target event's first stored article.
	EventStories map[string]string
	// ArticleMoves re-assign single stored articles to another event (and
	// its story); events left without articles are deleted.
	ArticleMoves []ArticleMove
}

// ArticleMove re-assigns one article.
type ArticleMove struct {
	ArticleID, EventID, StoryID string
}

// Membership describes an event's articles as a refresh reads them: each
// article's id and storyline, one per line, sorted by id. Two equal
// memberships of one event mean no article joined it, left it or changed
// storyline in between (stores shared by several processes return it
// from EventMemberships).
func Membership(arts []*article.Article) string {
	rows := make([]string, len(arts))
	for i, a := range arts {
		rows[i] = a.ID + " " + a.StoryID
	}
	sort.Strings(rows)
	return strings.Join(rows, "\n")
}

// Event is a group of articles from different outlets reporting one happening.
type Event struct {
	ID           string    `json:"id"`
	StoryID      string    `json:"story"`
	Label        string    `json:"label"`
	LabelArticle string    `json:"label_article"`
	Start        time.Time `json:"start"`
	End          time.Time `json:"end"`
	Articles     int       `json:"articles"`
	Outlets      []string  `json:"outlets"`
	Flags        int       `json:"flags"`
	// Claims is the event's claims table from verification (JSON), if verified.
	Claims json.RawMessage `json:"claims,omitempty"`
	// Version counts the times the summary was saved: readers that cache
	// what they derive from an event (rendered pages) compare it.
	Version int64 `json:"version"`
}

// EventStamp is the part of an event summary and of its story that tells
// a cached rendering of the event apart from a current one; reading it is
// much cheaper than reading the event (no claims table).
type EventStamp struct {
	ID       string
	Version  int64
	Articles int
	Flags    int
	End      time.Time
	StoryID  string
	// The story's label and counts, empty when the story is not stored.
	StoryLabel    string
	StoryEvents   int
	StoryArticles int
	StoryEnd      time.Time
}

// String renders the stamp as a cache version.
func (s EventStamp) String() string {
	return fmt.Sprintf("%d|%d|%d|%s|%s|%s|%d|%d|%s", s.Version, s.Articles, s.Flags, s.End.Format(time.RFC3339),
		s.StoryID, s.StoryLabel, s.StoryEvents, s.StoryArticles, s.StoryEnd.Format(time.RFC3339))
}

// Story is a storyline: events that continue one another.
type Story struct {
	ID       string    `json:"id"`
	Label    string    `json:"label"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	Events   int       `json:"events"`
	Articles int       `json:"articles"`
}

// Store is the storage interface.
type Store interface {
	// Known returns which of ids are stored.
	Known(ctx context.Context, ids []string) (map[string]bool, error)
	// Save writes a batch in one transaction: all of it or nothing.
	Save(ctx context.Context, b *Batch) error
	// Article returns one article by id (a unique prefix of at least 6 characters works).
	Article(ctx context.Context, id string) (*article.Article, error)
	// EachSource calls fn for every source an article was read from
	// (the same article may have been read from several).
	EachSource(ctx context.Context, fn func(SourceRef) error) error
	// EachArticle calls fn for every article in ingest order.
	EachArticle(ctx context.Context, fn func(*article.Article) error) error
	// EachRecent calls fn for the last n articles stored, oldest first, with
	// their fingerprints; it rebuilds in-memory indexes at start-up.
	EachRecent(ctx context.Context, n int, fn func(a *article.Article, fingerprint []byte) error) error
	// StaleEvents returns ids of events whose summary does not match their articles.
	StaleEvents(ctx context.Context) ([]string, error)
	// EventArticles returns the articles of an event in publication order,
	// without their raw input.
	EventArticles(ctx context.Context, eventID string) ([]*article.Article, error)
	// SaveEvents replaces the derived summaries of events and stories and
	// rewrites the derived fields of updated articles (publication times
	// inferred from events, story, verification), in one transaction.
	SaveEvents(ctx context.Context, events []Event, stories []Story, updated []*article.Article) error
	// StoryEvents returns the event summaries of a story.
	StoryEvents(ctx context.Context, storyID string) ([]Event, error)
	// Stories lists storylines, newest first.
	Stories(ctx context.Context, limit, offset int) ([]Story, error)
	// Story returns one storyline.
	Story(ctx context.Context, id string) (Story, error)
	// Event returns one event summary.
	Event(ctx context.Context, id string) (Event, error)
	// EventStamp returns the version stamp of one event and its story.
	EventStamp(ctx context.Context, id string) (EventStamp, error)
	// Count returns the number of stored articles.
	Count(ctx context.Context) (int, error)
	Close() error
}
