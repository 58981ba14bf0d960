package pipeline

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/sqlite"
)

func TestRunInputs(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// Articles written for this test.
	inputs := []Input{
		{Source: "https://kabar.test/a/1", Format: "html", Outlet: "Kabar Uji",
			Data: []byte(`<!doctype html><html lang="id"><head><title>Longsor tutup jalan Cibodas</title></head><body><article><h1>Longsor tutup jalan Cibodas</h1><p>Tanah dari tebing di sisi jalan desa runtuh setelah hujan turun sejak sore.</p><p>Petugas menutup jalan untuk sementara dan mengalihkan kendaraan ke jalur lain.</p></article></body></html>`)},
		{Source: "https://kabar.test/a/2", Data: []byte("")},
		{Source: "api:POST test", Format: "jsonl",
			Data: []byte(`{"id":"x1","title":"Pasar murah digelar di alun-alun","outlet":"Warta Uji","text":"Pemerintah kota menggelar pasar murah untuk menahan kenaikan harga bahan pokok.\n\nWarga antre sejak pagi untuk membeli beras dan minyak goreng."}` + "\n{\n")},
		{Source: "https://kabar.test/a/3.txt",
			Data: []byte("Festival layang-layang di Parangtritis\n\nRatusan layang-layang menghiasi langit Pantai Parangtritis pada Minggu sore.\n\nPanitia menyebut peserta datang dari lima provinsi.")},
	}
	var bad []string
	stats, err := RunInputs(ctx, st, inputs, Options{Bad: func(e error) { bad = append(bad, e.Error()) }})
	if !errors.Is(err, ErrSomeFailed) {
		t.Errorf("RunInputs err = %v, want ErrSomeFailed", err)
	}
	if stats.Stored != 3 || stats.Failed != 2 {
		t.Errorf("stats %+v, want 3 stored, 2 failed", stats)
	}
	wantBad := []string{"https://kabar.test/a/2: empty file", "api:POST test:2: malformed JSON"}
	for _, w := range wantBad {
		if !slices.ContainsFunc(bad, func(b string) bool { return strings.HasPrefix(b, w) }) {
			t.Errorf("bad input %q, want one starting %q", bad, w)
		}
	}
	got := map[string]store.SourceRef{}
	if err := st.EachSource(ctx, func(r store.SourceRef) error { got[r.Source] = r; return nil }); err != nil {
		t.Fatal(err)
	}
	outlets := map[string]string{}
	if err := st.EachArticle(ctx, func(a *article.Article) error { outlets[a.Source] = a.Outlet; return nil }); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ source, sourceID, outlet string }{
		{"https://kabar.test/a/1", "", "Kabar Uji"},
		{"api:POST test", "x1", "Warta Uji"},
		{"https://kabar.test/a/3.txt", "", ""},
	}
	for _, tt := range tests {
		r, ok := got[tt.source]
		if !ok {
			t.Errorf("no article recorded from %s (sources %v)", tt.source, got)
			continue
		}
		if r.SourceID != tt.sourceID || outlets[tt.source] != tt.outlet {
			t.Errorf("%s: source id %q outlet %q, want %q and %q", tt.source, r.SourceID, outlets[tt.source], tt.sourceID, tt.outlet)
		}
	}
	if len(got) != len(tests) {
		t.Errorf("%d sources recorded, want %d: %v", len(got), len(tests), got)
	}
}
