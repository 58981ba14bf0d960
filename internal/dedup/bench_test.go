package dedup

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// text4K is about 4 KB of article text from the fixtures.
func text4K(tb testing.TB) string {
	s := readFixture(tb, "banjir_a.txt") + "\n\n" + readFixture(tb, "fire_a.txt") + "\n\n" + readFixture(tb, "banjir_b.txt")
	s = s[:4096]
	return s[:strings.LastIndexByte(s, ' ')]
}

func BenchmarkSign4K(b *testing.B) {
	s := text4K(b)
	b.SetBytes(int64(len(s)))
	cpuLoop(b, func() { Sign(s) })
}

// randomSig imitates the signature of an unrelated text of 600 shingles:
// its minima are uniform random.
func randomSig(r *rand.Rand) Signature {
	sig := make(Signature, SigLen)
	for i := range Perms {
		sig[i] = r.Uint32()
	}
	sig[Perms] = 600
	return sig
}

// perturb keeps each value with probability keep (a near-duplicate at
// Jaccard ≈ keep).
func perturb(r *rand.Rand, sig Signature, keep float64) Signature {
	out := append(Signature(nil), sig...)
	for i := range Perms {
		if r.Float64() >= keep {
			out[i] = r.Uint32()
		}
	}
	return out
}

const benchEntries = 200_000

var (
	benchOnce sync.Once
	benchSigs []Signature
)

func benchSignatures() []Signature {
	benchOnce.Do(func() {
		r := rand.New(rand.NewPCG(7, 7))
		benchSigs = make([]Signature, benchEntries)
		for i := range benchSigs {
			benchSigs[i] = randomSig(r)
		}
	})
	return benchSigs
}

func buildIndex(sigs []Signature) *Index {
	x := NewIndex(Config{})
	for i, s := range sigs {
		x.Add(fmt.Sprint("a", i), s, t0.Add(time.Duration(i)*time.Second))
	}
	return x
}

// BenchmarkFindAdd200k: one Find and one Add against an index of 200,000
// entries; half the queries are near-duplicates (J ≈ 0.6) of an entry.
func BenchmarkFindAdd200k(b *testing.B) {
	sigs := benchSignatures()
	x := buildIndex(sigs)
	r := rand.New(rand.NewPCG(9, 9))
	queries := make([]Signature, 4096)
	ids := make([]string, len(queries))
	for i := range queries {
		if i%2 == 0 {
			queries[i] = perturb(r, sigs[r.IntN(len(sigs))], 0.6)
		} else {
			queries[i] = randomSig(r)
		}
		ids[i] = fmt.Sprint("q", i)
	}
	hits := 0
	i := 0
	cpuLoop(b, func() {
		q := queries[i%len(queries)]
		if _, _, ok := x.Find(q); ok {
			hits++
		}
		x.Add(ids[i%len(ids)], q, t0)
		i++
	})
	b.ReportMetric(float64(hits)/float64(i), "hits/op")
}

var (
	benchIndexOnce sync.Once
	benchIndex     *Index
)

// BenchmarkFind200kParallel: Find only, from all cores, on a shared index.
func BenchmarkFind200kParallel(b *testing.B) {
	sigs := benchSignatures()
	benchIndexOnce.Do(func() { benchIndex = buildIndex(sigs) })
	x := benchIndex
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		r := rand.New(rand.NewPCG(rand.Uint64(), 1))
		for pb.Next() {
			x.Find(perturb(r, sigs[r.IntN(len(sigs))], 0.6))
		}
	})
}

// BenchmarkSlidingWindow: Add then Evict after every article, as a
// pipeline with a time window would, at 200,000 entries in the window.
func BenchmarkSlidingWindow(b *testing.B) {
	sigs := benchSignatures()
	x := buildIndex(sigs) // times t0 .. t0+200k s
	r := rand.New(rand.NewPCG(5, 5))
	i := 0
	cpuLoop(b, func() {
		at := t0.Add(time.Duration(len(sigs)+i) * time.Second)
		q := randomSig(r)
		x.Find(q)
		x.Add(fmt.Sprint("w", i), q, at)
		x.Evict(at.Add(-time.Duration(len(sigs)) * time.Second))
		i++
	})
	if x.Len() != len(sigs)+1 { // the window holds both ends
		b.Errorf("Len = %d, want %d", x.Len(), len(sigs)+1)
	}
}

func BenchmarkEvict(b *testing.B) {
	sigs := benchSignatures()[:20_000]
	for b.Loop() {
		b.StopTimer()
		x := buildIndex(sigs)
		b.StartTimer()
		x.Evict(t0.Add(10_000 * time.Second)) // half
	}
}

// TestMemoryPerEntry reports heap bytes per indexed entry at 200,000.
func TestMemoryPerEntry(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: builds a 200,000-entry index")
	}
	sigs := benchSignatures()
	ids := make([]string, len(sigs))
	for i := range ids {
		ids[i] = fmt.Sprintf("article-%07d", i)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	x := NewIndex(Config{})
	start := time.Now()
	for i, s := range sigs {
		x.Add(ids[i], s, t0)
	}
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	per := float64(after.HeapAlloc-before.HeapAlloc) / float64(len(sigs))
	t.Logf("%d entries: %.0f bytes/entry (signature %d), Add %.1f µs/entry", x.Len(), per, SigLen*4, float64(elapsed.Microseconds())/float64(len(sigs)))
	if per > 2500 {
		t.Errorf("%.0f bytes per entry, want <= 2500", per)
	}
	runtime.KeepAlive(x)
}
