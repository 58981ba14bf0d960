package store

import "github.com/warta-news/warta/internal/article"

// The types below are shared by the full-text and entity indexes of every
// backend (internal/search fills and queries them, internal/web reads
// them). Terms are analysed in Go (internal/search), so a backend stores
// and matches them as given: it never runs a text-search parser of its own.

// TextDoc is one article ready for the full-text index: its title and
// body already analysed into space-separated terms.
type TextDoc struct {
	Article *article.Article
	Title   string // analysed terms
	Body    string // analysed terms
}

// TermGroup is one query word or phrase with its alternative analysed
// forms; it matches when one of its alternatives does.
type TermGroup struct {
	Alts   []string `json:"alts"`   // analysed terms; for a phrase, space-separated
	Phrase bool     `json:"phrase"` // alternatives are phrases
	Prefix bool     `json:"prefix"` // alternatives are term prefixes (of the last term, for a phrase)
}

// TextMatch is what a full-text query looks for: every group of Groups
// and none of Not. Each backend renders it in its own query language.
type TextMatch struct {
	Groups []TermGroup
	Not    []TermGroup
}

// Empty reports whether m has nothing to look for.
func (m TextMatch) Empty() bool { return len(m.Groups) == 0 }

// TextQuery is a ranked full-text query with filters.
type TextQuery struct {
	Match  TextMatch
	Outlet string
	Lang   string
	Entity string // entity id
	From   string // published >= From (RFC 3339 or a date prefix)
	To     string // published < To, undated articles excluded
	Limit  int    // most rows returned, best first
	// TitleWeight is how much a title term counts against a body term
	// (the body is 1); 0 means 3.
	TitleWeight float64
}

// Filtered reports whether q has any filter besides the match.
func (q TextQuery) Filtered() bool {
	return q.Outlet != "" || q.Lang != "" || q.Entity != "" || q.From != "" || q.To != ""
}

// TextHit is one ranked match with the columns lists and facets need.
type TextHit struct {
	Seq         int64   `json:"-"`
	ArticleID   string  `json:"id"`
	Title       string  `json:"title"`
	Outlet      string  `json:"outlet"`
	Lang        string  `json:"lang"`
	Published   string  `json:"published"`
	DuplicateOf string  `json:"duplicate_of,omitempty"`
	EventID     string  `json:"event,omitempty"`
	StoryID     string  `json:"story,omitempty"`
	Score       float64 `json:"score"` // higher is better; scales differ between backends
	Entities    string  `json:"-"`     // entity ids, space-separated
}

// ArticleText is the part of an article snippets are cut from.
type ArticleText struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Subtitle   string   `json:"subtitle"`
	Lang       string   `json:"lang"`
	Paragraphs []string `json:"paragraphs"`
}

// EntitySummary is a merged entity with how many indexed articles name it.
type EntitySummary struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Articles int    `json:"articles"`
	Quotes   int    `json:"quotes"`
}

// EntityArticle is an article naming an entity.
type EntityArticle struct {
	ArticleID string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	EventID   string `json:"event,omitempty"`
	StoryID   string `json:"story,omitempty"`
	Mentions  int    `json:"mentions"`
	Quotes    int    `json:"quotes"`
}

// EntityEvent is an event whose articles name an entity.
type EntityEvent struct {
	EventID  string `json:"event"`
	Articles int    `json:"articles"` // articles of the event naming the entity
	Last     string `json:"last"`     // newest publication time among them
}

// EntityIDs lists an article's distinct entity ids, space-separated (ids
// containing white space are left out): the entities column of an index.
func EntityIDs(a *article.Article) string {
	var b []byte
	seen := make(map[string]bool, len(a.Entities))
	for _, e := range a.Entities {
		if e.ID == "" || seen[e.ID] || containsSpace(e.ID) {
			continue
		}
		seen[e.ID] = true
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, e.ID...)
	}
	return string(b)
}

func containsSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\t' || s[i] == '\n' {
			return true
		}
	}
	return false
}

// EntityCount is one entity of an indexed article: how often the article
// mentions it and how many of its quotes it speaks.
type EntityCount struct {
	article.Entity
	Quotes int
}

// ArticleEntities lists an article's distinct entities with the number of
// quotes each speaks, in the article's order: the rows of an entity index.
func ArticleEntities(a *article.Article) []EntityCount {
	quotes := map[string]int{}
	for _, q := range a.Quotes {
		if q.SpeakerID != "" {
			quotes[q.SpeakerID]++
		}
	}
	seen := make(map[string]bool, len(a.Entities))
	out := make([]EntityCount, 0, len(a.Entities))
	for _, e := range a.Entities {
		if e.ID == "" || seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		out = append(out, EntityCount{Entity: e, Quotes: quotes[e.ID]})
	}
	return out
}
