package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/search/searchtest"
	"github.com/warta-news/warta/internal/store/sqlite"
)

// loadQueries are searches a reader might type on the generated corpus:
// place, person and project names with topic words, Indonesian and English.
var loadQueries = []string{
	"Dodi Wanah korupsi", "Sungai Karangbaru luapan", "pengungsi Lubukpermai", "kebakaran Pasar Talangtengahti",
	"Pasar Karangasrison terbakar", "chilli price Muaraindah", "kebakaran Sumberagung", "Central Market Ciptamaju",
	"dengue Batuluhur", "pile-up Highway Airrejo", "operasi pasar Batam", "Rina Nitoti", "penyelewengan Proyek Batupermai",
	"demam berdarah Bukitasriya", "protes Pulaukencana", "Alun-alun Mekarlestariya", "banjir Lubukagungni",
	"Sukabaruja demam berdarah", "Yusuf Tokoson ditahan", "graft Kalisarija", "gempa Palu", "banjir Semarang",
	"kebakaran pasar Medan", "earthquake Kendari", "flood Bekasi", "korupsi pengadaan", "harga cabai", "tersangka ditahan",
	"warga mengungsi", "evacuated residents", "demo mahasiswa", "kecelakaan tol", "\"demam berdarah\"", "mengungsi*",
}

// TestLoad measures latency of the event page and of search with 32
// concurrent clients on loopback against a store of 100,000 generated
// articles. Set WARTA_LOAD=1; WARTA_LOAD_DB=PATH reuses (or keeps) the
// store; WARTA_LOAD_SECONDS sets each phase's length (default 15);
// WARTA_LOAD_ONLY=event runs only the phases whose name contains it.
func TestLoad(t *testing.T) {
	if os.Getenv("WARTA_LOAD") == "" {
		t.Skip("set WARTA_LOAD=1 to run the load test (builds 100,000 articles unless WARTA_LOAD_DB names a store)")
	}
	ctx := context.Background()
	path := os.Getenv("WARTA_LOAD_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "load.db")
	}
	_, statErr := os.Stat(path)
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	idx := search.New(st)
	if statErr != nil {
		start := time.Now()
		if _, err := searchtest.Fill(ctx, st, idx, 1, 100000); err != nil {
			t.Fatal(err)
		}
		t.Logf("built a store of 100,000 articles in %v", time.Since(start).Round(time.Second))
	} else if _, err := idx.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	n, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Events to open: a uniform sample over all events.
	var events []string
	for off := 0; ; off += 500 {
		evs, err := st.RecentEvents(ctx, 500, off)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range evs {
			if i%7 == 0 {
				events = append(events, e.ID)
			}
		}
		if len(evs) < 500 {
			break
		}
	}
	srv := httptest.NewServer(New(Config{Store: st, Search: idx, Logger: slog.New(slog.DiscardHandler)}))
	defer srv.Close()
	// cold caches nothing: every request reads the store and renders.
	cold := httptest.NewServer(New(Config{Store: st, Search: search.New(st, search.CacheSize(0, 0)), Logger: slog.New(slog.DiscardHandler), PageCache: -1}))
	defer cold.Close()
	secs := 15
	if s, err := strconv.Atoi(os.Getenv("WARTA_LOAD_SECONDS")); err == nil && s > 0 {
		secs = min(s, 120)
	}
	t.Logf("store: %d articles, %d events sampled, %d queries; %ds per phase", n, len(events), len(loadQueries), secs)
	eventURL := func(base string) func(int) string {
		return func(i int) string { return base + "/events/" + url.PathEscape(events[(i*13)%len(events)]) }
	}
	searchURL := func(base, path string) func(int) string {
		return func(i int) string { return base + path + "?q=" + url.QueryEscape(loadQueries[i%len(loadQueries)]) }
	}
	phases := []struct {
		name    string
		clients int
		url     func(i int) string
		max     int  // most requests (0: as many as the phase's time allows)
		gate    bool // p99 < 50 ms is the target
	}{
		{"event page, no cache", 1, eventURL(cold.URL), 0, false},
		{"search page, no cache", 1, searchURL(cold.URL, "/search"), 0, false},
		{"event page, no cache", 32, eventURL(cold.URL), 0, false},
		{"search page, no cache", 32, searchURL(cold.URL, "/search"), 0, false},
		// The cached server starts empty: one pass over the sampled events
		// fills its page cache (every request a miss), then the steady state.
		{"event page, cache fill", 32, eventURL(srv.URL), len(events), false},
		{"event page", 32, eventURL(srv.URL), 0, true},
		{"search page", 32, searchURL(srv.URL, "/search"), 0, true},
		{"search API", 32, searchURL(srv.URL, "/api/search"), 0, true},
	}
	only := os.Getenv("WARTA_LOAD_ONLY") // run only phases whose name contains it
	for _, ph := range phases {
		if only != "" && !strings.Contains(ph.name, only) {
			continue
		}
		maxReq := ph.max
		if maxReq == 0 {
			maxReq = 1 << 30
		}
		start := time.Now()
		lat, errs := load(srv.Client(), ph.clients, time.Duration(secs)*time.Second, maxReq, ph.url)
		took := time.Since(start)
		p99 := pctl(lat, 99)
		t.Logf("%-22s %2d clients %6d requests %5.0f/s  p50 %v  p90 %v  p99 %v  max %v  errors %d", ph.name, ph.clients, len(lat),
			float64(len(lat))/took.Seconds(), pctl(lat, 50), pctl(lat, 90), p99, pctl(lat, 100), errs)
		if errs > 0 {
			t.Errorf("%s: %d failed requests", ph.name, errs)
		}
		if ph.gate && p99 > 50*time.Millisecond {
			t.Errorf("%s, %d clients: p99 %v over 50 ms", ph.name, ph.clients, p99)
		}
	}
}

