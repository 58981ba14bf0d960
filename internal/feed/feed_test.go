package feed

import (
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/sqlite"
)

// site is a test web server that counts and timestamps requests.
type site struct {
	*httptest.Server
	mux  *http.ServeMux
	mu   sync.Mutex
	hits map[string]int
	at   []time.Time
	hdr  map[string]http.Header
}

func newSite(t *testing.T) *site {
	s := &site{mux: http.NewServeMux(), hits: map[string]int{}, hdr: map[string]http.Header{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.at = append(s.at, time.Now())
		s.hdr[r.URL.Path] = r.Header.Clone()
		s.mu.Unlock()
		s.mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) header(path, name string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hdr[path].Get(name)
}

// fixture reads testdata/name with {{BASE}} replaced by base.
func fixture(t *testing.T, name, base string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.ReplaceAll(string(b), "{{BASE}}", base))
}

// serve answers path with body and content type.
func (s *site) serve(path, contentType string, body []byte) {
	s.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(body)
	})
}

// pages serves an article page under each path.
func (s *site) pages(t *testing.T, paths ...string) {
	tmpl := fixture(t, "page.html", s.URL)
	for _, p := range paths {
		body := strings.ReplaceAll(string(tmpl), "{{TITLE}}", "Berita "+p)
		s.serve(p, "text/html; charset=utf-8", []byte(body))
	}
}

type capture struct {
	mu    sync.Mutex
	pages []Page
	calls int
	err   error
}

func (c *capture) ingest(_ context.Context, pages []Page) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	if c.err != nil {
		return c.err
	}
	c.pages = append(c.pages, pages...)
	return nil
}

func (c *capture) take() []Page {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.pages
	c.pages = nil
	return p
}

func newWatcher(t *testing.T, feeds ...Source) (*Watcher, *capture, *sqlite.Store) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := NewFetcher(2*time.Second, 0)
	f.Backoff = 10 * time.Millisecond
	c := &capture{}
	return &Watcher{Feeds: feeds, State: st, Fetcher: f, Ingest: c.ingest}, c, st
}

