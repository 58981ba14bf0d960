package article

import (
	"encoding/json"
	"errors"
)

// UnmarshalCard decodes a stored article document (its JSON encoding) for
// listings and event pages: every field, but of the paragraphs only the
// first (lists fall back to it when an article has no title). Skipping the
// body text roughly halves the decoding work of a typical article.
func UnmarshalCard(doc []byte, a *Article) error {
	var c struct {
		*Article
		Paragraphs firstString `json:"paragraphs"` // shadows Article.Paragraphs
	}
	c.Article = a
	if err := json.Unmarshal(doc, &c); err != nil {
		return err
	}
	a.Paragraphs = nil
	if c.Paragraphs.ok {
		a.Paragraphs = []string{c.Paragraphs.s}
	}
	return nil
}

// firstString decodes the first string of a JSON array of strings and
// skips the rest without decoding it.
type firstString struct {
	s  string
	ok bool
}

func (f *firstString) UnmarshalJSON(b []byte) error {
	// b is one valid JSON value: encoding/json checked it before calling.
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '[' {
		if string(b[i:]) == "null" {
			return nil
		}
		return errors.New("paragraphs: not an array")
	}
	i = skipSpace(b, i+1)
	if i >= len(b) || b[i] != '"' {
		return nil // empty array
	}
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			f.ok = true
			return json.Unmarshal(b[i:j+1], &f.s)
		}
	}
	return errors.New("paragraphs: unterminated string")
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}
