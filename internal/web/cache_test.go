package web

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"log/slog"
	mathrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/store"
)

func TestPageCache(t *testing.T) {
	renders := 0
	render := func(body string) func() (string, []byte, error) {
		return func() (string, []byte, error) {
			renders++
			return htmlType, []byte(body), nil
		}
	}
	c := newPageCache(1 << 20)
	steps := []struct {
		key, version, body string
		want               string
		renders            int
	}{
		{"e1", "v1", "one", "one", 1},
		{"e1", "v1", "ignored", "one", 1}, // hit
		{"e2", "v1", "two", "two", 2},
		{"e1", "v2", "one again", "one again", 3}, // version moved on
		{"e1", "v2", "ignored", "one again", 3},
		{"e1", "v1", "old", "old", 4}, // only the current version is kept
	}
	for i, s := range steps {
		p, err := c.get(s.key, s.version, render(s.body))
		if err != nil {
			t.Fatal(err)
		}
		if string(p.body) != s.want || renders != s.renders {
			t.Errorf("step %d: body %q after %d renders, want %q after %d", i, p.body, renders, s.want, s.renders)
		}
	}
	if h, m := c.stats(); h != 2 || m != 4 {
		t.Errorf("hits %d misses %d, want 2 and 4", h, m)
	}
	// A failed render is not cached.
	if _, err := c.get("e3", "v1", func() (string, []byte, error) { return "", nil, fmt.Errorf("boom") }); err == nil {
		t.Error("render error lost")
	}
	if p, err := c.get("e3", "v1", render("three")); err != nil || string(p.body) != "three" {
		t.Errorf("after a failed render: %v %v", p, err)
	}
}

func TestPageCacheBound(t *testing.T) {
	c := newPageCache(16 << 10)
	body := strings.Repeat("x", 900)
	for i := range 100 {
		if _, err := c.get(fmt.Sprint("k", i), "v", func() (string, []byte, error) { return htmlType, []byte(body), nil }); err != nil {
			t.Fatal(err)
		}
	}
	if c.size > c.max || len(c.byKey) != c.lru.Len() || len(c.byKey) == 0 || len(c.byKey) > 16 {
		t.Errorf("size %d of %d bytes, %d keys, %d in the list", c.size, c.max, len(c.byKey), c.lru.Len())
	}
	if _, ok := c.byKey["k99"]; !ok {
		t.Error("most recent entry evicted")
	}
	// A page bigger than an eighth of the cache is served but not kept.
	big := randomText(2 << 10) // incompressible: kept as it is
	p, err := c.get("big", "v", func() (string, []byte, error) { return htmlType, []byte(big), nil })
	if err != nil || len(p.body) != len(big) {
		t.Fatal(err)
	}
	if _, ok := c.byKey["big"]; ok {
		t.Error("oversized page cached")
	}
	// Disabled cache renders every time.
	off := newPageCache(0)
	n := 0
	for range 3 {
		off.get("k", "v", func() (string, []byte, error) { n++; return htmlType, nil, nil })
	}
	if n != 3 {
		t.Errorf("disabled cache rendered %d times, want 3", n)
	}
}

func TestPageCacheSingleFlight(t *testing.T) {
	c := newPageCache(1 << 20)
	var renders atomic.Int32
	gate := make(chan struct{})
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := c.get("e", "v", func() (string, []byte, error) {
				renders.Add(1)
				<-gate
				return htmlType, []byte("page"), nil
			})
			if err != nil || string(p.body) != "page" {
				t.Errorf("got %v, %v", p, err)
			}
		}()
	}
	// Let the goroutines pile up on the one render, then release it.
	for {
		c.mu.Lock()
		n := len(c.inflight)
		c.mu.Unlock()
		if n == 1 {
			break
		}
	}
	close(gate)
	wg.Wait()
	if r := renders.Load(); r != 1 {
		t.Fatalf("%d renders for one key, want 1", r)
	}
	if h, m := c.stats(); m+h != 16 {
		t.Errorf("hits %d + misses %d, want 16 lookups", h, m)
	}
}

