// Package extract turns one raw document into a clean article: main text
// without site furniture (kept aside, not lost), title, outlet, author,
// dateline, language and publication time with how each was obtained.
//
// API CONTRACT (the pipeline is written against it; keep signatures):
//
//	Extract(in Input) (*article.Article, error)
//
// Extract is pure: no I/O, no globals that change; safe for concurrent use.
package extract

import (
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

// Extract derives a clean article from in. STUB.
func Extract(in Input) (*article.Article, error) {
	a := &article.Article{Source: in.Source, SourceID: in.SourceID, Format: in.Format, Raw: in.Raw}
	return a, nil
}
