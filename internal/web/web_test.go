package web

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/postgres"
	"github.com/warta-news/warta/internal/store/postgres/pgtest"
	"github.com/warta-news/warta/internal/store/sqlite"
)

// Fixture articles, written for these tests.
const evil = `Warga <script>alert("x")</script> & "pejabat" <b>menolak</b>`

// testStore is a backend the page tests run on.
type testStore interface {
	Store
	IngestStore
	search.Backend
}

// backends are the stores the search, event and entity page tests run on.
var backends = []string{"sqlite", "postgres"}

// eachBackend runs fn as a subtest per backend.
func eachBackend(t *testing.T, fn func(t *testing.T, kind string)) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) { fn(t, kind) })
	}
}

// openBackend opens an empty store of kind; PostgreSQL tests skip without
// DATABASE_URL (and fail in CI).
func openBackend(t testing.TB, kind string) testStore {
	t.Helper()
	ctx := context.Background()
	var st testStore
	var err error
	switch kind {
	case "sqlite":
		st, err = sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	case "postgres":
		st, err = postgres.Open(ctx, pgtest.URL(t))
	default:
		t.Fatalf("no backend %q", kind)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// fixtureStore is fixtureStoreOn(t, "sqlite").
func fixtureStore(t testing.TB) (*sqlite.Store, *search.Index) {
	t.Helper()
	st, idx := fixtureStoreOn(t, "sqlite")
	return st.(*sqlite.Store), idx
}

func fixtureStoreOn(t testing.TB, kind string) (testStore, *search.Index) {
	t.Helper()
	ctx := context.Background()
	st := openBackend(t, kind)
	day := func(d int) time.Time { return time.Date(2024, 3, d, 9, 30, 0, 0, time.UTC) }
	budi := article.Entity{ID: "person:budi-hartono", Name: "Budi Hartono", Type: "person", Aliases: []string{"Budi Hartono", "Budi"}, Count: 2}
	desa := article.Entity{ID: "place:sukamaju", Name: "Sukamaju", Type: "place", Aliases: []string{"Sukamaju"}, Count: 1}
	mk := func(title, outlet string, pub time.Time, ev, story string, paras ...string) *article.Article {
		a := &article.Article{Title: title, Lang: "id", LangHow: article.HowExplicit, Outlet: outlet, OutletHow: article.HowExplicit,
			Published: pub, PublishedHow: article.HowExplicit, PublishedPrecision: article.PrecisionMinute, PublishedFrom: "Senin, 4/3/2024 09:30 WIB",
			Paragraphs: paras, Source: "fixture/" + title + ".txt", Format: "text", Raw: []byte(title + "\n\n" + strings.Join(paras, "\n\n")),
			EventID: ev, StoryID: story, Entities: []article.Entity{budi, desa},
			Quotes: []article.Quote{{Speaker: "Budi Hartono", SpeakerID: budi.ID, Text: "kami sudah mengirim bantuan", Direct: true}}}
		a.ID = article.ContentID(a.Title, a.Paragraphs)
		return a
	}
	a1 := mk("Banjir merendam Sukamaju", "Warta Harian", day(4), "ev-a", "st-1", "Banjir merendam rumah warga di Sukamaju.", "Budi Hartono mengatakan bantuan sudah dikirim.")
	a2 := mk("Banjir Sukamaju meluas", "Kabar Nusantara", day(4).Add(2*time.Hour), "ev-a", "st-1", "Banjir merendam rumah warga di Sukamaju, kata Budi.", "Air terus naik.")
	a2.DuplicateOf = a1.ID
	a3 := mk("Warga Sukamaju kembali ke rumah", "Warta Harian", day(9), "ev-b", "st-1", "Air surut dan warga membersihkan rumah.")
	a4 := mk(evil, "Suara Timur", day(10), "ev-c", "st-2", evil, `Paragraf kedua dengan "kutipan" dan <img src=x onerror=alert(1)>.`)
	a4.Removed = []article.Removed{{Text: "Baca juga: <script>alert(2)</script>", Kind: "related"}}
	arts := []*article.Article{a1, a2, a3, a4}
	if err := st.Save(ctx, &store.Batch{Articles: arts}); err != nil {
		t.Fatal(err)
	}
	evs := []store.Event{
		{ID: "ev-a", StoryID: "st-1", Label: a1.Title, LabelArticle: a1.ID, Start: day(4), End: day(4).Add(2 * time.Hour), Articles: 2, Outlets: []string{"Kabar Nusantara", "Warta Harian"}},
		{ID: "ev-b", StoryID: "st-1", Label: a3.Title, LabelArticle: a3.ID, Start: day(9), End: day(9), Articles: 1, Outlets: []string{"Warta Harian"}},
		{ID: "ev-c", StoryID: "st-2", Label: evil, LabelArticle: a4.ID, Start: day(10), End: day(10), Articles: 1, Outlets: []string{"Suara Timur"}},
	}
	stories := []store.Story{
		{ID: "st-1", Label: a1.Title, Start: day(4), End: day(9), Events: 2, Articles: 3},
		{ID: "st-2", Label: evil, Start: day(10), End: day(10), Events: 1, Articles: 1},
	}
	if err := st.SaveEvents(ctx, evs, stories, nil); err != nil {
		t.Fatal(err)
	}
	idx := search.New(st)
	if _, err := idx.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	return st, idx
}

// newTestServer is newTestServerOn(t, "sqlite", token).
func newTestServer(t testing.TB, token string) (*httptest.Server, *sqlite.Store) {
	t.Helper()
	srv, st := newTestServerOn(t, "sqlite", token)
	return srv, st.(*sqlite.Store)
}

func newTestServerOn(t testing.TB, kind, token string) (*httptest.Server, testStore) {
	t.Helper()
	st, idx := fixtureStoreOn(t, kind)
	h := New(Config{Store: st, Search: idx, Ingester: NewIngester(st, idx, slog.New(slog.DiscardHandler)), Token: token,
		Logger: slog.New(slog.DiscardHandler), MaxBody: 64 << 10})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, st
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func articleID(t *testing.T, st store.Store, title string) string {
	t.Helper()
	var id string
	err := st.EachArticle(context.Background(), func(a *article.Article) error {
		if a.Title == title {
			id = a.ID
		}
		return nil
	})
	if err != nil || id == "" {
		t.Fatalf("article %q: %q, %v", title, id, err)
	}
	return id
}

func TestPages(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		srv, st := newTestServerOn(t, kind, "")
		a1 := articleID(t, st, "Banjir merendam Sukamaju")
		tests := []struct {
			path   string
			status int
			ctype  string
			want   []string // substrings of the body
		}{
			{"/", 200, "text/html", []string{"Banjir merendam Sukamaju", "2 events", "3 articles", "Kabar Nusantara, Warta Harian", `href="/events/ev-b"`}},
			{"/stories/st-1", 200, "text/html", []string{`<svg id="timeline"`, "<circle", "Warga Sukamaju kembali ke rumah"}},
			{"/events/ev-a", 200, "text/html", []string{"Articles by outlet", "By origin", "↳", "Budi Hartono", "kami sudah mengirim bantuan", `href="/entities/person:budi-hartono"`}},
			{"/articles/" + a1, 200, "text/html", []string{"Banjir merendam rumah warga di Sukamaju.", "explicit", "Senin, 4/3/2024 09:30 WIB", "/raw"}},
			{"/articles/" + a1[:8], 302, "", nil},
			{"/entities", 200, "text/html", []string{"Budi Hartono", "4 articles"}},
			{"/entities/person:budi-hartono", 200, "text/html", []string{"Quotes over time", "kami sudah mengirim bantuan", "Banjir Sukamaju meluas"}},
			{"/search?q=banjir", 200, "text/html", []string{"<mark>Banjir</mark>", "2 articles found", "Outlet", "Budi Hartono"}},
			{"/search?q=mengirim", 200, "text/html", []string{"<mark>dikirim</mark>"}},
			{"/search", 200, "text/html", []string{`name="q"`}},
			{"/search?q=yang", 200, "text/html", []string{"no searchable words"}},
			{"/search?q=banjir&from=nope", 400, "text/html", []string{"dates are"}},
			{"/stories/nope", 404, "text/html", []string{"404 Not Found", "story nope"}},
			{"/events/nope", 404, "text/html", nil},
			{"/articles/nope", 404, "text/html", nil},
			{"/entities/nope", 404, "text/html", nil},
			{"/no/such/page", 404, "text/html", nil},
			{"/healthz", 200, "text/plain", []string{"ok"}},
		}
		client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		for _, tt := range tests {
			t.Run(tt.path, func(t *testing.T) {
				resp, err := client.Get(srv.URL + tt.path)
				if err != nil {
					t.Fatal(err)
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				body := string(b)
				if resp.StatusCode != tt.status {
					t.Fatalf("status = %d, want %d; body:\n%s", resp.StatusCode, tt.status, body)
				}
				if !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.ctype) {
					t.Errorf("Content-Type = %q, want %s", resp.Header.Get("Content-Type"), tt.ctype)
				}
				for _, w := range tt.want {
					if !strings.Contains(body, w) {
						t.Errorf("body lacks %q", w)
					}
				}
				if tt.ctype == "text/html" && !strings.Contains(resp.Header.Get("Content-Security-Policy"), "script-src 'self'") {
					t.Errorf("no CSP on %s", tt.path)
				}
			})
		}
	})
}

// TestEscaping checks that article text with markup renders inert
// everywhere it appears.
func TestEscaping(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		srv, st := newTestServerOn(t, kind, "")
		id := articleID(t, st, evil)
		for _, path := range []string{"/", "/stories/st-2", "/events/ev-c", "/articles/" + id, "/search?q=menolak", "/search?q=" + "%3Cscript%3E+menolak"} {
			_, body := get(t, srv.URL+path)
			for _, bad := range []string{"<script>alert", "<b>menolak", "<img src=x", "<script>alert(2)"} {
				if strings.Contains(body, bad) {
					t.Errorf("%s: body contains live markup %q", path, bad)
				}
			}
			if !strings.Contains(body, "&lt;script&gt;") {
				t.Errorf("%s: escaped text missing", path)
			}
			if n := len(regexp.MustCompile(`<script`).FindAllString(body, -1)); n != 1 {
				t.Errorf("%s: %d <script elements, want only the app's", path, n)
			}
		}
		// JSON escapes markup too.
		_, body := get(t, srv.URL+"/api/articles/"+id)
		if strings.Contains(body, "<script>") {
			t.Errorf("API body contains raw <script>")
		}
	})
}

