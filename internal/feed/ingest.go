package feed

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// JSONL encodes the page as one JSONL line {id, url, title, html, outlet,
// author, published, lang}: the shape `warta ingest` reads, so the ingest
// pipeline stores feed items exactly as it stores files.
func (p *Page) JSONL() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		return nil, fmt.Errorf("feed item %s: %w", p.ID, err)
	}
	return buf.Bytes(), nil
}

// Name is what the page is recorded under as an article's source: its
// URL, else the item's key.
func (p *Page) Name() string {
	switch {
	case p.URL != "":
		return p.URL
	case p.ID != "":
		return p.ID
	}
	return p.Feed
}
