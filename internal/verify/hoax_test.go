package verify

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/extract"
)

const hoaxDir = "../../../shared/corpus/id-hoax-600"

// loadHoax reads id-hoax-600 (third-party text, read only): articles by
// topic and the hoax label per article id.
func loadHoax(t testing.TB) (map[string][]*article.Article, map[string]bool) {
	t.Helper()
	f, err := os.Open(filepath.Join(hoaxDir, "articles.jsonl"))
	if err != nil {
		t.Skipf("id-hoax-600 not found under %s (shared corpus absent): %v", hoaxDir, err)
	}
	defer f.Close()
	gold, err := os.ReadFile(filepath.Join(hoaxDir, "gold.tsv"))
	if err != nil {
		t.Skipf("id-hoax-600 gold absent: %v", err)
	}
	topic, hoax := map[string]string{}, map[string]bool{}
	for i, line := range strings.Split(string(gold), "\n") {
		c := strings.Split(line, "\t")
		if i == 0 || len(c) < 4 {
			continue
		}
		topic[c[0]], hoax[c[0]] = c[1], c[3] == "hoax"
	}
	events := map[string][]*article.Article{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct {
			ID, Title, Text, Lang, Outlet, URL, Published string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("id-hoax-600 line: %v", err)
		}
		a, err := extract.Extract(extract.Input{Source: r.ID, SourceID: r.ID, Format: "jsonl", Body: []byte(r.Text),
			Title: r.Title, Outlet: r.Outlet, Lang: r.Lang, URL: r.URL, Published: r.Published})
		if err != nil {
			continue
		}
		analyze(a)
		events[topic[r.ID]] = append(events[topic[r.ID]], a)
	}
	return events, hoax
}

type hoaxStats struct {
	n, unsupported, withSingle, claims, single, corroborated, contradicted int
}

// TestHoaxCorpus treats each topic of id-hoax-600 as one event and
// compares the flags of articles labelled hoax with those labelled valid.
// The table is logged (go test -v); the assertions check that every
// article is judged and every flag carries its evidence.
func TestHoaxCorpus(t *testing.T) {
	events, hoax := loadHoax(t)
	var topics []string
	for k := range events {
		topics = append(topics, k)
	}
	sort.Strings(topics)
	by := map[bool]*hoaxStats{true: {}, false: {}}
	var tp, fp, fn int    // "has unsupported lede" as a hoax predictor
	var tp2, fp2, fn2 int // "single-source share >= 0.5" as a hoax predictor
	var worst time.Duration
	for _, tp0 := range topics {
		arts := events[tp0]
		start := time.Now()
		rep := Event(arts)
		worst = max(worst, time.Since(start))
		t.Logf("topic %s: %d articles, %d origins, %d claims", tp0, len(arts), len(rep.Origins), len(rep.Claims))
		for _, a := range arts {
			if a.Verification == nil || a.Origin == "" {
				t.Fatalf("%s: not judged", a.SourceID)
			}
			for _, f := range a.Flags {
				if f.Reason == "" || f.Text == "" {
					t.Fatalf("%s: flag without evidence: %+v", a.SourceID, f)
				}
			}
			h := hoax[a.SourceID]
			s := by[h]
			s.n++
			v := a.Verification
			s.claims += v.Claims
			s.single += v.SingleSource
			s.corroborated += v.Corroborated
			s.contradicted += v.Contradicted
			uns := false
			for _, f := range a.Flags {
				if f.Kind == FlagUnsupportedHeadline {
					uns = true
				}
			}
			if uns {
				s.unsupported++
			}
			share := 0.0
			if v.Claims > 0 {
				share = float64(v.SingleSource) / float64(v.Claims)
			}
			if share >= 0.5 {
				s.withSingle++
			}
			switch {
			case uns && h:
				tp++
			case uns && !h:
				fp++
			case !uns && h:
				fn++
			}
			switch {
			case share >= 0.5 && h:
				tp2++
			case share >= 0.5 && !h:
				fp2++
			case share < 0.5 && h:
				fn2++
			}
		}
	}
	row := func(name string, s *hoaxStats) string {
		return fmt.Sprintf("%-6s n=%3d  unsupported lede %5.1f%%  single-source share>=.5 %5.1f%%  claims/art %5.1f  single %5.1f%%  corroborated %5.1f%%  contradicted %4.1f%%",
			name, s.n, pct(s.unsupported, s.n), pct(s.withSingle, s.n), float64(s.claims)/float64(max(s.n, 1)),
			pct(s.single, s.claims), pct(s.corroborated, s.claims), pct(s.contradicted, s.claims))
	}
	t.Log(row("hoax", by[true]))
	t.Log(row("valid", by[false]))
	t.Logf("unsupported lede as hoax signal: %s", prf{tp, fp, fn})
	t.Logf("single-source share >= 0.5 as hoax signal: %s", prf{tp2, fp2, fn2})
	t.Logf("slowest event: %v", worst)
	if by[true].n+by[false].n < 250 {
		t.Fatalf("only %d articles judged", by[true].n+by[false].n)
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
