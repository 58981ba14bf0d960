package dedup

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Edits made to a text to imitate a reprint.

func paragraphs(text string) []string {
	var ps []string
	for _, p := range strings.Split(text, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	return ps
}

func changeTitle(text string) string {
	ps := paragraphs(text)
	ps[0] = "BREAKING: Sebuah judul baru yang sama sekali berbeda untuk berita ini"
	return strings.Join(ps, "\n\n")
}

func insertLine(text string) string {
	ps := paragraphs(text)
	mid := len(ps) / 2
	line := "Baca juga: Harga cabai rawit naik lagi menjelang akhir pekan panjang di pasar induk kota"
	ps = append(ps[:mid], append([]string{line}, ps[mid:]...)...)
	return strings.Join(ps, "\n\n")
}

func removeLast(text string) string {
	ps := paragraphs(text)
	return strings.Join(ps[:len(ps)-1], "\n\n")
}

// substitute replaces every word whose position hashes into the given
// share with a word that occurs nowhere else.
func substitute(text string, share float64) string {
	lines := strings.Split(text, "\n")
	n := 0
	for li, line := range lines {
		fields := strings.Fields(line)
		for i := range fields {
			n++
			if h := fmix64(uint64(n) + 12345); float64(h%1000) < share*1000 {
				fields[i] = fmt.Sprintf("ganti%d", n)
			}
		}
		lines[li] = strings.Join(fields, " ")
	}
	return strings.Join(lines, "\n")
}

// wireCopy: new headline and dateline, last paragraph cut, a few words changed.
func wireCopy(text string) string {
	ps := paragraphs(removeLast(substitute(text, 0.03)))
	ps[0] = "Kota Lain, Kantor Berita --"
	return "Judul versi kantor berita\n\n" + strings.Join(ps, "\n\n")
}

var edits = []struct {
	name string
	fn   func(string) string
}{
	{"changed title", changeTitle},
	{"inserted line", insertLine},
	{"removed last paragraph", removeLast},
	{"5% substitutions", func(s string) string { return substitute(s, 0.05) }},
	{"10% substitutions", func(s string) string { return substitute(s, 0.10) }},
	{"wire copy", wireCopy},
}

func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	return string(b)
}

// exactJaccard computes the true Jaccard similarity of the k-shingle sets.
func exactJaccard(a, b string, k int) float64 {
	set := func(s string) map[uint64]bool {
		sc := &scratch{}
		sc.words = appendWordHashes(nil, s)
		m := map[uint64]bool{}
		for _, h := range shingles(sc, sc.words, k) {
			m[h] = true
		}
		return m
	}
	sa, sb := set(a), set(b)
	inter := 0
	for h := range sa {
		if sb[h] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

type corpusDoc struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
	URL   string `json:"url"`
}

// readCorpus reads ../../../shared/corpus/<name>/articles.jsonl or skips.
func readCorpus(t testing.TB, name string) []corpusDoc {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "corpus", name, "articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("corpus %s not available: %v", name, err)
	}
	defer f.Close()
	var docs []corpusDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d corpusDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return docs
}
