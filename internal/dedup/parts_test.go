package dedup

import "testing"

func BenchmarkSignParts(b *testing.B) {
	s := text4K(b)
	sc := &scratch{}
	b.Run("words", func(b *testing.B) {
		for b.Loop() {
			sc.words = appendWordHashes(sc.words[:0], s)
		}
	})
	b.Run("shingles", func(b *testing.B) {
		for b.Loop() {
			sc.uniq = shingles(sc, sc.words, Shingle)
		}
	})
	var mins [Perms]uint32
	b.Run("minhash", func(b *testing.B) {
		cpuLoop(b, func() { minhash(&mins, sc.uniq) })
		b.ReportMetric(float64(len(sc.uniq)), "shingles")
	})
}