// TestEventPageCache checks that the event page and API are served from
// the cache until the event's summary is saved again, that a changed
// event is never served stale, and that ETags give 304s.
func TestEventPageCache(t *testing.T) {
	st, idx := fixtureStore(t)
	h := New(Config{Store: st, Search: idx, Logger: slog.New(slog.DiscardHandler)})
	srv := httptest.NewServer(h)
	defer srv.Close()
	fetch := func(path, inm string) (int, string, string) {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if inm != "" {
			req.Header.Set("If-None-Match", inm)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), resp.Header.Get("ETag")
	}
	code, first, tag := fetch("/events/ev-b", "")
	if code != 200 || tag == "" || !strings.Contains(first, "Warga Sukamaju kembali ke rumah") {
		t.Fatalf("first fetch: %d, etag %q", code, tag)
	}
	if code, second, tag2 := fetch("/events/ev-b", ""); code != 200 || second != first || tag2 != tag {
		t.Errorf("second fetch differs: %d, etag %q vs %q", code, tag2, tag)
	}
	if code, body, _ := fetch("/events/ev-b", tag); code != http.StatusNotModified || body != "" {
		t.Errorf("If-None-Match: status %d, %d bytes", code, len(body))
	}
	if code, body, _ := fetch("/api/events/ev-b", ""); code != 200 || !strings.Contains(body, `"total_articles": 1`) {
		t.Errorf("API: %d %s", code, body)
	}
	hits, misses := h.pages.stats()
	if hits != 2 || misses != 2 {
		t.Errorf("hits %d misses %d, want 2 and 2", hits, misses)
	}
	// The pipeline saves a new summary: the next request renders it.
	ev, err := st.Event(context.Background(), "ev-b")
	if err != nil {
		t.Fatal(err)
	}
	ev.Label = "Warga pulang setelah banjir surut"
	if err := st.SaveEvents(context.Background(), []store.Event{ev}, nil, nil); err != nil {
		t.Fatal(err)
	}
	// The first request after the change may get the previous page (it
	// answers while the new one renders); the update shows right after.
	deadline := time.Now().Add(5 * time.Second)
	for {
		code, third, tag3 := fetch("/events/ev-b", tag)
		if code == 200 && strings.Contains(third, "Warga pulang setelah banjir surut") && tag3 != tag {
			break
		}
		if code != 200 && code != http.StatusNotModified || time.Now().After(deadline) {
			t.Fatalf("after the event changed: status %d, etag %q (was %q), new label shown: %v", code, tag3, tag, strings.Contains(third, "Warga pulang"))
		}
		time.Sleep(5 * time.Millisecond)
	}
	if h.pages.stale == 0 {
		t.Error("the changed event was not served stale while it rendered")
	}
	if code, _, _ := fetch("/events/nope", ""); code != http.StatusNotFound {
		t.Errorf("missing event: %d", code)
	}
}

// TestDeadline checks that a request that runs out of time answers 503
// with a whole error page (or JSON error), never half a page.
func TestDeadline(t *testing.T) {
	st, idx := fixtureStore(t)
	srv := httptest.NewServer(New(Config{Store: st, Search: idx, Logger: slog.New(slog.DiscardHandler), Timeout: time.Nanosecond}))
	defer srv.Close()
	for _, path := range []string{"/events/ev-a", "/api/events/ev-a", "/search?q=banjir"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(b), "took too long") {
			t.Errorf("%s: status %d, body %.200s", path, resp.StatusCode, b)
		}
	}
}

func TestPageCacheStale(t *testing.T) {
	c := newPageCache(1 << 20)
	ctx := context.Background()
	release := make(chan struct{})
	var renders atomic.Int32
	render := func(body string, wait bool) func(context.Context) (string, []byte, error) {
		return func(context.Context) (string, []byte, error) {
			renders.Add(1)
			if wait {
				<-release
			}
			return htmlType, []byte(body), nil
		}
	}
	if p, err := c.getStale(ctx, "e", "v1", render("one", false)); err != nil || string(p.body) != "one" {
		t.Fatalf("first: %v %v", p, err)
	}
	// v2: the v1 page answers at once, however many ask, and v2 renders once.
	for range 5 {
		if p, err := c.getStale(ctx, "e", "v2", render("two", true)); err != nil || string(p.body) != "one" {
			t.Fatalf("while v2 renders: %q %v", p.body, err)
		}
	}
	close(release)
	deadline := time.Now().Add(5 * time.Second)
	for {
		p, _ := c.getStale(ctx, "e", "v2", render("never", false))
		if string(p.body) == "two" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("v2 never replaced v1")
		}
		time.Sleep(time.Millisecond)
	}
	if n := renders.Load(); n != 2 {
		t.Errorf("%d renders, want 2 (v1 once, v2 once)", n)
	}
	// A failed background render keeps the old page and is retried.
	if p, _ := c.getStale(ctx, "e", "v3", func(context.Context) (string, []byte, error) { return "", nil, fmt.Errorf("boom") }); string(p.body) != "two" {
		t.Errorf("during a failing render: %q", p.body)
	}
	deadline = time.Now().Add(5 * time.Second)
	for {
		p, _ := c.getStale(ctx, "e", "v3", render("three", false))
		if string(p.body) == "three" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("v3 never rendered after a failure")
		}
		time.Sleep(time.Millisecond)
	}
}

