package extract

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/warta-news/warta/internal/article"
)

// Input is one raw document as the source stage read it.
type Input struct {
	Source   string // path or URL as given
	SourceID string // id from the input (JSONL "id"), if any
	Format   string // "text", "html" or "jsonl"
	Raw      []byte // the raw input unchanged (for JSONL: the line)
	Body     []byte // the document to extract from, valid UTF-8: text or HTML

	// Hints given by a structured input (JSONL fields, feed items) or flags.
	// They win over what the text implies when set, except Outlet from
	// the --outlet flag which is only a fallback (OutletFlag).
	Title      string
	Outlet     string
	Author     string
	Published  string // as written in the input
	Lang       string
	URL        string
	OutletFlag string
}

// ErrNoText is returned (wrapped, naming the source) when no article text
// remains after extraction.
var ErrNoText = errors.New("no article text found")

// Kinds of removed lines (article.Removed.Kind).
const (
	KindRelated     = "related"
	KindSection     = "section"
	KindMedia       = "media"
	KindCaption     = "caption"
	KindSourceLink  = "source_link"
	KindCopyright   = "copyright"
	KindCredit      = "credit"
	KindBoilerplate = "boilerplate"
)

// KindSubtitle marks the deck line internally; it goes to
// Article.Subtitle, not to Removed.
const KindSubtitle = "subtitle"

// Credit roles set by this package besides the article ones.
const (
	RoleSource     = "source"
	RoleTranslator = "translator"
	RoleEditor     = "editor"
	RoleReporter   = "reporter"
	RoleWriter     = "writer"
	RolePhoto      = "photo"
	RoleVia        = "via"
)

// Extract derives a clean article from in. It returns an error wrapping
// ErrNoText when no body text remains.
func Extract(in Input) (*article.Article, error) {
	a := &article.Article{
		Source: in.Source, SourceID: in.SourceID, Format: in.Format,
		Raw: in.Raw, URL: in.URL,
	}
	d := newDoc(&in)
	if isHTML(in.Format, in.Body) {
		if err := d.readHTML(in.Body); err != nil {
			return nil, fmt.Errorf("extract %s: %w", in.Source, err)
		}
	} else {
		d.readText(string(in.Body))
	}
	d.finish(a)
	if len(a.Paragraphs) == 0 {
		return nil, fmt.Errorf("extract %s: %w", in.Source, ErrNoText)
	}
	a.ID = article.ContentID(a.Title, a.Paragraphs)
	return a, nil
}

// isHTML tells whether body is to be read as HTML: Format "html", or a
// JSONL body that starts with '<' and has a closing tag.
func isHTML(format string, body []byte) bool {
	switch format {
	case "html":
		return true
	case "jsonl":
		b := bytes.TrimLeft(body, " \t\r\n\ufeff")
		return len(b) > 0 && b[0] == '<' && bytes.Contains(b, []byte("</"))
	}
	return false
}
