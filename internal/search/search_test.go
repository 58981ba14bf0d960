package search

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/postgres"
	"github.com/warta-news/warta/internal/store/postgres/pgtest"
	"github.com/warta-news/warta/internal/store/sqlite"
	"github.com/warta-news/warta/internal/textid"
)

// Both backends keep the index; every test below runs on each.
var (
	_ Backend = (*sqlite.Store)(nil)
	_ Backend = (*postgres.Store)(nil)

	_ Optimizer = (*sqlite.Store)(nil)
	_ Optimizer = (*postgres.Store)(nil)
)

// testStore is what the tests need of a backend.
type testStore interface {
	Backend
	store.Store
	Entity(ctx context.Context, id string) (store.EntitySummary, error)
}

var backends = []string{"sqlite", "postgres"}

// openBackend opens an empty store of kind; PostgreSQL tests skip without
// DATABASE_URL (and fail in CI).
func openBackend(t testing.TB, kind string) testStore {
	t.Helper()
	ctx := context.Background()
	var s testStore
	var err error
	switch kind {
	case "sqlite":
		s, err = sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	case "postgres":
		s, err = postgres.Open(ctx, pgtest.URL(t))
	default:
		t.Fatalf("no backend %q", kind)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// eachBackend runs fn as a subtest per backend.
func eachBackend(t *testing.T, fn func(t *testing.T, kind string)) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) { fn(t, kind) })
	}
}

func openStore(t testing.TB) *sqlite.Store {
	t.Helper()
	return openBackend(t, "sqlite").(*sqlite.Store)
}

// fixture articles, written for this test.
func fixtures() []*article.Article {
	day := func(d int) time.Time { return time.Date(2024, 3, d, 9, 0, 0, 0, time.UTC) }
	mk := func(title, lang, outlet string, pub time.Time, ents []article.Entity, paras ...string) *article.Article {
		a := &article.Article{Title: title, Lang: lang, Outlet: outlet, Published: pub, PublishedHow: article.HowExplicit,
			Paragraphs: paras, Source: "fixture", Format: "text", Raw: []byte(title), EventID: "ev1", StoryID: "st1", Entities: ents}
		a.ID = article.ContentID(a.Title, a.Paragraphs)
		return a
	}
	budi := article.Entity{ID: "person:budi-hartono", Name: "Budi Hartono", Type: "person", Count: 2}
	desa := article.Entity{ID: "place:sukamaju", Name: "Sukamaju", Type: "place", Count: 1}
	return []*article.Article{
		mk("Perundingan damai dilanjutkan pekan depan", "id", "Warta Harian", day(1), []article.Entity{budi},
			"Kedua pihak sepakat melanjutkan perundingan di Jakarta.", "Budi Hartono mengatakan pembicaraan berjalan baik."),
		mk("Kedua delegasi kembali berunding", "id", "Kabar Nusantara", day(2), []article.Entity{budi, desa},
			"Delegasi berunding selama enam jam di Sukamaju.", "Hasilnya akan diumumkan besok."),
		mk("Banjir merendam ratusan rumah", "id", "Kabar Nusantara", day(3), []article.Entity{desa},
			"Banjir merendam rumah warga di Sukamaju setelah hujan deras.", "Warga mengungsi ke balai desa."),
		mk("Talks resume after negotiators meet", "en", "Island Herald", day(4), nil,
			"The negotiations resumed on Monday.", "Negotiators said the talks were constructive."),
		mk("Warga <script>alert(1)</script> \"menolak\" tambang", "id", "Suara Timur", time.Time{}, nil,
			"Warga menolak tambang baru di desa itu."),
	}
}

func seeded(t testing.TB, kind string) (testStore, *Index, []*article.Article) {
	t.Helper()
	st := openBackend(t, kind)
	arts := fixtures()
	ctx := context.Background()
	if err := st.Save(ctx, &store.Batch{Articles: arts}); err != nil {
		t.Fatal(err)
	}
	idx := New(st)
	n, err := idx.Add(ctx, arts)
	if err != nil || n != len(arts) {
		t.Fatalf("Add = %d, %v; want %d, nil", n, err, len(arts))
	}
	return st, idx, arts
}

func titles(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Title)
	}
	return out
}