// load runs clients concurrent clients for d (or until max requests) and
// returns the latencies of successful requests and the number of failures.
func load(c *http.Client, clients int, d time.Duration, max int, urlOf func(int) string) ([]time.Duration, int) {
	c.Transport.(*http.Transport).MaxIdleConnsPerHost = clients
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	next := 0
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= max {
					return
				}
				start := time.Now()
				resp, err := c.Get(urlOf(i))
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != 200 {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				el := time.Since(start)
				mu.Lock()
				if err != nil {
					errs++
				} else {
					lat = append(lat, el)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return lat, errs
}

func pctl(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, len(s)*p/100)].Round(100 * time.Microsecond)
}

// BenchmarkEventPage renders event pages of the load store (WARTA_LOAD_DB)
// without the page cache: the cost of one cold event page.
func BenchmarkEventPage(b *testing.B) {
	ctx := context.Background()
	st := loadStore(b)
	evs, err := st.RecentEvents(ctx, 2000, 0)
	if err != nil || len(evs) == 0 {
		b.Fatal(err)
	}
	h := New(Config{Store: st, Search: search.New(st), Logger: slog.New(slog.DiscardHandler), PageCache: -1})
	b.ReportAllocs()
	b.ResetTimer()
	var bytes int64
	for i := 0; b.Loop(); i++ {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/events/"+url.PathEscape(evs[(i*13)%len(evs)].ID), nil))
		if w.Code != 200 {
			b.Fatalf("status %d", w.Code)
		}
		bytes += int64(w.Body.Len())
	}
	b.ReportMetric(float64(bytes)/float64(b.N), "B/page")
}

// BenchmarkSearchPage runs the load queries on the load store
// (WARTA_LOAD_DB) with every cache off: the cost of one cold search page.
func BenchmarkSearchPage(b *testing.B) {
	st := loadStore(b)
	h := New(Config{Store: st, Search: search.New(st, search.CacheSize(0, 0)), Logger: slog.New(slog.DiscardHandler), PageCache: -1})
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/search?q="+url.QueryEscape(loadQueries[i%len(loadQueries)]), nil))
		if w.Code != 200 {
			b.Fatalf("status %d", w.Code)
		}
	}
}

// loadStore opens the store WARTA_LOAD_DB names (built by TestLoad),
// skipping the benchmark without it.
func loadStore(b *testing.B) *sqlite.Store {
	path := os.Getenv("WARTA_LOAD_DB")
	if path == "" {
		b.Skip("set WARTA_LOAD_DB to a store built by TestLoad")
	}
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}
