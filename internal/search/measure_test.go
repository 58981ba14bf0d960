package search

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/search/searchtest"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/postgres"
	"github.com/warta-news/warta/internal/store/sqlite"
)

// judged are the 20 queries of docs/search.md, each with the generated
// storyline (seed 1, 100,000 articles) a reader typing it is looking for.
// Several need stemming: the text says "mengungsi", "terbakar",
// "meluap" where the query says "pengungsi", "kebakaran", "luapan".
var judged = []struct{ Q, Story string }{
	{"Dodi Wanah korupsi", "st-00343"},
	{"Sungai Karangbaru luapan", "st-01915"},
	{"pengungsi Lubukpermai", "st-01915"},
	{"kebakaran Pasar Talangtengahti", "st-01045"},
	{"Pasar Karangasrison terbakar", "st-01920"},
	{"chilli price Muaraindah", "st-00592"},
	{"kebakaran Sumberagung", "st-01773"},
	{"Central Market Ciptamaju", "st-02071"},
	{"dengue Batuluhur", "st-01771"},
	{"pile-up Highway Airrejo", "st-02048"},
	{"operasi pasar Batam", "st-01828"},
	{"Rina Nitoti", "st-01367"},
	{"penyelewengan Proyek Batupermai", "st-00158"},
	{"demam berdarah Bukitasriya", "st-02231"},
	{"protes Pulaukencana", "st-01830"},
	{"Alun-alun Mekarlestariya", "st-00785"},
	{"banjir Lubukagungni", "st-02434"},
	{"Sukabaruja demam berdarah", "st-00676"},
	{"Yusuf Tokoson ditahan", "st-00158"},
	{"graft Kalisarija", "st-01367"},
}