func TestSearch(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		_, idx, _ := seeded(t, kind)
		ctx := context.Background()
		tests := []struct {
			name string
			req  Request
			want []string // titles, best first; order checked only for the first
			all  bool     // want exactly these, in any order
		}{
			{"stem id: perundingan finds berunding", Request{Q: "perundingan"}, []string{"Kedua delegasi kembali berunding", "Perundingan damai dilanjutkan pekan depan"}, true},
			{"stem id: berunding", Request{Q: "berunding"}, []string{"Kedua delegasi kembali berunding", "Perundingan damai dilanjutkan pekan depan"}, true},
			{"stem en: negotiation", Request{Q: "negotiation"}, []string{"Talks resume after negotiators meet"}, true},
			{"and", Request{Q: "banjir sukamaju"}, []string{"Banjir merendam ratusan rumah"}, true},
			{"not", Request{Q: "sukamaju -banjir"}, []string{"Kedua delegasi kembali berunding"}, true},
			{"phrase", Request{Q: `"balai desa"`}, []string{"Banjir merendam ratusan rumah"}, true},
			{"phrase no match", Request{Q: `"desa balai"`}, nil, true},
			{"prefix", Request{Q: "negot*"}, []string{"Talks resume after negotiators meet"}, true},
			{"outlet filter", Request{Q: "perundingan", Outlet: "Warta Harian"}, []string{"Perundingan damai dilanjutkan pekan depan"}, true},
			{"entity filter", Request{Q: "berunding", Entity: "place:sukamaju"}, []string{"Kedua delegasi kembali berunding"}, true},
			{"date filter inclusive", Request{Q: "berunding", From: "2024-03-02", To: "2024-03-02"}, []string{"Kedua delegasi kembali berunding"}, true},
			{"lang filter", Request{Q: "talks", Lang: "id"}, nil, true},
			{"markup is text", Request{Q: "script menolak"}, []string{`Warga <script>alert(1)</script> "menolak" tambang`}, true},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				r, err := idx.Search(ctx, tt.req)
				if err != nil {
					t.Fatal(err)
				}
				got := titles(r)
				if len(got) != len(tt.want) {
					t.Fatalf("Search(%+v) = %q, want %q", tt.req, got, tt.want)
				}
				if r.Total != len(tt.want) {
					t.Errorf("Total = %d, want %d", r.Total, len(tt.want))
				}
				for _, w := range tt.want {
					if !contains(got, w) {
						t.Errorf("Search(%+v) = %q, want it to include %q", tt.req, got, w)
					}
				}
			})
		}
	})
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestSearchTitleRanksFirst(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		_, idx, _ := seeded(t, kind)
		r, err := idx.Search(context.Background(), Request{Q: "banjir"})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Hits) == 0 || r.Hits[0].Title != "Banjir merendam ratusan rumah" {
			t.Fatalf("got %q", titles(r))
		}
	})
}

func TestSnippetAndFacets(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		_, idx, _ := seeded(t, kind)
		r, err := idx.Search(context.Background(), Request{Q: "perundingan"})
		if err != nil {
			t.Fatal(err)
		}
		var marked []string
		for _, h := range r.Hits {
			for _, s := range append(h.TitleSegments, h.Snippet...) {
				if s.Hit {
					marked = append(marked, s.Text)
				}
			}
		}
		for _, w := range []string{"Perundingan", "perundingan", "berunding"} {
			if !contains(marked, w) {
				t.Errorf("marked words %q lack %q", marked, w)
			}
		}
		for _, w := range marked {
			if w == "delegasi" || w == "Kedua" {
				t.Errorf("marked %q, which does not match", w)
			}
		}
		wantOutlets := []FacetValue{{"Kabar Nusantara", "Kabar Nusantara", 1}, {"Warta Harian", "Warta Harian", 1}}
		if !reflect.DeepEqual(r.Facets.Outlet, wantOutlets) {
			t.Errorf("outlet facet = %v, want %v", r.Facets.Outlet, wantOutlets)
		}
		if len(r.Facets.Entity) == 0 || r.Facets.Entity[0].Value != "person:budi-hartono" || r.Facets.Entity[0].Count != 2 || r.Facets.Entity[0].Label != "Budi Hartono" {
			t.Errorf("entity facet = %v, want Budi Hartono ×2 first", r.Facets.Entity)
		}
		if want := []FacetValue{{"2024-03", "2024-03", 2}}; !reflect.DeepEqual(r.Facets.Month, want) {
			t.Errorf("month facet = %v, want %v", r.Facets.Month, want)
		}
	})
}

