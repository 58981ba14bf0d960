package cluster

import (
	"os"
	"testing"

	"github.com/warta-news/warta/internal/eval"
)

func TestSweepBaseline(t *testing.T) {
	if os.Getenv("WARTA_TUNE") == "" {
		t.Skip("tuning only")
	}
	for _, set := range []struct{ name, col string }{{"ecbplus", "event"}, {"ecbplus", "topic"}, {"id-hoax-600", "topic"}} {
		docs := loadCorpus(t, set.name)
		gold := loadGold(t, set.name, set.col)
		best, bt := 0.0, 0.0
		for th := 0.02; th < 0.6; th += 0.02 {
			f := eval.BCubed(gold, Baseline(docs, th)).F1
			if f > best {
				best, bt = f, th
			}
		}
		t.Logf("baseline %s %s: best F1 %.3f at %.2f", set.name, set.col, best, bt)
	}
}