// TestMeasure builds a store of WARTA_SEARCH_MEASURE articles (e.g.
// 100000) in SQLite, or with WARTA_SEARCH_BACKEND=postgres in a fresh
// schema of DATABASE_URL, indexes it, and reports index time, size, latency and
// relevance of the judged queries. With WARTA_SEARCH_DUMP=DIR it also
// writes the analysed corpus and queries for the bleve comparison.
// WARTA_SEARCH_DB=PATH keeps the store (reused when it exists).
func TestMeasure(t *testing.T) {
	n := envInt("WARTA_SEARCH_MEASURE")
	if n == 0 {
		t.Skip("set WARTA_SEARCH_MEASURE=100000 to measure search on a generated store")
	}
	ctx := context.Background()
	var st testStore
	var statErr, err error
	size := func() int64 { return pgSize(t, st.(*postgres.Store)) }
	if kind := os.Getenv("WARTA_SEARCH_BACKEND"); kind == "postgres" {
		st, statErr = openBackend(t, kind), os.ErrNotExist
	} else {
		path := os.Getenv("WARTA_SEARCH_DB")
		if path == "" {
			path = filepath.Join(t.TempDir(), "m.db")
		}
		_, statErr = os.Stat(path)
		sq, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer sq.Close()
		st = sq
		size = func() int64 { return dbSize(t, sq, path) }
	}
	idx := New(st, CacheSize(0, 0)) // measure the store, not the result cache
	if statErr != nil {
		start := time.Now()
		if _, err := searchtest.Fill(ctx, st, nil, 1, n); err != nil {
			t.Fatal(err)
		}
		t.Logf("generated and stored %d articles in %v", n, time.Since(start).Round(time.Millisecond))
		sizeBefore := size()
		start = time.Now()
		added, err := idx.Rebuild(ctx)
		if err != nil {
			t.Fatal(err)
		}
		el := time.Since(start)
		t.Logf("index: %d articles in %v (%.0f articles/s), index size %.1f MB (store without it %.1f MB)",
			added, el.Round(time.Millisecond), float64(added)/el.Seconds(), float64(size()-sizeBefore)/(1<<20), float64(sizeBefore)/(1<<20))
		if pg, ok := st.(*postgres.Store); ok {
			// What autovacuum does soon after a bulk load: flush the GIN
			// pending list, set hint bits, gather statistics.
			start = time.Now()
			if _, err := pg.Pool().Exec(ctx, "VACUUM ANALYZE search_docs"); err != nil {
				t.Fatal(err)
			}
			t.Logf("VACUUM ANALYZE search_docs: %v", time.Since(start).Round(time.Millisecond))
		}
	}
	gold := map[string]string{} // article id -> story
	if err := st.EachArticle(ctx, func(a *article.Article) error {
		gold[a.ID] = a.StoryID
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	storySize := map[string]int{}
	for _, s := range gold {
		storySize[s]++
	}
	var lat, latFacets []time.Duration
	var sumP, sumR, sumRR float64
	for _, j := range judged {
		var r *Result
		for i := range 11 {
			start := time.Now()
			r, err = idx.Search(ctx, Request{Q: j.Q, Limit: 10, NoFacets: true})
			if err != nil {
				t.Fatal(err)
			}
			if i > 0 {
				lat = append(lat, time.Since(start))
			}
			start = time.Now()
			if _, err = idx.Search(ctx, Request{Q: j.Q, Limit: 10}); err != nil {
				t.Fatal(err)
			}
			if i > 0 {
				latFacets = append(latFacets, time.Since(start))
			}
		}
		p, rr := 0, 0.0
		for i, h := range r.Hits {
			if gold[h.ArticleID] == j.Story {
				p++
				if rr == 0 {
					rr = 1 / float64(i+1)
				}
			}
		}
		all, err := idx.Search(ctx, Request{Q: j.Q, Limit: 100, NoFacets: true})
		if err != nil {
			t.Fatal(err)
		}
		found := 0
		for _, h := range all.Hits {
			if gold[h.ArticleID] == j.Story {
				found++
			}
		}
		prec := float64(p) / float64(min(10, storySize[j.Story]))
		rec := float64(found) / float64(min(100, storySize[j.Story]))
		sumP += prec
		sumR += rec
		sumRR += rr
		t.Logf("%-34q total %5d  P@10 %.2f  R@100 %.2f  RR %.2f  (story of %d)", j.Q, r.Total, prec, rec, rr, storySize[j.Story])
	}
	k := float64(len(judged))
	t.Logf("mean P@10 %.3f  R@100 %.3f  MRR %.3f", sumP/k, sumR/k, sumRR/k)
	t.Logf("top-10 latency without facets: p50 %v p90 %v p99 %v max %v", pct(lat, 50), pct(lat, 90), pct(lat, 99), pct(lat, 100))
	t.Logf("top-10 latency with facets:    p50 %v p90 %v p99 %v max %v", pct(latFacets, 50), pct(latFacets, 90), pct(latFacets, 99), pct(latFacets, 100))
	if dir := os.Getenv("WARTA_SEARCH_DUMP"); dir != "" {
		dump(t, st, dir, gold)
	}
}

func envInt(k string) int {
	var n int
	fmt.Sscan(os.Getenv(k), &n)
	return n
}

func dbSize(t *testing.T, st *sqlite.Store, path string) int64 {
	t.Helper()
	var pages, size int64
	if err := st.QueryRow(context.Background(), "SELECT page_count, page_size FROM pragma_page_count(), pragma_page_size()").Scan(&pages, &size); err != nil {
		t.Fatal(err)
	}
	return pages * size
}

// pgSize is the size of the tables (with indexes and TOAST) of the
// store's schema.
func pgSize(t *testing.T, st *postgres.Store) int64 {
	t.Helper()
	var n int64
	if err := st.Pool().QueryRow(context.Background(), `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func pct(ds []time.Duration, p int) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	if len(s) == 0 {
		return 0
	}
	i := min(len(s)-1, len(s)*p/100)
	return s[i].Round(10 * time.Microsecond)
}

// dump writes corpus.jsonl (analysed title and body, story) and
// queries.json (the parsed judged queries) for an engine outside warta.
func dump(t *testing.T, st store.Store, dir string, gold map[string]string) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "corpus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	err = st.EachArticle(context.Background(), func(a *article.Article) error {
		title, body := Analyze(a)
		return enc.Encode(map[string]string{"id": a.ID, "title": title, "body": body, "story": a.StoryID, "outlet": a.Outlet, "lang": a.Lang, "published": a.PublishedString()})
	})
	if err != nil {
		t.Fatal(err)
	}
	type q struct {
		Q      string  `json:"q"`
		Story  string  `json:"story"`
		Groups []Group `json:"groups"`
	}
	var qs []q
	for _, j := range judged {
		qs = append(qs, q{j.Q, j.Story, ParseQuery(j.Q).Groups})
	}
	b, _ := json.MarshalIndent(qs, "", " ")
	if err := os.WriteFile(filepath.Join(dir, "queries.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("dumped corpus and queries to %s", dir)
}
