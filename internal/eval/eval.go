package eval

import (
	"fmt"
	"sort"
)

// Scores is a precision, recall and F1 triple.
type Scores struct {
	P, R, F1 float64
}

// String formats the scores with three decimals.
func (s Scores) String() string {
	return fmt.Sprintf("P=%.3f R=%.3f F1=%.3f", s.P, s.R, s.F1)
}

// F1 is the harmonic mean of precision p and recall r (0 when both are 0).
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// PRF computes precision, recall and F1 from true positives, false
// positives and false negatives. A ratio with a zero denominator is 1.
func PRF(tp, fp, fn int) Scores {
	return FromRatios(float64(tp), float64(tp+fp), float64(tp), float64(tp+fn))
}

// FromRatios builds Scores from P = pNum/pDen and R = rNum/rDen; a ratio
// with a zero denominator is 1.
func FromRatios(pNum, pDen, rNum, rDen float64) Scores {
	p, r := 1.0, 1.0
	if pDen > 0 {
		p = pNum / pDen
	}
	if rDen > 0 {
		r = rNum / rDen
	}
	return Scores{P: p, R: r, F1: F1(p, r)}
}

// Report is the full comparison of a predicted clustering with gold.
type Report struct {
	Items         int    // items scored (the gold items)
	GoldClusters  int    // distinct gold labels
	PredClusters  int    // distinct predicted clusters over the scored items
	PredSingleton int    // predicted clusters of one item
	BCubed        Scores // B-cubed precision, recall, F1
	Pairwise      Scores // pairwise precision, recall, F1
}

// String formats the report on one line.
func (r Report) String() string {
	return fmt.Sprintf("items=%d gold=%d pred=%d (singletons %d) B3[%v] pairs[%v]",
		r.Items, r.GoldClusters, r.PredClusters, r.PredSingleton, r.BCubed, r.Pairwise)
}

// table is the contingency table of gold × predicted clusters.
type table struct {
	n     int
	cells map[[2]int]int // (gold, pred) -> items
	gold  []int          // gold cluster sizes
	pred  []int          // predicted cluster sizes
}

func newTable(gold, pred map[string]string) table {
	gi := map[string]int{}
	pi := map[string]int{}
	t := table{cells: map[[2]int]int{}}
	// Sorted for deterministic cluster numbering; the scores do not depend on it.
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		g, ok := gi[gold[id]]
		if !ok {
			g = len(t.gold)
			gi[gold[id]] = g
			t.gold = append(t.gold, 0)
		}
		key := "\x00" + id // a missing prediction is a singleton of its own
		if p, ok := pred[id]; ok {
			key = "\x01" + p
		}
		p, ok := pi[key]
		if !ok {
			p = len(t.pred)
			pi[key] = p
			t.pred = append(t.pred, 0)
		}
		t.gold[g]++
		t.pred[p]++
		t.cells[[2]int{g, p}]++
		t.n++
	}
	return t
}

// Compare scores pred against gold. Both map item -> cluster label.
func Compare(gold, pred map[string]string) Report {
	t := newTable(gold, pred)
	r := Report{Items: t.n, GoldClusters: len(t.gold), PredClusters: len(t.pred)}
	for _, s := range t.pred {
		if s == 1 {
			r.PredSingleton++
		}
	}
	r.BCubed = t.bcubed()
	r.Pairwise = t.pairwise()
	return r
}

// BCubed returns the B-cubed scores of pred against gold.
func BCubed(gold, pred map[string]string) Scores {
	t := newTable(gold, pred)
	return t.bcubed()
}

// Pairwise returns the pairwise scores of pred against gold.
func Pairwise(gold, pred map[string]string) Scores {
	t := newTable(gold, pred)
	return t.pairwise()
}

func (t table) bcubed() Scores {
	if t.n == 0 {
		return Scores{P: 1, R: 1, F1: 1}
	}
	var p, r float64
	for k, c := range t.cells {
		cc := float64(c) * float64(c)
		p += cc / float64(t.pred[k[1]])
		r += cc / float64(t.gold[k[0]])
	}
	n := float64(t.n)
	p, r = p/n, r/n
	return Scores{P: p, R: r, F1: F1(p, r)}
}

func pairs(n int) float64 { return float64(n) * float64(n-1) / 2 }

func (t table) pairwise() Scores {
	var tp, pp, gp float64
	for _, c := range t.cells {
		tp += pairs(c)
	}
	for _, s := range t.pred {
		pp += pairs(s)
	}
	for _, s := range t.gold {
		gp += pairs(s)
	}
	return FromRatios(tp, pp, tp, gp)
}

// Clusters counts the distinct labels of a clustering.
func Clusters(m map[string]string) int {
	seen := map[string]struct{}{}
	for _, v := range m {
		seen[v] = struct{}{}
	}
	return len(seen)
}
