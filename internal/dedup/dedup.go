package dedup

// The API CONTRACT is in doc.go, the package comment.

import (
	"slices"
	"sync"
	"time"
)

// Signature is a MinHash signature: Perms minima followed by the number of
// distinct shingles (see Sign).
type Signature []uint32

// Config sets the index.
type Config struct {
	Threshold float64 // estimated Jaccard similarity to call a near-duplicate

	// ShortWords: when the shorter of two texts has fewer words than this,
	// the threshold rises linearly towards 1 (at one word). 0 means
	// DefaultShortWords; negative turns the rule off.
	ShortWords int
	// MinContainment, if > 0, also accepts a candidate whose estimated
	// containment (Containment) reaches it while its Jaccard similarity is
	// below Threshold: a short wire story inside a longer rewrite.
	// Candidates still have to share an LSH band, so this only helps down
	// to Jaccard ≈ 0.3. 0 means off.
	MinContainment float64
}

// Defaults used for zero Config fields.
const (
	DefaultThreshold  = 0.4
	DefaultShortWords = 30
	// maxPerBucket bounds the entries looked at per band bucket, so that
	// thousands of identical boilerplate texts do not slow Find down: the
	// most recently added ones are looked at.
	maxPerBucket = 64
	overflowBit  = 1 << 31
)

// Match is one near-duplicate found by FindMatch or FindAll.
type Match struct {
	ID          string
	Similarity  float64   // estimated Jaccard similarity
	Containment float64   // estimated share of the smaller text inside the larger
	At          time.Time // the time given to Add
}

// Index finds near-duplicates among added signatures with LSH banding:
// one table per band from the band's hash to the entries that share it.
// Entries live in slots that are reused after removal. Safe for
// concurrent use.
type Index struct {
	cfg Config

	mu    sync.RWMutex
	ids   []string // slot -> id ("" = free slot)
	sigs  []uint32 // slot*SigLen ... : the signature
	at    []int64  // slot -> Add time, Unix ns
	free  []uint32 // free slots
	byID  map[string]uint32
	bands [Bands]table // band key -> slot, or overflowBit|list
	lists [][]uint32   // overflow lists: slots sharing a band key
	freeL []uint32     // free overflow lists
	gen   []uint32     // slot -> generation, bumped when freed
	byAge []aged       // min-heap by time, for Evict; may hold stale items
}

// aged is a heap item: slot, added at time at, valid while the slot's
// generation is still gen.
type aged struct {
	at   int64
	slot uint32
	gen  uint32
}

// NewIndex returns an empty index.
func NewIndex(cfg Config) *Index {
	if cfg.Threshold <= 0 {
		cfg.Threshold = DefaultThreshold
	}
	if cfg.ShortWords == 0 {
		cfg.ShortWords = DefaultShortWords
	}
	x := &Index{cfg: cfg, byID: make(map[string]uint32)}
	for i := range x.bands {
		x.bands[i] = newTable()
	}
	return x
}

// bandKeys hashes each band of sig to 32 bits.
func bandKeys(sig Signature, keys *[Bands]uint32) {
	for b := range Bands {
		v := sig[b*Rows : b*Rows+Rows : b*Rows+Rows]
		h := uint64(b+1) * shingleMul
		for _, r := range v {
			h = (h ^ uint64(r)) * 0xff51afd7ed558ccd
			h ^= h >> 32
		}
		keys[b] = uint32(fmix64(h) >> 32)
	}
}

// valid reports whether sig can be indexed or looked up.
func valid(sig Signature) bool { return len(sig) == SigLen && sig[Perms] > 0 }

// Add indexes a signature under id with its time (used by Evict). Adding
// an id again replaces its entry. Signatures of empty texts, and the empty
// id, are ignored.
func (x *Index) Add(id string, sig Signature, at time.Time) {
	if !valid(sig) || id == "" {
		return
	}
	var keys [Bands]uint32
	bandKeys(sig, &keys)
	t := at.UnixNano()
	x.mu.Lock()
	defer x.mu.Unlock()
	if old, ok := x.byID[id]; ok {
		x.remove(old)
	}
	var s uint32
	if n := len(x.free); n > 0 {
		s = x.free[n-1]
		x.free = x.free[:n-1]
		x.ids[s] = id
		copy(x.sigs[int(s)*SigLen:], sig)
		x.at[s] = t
	} else {
		s = uint32(len(x.ids))
		x.ids = append(x.ids, id)
		x.sigs = append(x.sigs, sig...)
		x.at = append(x.at, t)
		x.gen = append(x.gen, 0)
	}
	x.byID[id] = s
	x.push(aged{at: t, slot: s, gen: x.gen[s]})
	for b, k := range keys {
		t := &x.bands[b]
		cell, inserted := t.ref(k, s)
		switch v := t.value(cell); {
		case inserted:
		case v&overflowBit == 0:
			t.setValue(cell, overflowBit|x.newList(v, s))
		default:
			l := v &^ overflowBit
			x.lists[l] = append(x.lists[l], s)
		}
	}
}

func (x *Index) newList(a, b uint32) uint32 {
	if n := len(x.freeL); n > 0 {
		l := x.freeL[n-1]
		x.freeL = x.freeL[:n-1]
		x.lists[l] = append(x.lists[l][:0], a, b)
		return l
	}
	x.lists = append(x.lists, []uint32{a, b})
	return uint32(len(x.lists) - 1)
}