func TestEmptyQuery(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		_, idx, _ := seeded(t, kind)
		for _, q := range []string{"", "   ", "dan yang the", "a", `""`, "-banjir"} {
			if _, err := idx.Search(context.Background(), Request{Q: q}); !errors.Is(err, ErrEmptyQuery) {
				t.Errorf("Search(%q) error = %v, want ErrEmptyQuery", q, err)
			}
		}
	})
}

func TestAddIdempotentAndSync(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		st, idx, arts := seeded(t, kind)
		ctx := context.Background()
		if n, err := idx.Add(ctx, arts); err != nil || n != 0 {
			t.Errorf("second Add = %d, %v; want 0, nil", n, err)
		}
		extra := &article.Article{Title: "Gempa guncang pesisir", Lang: "id", Paragraphs: []string{"Gempa terasa kuat."}, Source: "x", Format: "text", Raw: []byte("x")}
		extra.ID = article.ContentID(extra.Title, extra.Paragraphs)
		if err := st.Save(ctx, &store.Batch{Articles: []*article.Article{extra}}); err != nil {
			t.Fatal(err)
		}
		if n, err := idx.Sync(ctx); err != nil || n != 1 {
			t.Errorf("Sync = %d, %v; want 1, nil", n, err)
		}
		if r, err := idx.Search(ctx, Request{Q: "gempa"}); err != nil || len(r.Hits) != 1 {
			t.Errorf("after Sync: %v, %v", r, err)
		}
		if n, err := idx.Rebuild(ctx); err != nil || n != len(arts)+1 {
			t.Errorf("Rebuild = %d, %v; want %d", n, err, len(arts)+1)
		}
		e, err := st.Entity(ctx, "person:budi-hartono")
		if err != nil || e.Articles != 2 {
			t.Errorf("entity after rebuild = %+v, %v; want 2 articles", e, err)
		}
		ind, stored, err := idx.State(ctx)
		if err != nil || ind != stored || stored != len(arts)+1 {
			t.Errorf("State = %d, %d, %v", ind, stored, err)
		}
	})
}

func TestPublishedFollowsStore(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		st, idx, arts := seeded(t, kind)
		ctx := context.Background()
		undated := arts[4]
		when := time.Date(2024, 5, 9, 0, 0, 0, 0, time.UTC)
		upd := *undated
		upd.Published, upd.PublishedHow, upd.PublishedPrecision = when, article.HowInferred, article.PrecisionDay
		if err := st.SaveEvents(ctx, nil, nil, []*article.Article{&upd}); err != nil {
			t.Fatal(err)
		}
		r, err := idx.Search(ctx, Request{Q: "tambang", From: "2024-05-01"})
		if err != nil || len(r.Hits) != 1 || !strings.HasPrefix(r.Hits[0].Published, "2024-05-09") {
			t.Fatalf("search after inferred date: %+v, %v", r, err)
		}
	})
}

// TestAnalyzeMatchesTerms checks the cached analysis against textid.Terms.
func TestAnalyzeMatchesTerms(t *testing.T) {
	var an analyzer
	for _, a := range fixtures() {
		for range 2 { // the second pass hits the cache
			title, body := an.analyze(a)
			if want := joinTerms(textid.Terms(a.Lang, a.Title)); title != want {
				t.Errorf("title terms = %q, want %q", title, want)
			}
			if want := joinTerms(textid.Terms(a.Lang, strings.Join(a.Paragraphs, "\n"))); body != want {
				t.Errorf("body terms = %q, want %q", body, want)
			}
		}
	}
}