func state(t *testing.T, st store.FeedStore, url string) store.FeedState {
	t.Helper()
	s, err := st.FeedState(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestFormats(t *testing.T) {
	s := newSite(t)
	s.serve("/rss", "application/rss+xml", fixture(t, "rss.xml", s.URL))
	s.serve("/atom", "application/atom+xml", fixture(t, "atom.xml", s.URL))
	s.serve("/json", "application/feed+json", fixture(t, "feed.json", s.URL))
	s.pages(t, "/berita/1", "/berita/2", "/wire/1", "/json/1")
	w, c, _ := newWatcher(t, Source{URL: s.URL + "/rss", Outlet: "Kabar Uji"}, Source{URL: s.URL + "/atom"}, Source{URL: s.URL + "/json", Outlet: "Warta JSON"})
	stats, err := w.Poll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Feeds != 3 || stats.Items != 5 || stats.Pages != 5 || stats.Failed != 0 {
		t.Errorf("stats = %+v", stats)
	}
	got := map[string]Page{}
	for _, p := range c.take() {
		got[p.ID] = p
	}
	tests := []struct {
		id, url, title, outlet, author, published, lang, htmlHas string
	}{
		// WIB re-parsed by warta: gofeed would say 09:30 UTC.
		{"kabar-uji-1", s.URL + "/berita/1", "Banjir Rendam Puluhan Rumah di Tepi Sungai Cibeureum", "Kabar Uji", "Budi Santoso", "2025-01-07T09:30:00+07:00", "id", "Berita /berita/1"},
		// Indonesian day and month names: gofeed gives up.
		{"kabar-uji-2", s.URL + "/berita/2", "Jembatan Kayu di Desa Sukamaju Diperbaiki Warga", "Kabar Uji", "Rina Wulandari", "2025-01-08T14:05:00+07:00", "id", "Berita /berita/2"},
		{"urn:test:wire:1", s.URL + "/wire/1", "Harbour cranes idle as dock workers strike", "", "Alex Morgan", "2025-01-07T08:15:00+07:00", "en", "Berita /wire/1"},
		{"json-1", s.URL + "/json/1", "Harga Cabai Naik Menjelang Hari Raya", "Warta JSON", "Dewi Lestari", "2025-01-09T07:00:00+07:00", "id", "Berita /json/1"},
		// No link: the item's own content stands in for the page.
		{"json-2", s.URL + "/json", "Tanpa Tautan", "Warta JSON", "", "2025-01-09T08:00:00+07:00", "id", "hanya membawa isinya"},
	}
	for _, tt := range tests {
		p, ok := got[tt.id]
		if !ok {
			t.Errorf("item %s missing; got %v", tt.id, keys(got))
			continue
		}
		if p.URL != tt.url || p.Title != tt.title || p.Outlet != tt.outlet || p.Author != tt.author || p.Published != tt.published ||
			p.Lang != tt.lang || !strings.Contains(p.HTML, tt.htmlHas) {
			t.Errorf("item %s:\n got %+v\nwant %+v", tt.id, p, tt)
		}
	}
	st := state(t, w.State, s.URL+"/rss")
	if st.ItemsSeen != 2 || st.LastSuccess.IsZero() || st.LastError != "" || st.Outlet != "Kabar Uji" {
		t.Errorf("rss state = %+v", st)
	}
}

func keys(m map[string]Page) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestItemsSeenOnce(t *testing.T) {
	s := newSite(t)
	var mu sync.Mutex
	feed := fixture(t, "rss.xml", s.URL)
	s.mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Write(feed) // no validators: every poll gets the whole feed
	})
	s.pages(t, "/berita/1", "/berita/2", "/berita/3")
	w, c, _ := newWatcher(t, Source{URL: s.URL + "/rss"})
	ctx := context.Background()
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(c.take()); n != 2 {
		t.Fatalf("first poll: %d pages, want 2", n)
	}
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(c.take()); n != 0 || s.hit("/berita/1") != 1 {
		t.Fatalf("second poll: %d pages (want 0), page 1 fetched %d times (want 1)", n, s.hit("/berita/1"))
	}
	mu.Lock()
	feed = []byte(strings.Replace(string(feed), "<item>", `<item><title>Baru</title><link>`+s.URL+`/berita/3</link><guid>kabar-uji-3</guid></item><item>`, 1))
	mu.Unlock()
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	p := c.take()
	if len(p) != 1 || p[0].ID != "kabar-uji-3" {
		t.Fatalf("third poll: %+v, want only the new item", p)
	}
	// A watcher started afresh on the same store remembers.
	w2 := &Watcher{Feeds: w.Feeds, State: w.State, Fetcher: w.Fetcher, Ingest: c.ingest}
	if _, err := w2.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(c.take()); n != 0 {
		t.Errorf("after restart: %d pages, want 0", n)
	}
	if st := state(t, w.State, s.URL+"/rss"); st.ItemsSeen != 3 {
		t.Errorf("items seen = %d, want 3", st.ItemsSeen)
	}
}

func TestETag304(t *testing.T) {
	s := newSite(t)
	body := fixture(t, "rss.xml", s.URL)
	s.mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Tue, 07 Jan 2025 03:00:00 GMT")
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(body)
	})
	s.pages(t, "/berita/1", "/berita/2")
	w, c, _ := newWatcher(t, Source{URL: s.URL + "/rss"})
	ctx := context.Background()
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	c.take()
	stats, err := w.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.NotModified != 1 || stats.Items != 0 || len(c.take()) != 0 {
		t.Errorf("second poll stats %+v, want one not-modified feed and nothing new", stats)
	}
	if got := s.header("/rss", "If-None-Match"); got != `"v1"` {
		t.Errorf("If-None-Match = %q", got)
	}
	if got := s.header("/rss", "If-Modified-Since"); got != "Tue, 07 Jan 2025 03:00:00 GMT" {
		t.Errorf("If-Modified-Since = %q", got)
	}
	if st := state(t, w.State, s.URL+"/rss"); st.ETag != `"v1"` || st.ItemsSeen != 2 || st.LastError != "" {
		t.Errorf("state after 304 = %+v", st)
	}
}

