// Package article holds the data model every warta stage shares: an
// Article with its clean text and metadata, and the derived facts later
// stages attach to it (entities, quotes, events, stories).
//
// The package depends on nothing else in warta. Every derived fact carries
// how it was obtained, so the UI and exports can show it and a person can
// disagree.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// How a metadata field was obtained.
const (
	HowExplicit = "explicit" // stated in the text or the page metadata
	HowInferred = "inferred" // derived from other evidence (weekday words, other dates, the event)
	HowUnknown  = "unknown"  // no evidence
)

// Precision of a publication time.
const (
	PrecisionMinute = "minute"
	PrecisionDay    = "day"
)

// Removed is a line set aside from the clean body as site furniture.
// Nothing is thrown away: removed lines are kept with the reason.
type Removed struct {
	Text string `json:"text"`
	Kind string `json:"kind"` // related, section, media, caption, source_link, copyright, credit, boilerplate
}

// Credit names who contributed to or supplied the report, e.g.
// {Role: "source", Name: "Reuters"} from "Sumber: Reuters".
type Credit struct {
	Role string `json:"role"` // source, translator, editor, reporter, photo
	Name string `json:"name"`
}

// Article is one news article: its raw input, unchanged, and everything
// derived from it.
type Article struct {
	ID       string `json:"id"`        // content-derived, stable across runs
	Source   string `json:"source"`    // path or URL as given
	SourceID string `json:"source_id"` // id in the input (JSONL id), if any
	Format   string `json:"format"`    // text, html, jsonl
	URL      string `json:"url,omitempty"`
	Raw      []byte `json:"-"` // the input exactly as read

	Title string `json:"title"`
	// Subtitle is a standfirst or deck line between title and body, if any.
	Subtitle     string    `json:"subtitle,omitempty"`
	Outlet       string    `json:"outlet"`
	OutletHow    string    `json:"outlet_how"`
	Author       string    `json:"author"`
	Dateline     string    `json:"dateline"`
	Lang         string    `json:"lang"`
	LangHow      string    `json:"lang_how"`
	Published    time.Time `json:"-"`
	PublishedHow string    `json:"published_how"`
	// PublishedPrecision is "minute" or "day" (only the date is known).
	PublishedPrecision string `json:"published_precision,omitempty"`
	// PublishedFrom is the evidence: the text the time was read or inferred from.
	PublishedFrom string `json:"published_from,omitempty"`

	Paragraphs []string  `json:"paragraphs"`
	Removed    []Removed `json:"removed"`
	Credits    []Credit  `json:"credits"`

	// Filled by later stages.
	DuplicateOf string    `json:"duplicate_of,omitempty"`
	EventID     string    `json:"event,omitempty"`
	StoryID     string    `json:"story,omitempty"`
	Entities    []Entity  `json:"entities,omitempty"`
	Quotes      []Quote   `json:"quotes,omitempty"`
	Dates       []DateRef `json:"dates,omitempty"`

	// Filled by verification (per event).
	Origin       string        `json:"origin,omitempty"` // id of the independent origin this article belongs to
	Flags        []Flag        `json:"flags,omitempty"`
	Verification *Verification `json:"verification,omitempty"`
}

// Flag marks a doubtful part of an article, with the evidence it was judged on.
type Flag struct {
	Kind      string   `json:"kind"` // unsupported_headline, single_source, contradiction
	Text      string   `json:"text"`
	Reason    string   `json:"reason"`             // names the sentences it was compared with
	Paragraph int      `json:"paragraph"`          // -1 title, -2 subtitle, else paragraph index
	Compared  []string `json:"compared,omitempty"` // article ids (and sentences) compared with
}

// Verification summarises how an article's claims stand against the
// independent origins of its event.
type Verification struct {
	Claims       int `json:"claims"`
	Corroborated int `json:"corroborated"`
	SingleSource int `json:"single_source"`
	Contradicted int `json:"contradicted"`
	Flags        int `json:"flags"`
}

// Text returns the clean body as one string, paragraphs separated by a blank line.
func (a *Article) Text() string { return strings.Join(a.Paragraphs, "\n\n") }

// PublishedString is the publication time in RFC 3339, or "" when unknown.
func (a *Article) PublishedString() string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format(time.RFC3339)
}

// Entity is a named entity as it appears in one article, resolved to a
// merged entity id shared across articles.
type Entity struct {
	ID      string   `json:"id"`   // merged entity id, e.g. "person:kim-jong-un"
	Name    string   `json:"name"` // canonical name
	Type    string   `json:"type"` // person, place, org
	Role    string   `json:"role,omitempty"`
	Aliases []string `json:"aliases"` // forms found in this article
	Count   int      `json:"count"`
}

// Quote is a direct or indirect statement attributed to a speaker.
type Quote struct {
	Speaker   string `json:"speaker"`    // canonical name of the speaker entity, or "" if unresolved
	SpeakerID string `json:"speaker_id"` // merged entity id
	Role      string `json:"role,omitempty"`
	Text      string `json:"text"`
	Via       string `json:"via,omitempty"` // agency or medium it came through
	Direct    bool   `json:"direct"`
	Paragraph int    `json:"paragraph"`
	Statement string `json:"statement,omitempty"` // id linking the same statement across articles
}

// DateRef is a date or time expression found in the text, resolved
// against the publication time.
type DateRef struct {
	Text      string    `json:"text"`
	Sentence  string    `json:"sentence"`
	Start     time.Time `json:"start"`
	End       time.Time `json:"end"` // exclusive; Start..End is the span meant
	Paragraph int       `json:"paragraph"`
}

// ContentID derives the stable id of an article from its title and clean
// text, so the same article read from another path or format gets the same id.
// Case, punctuation and white space do not change it.
func ContentID(title string, paragraphs []string) string {
	n := len(title) + 1
	for _, p := range paragraphs {
		n += len(p) + 1
	}
	buf := make([]byte, 0, n)
	buf = appendNorm(buf, title)
	for _, p := range paragraphs {
		buf = appendNorm(buf, p)
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:10])
}

// appendNorm appends s lower-cased, with every run of characters that are
// neither letters nor digits folded to one space, then a newline.
func appendNorm(buf []byte, s string) []byte {
	space, started := false, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				space = started
				continue
			}
			if space {
				buf = append(buf, ' ')
				space = false
			}
			started = true
			buf = append(buf, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = started
			continue
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		started = true
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return append(buf, '\n')
}
