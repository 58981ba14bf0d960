package search

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
)

// Backend is the storage the index lives in: *sqlite.Store and
// *postgres.Store implement it (asserted in the tests, which run on both).
type Backend interface {
	IndexText(ctx context.Context, docs []store.TextDoc) (int, error)
	TextIndexState(ctx context.Context) (indexed, stored int, err error)
	EachUnindexed(ctx context.Context, fn func(*article.Article) error) error
	ClearTextIndex(ctx context.Context) error
	SearchText(ctx context.Context, q store.TextQuery) ([]store.TextHit, error)
	CountText(ctx context.Context, q store.TextQuery) (int, error)
	ArticleTexts(ctx context.Context, ids []string) (map[string]store.ArticleText, error)
	EntitiesByID(ctx context.Context, ids []string) (map[string]store.EntitySummary, error)
}

// Index is the full-text index of a store. It is safe for concurrent use.
// Results are cached (see Option); callers must not modify them.
type Index struct {
	b     Backend
	cache *resultCache
}

// Option configures an Index.
type Option func(*Index)

// CacheSize sets how many recent results are kept (0 turns caching off)
// and for how long each is fresh, since another process may write to the
// store (this process's own Add, Sync and Rebuild clear the cache). A
// result past its TTL keeps answering while it is recomputed in the
// background. The default is 1,024 results, fresh for 30 seconds.
func CacheSize(n int, ttl time.Duration) Option {
	return func(x *Index) { x.cache = newResultCache(n, ttl) }
}

// New returns the index kept in b.
func New(b Backend, opts ...Option) *Index {
	x := &Index{b: b, cache: newResultCache(1024, 30*time.Second)}
	for _, o := range opts {
		o(x)
	}
	return x
}

// Add indexes stored articles (call it after each stored batch). Articles
// already indexed, or not stored, are skipped. It returns how many were added.
func (x *Index) Add(ctx context.Context, arts []*article.Article) (int, error) {
	docs := analyzeAll(arts)
	n, err := x.b.IndexText(ctx, docs)
	if n > 0 {
		x.cache.invalidate()
	}
	if err != nil {
		return n, fmt.Errorf("search index: %w", err)
	}
	return n, nil
}

// analyzeAll analyses articles on all cores when there are many.
func analyzeAll(arts []*article.Article) []store.TextDoc {
	docs := make([]store.TextDoc, len(arts))
	workers := min(runtime.GOMAXPROCS(0), len(arts)/32+1)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var an analyzer
			for i := w; i < len(arts); i += workers {
				t, b := an.analyze(arts[i])
				docs[i] = store.TextDoc{Article: arts[i], Title: t, Body: b}
			}
		}()
	}
	wg.Wait()
	return docs
}

// State returns how many articles are indexed and how many are stored.
func (x *Index) State(ctx context.Context) (indexed, stored int, err error) {
	return x.b.TextIndexState(ctx)
}

