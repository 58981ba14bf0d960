package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// jsonlRecord is the JSONL shape warta ingests.
type jsonlRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
}

// WriteJSONL writes one JSON object per article and line:
// {"id","title","text","outlet","published","lang"}, published in RFC 3339
// with the article's offset.
func WriteJSONL(w io.Writer, arts []Article) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, a := range arts {
		rec := jsonlRecord{ID: a.ID, Title: a.Title, Text: a.Text, Outlet: a.Outlet,
			Published: a.Published.Format(time.RFC3339), Lang: a.Lang}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("synth: write jsonl %s: %w", a.ID, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("synth: write jsonl: %w", err)
	}
	return nil
}

// WriteText writes each article to dir/<ID>.txt as plain text: the title
// line, a blank line, the body. dir is created if needed.
func WriteText(dir string, arts []Article) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("synth: write text: %w", err)
	}
	buf := make([]byte, 0, 8<<10)
	for _, a := range arts {
		buf = append(buf[:0], a.Title...)
		buf = append(buf, "\n\n"...)
		buf = append(buf, a.Text...)
		buf = append(buf, '\n')
		path := filepath.Join(dir, a.ID+".txt")
		if err := os.WriteFile(path, buf, 0o644); err != nil {
			return fmt.Errorf("synth: write text: %w", err)
		}
	}
	return nil
}

// WriteGold writes the gold labels as TSV with a header:
// id, event, story, duplicate_of, lang, outlet, published.
func WriteGold(w io.Writer, arts []Article) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "id\tevent\tstory\tduplicate_of\tlang\toutlet\tpublished")
	for _, a := range arts {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", a.ID, a.Event, a.Story, a.DuplicateOf, a.Lang, a.Outlet, a.Published.Format(time.RFC3339))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("synth: write gold: %w", err)
	}
	return nil
}
