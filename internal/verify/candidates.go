package verify

import (
	"cmp"
	"math"
	"slices"
)

// Bounds of the comparison in big events. A claim is measured against the
// other articles that share something with it; when more than
// MaxCandidates of them do, or more than GroupCandidates of one source
// group (origin rules 1-3: reprints, one wire, one outlet), only the most
// related are measured: per group the GroupCandidates whose best sentence
// shares the most weight with the claim (one article of each reprint
// cluster before the others), then across groups the best MaxCandidates,
// every group's first before any group's second. The claim row says so
// (ClaimRow.Sampled, Report.Sampled) and so do the reasons of its flags.
// Events of up to GroupCandidates articles per group and MaxCandidates in
// all are measured whole.
const (
	GroupCandidates = 12
	MaxCandidates   = 64
	// postingBudget: when the sentences sharing a claim's features, counted
	// once per feature, exceed this, only the claim's rarer features find
	// candidates (rarest first, up to the budget); its common ones are
	// then counted for the candidates found. The claim is marked sampled.
	postingBudget = 4096
)

// picker chooses the other articles measured against one claim; its
// buffers are reused from claim to claim.
type picker struct {
	score   []float64 // per article, -1 when not a candidate
	keep    []bool    // per article: measure it
	arts    []int32   // the candidates, in the order added
	grpCnt  []int32   // per group, scratch (zero between calls)
	grpBest []int32   // per group, scratch for keepBest (-1 between calls)
	keys    []pickKey
	multi   []pickKey
	reps    []int32
	kept    int // candidates measured
	// scratch of sortKeys
	packed []uint64
	tmp    []pickKey
	slot   []int32
}

type pickKey struct {
	grp, rep, art, rank int32
	score               float64
}

func newPicker(n int) *picker {
	p := &picker{score: make([]float64, n), keep: make([]bool, n), grpCnt: make([]int32, n), grpBest: make([]int32, n), slot: make([]int32, n)}
	for i := range n {
		p.score[i] = -1
		p.grpBest[i] = -1
	}
	return p
}

// reset forgets the candidates of the previous claim.
func (p *picker) reset() {
	for _, a := range p.arts {
		p.score[a] = -1
		p.keep[a] = false
	}
	p.arts = p.arts[:0]
	p.kept = 0
}

// add makes article a a candidate with score s (the best one is kept).
func (p *picker) add(a int32, s float64) {
	switch {
	case p.score[a] < 0:
		p.arts = append(p.arts, a)
		p.score[a] = s
	case s > p.score[a]:
		p.score[a] = s
	}
}

// pick marks in keep the candidates to measure (pre is each article's
// source group, rep its reprint cluster) and returns how many it leaves
// out.
func (p *picker) pick(pre, rep []int32) int {
	over := len(p.arts) > MaxCandidates
	if !over {
		for _, a := range p.arts {
			g := pre[a]
			p.grpCnt[g]++
			over = over || p.grpCnt[g] > GroupCandidates
		}
		for _, a := range p.arts {
			p.grpCnt[pre[a]] = 0
		}
	}
	if !over {
		for _, a := range p.arts {
			p.keep[a] = true
		}
		p.kept = len(p.arts)
		return 0
	}
	// rank within each group: best score first, the first article of each
	// reprint cluster before the others; an article alone in its group
	// has rank 0
	for _, a := range p.arts {
		p.grpCnt[pre[a]]++
	}
	kept := p.keys[:0]
	multi := p.multi[:0]
	for _, a := range p.arts {
		k := pickKey{grp: pre[a], rep: rep[a], art: a, score: p.score[a]}
		if p.grpCnt[k.grp] == 1 {
			kept = append(kept, k)
		} else {
			multi = append(multi, k)
		}
	}
	for _, a := range p.arts {
		p.grpCnt[pre[a]] = 0
	}
	p.sortKeys(multi, len(pre), func(k pickKey) int32 { return k.grp })
	for i := 0; i < len(multi); {
		j := i
		for j < len(multi) && multi[j].grp == multi[i].grp {
			j++
		}
		r := int32(0)
		reps := p.reps[:0]
		for k := i; k < j; k++ {
			multi[k].rank = -1
			if r < GroupCandidates && !slices.Contains(reps, multi[k].rep) {
				reps = append(reps, multi[k].rep)
				multi[k].rank = r
				r++
			}
		}
		for k := i; k < j; k++ {
			if multi[k].rank < 0 {
				// a reprint of one ranked before it, or not reached
				multi[k].rank = r
				r++
			}
		}
		p.reps = reps
		i = j
	}
	for _, k := range multi {
		if k.rank < GroupCandidates {
			kept = append(kept, k)
		}
	}
	if len(kept) > MaxCandidates {
		// every group's first before any group's second
		kept = p.best(kept, MaxCandidates, len(pre))
	}
	for _, k := range kept {
		p.keep[k.art] = true
	}
	p.keys, p.multi = kept, multi
	p.kept = len(kept)
	return len(p.arts) - len(kept)
}