// Sync indexes every stored article missing from the index, in batches,
// and returns how many it added.
func (x *Index) Sync(ctx context.Context) (int, error) {
	var batch []*article.Article
	total := 0
	flush := func() error {
		n, err := x.Add(ctx, batch)
		total += n
		batch = batch[:0]
		return err
	}
	err := x.b.EachUnindexed(ctx, func(a *article.Article) error {
		batch = append(batch, a)
		if len(batch) >= 1000 {
			return flush()
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = flush()
	}
	if err != nil {
		return total, fmt.Errorf("sync search index: %w", err)
	}
	if o, ok := x.b.(Optimizer); ok && total >= optimizeAfter {
		if err := o.OptimizeTextIndex(ctx); err != nil {
			return total, err
		}
	}
	return total, nil
}

// Optimizer is a Backend that can tidy its index after a large build
// (merge segments, refresh planner statistics): both stores are.
type Optimizer interface {
	OptimizeTextIndex(ctx context.Context) error
}

// optimizeAfter is how many articles one Sync adds before it optimizes.
const optimizeAfter = 5000

// Rebuild empties the index and indexes every stored article again.
func (x *Index) Rebuild(ctx context.Context) (int, error) {
	x.cache.invalidate()
	if err := x.b.ClearTextIndex(ctx); err != nil {
		return 0, err
	}
	return x.Sync(ctx)
}

// Request is one search.
type Request struct {
	Q      string `json:"q"`
	Outlet string `json:"outlet,omitempty"`
	Lang   string `json:"lang,omitempty"`
	Entity string `json:"entity,omitempty"`
	From   string `json:"from,omitempty"` // date or time, inclusive
	To     string `json:"to,omitempty"`   // date or time, inclusive of that day
	Limit  int    `json:"limit"`
	Offset int    `json:"offset"`
	// NoFacets skips facet counting (the CLI does not show them).
	NoFacets bool `json:"-"`
}

// Hit is one ranked result.
type Hit struct {
	store.TextHit
	TitleSegments []Segment `json:"title_segments"`
	Snippet       []Segment `json:"snippet"`
}

// FacetValue is one value of a facet with its count among the matches.
type FacetValue struct {
	Value string `json:"value"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

// Facets count the best matches by outlet, month, language and entity.
type Facets struct {
	Outlet []FacetValue `json:"outlet"`
	Month  []FacetValue `json:"month"`
	Lang   []FacetValue `json:"lang"`
	Entity []FacetValue `json:"entity"`
	// Over is how many matches were counted: all of them, or the best FacetDepth.
	Over int `json:"over"`
}

// Result is a page of results.
type Result struct {
	Request
	Query  Query  `json:"query"`
	Total  int    `json:"total"`
	Hits   []Hit  `json:"hits"`
	Facets Facets `json:"facets"`
}

// Limits of one search.
const (
	MaxLimit   = 100
	MaxOffset  = 1000
	FacetDepth = 500 // facets count at most this many best matches
)

// ErrEmptyQuery is returned when a query has no searchable word.
var ErrEmptyQuery = errors.New("no searchable words in the query (stop words and single letters are ignored)")

// refreshTimeout bounds the background recomputation of an expired result.
const refreshTimeout = 30 * time.Second

// Search runs a ranked search with facets. The result may be shared with
// other callers: do not modify it.
func (x *Index) Search(ctx context.Context, r Request) (*Result, error) {
	key := cacheKey(r)
	now := time.Now()
	res, ok, refresh := x.cache.get(key, now)
	if refresh {
		// Past its TTL: answer with it and recompute it in the background
		// (bounded, and detached from this request, which is answered).
		gen := x.cache.generation()
		go func() {
			bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), refreshTimeout)
			defer cancel()
			if fresh, err := x.search(bctx, r); err == nil {
				x.cache.put(key, gen, time.Now(), fresh)
			} else {
				x.cache.refreshDone(key)
			}
		}()
	}
	if ok {
		return res, nil
	}
	gen := x.cache.generation()
	res, err := x.search(ctx, r)
	if err == nil {
		x.cache.put(key, gen, now, res)
	}
	return res, err
}

func (x *Index) search(ctx context.Context, r Request) (*Result, error) {
	if r.Limit <= 0 {
		r.Limit = 20
	}
	r.Limit = min(r.Limit, MaxLimit)
	r.Offset = min(max(r.Offset, 0), MaxOffset)
	q := ParseQuery(r.Q)
	res := &Result{Request: r, Query: q, Hits: []Hit{}}
	if q.Empty() {
		return res, ErrEmptyQuery
	}
	tq := store.TextQuery{Match: q.Text(), Outlet: r.Outlet, Lang: r.Lang, Entity: r.Entity,
		From: strings.TrimSpace(r.From), To: endOfDay(strings.TrimSpace(r.To))}
	depth := r.Offset + r.Limit
	if !r.NoFacets {
		depth = max(depth, FacetDepth)
	}
	tq.Limit = depth
	ranked, err := x.b.SearchText(ctx, tq)
	if err != nil {
		return res, err
	}
	res.Total = len(ranked)
	if len(ranked) == depth {
		if res.Total, err = x.b.CountText(ctx, tq); err != nil {
			return res, err
		}
	}
	if !r.NoFacets {
		if res.Facets, err = x.facets(ctx, ranked); err != nil {
			return res, err
		}
	}
	page := ranked[min(r.Offset, len(ranked)):min(r.Offset+r.Limit, len(ranked))]
	ids := make([]string, len(page))
	for i, h := range page {
		ids[i] = h.ArticleID
	}
	texts, err := x.b.ArticleTexts(ctx, ids)
	if err != nil {
		return res, err
	}
	m := q.matcher()
	for _, h := range page {
		hit := Hit{TextHit: h}
		if a, ok := texts[h.ArticleID]; ok {
			title := a.Title
			if title == "" {
				title = h.Title
			}
			hit.TitleSegments, _ = highlight(m, a.Lang, title)
			hit.Snippet = snippet(m, a.Lang, append([]string{a.Subtitle}, a.Paragraphs...))
		}
		res.Hits = append(res.Hits, hit)
	}
	return res, nil
}

// endOfDay turns a bare date "2024-05-01" into the next day's start, so a
// "to" date includes that whole day; other values pass through.
func endOfDay(s string) string {
	if len(s) == len("2006-01-02") {
		return s + "T99"
	}
	if len(s) == len("2006-01") {
		return s + "-99"
	}
	return s
}

func (x *Index) facets(ctx context.Context, ranked []store.TextHit) (Facets, error) {
	f := Facets{Over: len(ranked)}
	outlets, months, langs := map[string]int{}, map[string]int{}, map[string]int{}
	counts := map[string]int{}
	for _, h := range ranked {
		if h.Outlet != "" {
			outlets[h.Outlet]++
		}
		if len(h.Published) >= 7 {
			months[h.Published[:7]]++
		}
		if h.Lang != "" {
			langs[h.Lang]++
		}
		for ents := h.Entities; ents != ""; {
			var id string
			id, ents, _ = strings.Cut(ents, " ")
			counts[id]++
		}
	}
	f.Outlet = top(outlets, 12)
	f.Month = top(months, 0)
	sort.Slice(f.Month, func(i, j int) bool { return f.Month[i].Value > f.Month[j].Value })
	if len(f.Month) > 24 {
		f.Month = f.Month[:24]
	}
	f.Lang = top(langs, 0)
	f.Entity = top(counts, 12)
	ids := make([]string, len(f.Entity))
	for i, v := range f.Entity {
		ids[i] = v.Value
	}
	names, err := x.b.EntitiesByID(ctx, ids)
	if err != nil {
		return f, err
	}
	for i := range f.Entity {
		if e, ok := names[f.Entity[i].Value]; ok && e.Name != "" {
			f.Entity[i].Label = e.Name
		}
	}
	return f, nil
}

// top returns the n most frequent values (all when n is 0), ties by value.
func top(m map[string]int, n int) []FacetValue {
	out := make([]FacetValue, 0, len(m))
	for v, c := range m {
		out = append(out, FacetValue{Value: v, Label: v, Count: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}