func TestStampCache(t *testing.T) {
	ctx := context.Background()
	calls := 0
	version := int64(1)
	fetch := func(_ context.Context, id string) (store.EventStamp, error) {
		calls++
		if id == "missing" {
			return store.EventStamp{}, store.ErrNotFound
		}
		return store.EventStamp{ID: id, Version: version}, nil
	}
	c := newStampCache(30 * time.Millisecond)
	for range 3 {
		if st, err := c.get(ctx, "e", fetch); err != nil || st.Version != 1 {
			t.Fatalf("%+v %v", st, err)
		}
	}
	if calls != 1 {
		t.Errorf("%d fetches within the TTL, want 1", calls)
	}
	version = 2
	time.Sleep(40 * time.Millisecond)
	if st, _ := c.get(ctx, "e", fetch); st.Version != 2 || calls != 2 {
		t.Errorf("after the TTL: version %d after %d fetches, want 2 after 2", st.Version, calls)
	}
	for range 2 {
		if _, err := c.get(ctx, "missing", fetch); err == nil {
			t.Error("missing event: no error")
		}
	}
	if calls != 4 {
		t.Errorf("errors were cached: %d fetches, want 4", calls)
	}
	off := newStampCache(-1)
	off.get(ctx, "e", fetch)
	off.get(ctx, "e", fetch)
	if calls != 6 {
		t.Errorf("TTL off: %d fetches, want 6", calls)
	}
}

// randomText is n bytes that do not compress.
func randomText(n int) string {
	b := make([]byte, n)
	r := mathrand.New(mathrand.NewPCG(1, 2))
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return string(b)
}

// TestCompressedPages checks that big pages are kept gzipped, go out
// compressed to clients that take gzip and plain to the others, with an
// ETag per encoding.
func TestCompressedPages(t *testing.T) {
	c := newPageCache(1 << 20)
	body := strings.Repeat("<tr><td>Banjir merendam rumah warga</td></tr>\n", 200)
	p, err := c.get("e", "v", func() (string, []byte, error) { return htmlType, []byte(body), nil })
	if err != nil || !p.gz || len(p.body) >= len(body)/4 {
		t.Fatalf("page not compressed: gz %v, %d of %d bytes, %v", p.gz, len(p.body), len(body), err)
	}
	serve := func(ae, inm string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", "/events/e", nil)
		if ae != "" {
			r.Header.Set("Accept-Encoding", ae)
		}
		if inm != "" {
			r.Header.Set("If-None-Match", inm)
		}
		w := httptest.NewRecorder()
		if err := p.write(w, r); err != nil {
			t.Fatal(err)
		}
		return w
	}
	plain := serve("", "")
	if plain.Body.String() != body || plain.Header().Get("Content-Encoding") != "" {
		t.Errorf("plain client got %d bytes, encoding %q", plain.Body.Len(), plain.Header().Get("Content-Encoding"))
	}
	for _, ae := range []string{"gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8"} {
		w := serve(ae, "")
		if w.Header().Get("Content-Encoding") != "gzip" || w.Header().Get("Vary") != "Accept-Encoding" {
			t.Errorf("%q: headers %v", ae, w.Header())
			continue
		}
		zr, err := gzip.NewReader(w.Body)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(zr)
		if string(got) != body {
			t.Errorf("%q: decompressed body differs", ae)
		}
		if w.Header().Get("ETag") == plain.Header().Get("ETag") {
			t.Errorf("%q: same ETag for both encodings", ae)
		}
		if nm := serve(ae, w.Header().Get("ETag")); nm.Code != http.StatusNotModified {
			t.Errorf("%q: If-None-Match: %d", ae, nm.Code)
		}
	}
	if w := serve("gzip;q=0, identity", ""); w.Header().Get("Content-Encoding") != "" || w.Body.String() != body {
		t.Errorf("gzip;q=0 still compressed")
	}
}
