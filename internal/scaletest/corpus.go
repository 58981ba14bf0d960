package scaletest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/warta-news/warta/internal/synth"
)

// corpusOptions: Indonesian and English, reprints, storylines over a
// year, site furniture (those of internal/bench), with event sizes
// following a Zipf law of exponent skew (0: synth's default, 1.0).
func corpusOptions(skew float64) synth.Options {
	return synth.Options{LangMix: 0.3, ReprintRate: 0.1, StoryEvents: 3, Span: 365 * 24 * time.Hour, Furniture: true, Skew: skew}
}

type record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
}

// Corpus is a generated corpus written as JSONL.
type Corpus struct {
	All   string            // every article, in generation order
	Parts []string          // the same articles dealt round-robin into parts
	Gold  map[string]string // synth id -> gold event
	Bytes int64
}

// WriteCorpus generates n articles into dir as one JSONL file and as
// parts files dealt round-robin, so that every part holds articles of
// every event and concurrent workers compete for the same events.
func WriteCorpus(dir string, seed int64, n, parts int, skew float64) (*Corpus, error) {
	c := &Corpus{All: filepath.Join(dir, "all.jsonl"), Gold: make(map[string]string, n)}
	var files []*os.File
	var ws []*bufio.Writer
	open := func(p string) error {
		f, err := os.Create(p)
		if err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
		files = append(files, f)
		ws = append(ws, bufio.NewWriterSize(f, 256<<10))
		return nil
	}
	if err := open(c.All); err != nil {
		return nil, err
	}
	for i := range parts {
		p := filepath.Join(dir, fmt.Sprintf("part-%d.jsonl", i))
		c.Parts = append(c.Parts, p)
		if err := open(p); err != nil {
			return nil, err
		}
	}
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	err := synth.Each(seed, n, corpusOptions(skew), func(i int, a synth.Article) error {
		b, err := json.Marshal(record{ID: a.ID, Title: a.Title, Text: a.Text, Outlet: a.Outlet, Published: a.Published.Format(time.RFC3339), Lang: a.Lang})
		if err != nil {
			return err
		}
		b = append(b, '\n')
		c.Bytes += int64(len(b))
		c.Gold[a.ID] = a.Event
		if _, err := ws[0].Write(b); err != nil {
			return err
		}
		_, err = ws[1+i%parts].Write(b)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("write corpus: %w", err)
	}
	for i, w := range ws {
		if err := w.Flush(); err != nil {
			return nil, fmt.Errorf("write corpus: %w", err)
		}
		if err := files[i].Close(); err != nil {
			return nil, fmt.Errorf("write corpus: %w", err)
		}
	}
	files = nil
	return c, nil
}