// sortKeys sorts keys by major(k) ascending, then score descending, then
// article ascending; n is the number of articles (major values are below
// it). Small events pack the three into one integer for a fast sort.
func (p *picker) sortKeys(keys []pickKey, n int, major func(pickKey) int32) {
	if n > 1<<16 {
		slices.SortFunc(keys, func(x, y pickKey) int {
			if c := cmp.Compare(major(x), major(y)); c != 0 {
				return c
			}
			if c := cmp.Compare(y.score, x.score); c != 0 {
				return c
			}
			return cmp.Compare(x.art, y.art)
		})
		return
	}
	packed := p.packed[:0]
	p.tmp = append(p.tmp[:0], keys...)
	for i, k := range keys {
		packed = append(packed, packKey(major(k), k))
		p.slot[k.art] = int32(i)
	}
	slices.Sort(packed)
	for i, x := range packed {
		keys[i] = p.tmp[p.slot[x&0xffff]]
	}
	p.packed = packed
}

// best returns the m first of keys (m < len(keys)) by rank, then score
// descending, then article, in no particular order.
func (p *picker) best(keys []pickKey, m, n int) []pickKey {
	if n > 1<<16 {
		p.sortKeys(keys, n, func(k pickKey) int32 { return k.rank })
		return keys[:m]
	}
	packed := p.packed[:0]
	p.tmp = append(p.tmp[:0], keys...)
	for i, k := range keys {
		packed = append(packed, packKey(k.rank, k))
		p.slot[k.art] = int32(i)
	}
	selectSmallest(packed, m)
	for i, x := range packed[:m] {
		keys[i] = p.tmp[p.slot[x&0xffff]]
	}
	p.packed = packed
	return keys[:m]
}

// packKey packs major, score (descending) and article into one integer
// that orders as sortKeys does; articles and major values below 1<<16.
func packKey(major int32, k pickKey) uint64 {
	// float32 bits order non-negative scores; inverted: best first
	return uint64(major)<<48 | uint64(^math.Float32bits(float32(k.score)))<<16 | uint64(k.art)
}

// selectSmallest moves the m smallest values of xs (distinct) to its
// front, in no particular order (quickselect, median-of-three pivots).
func selectSmallest(xs []uint64, m int) {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		// median of three to xs[hi]
		if xs[mid] < xs[lo] {
			xs[mid], xs[lo] = xs[lo], xs[mid]
		}
		if xs[hi] < xs[lo] {
			xs[hi], xs[lo] = xs[lo], xs[hi]
		}
		if xs[mid] < xs[hi] {
			xs[mid], xs[hi] = xs[hi], xs[mid]
		}
		pivot := xs[hi]
		i := lo
		for j := lo; j < hi; j++ {
			if xs[j] < pivot {
				xs[i], xs[j] = xs[j], xs[i]
				i++
			}
		}
		xs[i], xs[hi] = xs[hi], xs[i]
		switch {
		case i == m || i == m-1:
			return
		case i < m:
			lo = i + 1
		default:
			hi = i - 1
		}
	}
}