func TestFailures(t *testing.T) {
	s := newSite(t)
	s.serve("/broken", "application/rss+xml", fixture(t, "broken.xml", s.URL))
	s.mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	s.mux.HandleFunc("/error", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", 500) })
	s.mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
	})
	w, c, _ := newWatcher(t, Source{URL: s.URL + "/broken"}, Source{URL: s.URL + "/gone"}, Source{URL: s.URL + "/error"}, Source{URL: s.URL + "/slow"})
	w.Fetcher.Client.Timeout = 200 * time.Millisecond
	w.Fetcher.Retries = 2
	ctx := context.Background()
	for poll := 1; poll <= 2; poll++ {
		stats, err := w.Poll(ctx)
		if !errors.Is(err, ErrFeedsFailed) || stats.Failed != 4 {
			t.Fatalf("poll %d: stats %+v err %v; want 4 failed feeds", poll, stats, err)
		}
	}
	if c.calls != 0 {
		t.Errorf("ingester called %d times with nothing to ingest", c.calls)
	}
	tests := []struct {
		path, errHas string
		hits         int // over two polls
	}{
		{"/broken", "parse feed", 2},
		{"/gone", "HTTP 404", 2},  // not retried
		{"/error", "HTTP 500", 6}, // retried twice per poll
		{"/slow", "Timeout", 6},   // client timeout, retried
	}
	for _, tt := range tests {
		st := state(t, w.State, s.URL+tt.path)
		if !strings.Contains(st.LastError, tt.errHas) || st.Failures != 2 || !st.LastSuccess.IsZero() || st.LastErrorAt.IsZero() {
			t.Errorf("%s: state %+v; want error containing %q, 2 failures", tt.path, st, tt.errHas)
		}
		if got := s.hit(tt.path); got != tt.hits {
			t.Errorf("%s: %d requests, want %d", tt.path, got, tt.hits)
		}
	}
	// The broken feed is mended: the next poll succeeds and clears the error.
	s2 := newSite(t)
	s2.serve("/broken", "application/rss+xml", fixture(t, "rss.xml", s2.URL))
	s2.pages(t, "/berita/1", "/berita/2")
	w.Feeds = []Source{{URL: s2.URL + "/broken"}}
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if st := state(t, w.State, s2.URL+"/broken"); st.LastError != "" || st.Failures != 0 || st.LastSuccess.IsZero() {
		t.Errorf("mended feed state = %+v", st)
	}
}

func TestPageFailures(t *testing.T) {
	s := newSite(t)
	s.serve("/rss", "application/rss+xml", fixture(t, "rss.xml", s.URL))
	s.pages(t, "/berita/2")
	var fail sync.Map
	fail.Store("on", true)
	s.mux.HandleFunc("/berita/1", func(w http.ResponseWriter, r *http.Request) {
		if _, on := fail.Load("on"); on {
			http.Error(w, "busy", 503)
			return
		}
		w.Write([]byte(strings.ReplaceAll(string(fixture(t, "page.html", s.URL)), "{{TITLE}}", "Pulih")))
	})
	w, c, _ := newWatcher(t, Source{URL: s.URL + "/rss"})
	w.Fetcher.Retries = 1
	ctx := context.Background()
	stats, err := w.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The item has a description, so it is ingested from it now; it is
	// marked seen so it is not fetched again.
	p := c.take()
	if stats.PageErrors != 1 || len(p) != 2 {
		t.Fatalf("stats %+v, %d pages; want 1 page error, 2 pages", stats, len(p))
	}
	st := state(t, w.State, s.URL+"/rss")
	if !strings.Contains(st.LastError, "HTTP 503") || st.LastSuccess.IsZero() {
		t.Errorf("state = %+v; want the page error visible", st)
	}
}

func TestTransientPageFailureRetried(t *testing.T) {
	s := newSite(t)
	feed := `<rss version="2.0"><channel><title>x</title><item><title>Satu</title><link>` + s.URL + `/p</link><guid>p1</guid></item></channel></rss>`
	s.serve("/rss", "application/rss+xml", []byte(feed))
	var mu sync.Mutex
	up := false
	page := strings.ReplaceAll(string(fixture(t, "page.html", s.URL)), "{{TITLE}}", "Satu")
	s.mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if !up {
			http.Error(w, "down", 502)
			return
		}
		w.Write([]byte(page))
	})
	w, c, _ := newWatcher(t, Source{URL: s.URL + "/rss"})
	w.Fetcher.Retries = 0
	ctx := context.Background()
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(c.take()); n != 0 {
		t.Fatalf("first poll: %d pages from a failing page without content, want 0", n)
	}
	mu.Lock()
	up = true
	mu.Unlock()
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if p := c.take(); len(p) != 1 || !strings.Contains(p[0].HTML, "Satu") {
		t.Fatalf("second poll: %+v, want the page fetched again", p)
	}
}

