package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/warta-news/warta/internal/pipeline"
	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/store/sqlite"
)

// IngestResult reports what a POST stored.
type IngestResult struct {
	Read      int      `json:"read"`
	Stored    int      `json:"stored"`
	Known     int      `json:"already_stored"`
	NearDupes int      `json:"near_duplicates"`
	Failed    int      `json:"failed"`
	Errors    []string `json:"errors"`
	Articles  []string `json:"articles"` // ids of the new articles
}

// PipelineIngester runs request bodies through the ingest pipeline into a
// SQLite store, one at a time, then brings the search index up to date.
type PipelineIngester struct {
	st  *sqlite.Store
	idx *search.Index
	log *slog.Logger
	mu  sync.Mutex
}

// NewIngester returns an ingester writing to st and indexing with idx.
func NewIngester(st *sqlite.Store, idx *search.Index, log *slog.Logger) *PipelineIngester {
	if log == nil {
		log = slog.Default()
	}
	return &PipelineIngester{st: st, idx: idx, log: log}
}

// Ingest writes body to a temporary file named after the request time
// (it becomes the articles' source) and runs pipeline.Run on it.
func (g *PipelineIngester) Ingest(ctx context.Context, body []byte, format, outlet string) (*IngestResult, error) {
	if format == "jsonl" {
		var err error
		if body, err = toJSONL(body); err != nil {
			return nil, &httpError{status: http.StatusBadRequest, msg: err.Error()}
		}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	dir, err := os.MkdirTemp("", "warta-post-")
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	defer os.RemoveAll(dir)
	ext := map[string]string{"jsonl": ".jsonl", "html": ".html", "text": ".txt"}[format]
	path := filepath.Join(dir, "api-"+time.Now().UTC().Format("20060102T150405.000000000")+ext)
	if err := os.WriteFile(path, body, 0o600); err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	before, err := g.st.MaxSeq(ctx)
	if err != nil {
		return nil, err
	}
	res := &IngestResult{Errors: []string{}, Articles: []string{}}
	var mu sync.Mutex
	stats, err := pipeline.Run(ctx, g.st, []string{path}, pipeline.Options{
		Format: format, OutletFlag: outlet, Logger: g.log,
		Bad: func(e error) {
			mu.Lock()
			defer mu.Unlock()
			if len(res.Errors) < 20 {
				res.Errors = append(res.Errors, e.Error())
			}
		},
	})
	res.Read, res.Stored, res.Known, res.NearDupes, res.Failed = stats.Read, stats.Stored, stats.Known, stats.NearDupes, stats.Failed
	if err != nil && !errors.Is(err, pipeline.ErrSomeFailed) {
		return res, fmt.Errorf("ingest: %w", err)
	}
	if _, err := g.idx.Sync(context.WithoutCancel(ctx)); err != nil {
		return res, err
	}
	if res.Articles, err = g.st.ArticleIDsSince(ctx, before, 1000); err != nil {
		return res, err
	}
	if res.Articles == nil {
		res.Articles = []string{}
	}
	return res, nil
}

// toJSONL turns one JSON object or an array of objects into JSON lines;
// JSON lines pass through.
func toJSONL(body []byte) ([]byte, error) {
	t := bytes.TrimSpace(body)
	if len(t) == 0 {
		return nil, errors.New("empty body")
	}
	switch t[0] {
	case '[':
		var items []json.RawMessage
		if err := json.Unmarshal(t, &items); err != nil {
			return nil, fmt.Errorf("malformed JSON array: %w", err)
		}
		var out bytes.Buffer
		for _, it := range items {
			if err := json.Compact(&out, it); err != nil {
				return nil, fmt.Errorf("malformed JSON: %w", err)
			}
			out.WriteByte('\n')
		}
		return out.Bytes(), nil
	case '{':
		var out bytes.Buffer
		if json.Valid(t) {
			if err := json.Compact(&out, t); err != nil {
				return nil, fmt.Errorf("malformed JSON: %w", err)
			}
			out.WriteByte('\n')
			return out.Bytes(), nil
		}
		return body, nil // JSON lines: the pipeline reports bad lines
	}
	return nil, errors.New("want a JSON object, an array of objects or JSON lines")
}