func TestRaw(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		srv, st := newTestServerOn(t, kind, "")
		id := articleID(t, st, evil)
		resp, body := get(t, srv.URL+"/articles/"+id+"/raw")
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/plain; charset=utf-8" || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Fatalf("raw: %d %v", resp.StatusCode, resp.Header)
		}
		if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "sandbox") {
			t.Errorf("raw CSP = %q, want sandbox", resp.Header.Get("Content-Security-Policy"))
		}
		if !strings.HasPrefix(body, evil) {
			t.Errorf("raw body = %q, want the input unchanged", body)
		}
	})
}

func TestStatic(t *testing.T) {
	srv, _ := newTestServer(t, "")
	_, page := get(t, srv.URL+"/")
	m := regexp.MustCompile(`href="(/static/app\.[0-9a-f]{12}\.css)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no checksummed stylesheet link in the page")
	}
	resp, body := get(t, srv.URL+m[1])
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/css") || !strings.Contains(body, "--accent") {
		t.Errorf("stylesheet: %d %v", resp.StatusCode, resp.Header)
	}
	if resp, _ := get(t, srv.URL+"/static/app.000000000000.css"); resp.StatusCode != 404 {
		t.Errorf("wrong checksum: status %d, want 404", resp.StatusCode)
	}
}

func TestAPI(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		srv, st := newTestServerOn(t, kind, "")
		a1 := articleID(t, st, "Banjir merendam Sukamaju")
		tests := []struct {
			path   string
			status int
			check  func(t *testing.T, m map[string]any)
		}{
			{"/api/stories", 200, func(t *testing.T, m map[string]any) {
				items := m["items"].([]any)
				if len(items) != 2 {
					t.Errorf("%d stories, want 2", len(items))
				}
			}},
			{"/api/stories/st-1", 200, func(t *testing.T, m map[string]any) {
				if n := len(m["timeline"].([]any)); n != 2 {
					t.Errorf("%d events, want 2", n)
				}
			}},
			{"/api/events/ev-a", 200, func(t *testing.T, m map[string]any) {
				if n := len(m["articles"].([]any)); n != 2 {
					t.Errorf("%d articles, want 2", n)
				}
				origins := m["by_origin"].([]any)
				if len(origins) != 1 || len(origins[0].(map[string]any)["reprints"].([]any)) != 1 {
					t.Errorf("by_origin = %v, want one origin with one reprint", origins)
				}
				ents := m["entities"].([]any)
				if e := ents[0].(map[string]any); e["name"] != "Budi Hartono" || e["articles"].(float64) != 2 || e["mentions"].(float64) != 4 {
					t.Errorf("entities[0] = %v", e)
				}
				if _, ok := m["claims"]; ok {
					t.Errorf("claims present without verification data")
				}
			}},
			{"/api/articles/" + a1, 200, func(t *testing.T, m map[string]any) {
				if m["outlet_how"] != "explicit" || m["published_from"] == "" || m["event"] != "ev-a" {
					t.Errorf("article = %v", m)
				}
			}},
			{"/api/entities", 200, func(t *testing.T, m map[string]any) {
				if len(m["items"].([]any)) != 2 {
					t.Errorf("entities = %v", m)
				}
			}},
			{"/api/search?q=perendaman", 200, func(t *testing.T, m map[string]any) {
				if m["total"].(float64) != 2 {
					t.Errorf("total = %v, want 2 (merendam)", m["total"])
				}
			}},
			{"/api/search", 400, func(t *testing.T, m map[string]any) {
				if m["error"] != "missing q" {
					t.Errorf("error = %v", m["error"])
				}
			}},
			{"/api/search?q=banjir&limit=x", 400, nil},
			{"/api/events/nope", 404, func(t *testing.T, m map[string]any) {
				if !strings.Contains(m["error"].(string), "not found") {
					t.Errorf("error = %v", m["error"])
				}
			}},
			{"/api/nope", 404, nil},
		}
		for _, tt := range tests {
			t.Run(tt.path, func(t *testing.T) {
				resp, body := get(t, srv.URL+tt.path)
				if resp.StatusCode != tt.status {
					t.Fatalf("status = %d, want %d: %s", resp.StatusCode, tt.status, body)
				}
				if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
					t.Errorf("Content-Type = %q", ct)
				}
				var m map[string]any
				if err := json.Unmarshal([]byte(body), &m); err != nil {
					t.Fatalf("not JSON: %v\n%s", err, body)
				}
				if tt.status >= 400 && m["error"] == nil {
					t.Errorf("error body lacks \"error\": %s", body)
				}
				if tt.check != nil {
					tt.check(t, m)
				}
			})
		}
	})
}

func post(t *testing.T, url, token, ctype, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		t.Fatalf("POST: not JSON: %v", err)
	}
	return resp.StatusCode, m
}

func TestWritesNeedToken(t *testing.T) {
	ro, _ := newTestServer(t, "")
	if code, m := post(t, ro.URL+"/api/articles", "x", "application/json", `{"title":"a","text":"b"}`); code != 403 || !strings.Contains(m["error"].(string), "read-only") {
		t.Errorf("read-only server: %d %v", code, m)
	}
	srv, _ := newTestServer(t, "s3cret")
	for _, tok := range []string{"", "wrong", "s3cret0", "s3cre"} {
		if code, _ := post(t, srv.URL+"/api/articles", tok, "application/json", `{"title":"a","text":"b"}`); code != 401 {
			t.Errorf("token %q: status %d, want 401", tok, code)
		}
	}
	if code, m := post(t, srv.URL+"/api/articles", "s3cret", "image/png", "x"); code != 415 {
		t.Errorf("image/png: %d %v, want 415", code, m)
	}
	big := `{"title":"a","text":"` + strings.Repeat("kata ", 20000) + `"}`
	if code, m := post(t, srv.URL+"/api/articles", "s3cret", "application/json", big); code != 413 {
		t.Errorf("100 KB body on a 64 KB limit: %d %v, want 413", code, m)
	}
	if code, m := post(t, srv.URL+"/api/articles", "s3cret", "application/json", `[{"title":`); code != 400 {
		t.Errorf("bad JSON: %d %v, want 400", code, m)
	}
	if resp, _ := get(t, srv.URL+"/api/articles"); resp.StatusCode != 405 {
		t.Errorf("GET /api/articles: %d, want 405", resp.StatusCode)
	}
}

func TestIngestPost(t *testing.T) {
	eachBackend(t, func(t *testing.T, kind string) {
		srv, _ := newTestServerOn(t, kind, "s3cret")
		body := `{"title":"Gempa mengguncang pesisir Lombok","outlet":"Warta Uji","published":"2024-04-02T08:00:00+07:00","text":"Gempa berkekuatan sedang mengguncang pesisir Lombok pada Selasa pagi.\n\nWarga berhamburan keluar rumah namun tidak ada kerusakan berat."}`
		code, m := post(t, srv.URL+"/api/articles", "s3cret", "application/json", body)
		if code != 201 || m["stored"].(float64) != 1 || len(m["articles"].([]any)) != 1 {
			t.Fatalf("POST: %d %v", code, m)
		}
		id := m["articles"].([]any)[0].(string)
		resp, page := get(t, srv.URL+"/articles/"+id)
		if resp.StatusCode != 200 || !strings.Contains(page, "Gempa mengguncang pesisir Lombok") {
			t.Errorf("new article page: %d", resp.StatusCode)
		}
		_, res := get(t, srv.URL+"/api/search?q=guncangan+lombok")
		if !strings.Contains(res, id) {
			t.Errorf("new article not found by search: %s", res)
		}
		code, m = post(t, srv.URL+"/api/articles", "s3cret", "application/json", body)
		if code != 200 || m["already_stored"].(float64) != 1 {
			t.Errorf("second POST: %d %v, want 200 already stored", code, m)
		}
	})
}

func TestTimeline(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	tl := buildTimeline([]store.Event{
		{ID: "a", Label: "first", Start: day(1), Articles: 1},
		{ID: "b", Label: "big", Start: day(11), Articles: 25},
		{ID: "c", Label: "undated"},
	})
	if len(tl.Marks) != 2 || tl.Undated != 1 {
		t.Fatalf("marks %d undated %d", len(tl.Marks), tl.Undated)
	}
	a, b := tl.Marks[0], tl.Marks[1]
	if a.X != float64(tl.X0) || b.X != float64(tl.X1) {
		t.Errorf("x = %v, %v; want the ends %d, %d", a.X, b.X, tl.X0, tl.X1)
	}
	if !(b.R > a.R) {
		t.Errorf("radius %v for 25 articles not above %v for 1", b.R, a.R)
	}
	if len(tl.Ticks) < 2 {
		t.Errorf("ticks = %v", tl.Ticks)
	}
}
