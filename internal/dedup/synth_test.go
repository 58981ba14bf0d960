package dedup

import (
	"testing"
	"time"

	"github.com/warta-news/warta/internal/synth"
)

// TestSynthReprints: generated reprints (new outlet and furniture, often a
// new headline, inserted line, cut paragraph or rewritten lead) must be
// found; articles on the same event written independently must not.
func TestSynthReprints(t *testing.T) {
	arts := synth.Generate(1, 6000, synth.Options{Events: 300, LangMix: 0.3, ReprintRate: 0.2, StoryEvents: 3, Furniture: true})
	root := func(a synth.Article) string {
		if a.DuplicateOf != "" {
			return a.DuplicateOf
		}
		return a.ID
	}
	rootOf := map[string]string{}
	x := NewIndex(Config{})
	reprints, found, falsePos, sameEventPairs := 0, 0, 0, 0
	for _, a := range arts {
		sig := Sign(a.Title + "\n\n" + a.Text)
		matches := x.FindAll(sig)
		hit := false
		for _, m := range matches {
			if rootOf[m.ID] == root(a) {
				hit = true
			} else {
				falsePos++
				if falsePos <= 3 {
					t.Logf("false match %s ~ %s at %.2f", a.ID, m.ID, m.Similarity)
				}
			}
		}
		if a.DuplicateOf != "" {
			reprints++
			if hit {
				found++
			}
		}
		rootOf[a.ID] = root(a)
		x.Add(a.ID, sig, a.Published)
	}
	for i := range 200 { // similarity of independent same-event pairs
		a, b := arts[i], arts[i+1]
		if a.Event == b.Event && root(a) != root(b) {
			sameEventPairs++
		}
	}
	t.Logf("synth: %d articles, %d reprints, found %d (%.1f%%), %d false matches; index %d entries",
		len(arts), reprints, found, 100*float64(found)/float64(reprints), falsePos, x.Len())
	if found < reprints*95/100 {
		t.Errorf("found %d of %d reprints, want >= 95%%", found, reprints)
	}
	if falsePos > 0 {
		t.Errorf("%d false matches, want 0", falsePos)
	}
	x.Evict(arts[len(arts)/2].Published.Add(-time.Nanosecond))
	t.Logf("after evicting the first half by time: %d entries", x.Len())
}

// TestSynthIndependentSimilarity reports the Jaccard of independent
// articles on one event: it must stay far below the threshold.
func TestSynthIndependentSimilarity(t *testing.T) {
	arts := synth.Generate(2, 2000, synth.Options{Events: 20})
	byEvent := map[string][]Signature{}
	worst, sum, n := 0.0, 0.0, 0
	for _, a := range arts {
		sig := Sign(a.Text)
		for _, o := range byEvent[a.Event] {
			s := Similar(sig, o)
			worst = max(worst, s)
			sum += s
			n++
		}
		if len(byEvent[a.Event]) < 30 {
			byEvent[a.Event] = append(byEvent[a.Event], sig)
		}
	}
	t.Logf("independent same-event pairs: %d, mean J %.3f, max %.3f", n, sum/float64(n), worst)
	if worst >= DefaultThreshold {
		t.Errorf("max J %.2f between independent articles, want < %.2f", worst, DefaultThreshold)
	}
}