func TestIngestFailureKeepsItems(t *testing.T) {
	s := newSite(t)
	s.serve("/rss", "application/rss+xml", fixture(t, "rss.xml", s.URL))
	s.pages(t, "/berita/1", "/berita/2")
	w, c, _ := newWatcher(t, Source{URL: s.URL + "/rss"})
	c.err = errors.New("database is down")
	ctx := context.Background()
	if _, err := w.Poll(ctx); err == nil || !strings.Contains(err.Error(), "database is down") {
		t.Fatalf("Poll = %v, want the ingest error", err)
	}
	if st := state(t, w.State, s.URL+"/rss"); !strings.Contains(st.LastError, "database is down") || st.ItemsSeen != 0 {
		t.Errorf("state = %+v", st)
	}
	c.err = nil
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(c.take()); n != 2 {
		t.Errorf("after recovery: %d pages, want 2", n)
	}
}

func TestRedirects(t *testing.T) {
	s := newSite(t)
	s.mux.Handle("/old-feed", http.RedirectHandler("/rss", http.StatusMovedPermanently))
	s.serve("/rss", "application/rss+xml", fixture(t, "rss.xml", s.URL))
	s.mux.Handle("/berita/1", http.RedirectHandler("/artikel/1", http.StatusFound))
	s.pages(t, "/artikel/1", "/berita/2")
	w, c, _ := newWatcher(t, Source{URL: s.URL + "/old-feed"})
	if _, err := w.Poll(context.Background()); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range c.take() {
		if p.ID == "kabar-uji-1" {
			found = true
			if p.URL != s.URL+"/artikel/1" || !strings.Contains(p.HTML, "Berita /artikel/1") {
				t.Errorf("redirected page: url %s", p.URL)
			}
		}
	}
	if !found {
		t.Error("redirected item missing")
	}
	// A redirect loop is an error, not a hang.
	s.mux.Handle("/loop", http.RedirectHandler("/loop", http.StatusFound))
	if _, err := w.Fetcher.Get(context.Background(), s.URL+"/loop", "", ""); err == nil || !strings.Contains(err.Error(), "redirects") {
		t.Errorf("redirect loop: %v", err)
	}
}

func TestGzip(t *testing.T) {
	s := newSite(t)
	body := fixture(t, "atom.xml", s.URL)
	s.mux.HandleFunc("/atom", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "gzip only", 406)
			return
		}
		w.Header().Set("Content-Type", "application/atom+xml")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write(body)
		zw.Close()
	})
	s.pages(t, "/wire/1")
	w, c, _ := newWatcher(t, Source{URL: s.URL + "/atom"})
	if _, err := w.Poll(context.Background()); err != nil {
		t.Fatal(err)
	}
	if p := c.take(); len(p) != 1 || p[0].Title != "Harbour cranes idle as dock workers strike" {
		t.Errorf("gzip feed gave %+v", p)
	}
}

func TestWindows1252(t *testing.T) {
	s := newSite(t)
	s.serve("/decl", "application/xml", fixture(t, "cp1252.xml", s.URL))
	s.serve("/header", "application/rss+xml; charset=windows-1252", fixture(t, "cp1252-nodecl.xml", s.URL))
	s.serve("/guess", "application/rss+xml", fixture(t, "cp1252-nodecl.xml", s.URL))
	latin := strings.ReplaceAll(string(fixture(t, "page.html", s.URL)), "{{TITLE}}", "Caf\xe9")
	latin = strings.Replace(latin, `<meta charset="utf-8">`, `<meta charset="windows-1252">`, 1)
	s.serve("/cafe/1", "text/html", []byte(latin))
	s.pages(t, "/cafe/2")
	tests := []struct{ feed, title string }{
		{"/decl", "“Kopi” dari Café Desa"},
		{"/header", "“Teh” dari Café"},
		{"/guess", "“Teh” dari Café"},
	}
	for _, tt := range tests {
		w, c, _ := newWatcher(t, Source{URL: s.URL + tt.feed})
		if _, err := w.Poll(context.Background()); err != nil {
			t.Fatalf("%s: %v", tt.feed, err)
		}
		p := c.take()
		if len(p) != 1 || p[0].Title != tt.title {
			t.Errorf("%s: got %+v, want title %q", tt.feed, p, tt.title)
			continue
		}
		if tt.feed == "/decl" && !strings.Contains(p[0].HTML, "<h1>Café</h1>") {
			t.Errorf("windows-1252 page not decoded: %q", p[0].HTML[:200])
		}
	}
}

