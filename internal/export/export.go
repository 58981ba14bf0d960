// Package export writes stored articles as JSONL or CSV with stable field
// names that other tools depend on: add fields, never rename them.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/warta-news/warta/internal/article"
)

// Record is one exported article.
type Record struct {
	ID                 string            `json:"id"`
	Source             string            `json:"source"`
	SourceID           string            `json:"source_id"`
	URL                string            `json:"url"`
	Title              string            `json:"title"`
	Subtitle           string            `json:"subtitle"`
	Outlet             string            `json:"outlet"`
	OutletHow          string            `json:"outlet_how"`
	Author             string            `json:"author"`
	Dateline           string            `json:"dateline"`
	Published          string            `json:"published"`
	PublishedHow       string            `json:"published_how"`
	PublishedPrecision string            `json:"published_precision"`
	PublishedFrom      string            `json:"published_from"`
	Lang               string            `json:"lang"`
	Text               string            `json:"text"`
	Removed            []article.Removed `json:"removed"`
	Credits            []article.Credit  `json:"credits"`
	DuplicateOf        string            `json:"duplicate_of"`
	Event              string            `json:"event"`
	Story              string            `json:"story"`
	Entities           []article.Entity  `json:"entities"`
	Quotes             []article.Quote   `json:"quotes"`
	Dates              []article.DateRef `json:"dates"`
	Origin             string            `json:"origin"`
	Flags              []article.Flag    `json:"flags"`
	// Verification holds the corroboration counts: claims, corroborated,
	// single_source, contradicted, flags.
	Verification *article.Verification `json:"verification"`
}

// NewRecord builds the export record of a.
func NewRecord(a *article.Article) Record {
	r := Record{
		ID: a.ID, Source: a.Source, SourceID: a.SourceID, URL: a.URL, Title: a.Title, Subtitle: a.Subtitle,
		Outlet: a.Outlet, OutletHow: a.OutletHow, Author: a.Author, Dateline: a.Dateline,
		Published: a.PublishedString(), PublishedHow: a.PublishedHow, PublishedPrecision: a.PublishedPrecision,
		PublishedFrom: a.PublishedFrom, Lang: a.Lang, Text: a.Text(), Removed: a.Removed, Credits: a.Credits,
		DuplicateOf: a.DuplicateOf, Event: a.EventID, Story: a.StoryID,
		Entities: a.Entities, Quotes: a.Quotes, Dates: a.Dates,
		Origin: a.Origin, Flags: a.Flags, Verification: a.Verification,
	}
	if r.Flags == nil {
		r.Flags = []article.Flag{}
	}
	if r.Removed == nil {
		r.Removed = []article.Removed{}
	}
	if r.Credits == nil {
		r.Credits = []article.Credit{}
	}
	if r.Entities == nil {
		r.Entities = []article.Entity{}
	}
	if r.Quotes == nil {
		r.Quotes = []article.Quote{}
	}
	if r.Dates == nil {
		r.Dates = []article.DateRef{}
	}
	return r
}

// Writer writes records in one format.
type Writer interface {
	Write(a *article.Article) error
	Close() error
}

// NewWriter returns a writer for format "jsonl" or "csv".
func NewWriter(w io.Writer, format string) (Writer, error) {
	switch format {
	case "", "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return &jsonlWriter{enc}, nil
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(csvHeader); err != nil {
			return nil, fmt.Errorf("write csv header: %w", err)
		}
		return &csvWriter{cw}, nil
	}
	return nil, fmt.Errorf("unknown export format %q (want jsonl or csv)", format)
}

type jsonlWriter struct{ enc *json.Encoder }

func (j *jsonlWriter) Write(a *article.Article) error { return j.enc.Encode(NewRecord(a)) }
func (j *jsonlWriter) Close() error                   { return nil }

var csvHeader = []string{"id", "source", "source_id", "url", "title", "outlet", "author", "dateline", "published", "published_how", "lang", "duplicate_of", "event", "story", "credits", "removed", "entities", "text"}

type csvWriter struct{ w *csv.Writer }

func (c *csvWriter) Write(a *article.Article) error {
	var credits, removed, ents []string
	for _, cr := range a.Credits {
		credits = append(credits, cr.Role+": "+cr.Name)
	}
	for _, r := range a.Removed {
		removed = append(removed, r.Text)
	}
	for _, e := range a.Entities {
		ents = append(ents, e.Name)
	}
	return c.w.Write([]string{a.ID, a.Source, a.SourceID, a.URL, a.Title, a.Outlet, a.Author, a.Dateline,
		a.PublishedString(), a.PublishedHow, a.Lang, a.DuplicateOf, a.EventID, a.StoryID,
		strings.Join(credits, "; "), strings.Join(removed, "\n"), strings.Join(ents, "; "), a.Text()})
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	return c.w.Error()
}
