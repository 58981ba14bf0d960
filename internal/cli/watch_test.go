package cli

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/sqlite"
)

// feedSite serves an RSS feed of two items with their pages, and a
// missing feed. All text is written for this test.
func feedSite(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kabar Uji</title><link>` + srv.URL + `/</link><description>uji</description>
<item><title>Longsor Tutup Jalan Desa Cibodas</title><link>` + srv.URL + `/a/1</link><guid>uji-1</guid>
<pubDate>Selasa, 7 Januari 2025 09:30 WIB</pubDate></item>
<item><title>Pasar Murah Digelar di Alun-Alun Kota</title><link>` + srv.URL + `/a/2</link><guid>uji-2</guid>
<pubDate>Wed, 08 Jan 2025 14:00:00 WIB</pubDate></item>
</channel></rss>`
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss)
	})
	pages := map[string][2]string{
		"/a/1": {"Longsor Tutup Jalan Desa Cibodas", "Tanah dari tebing di sisi jalan desa runtuh setelah hujan turun sejak sore. Petugas menutup jalan untuk sementara dan mengalihkan kendaraan ke jalur lain."},
		"/a/2": {"Pasar Murah Digelar di Alun-Alun Kota", "Pemerintah kota menggelar pasar murah untuk menahan kenaikan harga bahan pokok. Warga sudah antre sejak pagi untuk membeli beras dan minyak goreng."},
	}
	for path, p := range pages {
		body := `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>` + p[0] + `</title></head><body>
<nav><a href="/">Beranda</a></nav><article><h1>` + p[0] + `</h1>
<p>` + p[1] + `</p>
<p>Seorang warga mengatakan kejadian seperti ini belum pernah terjadi dalam beberapa tahun terakhir di daerah tersebut.</p>
<p>"Kami berharap semuanya segera kembali normal," kata kepala desa kepada wartawan di kantornya.</p>
</article></body></html>`
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		})
	}
	return srv
}

func TestWatchOnce(t *testing.T) {
	srv := feedSite(t)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dir := t.TempDir()
	db := filepath.Join(dir, "w.db")
	feeds := filepath.Join(dir, "feeds.txt")
	list := "# test feeds\n" + srv.URL + "/rss Kabar Uji\n"
	if err := os.WriteFile(feeds, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, "watch", "--db", db, "--feeds", feeds, "--once", "--politeness", "0s")
	if code != 0 {
		t.Fatalf("watch --once: exit %d: %s", code, errs)
	}
	recs := exportRecords(t, db)
	if len(recs) != 2 {
		t.Fatalf("%d articles stored, want 2: %v", len(recs), recs)
	}
	byTitle := map[string]map[string]any{}
	for _, m := range recs {
		byTitle[m["title"].(string)] = m
	}
	tests := []struct{ title, url, published string }{
		{"Longsor Tutup Jalan Desa Cibodas", srv.URL + "/a/1", "2025-01-07T09:30:00+07:00"},
		{"Pasar Murah Digelar di Alun-Alun Kota", srv.URL + "/a/2", "2025-01-08T14:00:00+07:00"},
	}
	for _, tt := range tests {
		m, ok := byTitle[tt.title]
		if !ok {
			t.Errorf("article %q missing", tt.title)
			continue
		}
		if m["url"] != tt.url || m["outlet"] != "Kabar Uji" || m["published"] != tt.published || m["event"] == "" {
			t.Errorf("article %q: url %v outlet %v published %v event %v; want %s, Kabar Uji, %s, an event",
				tt.title, m["url"], m["outlet"], m["published"], m["event"], tt.url, tt.published)
		}
	}
	// Items are ingested from memory and record their page URL as source.
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	var sources []string
	err = st.EachSource(context.Background(), func(r store.SourceRef) error {
		sources = append(sources, r.Source)
		return nil
	})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(sources)
	if want := []string{srv.URL + "/a/1", srv.URL + "/a/2"}; !slices.Equal(sources, want) {
		t.Errorf("recorded sources %q, want the item URLs %q", sources, want)
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	// A second poll finds nothing new; a missing feed fails, visibly.
	list += srv.URL + "/missing Hilang\n"
	if err := os.WriteFile(feeds, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = run(t, "watch", "--db", db, "--feeds", feeds, "--once", "--politeness", "0s")
	if code != 1 || !strings.Contains(errs, "some feeds failed") || !strings.Contains(errs, "0 new items") {
		t.Errorf("second poll: exit %d, stderr %s; want exit 1, a failed feed, nothing new", code, errs)
	}
	if n := len(exportRecords(t, db)); n != 2 {
		t.Errorf("%d articles after the second poll, want 2", n)
	}
	code, out, errs := run(t, "feeds", "--db", db)
	if code != 0 {
		t.Fatalf("feeds: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "FEED") {
		t.Fatalf("feeds output:\n%s", out)
	}
	missing, ok := lines[1], lines[2]
	if !strings.Contains(missing, "/missing") || !strings.Contains(missing, "never") || !strings.Contains(missing, "HTTP 404") {
		t.Errorf("failing feed line: %q", missing)
	}
	if f := strings.Fields(ok); !strings.Contains(ok, "/rss") || !strings.Contains(ok, "Kabar Uji") || f[len(f)-3] != "2" || f[len(f)-1] != "-" {
		t.Errorf("working feed line: %q; want 2 items and no error", ok)
	}
}

func TestWatchUsage(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("ftp://x.test/feed\n"), 0o644)
	tests := []struct {
		args []string
		code int
		has  string
	}{
		{[]string{"watch", "--once"}, ExitUsage, "--feeds FILE is required"},
		{[]string{"watch", "--feeds", bad, "--once", "--db", filepath.Join(dir, "w.db")}, ExitFail, "line 1"},
		{[]string{"watch", "--feeds", filepath.Join(dir, "none.txt"), "--once"}, ExitFail, "feeds file"},
	}
	for _, tt := range tests {
		code, _, errs := run(t, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.has) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, errs, tt.code, tt.has)
		}
	}
}
