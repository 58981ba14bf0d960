package cluster

import (
	"math"
	"slices"
	"strings"
)

// tw is one weighted key of a sparse vector.
type tw struct {
	k string
	w float64
}

// vec is a sparse vector, L2-normalised, sorted by descending weight.
type vec []tw

// weigh turns counts into a unit vector of (1+ln n)·idf weights, keeping the
// top k keys.
func weigh(cs []Count, idf func(string) float64, k int) vec {
	if len(cs) == 0 {
		return nil
	}
	v := make(vec, 0, len(cs))
	for _, c := range cs {
		v = append(v, tw{c.Key, (1 + math.Log(float64(c.N))) * idf(c.Key)})
	}
	slices.SortFunc(v, byWeight)
	if len(v) > k {
		v = v[:k]
	}
	var n float64
	for _, x := range v {
		n += x.w * x.w
	}
	n = math.Sqrt(n)
	if n == 0 {
		return nil
	}
	for i := range v {
		v[i].w /= n
	}
	return v
}

// byWeight sorts by descending weight, then key, so ties are deterministic.
func byWeight(a, b tw) int {
	switch {
	case a.w > b.w:
		return -1
	case a.w < b.w:
		return 1
	case a.k < b.k:
		return -1
	case a.k > b.k:
		return 1
	}
	return 0
}

// centroid is the sum of unit vectors, pruned to its heaviest keys so its
// size stays bounded however many articles it holds.
type centroid struct {
	w    map[string]float32
	norm float64
	keep int // keys kept after pruning
}

func newCentroid(keep int) centroid { return centroid{w: map[string]float32{}, keep: keep} }

func (c *centroid) add(v vec) {
	for _, x := range v {
		if w, ok := c.w[x.k]; ok {
			c.w[x.k] = w + float32(x.w)
		} else {
			c.w[strings.Clone(x.k)] = float32(x.w)
		}
	}
	c.settle()
}

func (c *centroid) addCentroid(o *centroid) {
	for k, w := range o.w {
		c.w[k] += w
	}
	c.settle()
}

// settle prunes to keep keys once the map has grown by half, and
// recomputes the norm.
func (c *centroid) settle() {
	if len(c.w) > c.keep+c.keep/2 {
		// A new map: Go maps do not give memory back on delete.
		v := c.top(c.keep)
		c.w = make(map[string]float32, c.keep+c.keep/2)
		for _, x := range v {
			c.w[x.k] = float32(x.w)
		}
	}
	var n float64
	for _, w := range c.w {
		n += float64(w) * float64(w)
	}
	c.norm = math.Sqrt(n)
}

// top returns the heaviest n keys.
func (c *centroid) top(n int) vec {
	v := make(vec, 0, len(c.w))
	for k, w := range c.w {
		v = append(v, tw{k, float64(w)})
	}
	slices.SortFunc(v, byWeight)
	if len(v) > n {
		v = v[:n]
	}
	return v
}

// cosVec is the cosine between a unit vector and the centroid.
func (c *centroid) cosVec(v vec) float64 {
	if c.norm == 0 || len(v) == 0 {
		return 0
	}
	var dot float64
	for _, x := range v {
		dot += x.w * float64(c.w[x.k])
	}
	return dot / c.norm
}

// cos is the cosine between two centroids.
func (c *centroid) cos(o *centroid) float64 {
	if c.norm == 0 || o.norm == 0 {
		return 0
	}
	a, b := c, o
	if len(b.w) < len(a.w) {
		a, b = b, a
	}
	var dot float64
	for k, w := range a.w {
		if w2, ok := b.w[k]; ok {
			dot += float64(w) * float64(w2)
		}
	}
	return dot / (c.norm * o.norm)
}

// sketch counts document frequencies in fixed memory (a count-min sketch
// with two rows), so online IDF does not grow with the vocabulary.
type sketch struct {
	rows [2][]uint32
	mask uint64
	n    int // documents counted
}

func newSketch(bits uint) *sketch {
	s := &sketch{mask: 1<<bits - 1}
	for i := range s.rows {
		s.rows[i] = make([]uint32, 1<<bits)
	}
	return s
}

func hashKey(k string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(k); i++ {
		h ^= uint64(k[i])
		h *= 1099511628211
	}
	return h
}

func (s *sketch) slots(k string) (uint64, uint64) {
	h := hashKey(k)
	return h & s.mask, (h >> 32) & s.mask
}

func (s *sketch) inc(k string) {
	a, b := s.slots(k)
	s.rows[0][a]++
	s.rows[1][b]++
}

func (s *sketch) df(k string) int {
	a, b := s.slots(k)
	return int(min(s.rows[0][a], s.rows[1][b]))
}

// idf is the smoothed inverse document frequency of k.
func (s *sketch) idf(k string) float64 {
	return math.Log(float64(s.n+1)/float64(s.df(k)+1)) + 1
}
