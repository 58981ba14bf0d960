package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/entity"
)

const seedDir = "../../../shared/seeds"

// readSeed reads a seed article: the first non-empty line is the title,
// every other non-empty line a paragraph.
func readSeed(t *testing.T, prefix string) (title string, paras []string) {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(seedDir, prefix+"_*.txt"))
	if len(names) == 0 {
		t.Skipf("seed %s not found in %s", prefix, seedDir)
	}
	b, err := os.ReadFile(names[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if title == "" {
			title = l
			continue
		}
		paras = append(paras, l)
	}
	return title, paras
}

func seedQuotes(t *testing.T, prefix string) []article.Quote {
	title, paras := readSeed(t, prefix)
	return Find("id", paras, entity.Find("id", title, paras))
}

// quoteWith returns the first quote whose text contains sub.
func quoteWith(qs []article.Quote, sub string) (article.Quote, bool) {
	for _, q := range qs {
		if strings.Contains(q.Text, sub) {
			return q, true
		}
	}
	return article.Quote{}, false
}

func sameName(got, want string) bool { return normName(got) == normName(want) }

func TestSeeds(t *testing.T) {
	if _, err := os.Stat(seedDir); err != nil {
		t.Skipf("seed articles not available (%s): %v", seedDir, err)
	}
	tests := []struct {
		seed, sub, speaker, via string
		direct                  bool
	}{
		{"000", "mari kita selesaikan", "Stephen Biegun", "", true},
		{"000", "Kami akan memberikan penilaian", "Robert O'Brien", "ABC", true},
		{"000", "kita akan sangat kecewa", "Robert O'Brien", "", true},
		{"002", "sangat provokatif", "Yang Moo-jin", "", true},
		{"004", "segala upaya dalam negosiasi", "Kim Jong-un", "", true},
		{"004", "kemampuan militer paling kuat adalah", "Kim Jong-un", "Radio Free Asia", true},
		{"003", "melakukan negosiasi sejauh mungkin", "Kim Jong-un", "", true},
	}
	for _, tc := range tests {
		qs := seedQuotes(t, tc.seed)
		q, ok := quoteWith(qs, tc.sub)
		if !ok {
			t.Errorf("%s: no quote with %q", tc.seed, tc.sub)
			continue
		}
		if !sameName(q.Speaker, tc.speaker) && !sameName(q.Speaker, strings.ReplaceAll(tc.speaker, "-un", " Un")) {
			t.Errorf("%s %q: speaker = %q (%s), want %q", tc.seed, tc.sub, q.Speaker, q.SpeakerID, tc.speaker)
		}
		if q.Via != tc.via {
			t.Errorf("%s %q: via = %q, want %q", tc.seed, tc.sub, q.Via, tc.via)
		}
		if q.Direct != tc.direct {
			t.Errorf("%s %q: direct = %v, want %v", tc.seed, tc.sub, q.Direct, tc.direct)
		}
	}
	// Scare quotes are not speech.
	for _, sub := range []string{"jalan baru"} {
		if q, ok := quoteWith(seedQuotes(t, "000"), sub); ok && q.Text == sub {
			t.Errorf("000: scare quote %q reported as a quote by %q", sub, q.Speaker)
		}
	}
}

// TestSeedStatements checks that Kim's statement about the negotiations
// with the US, in two translations (seeds 003 and 004), is one statement.
func TestSeedStatements(t *testing.T) {
	if _, err := os.Stat(seedDir); err != nil {
		t.Skipf("seed articles not available (%s): %v", seedDir, err)
	}
	a, b := seedQuotes(t, "003"), seedQuotes(t, "004")
	lists := [][]article.Quote{a, b}
	LinkStatements(lists)
	qa, ok1 := quoteWith(lists[0], "melakukan negosiasi sejauh mungkin")
	qb, ok2 := quoteWith(lists[1], "segala upaya dalam negosiasi")
	if !ok1 || !ok2 {
		t.Fatalf("quotes not found: 003 %v, 004 %v", ok1, ok2)
	}
	if qa.Statement == "" || qa.Statement != qb.Statement {
		t.Errorf("statements: 003 %q, 004 %q; want one shared id (similarity %.2f, speakers %q/%q)",
			qa.Statement, qb.Statement, Similarity(statementTerms(qa.Text), statementTerms(qb.Text)), qa.SpeakerID, qb.SpeakerID)
	}
}
