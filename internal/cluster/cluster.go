// Package cluster groups articles into events online and links events into
// storylines.
//
// API CONTRACT (the pipeline is written against it):
//
//	New(cfg Config) *Clusterer;  DefaultConfig() Config
//	(*Clusterer).Add(d Doc) Assignment           assign one new article (online)
//	(*Clusterer).Restore(d Doc, eventID, storyID string)  rebuild state from the store at start-up
//	InferDate(d Doc, members []Doc) (t time.Time, evidence string, ok bool)  date for an undated article from its event
//	Label(members []Doc) int                      index of the most central member (its title is the event label)
//
// A Clusterer is not safe for concurrent use; the pipeline feeds it from one goroutine.
package cluster

import "time"

// Doc is what clustering needs of one article.
type Doc struct {
	ID          string
	Lang        string
	Title       string
	Text        string // clean body
	Outlet      string
	Published   time.Time
	DateKnown   bool     // Published is explicit or inferred from the article itself
	Entities    []string // merged entity ids, most frequent first
	DuplicateOf string   // set when dedup found a near-duplicate
}

// Assignment is the event and storyline an article was put in.
type Assignment struct {
	EventID  string
	StoryID  string
	NewEvent bool
	NewStory bool
	// StoryMerged lists story ids that were merged into StoryID by this article, if any.
	StoryMerged []string
}

// Config sets the clusterer.
type Config struct{}

// DefaultConfig is the one set of settings used for every corpus.
func DefaultConfig() Config { return Config{} }

// Clusterer assigns articles to events and storylines. STUB.
type Clusterer struct{}

// New returns an empty clusterer. STUB.
func New(cfg Config) *Clusterer { return &Clusterer{} }

// Add assigns d to an event and a storyline. STUB.
func (c *Clusterer) Add(d Doc) Assignment {
	return Assignment{EventID: "e" + d.ID, StoryID: "s" + d.ID, NewEvent: true, NewStory: true}
}

// Restore adds a stored article with its known assignment. STUB.
func (c *Clusterer) Restore(d Doc, eventID, storyID string) {}

// InferDate infers a date for an undated article from its event. STUB.
func InferDate(d Doc, members []Doc) (time.Time, string, bool) { return time.Time{}, "", false }

// Label returns the index of the most central member. STUB.
func Label(members []Doc) int { return 0 }
