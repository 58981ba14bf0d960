package cluster

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/eval"
)

const corpusDir = "../../../shared/corpus"

// loadCorpus reads a labelled corpus; it skips the test when absent.
func loadCorpus(t testing.TB, name string) []Doc {
	t.Helper()
	path := filepath.Join(corpusDir, name, "articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("corpus %s not available (%v)", name, err)
	}
	defer f.Close()
	var docs []Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct {
			ID, Title, Text, Lang, Outlet, Published string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		d := Doc{ID: r.ID, Title: r.Title, Text: r.Text, Lang: r.Lang, Outlet: r.Outlet}
		if r.Published != "" {
			for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
				if p, err := time.Parse(layout, r.Published); err == nil {
					d.Published, d.DateKnown = p, true
					break
				}
			}
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return docs
}

func loadGold(t testing.TB, name, column string) map[string]string {
	t.Helper()
	g, err := eval.ReadGoldFile(filepath.Join(corpusDir, name, "gold.tsv"), column)
	if err != nil {
		t.Fatalf("gold: %v", err)
	}
	return g
}

func shuffled(docs []Doc, seed uint64) []Doc {
	out := append([]Doc(nil), docs...)
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// corpusScores are B-cubed F1 figures of one run.
type corpusScores struct {
	ecbEvent, ecbStory, hoaxStory float64
}

func scoreAll(t testing.TB, cfg Config, seed uint64) corpusScores {
	ecb := loadCorpus(t, "ecbplus")
	hoax := loadCorpus(t, "id-hoax-600")
	if seed != 0 {
		ecb, hoax = shuffled(ecb, seed), shuffled(hoax, seed)
	}
	ev, st := RunCorpus(ecb, cfg)
	_, hst := RunCorpus(hoax, cfg)
	return corpusScores{
		ecbEvent:  eval.BCubed(loadGold(t, "ecbplus", "event"), ev).F1,
		ecbStory:  eval.BCubed(loadGold(t, "ecbplus", "topic"), st).F1,
		hoaxStory: eval.BCubed(loadGold(t, "id-hoax-600", "topic"), hst).F1,
	}
}

// TestCorpora runs the clusterer and the baseline on the labelled corpora,
// logs the scores and asserts the level reached (goals of the brief: ECB+
// events 0.92, ECB+ topics vs stories 0.90, id-hoax topics vs stories 0.97).
func TestCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	cfg := DefaultConfig()
	sets := []struct {
		name, col string
		story     bool
		floor     float64
		baseTh    float64 // the baseline's best threshold on this set
	}{
		{"ecbplus", "event", false, 0.87, 0.28},
		{"ecbplus", "topic", true, 0.85, 0.20},
		{"id-hoax-600", "topic", true, 0.97, 0.14},
	}
	for _, set := range sets {
		docs := loadCorpus(t, set.name)
		gold := loadGold(t, set.name, set.col)
		ev, st := RunCorpus(docs, cfg)
		pred, level := ev, "events"
		if set.story {
			pred, level = st, "stories"
		}
		r := eval.Compare(gold, pred)
		base := eval.Compare(gold, Baseline(docs, set.baseTh))
		t.Logf("%-11s %-5s vs %-7s: %v", set.name, set.col, level, r)
		t.Logf("%-11s %-5s baseline@%.2f: %v", set.name, set.col, set.baseTh, base)
		if r.BCubed.F1 < set.floor {
			t.Errorf("%s %s vs %s: B3 F1 %.3f, want >= %.2f", set.name, set.col, level, r.BCubed.F1, set.floor)
		}
	}
}

func TestTune(t *testing.T) {
	if os.Getenv("WARTA_TUNE") == "" {
		t.Skip("set WARTA_TUNE=1 to print scores over shuffles")
	}
	cfg := DefaultConfig()
	var sum corpusScores
	seeds := []uint64{0, 1, 2, 3, 4}
	for _, s := range seeds {
		sc := scoreAll(t, cfg, s)
		t.Logf("seed %d: ecb event %.3f ecb story %.3f hoax story %.3f", s, sc.ecbEvent, sc.ecbStory, sc.hoaxStory)
		sum.ecbEvent += sc.ecbEvent
		sum.ecbStory += sc.ecbStory
		sum.hoaxStory += sc.hoaxStory
	}
	n := float64(len(seeds))
	t.Logf("mean: ecb event %.3f ecb story %.3f hoax story %.3f", sum.ecbEvent/n, sum.ecbStory/n, sum.hoaxStory/n)
	_ = strings.TrimSpace
}
