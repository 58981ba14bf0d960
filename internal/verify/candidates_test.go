package verify

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSelectSmallest(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 2000 {
		n := 1 + r.IntN(300)
		xs := make([]uint64, 0, n)
		seen := map[uint64]bool{}
		for len(xs) < n {
			x := r.Uint64N(uint64(n * (2 + trial%7)))
			if trial%3 == 0 {
				x = r.Uint64()
			}
			if !seen[x] {
				seen[x] = true
				xs = append(xs, x)
			}
		}
		m := 1 + r.IntN(n)
		want := slices.Clone(xs)
		slices.Sort(want)
		got := slices.Clone(xs)
		selectSmallest(got, m)
		got = got[:m]
		slices.Sort(got)
		if !slices.Equal(got, want[:m]) {
			t.Fatalf("n=%d m=%d: got %v want %v", n, m, got, want[:m])
		}
	}
}

// TestPick: small candidate sets are kept whole; big ones keep at most
// GroupCandidates per group (one per reprint cluster first) and
// MaxCandidates in all, every group's best first.
func TestPick(t *testing.T) {
	const n = 400
	pre := make([]int32, n)
	rep := make([]int32, n)
	for a := range n {
		rep[a] = int32(a)
	}
	// group 0: articles 0-99, of which 0-49 reprints of 0; groups 100..399 alone
	for a := range 100 {
		pre[a] = 0
		if a < 50 {
			rep[a] = 0
		}
	}
	for a := 100; a < n; a++ {
		pre[a] = int32(a)
	}
	tests := []struct {
		name     string
		arts     []int32
		score    func(a int32) float64
		wantKept int
		check    func(t *testing.T, p *picker)
	}{
		{"small", []int32{1, 2, 3, 150, 151}, func(a int32) float64 { return 1 }, 5, nil},
		{"big group", seq(0, 100), func(a int32) float64 { return 10 - float64(a)/100 }, GroupCandidates, func(t *testing.T, p *picker) {
			// reprints of 0 score highest, but only 0 of them is kept
			for a := int32(1); a < 50; a++ {
				if p.keep[a] {
					t.Errorf("reprint %d kept", a)
				}
			}
			if !p.keep[0] || !p.keep[50] {
				t.Error("best of cluster or first other article not kept")
			}
		}},
		{"many groups", seq(0, n), func(a int32) float64 { return float64(a % 7) }, MaxCandidates, func(t *testing.T, p *picker) {
			k := 0
			for a := range int32(100) {
				if p.keep[a] {
					k++
				}
			}
			if k != 1 {
				t.Errorf("group 0 has %d kept, want 1 (its best, as every group's first comes first)", k)
			}
			minKept, maxLeft := int32(99), int32(-1)
			for a := int32(100); a < n; a++ {
				if p.keep[a] {
					minKept = min(minKept, a%7)
				} else {
					maxLeft = max(maxLeft, a%7)
				}
			}
			if minKept < maxLeft {
				t.Errorf("kept a score %d, left out a score %d", minKept, maxLeft)
			}
		}},
	}
	p := newPicker(n)
	for _, tc := range tests {
		p.reset()
		for _, a := range tc.arts {
			p.add(a, tc.score(a))
		}
		left := p.pick(pre, rep)
		kept := 0
		for _, a := range tc.arts {
			if p.keep[a] {
				kept++
			}
		}
		if kept != tc.wantKept || p.kept != kept || left != len(tc.arts)-kept {
			t.Errorf("%s: kept %d (p.kept %d, left %d), want %d", tc.name, kept, p.kept, left, tc.wantKept)
		}
		if tc.check != nil {
			tc.check(t, p)
		}
	}
}

func seq(lo, hi int32) []int32 {
	var s []int32
	for a := lo; a < hi; a++ {
		s = append(s, a)
	}
	return s
}
