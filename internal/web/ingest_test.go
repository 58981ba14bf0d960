package web

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/warta-news/warta/internal/store"
)

// TestIngestPostSource: a POST is ingested from memory, its articles
// record the request as their source, bad lines name it, and no
// temporary file is written.
func TestIngestPostSource(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	name := regexp.MustCompile(`^api:POST \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z req-[0-9a-f]{8}$`)
	// Articles written for this test.
	tests := []struct {
		name, ctype, body string
		status            int
		stored            int
		errs              []string // each error names the request and says why
	}{
		{
			name:   "one JSON object",
			ctype:  "application/json",
			body:   `{"title":"Jembatan gantung Desa Sumberejo diresmikan","text":"Bupati meresmikan jembatan gantung yang menghubungkan dua dusun di Desa Sumberejo.\n\nWarga tidak lagi harus menyeberangi sungai dengan rakit."}`,
			status: 201, stored: 1,
		},
		{
			name:   "plain text",
			ctype:  "text/plain",
			body:   "Festival layang-layang digelar di Pantai Parangtritis\n\nRatusan layang-layang berbagai bentuk menghiasi langit Pantai Parangtritis pada Minggu sore.\n\nPanitia menyebut peserta datang dari lima provinsi.",
			status: 201, stored: 1,
		},
		{
			name:   "HTML page",
			ctype:  "text/html",
			body:   `<!doctype html><html lang="id"><head><title>Sekolah darurat dibangun di Cianjur</title></head><body><article><h1>Sekolah darurat dibangun di Cianjur</h1><p>Relawan membangun tiga ruang kelas darurat bagi murid yang sekolahnya rusak akibat gempa.</p><p>Kegiatan belajar dijadwalkan kembali berjalan pekan depan, kata kepala sekolah.</p></article></body></html>`,
			status: 201, stored: 1,
		},
		{
			name:   "JSON lines, one bad",
			ctype:  "application/x-ndjson",
			body:   `{"title":"Harga cabai turun di Pasar Kramat","text":"Harga cabai rawit di Pasar Kramat turun menjadi tiga puluh ribu rupiah per kilogram setelah panen raya.\n\nPedagang berharap harga stabil hingga akhir bulan."}` + "\n" + `{"title":"kosong"}` + "\n",
			status: 201, stored: 1,
			errs: []string{":2: no text or html field"},
		},
		{
			name:   "nothing usable",
			ctype:  "text/plain",
			body:   "\x00\x01\x02 biner",
			status: 422, stored: 0,
			errs: []string{": binary data"},
		},
	}
	srv, st := newTestServer(t, "s3cret")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, m := post(t, srv.URL+"/api/articles", "s3cret", tt.ctype, tt.body)
			if code != tt.status || int(m["stored"].(float64)) != tt.stored {
				t.Fatalf("POST: %d %v, want %d with %d stored", code, m, tt.status, tt.stored)
			}
			errs, _ := m["errors"].([]any)
			if len(errs) != len(tt.errs) {
				t.Fatalf("errors %v, want %d", errs, len(tt.errs))
			}
			for i, want := range tt.errs {
				e := errs[i].(string)
				src, _, _ := strings.Cut(e, want)
				if !strings.Contains(e, want) || !name.MatchString(src) {
					t.Errorf("error %q: want the request's name then %q", e, want)
				}
			}
			ids := map[string]bool{}
			for _, id := range m["articles"].([]any) {
				ids[id.(string)] = true
			}
			var got []string
			err := st.EachSource(context.Background(), func(r store.SourceRef) error {
				if ids[r.ArticleID] {
					got = append(got, r.Source)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.stored {
				t.Fatalf("sources %v, want %d", got, tt.stored)
			}
			for _, s := range got {
				if !name.MatchString(s) {
					t.Errorf("recorded source %q, want api:POST <time> req-<id>", s)
				}
			}
		})
	}
	left, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("temporary file left: %s", e.Name())
	}
}
