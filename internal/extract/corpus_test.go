package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode"
)

// corpusDir holds the shared labelled corpora (third-party text, read only).
const corpusDir = "../../../shared/corpus"

// letters counts letters and digits: the text that matters for retention.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// TestCorpusSmoke runs every article of the shared corpora through Extract
// with its JSONL hints: nothing may fail except empty bodies, and the
// extracted title+text must keep nearly all the letters of the input (the
// furniture filter must not eat bodies).
func TestCorpusSmoke(t *testing.T) {
	cases := []struct {
		dir       string
		limit     int
		minRetain float64 // share of input letters kept, over the whole set
	}{
		{"ecbplus", 0, 0.97},
		{"id-hoax-600", 0, 0.99},
		{"id-clickid-raw", 3000, 0.99},
	}
	for _, tc := range cases {
		t.Run(tc.dir, func(t *testing.T) {
			f, err := os.Open(filepath.Join(corpusDir, tc.dir, "articles.jsonl"))
			if err != nil {
				t.Skipf("corpus %s absent: %v", tc.dir, err)
			}
			defer f.Close()
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<20), 1<<24)
			var n, failed, in, out int
			for sc.Scan() && (tc.limit == 0 || n < tc.limit) {
				var row struct{ ID, Title, Text, Lang, Outlet, URL, Published string }
				if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
					t.Fatal(err)
				}
				n++
				a, err := Extract(Input{Source: row.ID, SourceID: row.ID, Format: "jsonl", Body: []byte(row.Text),
					Title: row.Title, Outlet: row.Outlet, Published: row.Published, URL: row.URL, Lang: row.Lang})
				if err != nil {
					if letters(row.Text) > 0 {
						failed++
						t.Errorf("%s: %v", row.ID, err)
					}
					continue
				}
				in += letters(row.Title) + letters(row.Text)
				got := letters(a.Title)
				for _, p := range a.Paragraphs {
					got += letters(p)
				}
				out += got
			}
			if n == 0 {
				t.Fatal("no articles read")
			}
			retain := float64(out) / float64(in)
			t.Logf("%s: %d articles, %d failed, %.3f of letters kept", tc.dir, n, failed, retain)
			if retain < tc.minRetain {
				t.Errorf("kept %.3f of the letters, want >= %.2f", retain, tc.minRetain)
			}
		})
	}
}