func TestCacheInvalidatedByAdd(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		st, idx, _ := seeded(t, kind)
		ctx := context.Background()
		r1, err := idx.Search(ctx, Request{Q: "gempa"})
		if err != nil || r1.Total != 0 {
			t.Fatalf("before: %v %v", r1, err)
		}
		if r2, _ := idx.Search(ctx, Request{Q: "gempa"}); r2 != r1 {
			t.Errorf("second identical search not served from the cache")
		}
		a := &article.Article{Title: "Gempa kecil", Lang: "id", Paragraphs: []string{"Gempa terasa."}, Source: "x", Format: "text", Raw: []byte("x")}
		a.ID = article.ContentID(a.Title, a.Paragraphs)
		if err := st.Save(ctx, &store.Batch{Articles: []*article.Article{a}}); err != nil {
			t.Fatal(err)
		}
		if _, err := idx.Add(ctx, []*article.Article{a}); err != nil {
			t.Fatal(err)
		}
		if r3, err := idx.Search(ctx, Request{Q: "gempa"}); err != nil || r3.Total != 1 {
			t.Errorf("after Add: total %d, %v; want 1 (cache cleared)", r3.Total, err)
		}
		uncached := New(st, CacheSize(0, 0))
		ra, _ := uncached.Search(ctx, Request{Q: "gempa"})
		rb, _ := uncached.Search(ctx, Request{Q: "gempa"})
		if ra == rb {
			t.Errorf("CacheSize(0) still caches")
		}
	})
}

// TestCacheStaleWhileRevalidate checks what a reader sees when another
// process (here another Index over the same store) adds articles: the
// cached result until its TTL, then that result once more while it is
// recomputed in the background, then the new one; never a wait.
func TestCacheStaleWhileRevalidate(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		st, _, _ := seeded(t, kind)
		ctx := context.Background()
		const ttl = 50 * time.Millisecond
		reader := New(st, CacheSize(16, ttl))
		writer := New(st)
		r1, err := reader.Search(ctx, Request{Q: "gempa"})
		if err != nil || r1.Total != 0 {
			t.Fatalf("before: %v %v", r1, err)
		}
		a := &article.Article{Title: "Gempa kecil", Lang: "id", Paragraphs: []string{"Gempa terasa."}, Source: "x", Format: "text", Raw: []byte("x")}
		a.ID = article.ContentID(a.Title, a.Paragraphs)
		if err := st.Save(ctx, &store.Batch{Articles: []*article.Article{a}}); err != nil {
			t.Fatal(err)
		}
		if _, err := writer.Add(ctx, []*article.Article{a}); err != nil {
			t.Fatal(err)
		}
		if r, _ := reader.Search(ctx, Request{Q: "gempa"}); r != r1 {
			t.Errorf("within the TTL: not the cached result")
		}
		time.Sleep(ttl + 10*time.Millisecond)
		if r, _ := reader.Search(ctx, Request{Q: "gempa"}); r != r1 {
			t.Errorf("past the TTL: the stale result should answer while it is recomputed")
		}
		deadline := time.Now().Add(5 * time.Second)
		for {
			r, err := reader.Search(ctx, Request{Q: "gempa"})
			if err == nil && r.Total == 1 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("the background refresh never landed: total %d, %v", r.Total, err)
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
}

// TestOptimize checks that tidying the index after a build keeps every
// answer the same.
func TestOptimize(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		st, _, _ := seeded(t, kind)
		ctx := context.Background()
		queries := []string{"banjir", "gempa", "\"rumah warga\"", "mengungsi*"}
		before := map[string][]string{}
		idx := New(st, CacheSize(0, 0))
		for _, q := range queries {
			r, err := idx.Search(ctx, Request{Q: q})
			if err != nil && !errors.Is(err, ErrEmptyQuery) {
				t.Fatal(err)
			}
			for _, h := range r.Hits {
				before[q] = append(before[q], h.ArticleID)
			}
		}
		if len(before) < 2 {
			t.Fatalf("only %d of the queries match the fixtures", len(before))
		}
		if err := st.(Optimizer).OptimizeTextIndex(ctx); err != nil {
			t.Fatal(err)
		}
		for _, q := range queries {
			r, _ := idx.Search(ctx, Request{Q: q})
			var after []string
			for _, h := range r.Hits {
				after = append(after, h.ArticleID)
			}
			if strings.Join(after, " ") != strings.Join(before[q], " ") {
				t.Errorf("%s: %v after optimizing, %v before", q, after, before[q])
			}
		}
	})
}