// remove unlinks slot s from every band and frees it. x.mu must be held.
func (x *Index) remove(s uint32) {
	sig := Signature(x.sigs[int(s)*SigLen : int(s+1)*SigLen])
	var keys [Bands]uint32
	bandKeys(sig, &keys)
	for b, k := range keys {
		t := &x.bands[b]
		cell := t.find(k)
		if cell < 0 {
			continue
		}
		v := t.value(cell)
		if v&overflowBit == 0 {
			if v == s {
				t.deleteCell(cell)
			}
			continue
		}
		l := v &^ overflowBit
		list := x.lists[l]
		if i := slices.Index(list, s); i >= 0 {
			list = slices.Delete(list, i, i+1)
		}
		x.lists[l] = list
		if len(list) == 1 {
			t.setValue(cell, list[0])
			x.lists[l] = list[:0]
			x.freeL = append(x.freeL, l)
		}
	}
	delete(x.byID, x.ids[s])
	x.ids[s] = ""
	x.gen[s]++
	x.free = append(x.free, s)
}

// Remove drops the entry of id, if any, and reports whether there was one.
func (x *Index) Remove(id string) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	s, ok := x.byID[id]
	if ok {
		x.remove(s)
	}
	return ok
}

// Find returns the most similar indexed article whose estimated Jaccard
// similarity reaches the threshold (raised for short texts).
func (x *Index) Find(sig Signature) (string, float64, bool) {
	m, ok := x.FindMatch(sig)
	return m.ID, m.Similarity, ok
}

// FindMatch is Find with the estimated containment and the entry's time.
func (x *Index) FindMatch(sig Signature) (Match, bool) {
	var best Match
	found := false
	x.candidates(sig, func(m Match) {
		if !found || m.Similarity > best.Similarity ||
			m.Similarity == best.Similarity && m.Containment > best.Containment {
			best, found = m, true
		}
	})
	return best, found
}

// FindAll returns every indexed near-duplicate of sig, most similar first
// (ties: earliest first, so the likely origin leads).
func (x *Index) FindAll(sig Signature) []Match {
	var all []Match
	x.candidates(sig, func(m Match) { all = append(all, m) })
	slices.SortFunc(all, func(a, b Match) int {
		switch {
		case a.Similarity != b.Similarity:
			if a.Similarity > b.Similarity {
				return -1
			}
			return 1
		default:
			return a.At.Compare(b.At)
		}
	})
	return all
}

// candidates calls fn for each accepted near-duplicate of sig.
func (x *Index) candidates(sig Signature, fn func(Match)) {
	if !valid(sig) {
		return
	}
	var keys [Bands]uint32
	bandKeys(sig, &keys)
	var seenBuf [64]uint32
	seen := seenBuf[:0]
	x.mu.RLock()
	defer x.mu.RUnlock()
	check := func(s uint32) {
		if slices.Contains(seen, s) {
			return
		}
		seen = append(seen, s)
		other := Signature(x.sigs[int(s)*SigLen : int(s+1)*SigLen])
		j := float64(agree(sig, other)) / Perms
		c := containment(j, sig[Perms], other[Perms])
		words := min(sig.Words(), other.Words())
		if j >= x.threshold(words) ||
			x.cfg.MinContainment > 0 && c >= x.cfg.MinContainment && words >= x.cfg.ShortWords {
			fn(Match{ID: x.ids[s], Similarity: j, Containment: c, At: time.Unix(0, x.at[s])})
		}
	}
	for b, k := range keys {
		v, ok := x.bands[b].get(k)
		switch {
		case !ok:
		case v&overflowBit == 0:
			check(v)
		default:
			list := x.lists[v&^overflowBit]
			for _, s := range list[max(0, len(list)-maxPerBucket):] {
				check(s)
			}
		}
	}
}

// threshold is the similarity needed when the shorter text has words words.
func (x *Index) threshold(words int) float64 {
	t := x.cfg.Threshold
	sw := x.cfg.ShortWords
	if sw <= 0 || words >= sw {
		return t
	}
	return t + (1-t)*float64(sw-words)/float64(sw-1)
}

// Evict drops entries added with a time before the given one. Its cost
// is proportional to the entries dropped (a min-heap by time), so it can be
// called after every Add.
func (x *Index) Evict(before time.Time) {
	b := before.UnixNano()
	x.mu.Lock()
	defer x.mu.Unlock()
	for len(x.byAge) > 0 && x.byAge[0].at < b {
		it := x.pop()
		if x.gen[it.slot] == it.gen && x.ids[it.slot] != "" {
			x.remove(it.slot)
		}
	}
	// Removed and replaced entries leave stale heap items: rebuild the
	// heap when they outnumber the live ones.
	if len(x.byAge) > 1024 && len(x.byAge) > 2*len(x.byID) {
		x.byAge = x.byAge[:0]
		for s, id := range x.ids {
			if id != "" {
				x.push(aged{at: x.at[s], slot: uint32(s), gen: x.gen[s]})
			}
		}
	}
}

func (x *Index) push(it aged) {
	h := append(x.byAge, it)
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 2
		if h[p].at <= h[i].at {
			break
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
	x.byAge = h
}

func (x *Index) pop() aged {
	h := x.byAge
	top := h[0]
	n := len(h) - 1
	h[0] = h[n]
	h = h[:n]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < n && h[l].at < h[m].at {
			m = l
		}
		if l+1 < n && h[l+1].at < h[m].at {
			m = l + 1
		}
		if m == i {
			break
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
	x.byAge = h
	return top
}

// Len is the number of indexed signatures.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.byID)
}
