package when

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
	"time"
)

const corpusDir = "../../../shared/corpus"

type corpusArticle struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Source    string `json:"published_source"`
	DateRaw   string `json:"date_raw"`
	Outlet    string `json:"outlet"`
}

// readCorpus calls fn for every article of one corpus folder. It needs
// WARTA_CORPUS=1 (the Indonesian scrape is 47 MB) and skips when absent.
func readCorpus(t *testing.T, name string, fn func(a *corpusArticle)) {
	t.Helper()
	if os.Getenv("WARTA_CORPUS") == "" {
		t.Skip("set WARTA_CORPUS=1 to run the corpus measurements")
	}
	f, err := os.Open(corpusDir + "/" + name + "/articles.jsonl")
	if err != nil {
		t.Skipf("corpus %s absent: %v", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var a corpusArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("decode %s: %v", name, err)
		}
		fn(&a)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
}

// TestCorpusDateRaw parses the raw date strings the scrape kept and
// compares them with the published field.
func TestCorpusDateRaw(t *testing.T) {
	var n, ok, agree int
	misses := map[string]int{}
	readCorpus(t, "id-clickid-raw", func(a *corpusArticle) {
		if a.DateRaw == "" {
			return
		}
		n++
		got, _, found := ParseExplicit(a.DateRaw, WIB)
		if !found {
			if _, _, _, f := FindExplicit(a.DateRaw, WIB); f {
				found = true
			}
		}
		if !found {
			misses[shape(a.DateRaw)]++
			return
		}
		ok++
		if len(a.Published) >= 10 && a.Published[:10] == got.Format("2006-01-02") {
			agree++
		}
	})
	t.Logf("date_raw: %d strings, %d parsed (%.1f%%), %d agree with published on the day", n, ok, 100*float64(ok)/float64(max(n, 1)), agree)
	logTop(t, "unparsed shapes", misses)
	// Spreadsheet serial numbers ("43721") are no date strings; all else must parse and agree.
	if text := n - misses["99999"]; ok < text*99/100 || agree < ok*99/100 {
		t.Errorf("parsed %d of %d date strings, %d agree", ok, text, agree)
	}
}

// TestCorpusInfer measures InferPublished against the published field.
func TestCorpusInfer(t *testing.T) {
	for _, cyMode := range []string{"none", "published year"} {
		var n, ok, exact, near int
		readCorpus(t, "id-clickid-raw", func(a *corpusArticle) {
			pub, err := time.Parse(time.RFC3339, a.Published)
			if err != nil {
				return
			}
			n++
			cy := 0
			if cyMode != "none" {
				cy = pub.Year()
			}
			got, _, found := InferPublished(a.Text, cy, WIB)
			if !found {
				return
			}
			ok++
			d := got.Sub(dayOf(pub.In(WIB))).Hours() / 24
			switch {
			case d == 0:
				exact++
			case d >= -1 && d <= 1:
				near++
			}
		})
		t.Logf("infer (copyright %s): %d articles, %d inferred (%.1f%%), exact %d (%.1f%% of inferred), within a day %.1f%%",
			cyMode, n, ok, 100*float64(ok)/float64(max(n, 1)), exact, 100*float64(exact)/float64(max(ok, 1)),
			100*float64(exact+near)/float64(max(ok, 1)))
		// The published field itself is noisy (URL dates, scrape dates), so the bar is modest.
		if ok < n/2 || exact < ok*55/100 || exact+near < ok*85/100 {
			t.Errorf("infer (copyright %s): inferred %d of %d, exact %d, within a day %d", cyMode, ok, n, exact, exact+near)
		}
	}
}

func shape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('9')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func logTop(t *testing.T, title string, m map[string]int) {
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range m {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].v > list[j].v })
	for i, e := range list {
		if i == 15 {
			break
		}
		t.Logf("%s: %6d %q", title, e.v, e.k)
	}
}
