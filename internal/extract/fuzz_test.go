package extract

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func addFixtures(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(b)
		}
	}
}

func checkFuzzResult(t *testing.T, in Input) {
	a, err := Extract(in)
	if err != nil {
		if !errors.Is(err, ErrNoText) {
			t.Fatalf("error does not wrap ErrNoText: %v", err)
		}
		return
	}
	if a.ID == "" || len(a.Paragraphs) == 0 {
		t.Fatalf("no id or no paragraphs without an error: %+v", a)
	}
	for _, p := range a.Paragraphs {
		if p == "" {
			t.Fatal("empty paragraph")
		}
	}
}

func FuzzExtractText(f *testing.F) {
	addFixtures(f, "testdata/text/*.txt")
	f.Add([]byte("Judul\n(dea)\n"))
	f.Add([]byte("Seoul (ANTARA) - \nBaca juga:\n[Gambas:\n© \n(Getty Images)"))
	f.Add([]byte("X | 31/12/2019 18:19 WIB\nA • 1 Januari 2020 10:00\n( )\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		if !utf8.Valid(body) {
			return // the source stage hands over valid UTF-8
		}
		checkFuzzResult(t, Input{Source: "fuzz", Format: "text", Body: body})
		checkFuzzResult(t, Input{Source: "fuzz", Format: "jsonl", Title: "Judul", Body: body})
	})
}

func FuzzExtractHTML(f *testing.F) {
	addFixtures(f, "testdata/html/*.html")
	f.Add([]byte("<html><body><p>Jakarta, CNN Indonesia -- Teks.</p><p>(dea)</p></body></html>"))
	f.Add([]byte("<p>Baca juga: <a>x</a></p><br><br>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		if !utf8.Valid(body) {
			return
		}
		checkFuzzResult(t, Input{Source: "fuzz", Format: "html", Body: body})
	})
}
