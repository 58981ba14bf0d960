package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// annotatedDir holds articles written and annotated by the quote package's
// engineer (text + JSON with the entities and quotes of each article).
const annotatedDir = "../quote/testdata/annotated"

type goldArticle struct {
	Lang     string `json:"lang"`
	Entities []struct {
		Text string `json:"text"`
		Name string `json:"name"`
		Type string `json:"type"`
	} `json:"entities"`
}

// splitArticle reads the annotated text layout: the first block is the
// title, blank lines separate paragraphs.
func splitArticle(s string) (string, []string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var blocks []string
	for _, b := range strings.Split(s, "\n\n") {
		if b = strings.TrimSpace(b); b != "" {
			blocks = append(blocks, b)
		}
	}
	if len(blocks) == 0 {
		return "", nil
	}
	return blocks[0], blocks[1:]
}

type qualityCounts struct {
	tp, fp, fn, typeOK     int
	mergeOK, mergeAll      int
	goldPairs, goldPairsOK int
	fps, fns               []string
}

func formKey(s string) string { return strings.ToLower(cleanSurface(s)) }

func scoreArticle(t *testing.T, q *qualityCounts, name string, g goldArticle, ms []Mention) {
	t.Helper()
	goldName := map[string]string{}
	goldType := map[string]string{}
	for _, e := range g.Entities {
		k := formKey(e.Text)
		goldName[k] = e.Name
		goldType[k] = e.Type
	}
	predID := map[string]string{}
	predType := map[string]string{}
	for _, m := range ms {
		k := formKey(m.Text)
		if _, ok := predID[k]; !ok {
			predID[k] = m.ID
			predType[k] = m.Type
		}
	}
	for k := range predID {
		if _, ok := goldName[k]; ok {
			q.tp++
			if predType[k] == goldType[k] {
				q.typeOK++
			}
		} else {
			q.fp++
			q.fps = append(q.fps, name+": "+k+" ("+predID[k]+")")
		}
	}
	for k := range goldName {
		if _, ok := predID[k]; !ok {
			q.fn++
			q.fns = append(q.fns, name+": "+k+" ("+goldType[k]+")")
		}
	}
	// pairs of forms found in both
	var both []string
	for k := range predID {
		if _, ok := goldName[k]; ok {
			both = append(both, k)
		}
	}
	sort.Strings(both)
	for i := range both {
		for j := i + 1; j < len(both); j++ {
			a, b := both[i], both[j]
			samePred := predID[a] == predID[b]
			sameGold := goldName[a] == goldName[b]
			if samePred {
				q.mergeAll++
				if sameGold {
					q.mergeOK++
				}
			}
			if sameGold {
				q.goldPairs++
				if samePred {
					q.goldPairsOK++
				}
			}
		}
	}
}

// TestQualityAnnotated scores Find on the annotated articles: precision and
// recall of entity surface forms, type accuracy, and merge precision (pairs
// of forms merged into one id that the annotation also merges) and recall.
func TestQualityAnnotated(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(annotatedDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Skipf("no annotated articles in %s (written by the quote package)", annotatedDir)
	}
	var q qualityCounts
	n := 0
	for _, jf := range files {
		jb, err := os.ReadFile(jf)
		if err != nil {
			t.Fatalf("read %s: %v", jf, err)
		}
		var g goldArticle
		if err := json.Unmarshal(jb, &g); err != nil {
			t.Logf("skip %s: %v", jf, err)
			continue
		}
		tb, err := os.ReadFile(strings.TrimSuffix(jf, ".json") + ".txt")
		if err != nil {
			continue
		}
		title, paras := splitArticle(string(tb))
		ms := Find(g.Lang, title, paras)
		scoreArticle(t, &q, filepath.Base(jf), g, ms)
		n++
	}
	if n == 0 {
		t.Skip("no readable annotated articles")
	}
	div := func(a, b int) float64 {
		if b == 0 {
			return 1
		}
		return float64(a) / float64(b)
	}
	p, r := div(q.tp, q.tp+q.fp), div(q.tp, q.tp+q.fn)
	typeAcc := div(q.typeOK, q.tp)
	mp, mr := div(q.mergeOK, q.mergeAll), div(q.goldPairsOK, q.goldPairs)
	t.Logf("annotated articles: %d; forms: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d); type accuracy %.3f; merge precision %.3f (%d/%d pairs) merge recall %.3f (%d/%d)",
		n, p, r, 2*p*r/(p+r), q.tp, q.fp, q.fn, typeAcc, mp, q.mergeOK, q.mergeAll, mr, q.goldPairsOK, q.goldPairs)
	if testing.Verbose() && os.Getenv("ENTITY_DEBUG") != "" {
		sort.Strings(q.fps)
		sort.Strings(q.fns)
		for _, s := range q.fps {
			t.Log("FP ", s)
		}
		for _, s := range q.fns {
			t.Log("FN ", s)
		}
	}
	// Floors a little under the measured figures: a drop is a regression.
	if p < 0.90 || r < 0.88 || mp < 0.95 {
		t.Errorf("quality below floor: precision %.3f (>= 0.90), recall %.3f (>= 0.88), merge precision %.3f (>= 0.95)", p, r, mp)
	}
}
