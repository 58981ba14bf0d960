package web

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/warta-news/warta/internal/pipeline"
	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/verify"
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

// IngestStore is the store an ingester writes to (*sqlite.Store or
// *postgres.Store): MaxSeq is a cursor taken before a request,
// ArticleIDsSince lists the articles stored after it.
type IngestStore interface {
	store.Store
	MaxSeq(ctx context.Context) (int64, error)
	ArticleIDsSince(ctx context.Context, seq int64, limit int) ([]string, error)
}

// PipelineIngester runs request bodies through the ingest pipeline into a
// store, one at a time, then brings the search index up to date.
type PipelineIngester struct {
	st     IngestStore
	idx    *search.Index
	log    *slog.Logger
	verify *verify.Cache // claims kept between requests (pipeline.Options.Verify)
	mu     sync.Mutex
}

// NewIngester returns an ingester writing to st and indexing with idx.
func NewIngester(st IngestStore, idx *search.Index, log *slog.Logger) *PipelineIngester {
	if log == nil {
		log = slog.Default()
	}
	return &PipelineIngester{st: st, idx: idx, log: log, verify: verify.NewCache(verify.DefaultCacheBytes)}
}

// Ingest runs body through the ingest pipeline as one in-memory input
// named after the request ("api:POST <request time> req-<id>": the
// articles' source and what errors name), then brings the search index
// up to date.
func (g *PipelineIngester) Ingest(ctx context.Context, body []byte, format, outlet string) (*IngestResult, error) {
	if format == "jsonl" {
		var err error
		if body, err = toJSONL(body); err != nil {
			return nil, &httpError{status: http.StatusBadRequest, msg: err.Error()}
		}
	}
	name := requestName(time.Now())
	g.mu.Lock()
	defer g.mu.Unlock()
	before, err := g.st.MaxSeq(ctx)
	if err != nil {
		return nil, err
	}
	res := &IngestResult{Errors: []string{}, Articles: []string{}}
	var mu sync.Mutex
	stats, err := pipeline.RunInputs(ctx, g.st, []pipeline.Input{{Source: name, Data: body, Format: format, Outlet: outlet}}, pipeline.Options{
		Logger: g.log,
		Verify: g.verify,
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
		return res, fmt.Errorf("ingest %s: %w", name, err)
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

// requestName names one POST: its time and a random request id, so two
// requests in the same instant stay apart.
func requestName(t time.Time) string {
	var b [4]byte
	rand.Read(b[:]) // never fails (crypto/rand)
	return "api:POST " + t.UTC().Format(time.RFC3339Nano) + " req-" + hex.EncodeToString(b[:])
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