func TestPoliteness(t *testing.T) {
	s := newSite(t)
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>x</title>`)
	for _, p := range []string{"/a", "/b", "/c"} {
		b.WriteString(`<item><title>` + p + `</title><link>` + s.URL + p + `</link></item>`)
	}
	b.WriteString(`</channel></rss>`)
	s.serve("/rss", "application/rss+xml", []byte(b.String()))
	s.pages(t, "/a", "/b", "/c")
	w, c, _ := newWatcher(t, Source{URL: s.URL + "/rss"})
	const gap = 150 * time.Millisecond
	w.Fetcher.Limiter = NewLimiter(gap)
	start := time.Now()
	if _, err := w.Poll(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := len(c.take()); n != 3 {
		t.Fatalf("%d pages, want 3", n)
	}
	s.mu.Lock()
	at := append([]time.Time(nil), s.at...)
	s.mu.Unlock()
	if len(at) != 4 {
		t.Fatalf("%d requests, want 4 (feed and 3 pages)", len(at))
	}
	for i := 1; i < len(at); i++ {
		// Receipt times carry scheduling jitter on a loaded machine; the
		// limiter spaces sends.
		if d := at[i].Sub(at[i-1]); d < gap*3/4 {
			t.Errorf("requests %d and %d to one host %v apart, want >= %v", i-1, i, d, gap)
		}
	}
	if el := time.Since(start); el < 3*gap {
		t.Errorf("poll took %v, want >= %v", el, 3*gap)
	}
}

func TestLimiterHostsIndependent(t *testing.T) {
	l := NewLimiter(time.Hour)
	ctx := context.Background()
	start := time.Now()
	for _, h := range []string{"a.test", "b.test", "c.test"} {
		if err := l.Wait(ctx, h); err != nil {
			t.Fatal(err)
		}
	}
	if time.Since(start) > time.Second {
		t.Error("first requests to different hosts waited")
	}
	cctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if err := l.Wait(cctx, "A.TEST"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("second request to a.test within the hour: %v, want to wait", err)
	}
}

func TestParseList(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Source
		errHas   string
	}{
		{"basic", "https://a.test/rss Kabar A\n# comment\n\nhttp://b.test/feed.xml\n", []Source{{"https://a.test/rss", "Kabar A"}, {"http://b.test/feed.xml", ""}}, ""},
		{"outlet spaces and comment", "\ufeffhttps://a.test/rss \t Kabar   Harian  Uji # the morning paper\r\n", []Source{{"https://a.test/rss", "Kabar Harian Uji"}}, ""},
		{"tab separated", "https://a.test/rss\tWarta\n", []Source{{"https://a.test/rss", "Warta"}}, ""},
		{"not http", "ftp://a.test/rss\n", nil, "line 1"},
		{"no host", "https:///rss\n", nil, "not an http"},
		{"relative", "/rss Kabar\n", nil, "not an http"},
		{"duplicate", "https://a.test/rss\n\nhttps://a.test/rss B\n", nil, "line 3: https://a.test/rss is already on line 1"},
		{"empty", "# nothing\n\n", nil, ""},
	}
	for _, tt := range tests {
		got, err := ParseList(strings.NewReader(tt.in))
		if tt.errHas != "" {
			if err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("%s: err %v, want %q", tt.name, err, tt.errHas)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: [%d] got %+v, want %+v", tt.name, i, got[i], tt.want[i])
			}
		}
	}
	if _, err := ParseList(strings.NewReader("https://a.test/" + strings.Repeat("x", maxLine) + "\n")); err == nil {
		t.Error("over-long line accepted")
	}
}

func FuzzParseList(f *testing.F) {
	for _, s := range []string{"https://a.test/rss Kabar A\n# c\n", "http://b.test\tX # y\r\n", "\ufeff\n\n", "ftp://x", "https://a.test/ https://a.test/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := ParseList(strings.NewReader(in))
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, s := range got {
			if !strings.HasPrefix(s.URL, "http://") && !strings.HasPrefix(s.URL, "https://") {
				t.Fatalf("accepted %q", s.URL)
			}
			if strings.ContainsAny(s.URL, " \t\r\n") || s.Outlet != strings.TrimSpace(s.Outlet) || strings.Contains(s.Outlet, "  ") {
				t.Fatalf("untrimmed %+v", s)
			}
			if seen[s.URL] {
				t.Fatalf("duplicate %q", s.URL)
			}
			seen[s.URL] = true
		}
	})
}
