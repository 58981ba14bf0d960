package dedup

import (
	"math"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Signature layout and hashing parameters. Changing any of them changes every
// signature: signatures stored elsewhere must then be recomputed.
const (
	// Perms is the number of MinHash values in a signature.
	Perms = 128
	// Shingle is the number of consecutive words in one shingle.
	Shingle = 3
	// Bands and Rows split a signature for LSH: Bands*Rows <= Perms (the
	// last Perms-Bands*Rows values only serve the similarity estimate).
	Bands = 42
	Rows  = 3
	// SigLen is the length of a Signature from Sign: Perms MinHash values
	// followed by the number of distinct shingles.
	SigLen = Perms + 1
)

// Fixed seeds: signatures are stable across processes and versions.
const (
	fnvOffset  = 14695981039346656037
	fnvPrime   = 1099511628211
	permSeed   = 0x5741525441dedc0d // "WARTA" + dedup
	shingleMul = 0x9e3779b97f4a7c15
)

// permA holds the odd multipliers a_j of the Perms/2 products x = a_j·h
// (mod 2^64) that give two hash functions each (see minhash). Filled once
// at init from a fixed seed, never changed afterwards.
var permA = makePerms()

func makePerms() (a [Perms / 2]uint64) {
	s := uint64(permSeed)
	for i := range a {
		a[i] = splitmix(&s) | 1 // odd: a bijection mod 2^64
	}
	return a
}

func splitmix(s *uint64) uint64 {
	*s += 0x9e3779b97f4a7c15
	z := *s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// fmix64 is the MurmurHash3 finaliser: it spreads every input bit over the
// output, so FNV word hashes become good 64-bit keys.
func fmix64(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}

// scratch is the per-call working memory of Sign, pooled so that signing
// allocates only the returned signature.
type scratch struct {
	words []uint64
	set   []uint64 // open-addressing set of shingle hashes; 0 = empty
	uniq  []uint64
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// Sign computes the MinHash signature of text: Perms minima over the word
// 3-shingles of the normalised text (lower-cased; runs of letters and
// digits are words, everything else separates), followed by the number of
// distinct shingles. A text of fewer than Shingle words is one shingle; an
// empty text has a signature that matches nothing.
func Sign(text string) Signature {
	return signK(text, Shingle)
}

func signK(text string, k int) Signature {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.words = appendWordHashes(sc.words[:0], text)
	sc.uniq = shingles(sc, sc.words, k)
	sig := make(Signature, SigLen)
	minhash((*[Perms]uint32)(sig[:Perms]), sc.uniq)
	sig[Perms] = uint32(min(len(sc.uniq), math.MaxUint32))
	return sig
}

// appendWordHashes appends one 64-bit hash per normalised word of s.
func appendWordHashes(dst []uint64, s string) []uint64 {
	h := uint64(fnvOffset)
	inWord := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			default:
				if inWord {
					dst = append(dst, fmix64(h))
					h, inWord = fnvOffset, false
				}
				continue
			}
			h = (h ^ uint64(c)) * fnvPrime
			inWord = true
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			if inWord {
				dst = append(dst, fmix64(h))
				h, inWord = fnvOffset, false
			}
			continue
		}
		r = unicode.ToLower(r)
		// Hash the rune value, 3 bytes: every rune fits in 21 bits.
		h = (h ^ uint64(r&0xff)) * fnvPrime
		h = (h ^ uint64(r>>8&0xff)) * fnvPrime
		h = (h ^ uint64(r>>16)) * fnvPrime
		inWord = true
	}
	if inWord {
		dst = append(dst, fmix64(h))
	}
	return dst
}

// shingles returns the distinct hashes of the k-word shingles of words.
func shingles(sc *scratch, words []uint64, k int) []uint64 {
	uniq := sc.uniq[:0]
	if len(words) == 0 {
		return uniq
	}
	n := len(words) - k + 1
	if n < 1 {
		n, k = 1, len(words)
	}
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(sc.set) < size {
		sc.set = make([]uint64, size)
	}
	set := sc.set[:size]
	clear(set)
	mask := uint64(size - 1)
	for i := range n {
		h := uint64(k)
		for _, w := range words[i : i+k] {
			h = (h ^ w) * shingleMul
			h = h<<29 | h>>35
		}
		h = fmix64(h)
		if h == 0 {
			h = 1
		}
		for j := h & mask; ; j = (j + 1) & mask {
			if set[j] == 0 {
				set[j] = h
				uniq = append(uniq, h)
				break
			}
			if set[j] == h {
				break
			}
		}
	}
	return uniq
}

// minhash fills mins with, for each hash function, the minimum over hs.
// One multiply x = a_i·h (mod 2^64) gives two hash functions: the high
// 32 bits of x, and the high 32 bits xor the low 32 bits. Four multipliers
// share one pass over the hashes, so each hash is loaded once and the
// eight running minima stay in registers.
func minhash(mins *[Perms]uint32, hs []uint64) {
	for i := 0; i < Perms; i += 8 {
		j := i / 2
		a0, a1, a2, a3 := permA[j], permA[j+1], permA[j+2], permA[j+3]
		const top = math.MaxUint32
		m0, m1, m2, m3 := uint32(top), uint32(top), uint32(top), uint32(top)
		m4, m5, m6, m7 := uint32(top), uint32(top), uint32(top), uint32(top)
		for _, h := range hs {
			x0, x1, x2, x3 := a0*h, a1*h, a2*h, a3*h
			h0, h1, h2, h3 := uint32(x0>>32), uint32(x1>>32), uint32(x2>>32), uint32(x3>>32)
			m0 = min(m0, h0)
			m1 = min(m1, h0^uint32(x0))
			m2 = min(m2, h1)
			m3 = min(m3, h1^uint32(x1))
			m4 = min(m4, h2)
			m5 = min(m5, h2^uint32(x2))
			m6 = min(m6, h3)
			m7 = min(m7, h3^uint32(x3))
		}
		mins[i], mins[i+1], mins[i+2], mins[i+3] = m0, m1, m2, m3
		mins[i+4], mins[i+5], mins[i+6], mins[i+7] = m4, m5, m6, m7
	}
}

// Shingles is the number of distinct shingles the signature was made from
// (0 for an empty text or a signature not made by Sign).
func (s Signature) Shingles() int {
	if len(s) != SigLen {
		return 0
	}
	return int(s[Perms])
}

// Words estimates the number of words of the signed text.
func (s Signature) Words() int {
	n := s.Shingles()
	if n == 0 {
		return 0
	}
	return n + Shingle - 1
}

// Similar estimates the Jaccard similarity of the shingle sets behind two
// signatures: the share of hash functions whose minima agree. Signatures of
// empty texts, or of different lengths, are similar to nothing.
func Similar(a, b Signature) float64 {
	if len(a) != SigLen || len(b) != SigLen || a[Perms] == 0 || b[Perms] == 0 {
		return 0
	}
	return float64(agree(a, b)) / Perms
}

func agree(a, b Signature) int {
	a, b = a[:Perms], b[:Perms]
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return n
}

// Containment estimates which share of the smaller text's shingles occur in
// the larger one, from the estimated Jaccard similarity and the two set
// sizes: |A∩B| = J(|A|+|B|)/(1+J). It is near 1 when one text is a cut or
// an extension of the other.
func Containment(a, b Signature) float64 {
	j := Similar(a, b)
	if j == 0 {
		return 0
	}
	return containment(j, a[Perms], b[Perms])
}

func containment(j float64, na, nb uint32) float64 {
	inter := j * (float64(na) + float64(nb)) / (1 + j)
	return min(1, inter/float64(min(na, nb)))
}
