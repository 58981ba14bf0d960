package verify

import (
	"hash/maphash"
	"slices"
	"sync"
	"unsafe"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/dedup"
)

// DefaultCacheBytes is a budget for a Cache (about 1,500 articles of
// 3.5 KB); NewCache takes any.
const DefaultCacheBytes = 48 << 20

// Cache keeps, per article text, what verification derives from that text
// alone: its claims and support sentences (clauses, features, numbers,
// dates, negations, entity mentions) and its MinHash signature, so that
// re-verifying an event after a new article only builds the new
// article's. It is a least-recently-used cache bounded by an estimate of
// the bytes it holds (the article text its claims point into included);
// safe for concurrent use. Entries are keyed by the fields the derivation
// reads, Lang, Title, the subtitle (Subtitle or a Removed line of kind
// "subtitle") and Paragraphs, and compared in full on lookup, so an
// article whose text changed (or another with the same content id) never
// gets stale claims. The nil *Cache caches nothing.
type Cache struct {
	max  int64
	seed maphash.Seed

	mu     sync.Mutex
	size   int64
	byKey  map[uint64]*built
	head   built // sentinel of the recency list: head.next most recent
	hits   int64
	misses int64
}

// NewCache returns a cache holding at most about maxBytes.
func NewCache(maxBytes int64) *Cache {
	c := &Cache{max: maxBytes, seed: maphash.MakeSeed(), byKey: map[uint64]*built{}}
	c.head.prev, c.head.next = &c.head, &c.head
	return c
}

// CacheStats are a cache's counters.
type CacheStats struct {
	Entries      int
	Bytes        int64
	Hits, Misses int64
}

// Stats returns the cache's counters.
func (c *Cache) Stats() CacheStats {
	if c == nil {
		return CacheStats{}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return CacheStats{Entries: len(c.byKey), Bytes: c.size, Hits: c.hits, Misses: c.misses}
}

// built is one article's derived data, with its features numbered by an
// interner of its own, and the interning an event's interner would have
// seen while building it (recorder), so that adopt can give the features
// the ids a build inside the event gives them. Immutable once cached.
type built struct {
	lang, title, sub string
	paras            []string

	names           []string // features by local id
	ops             []int32  // see recorder
	blocks          []labelBlock
	claims, support []claim
	sig             dedup.Signature
	size            int64

	key        uint64
	same       *built // next entry of the same key
	prev, next *built // recency list
}

// recorder notes the interning of one article's build: ops >= 0 intern a
// local id (outside label blocks only its first time); op < 0 sets the
// label of block -op-1 when the event has none for it yet, and for an
// entity the block's next n ops are its name words (entWords), interned
// only then. This is exactly where the build inside the event would look
// at state other articles left (labels), so replaying the ops in article
// order numbers features as that build does.
type recorder struct {
	ops    []int32
	blocks []labelBlock
	seen   []bool // local ids already noted outside a block
	open   int    // the entity block being recorded, or -1
}

type labelBlock struct {
	id    int32 // local feature id
	label string
	ent   bool  // an entity: the next n ops are its name words
	n     int32 // ops inside the block
}

// id interns s, noting it when recording.
func (v *verifier) id(s string) int32 {
	id := v.in.id(s)
	if r := v.rec; r != nil {
		if r.open >= 0 {
			r.ops = append(r.ops, id)
			r.blocks[r.open].n++
		} else {
			for int(id) >= len(r.seen) {
				r.seen = append(r.seen, false)
			}
			if !r.seen[id] {
				r.seen[id] = true
				r.ops = append(r.ops, id)
			}
		}
	}
	return id
}

// setLabel sets the label of a feature that has none; for an entity, the
// interning up to closeLabel is its name words.
func (v *verifier) setLabel(id int32, label string, ent bool) {
	v.labels[id] = label
	if r := v.rec; r != nil {
		r.blocks = append(r.blocks, labelBlock{id: id, label: label, ent: ent})
		r.ops = append(r.ops, -int32(len(r.blocks)))
		if ent {
			r.open = len(r.blocks) - 1
		}
	}
}

func (v *verifier) closeLabel() {
	if v.rec != nil {
		v.rec.open = -1
	}
}

// claims returns article ai's claims and support sentences, from the cache
// when it has them; c nil builds them in place.
func (c *Cache) claims(v *verifier, ai int, a *article.Article) (claims, support []claim) {
	if c == nil {
		return v.articleClaims(ai, a)
	}
	b := c.get(a)
	v.sigs[ai] = b.sig
	return v.adopt(ai, b)
}

func (c *Cache) hash(lang, title, sub string, paras []string) uint64 {
	var h maphash.Hash
	h.SetSeed(c.seed)
	for _, s := range [3]string{lang, title, sub} {
		h.WriteString(s)
		h.WriteByte(0)
	}
	for _, p := range paras {
		h.WriteString(p)
		h.WriteByte(0)
	}
	return h.Sum64()
}

// get returns a's derived data, building and caching it on a miss.
func (c *Cache) get(a *article.Article) *built {
	sub := subtitleOf(a)
	key := c.hash(a.Lang, a.Title, sub, a.Paragraphs)
	c.mu.Lock()
	for b := c.byKey[key]; b != nil; b = b.same {
		if b.lang == a.Lang && b.title == a.Title && b.sub == sub && slices.Equal(b.paras, a.Paragraphs) {
			c.unlink(b)
			c.pushFront(b)
			c.hits++
			c.mu.Unlock()
			return b
		}
	}
	c.misses++
	c.mu.Unlock()

	b := build(a, sub)
	b.key = key
	if b.size > c.max {
		return b
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for o := c.byKey[key]; o != nil; o = o.same {
		if o.lang == b.lang && o.title == b.title && o.sub == b.sub && slices.Equal(o.paras, b.paras) {
			return o // built meanwhile by another event
		}
	}
	b.same = c.byKey[key]
	c.byKey[key] = b
	c.pushFront(b)
	c.size += b.size
	for c.size > c.max {
		c.evict(c.head.prev)
	}
	return b
}

func (c *Cache) pushFront(b *built) {
	b.prev, b.next = &c.head, c.head.next
	b.prev.next, b.next.prev = b, b
}

func (c *Cache) unlink(b *built) {
	b.prev.next, b.next.prev = b.next, b.prev
	b.prev, b.next = nil, nil
}

func (c *Cache) evict(b *built) {
	c.unlink(b)
	c.size -= b.size
	p := c.byKey[b.key]
	if p == b {
		if b.same == nil {
			delete(c.byKey, b.key)
		} else {
			c.byKey[b.key] = b.same
		}
		return
	}
	for ; p != nil; p = p.same {
		if p.same == b {
			p.same = b.same
			return
		}
	}
}

// build derives a's claims on their own, as article 0 of an event of one
// with a fresh interner, recording the interning (see recorder).
func build(a *article.Article, sub string) *built {
	v := &verifier{in: interner{ids: map[string]int32{}}, labels: map[int32]string{}, entWords: map[int32][]int32{}, rec: &recorder{open: -1}}
	claims, support := v.articleClaims(0, a)
	b := &built{lang: a.Lang, title: a.Title, sub: sub, paras: a.Paragraphs,
		names: v.in.names, ops: v.rec.ops, blocks: v.rec.blocks,
		claims: slices.Clip(claims), support: slices.Clip(support), sig: signArticle(a)}
	b.size = b.estimate()
	return b
}

// signArticle is the MinHash signature origin rule 1 compares.
func signArticle(a *article.Article) dedup.Signature {
	return dedup.Sign(a.Title + "\n" + a.Text())
}

// estimate is about the bytes b holds: text, names, claims and their
// features, ops and signature.
func (b *built) estimate() int64 {
	const hdr = 16
	n := int64(unsafe.Sizeof(*b)) + int64(len(b.lang)+len(b.title)+len(b.sub))
	for _, p := range b.paras {
		n += hdr + int64(len(p))
	}
	for _, s := range b.names {
		n += hdr + int64(len(s))
	}
	n += 4*int64(len(b.ops)) + int64(len(b.blocks))*int64(unsafe.Sizeof(labelBlock{})) + 4*int64(len(b.sig))
	for _, bl := range b.blocks {
		n += int64(len(bl.label))
	}
	for _, cs := range [2][]claim{b.claims, b.support} {
		for i := range cs {
			n += claimBytes(&cs[i])
		}
	}
	return n
}

func claimBytes(c *claim) int64 {
	n := int64(unsafe.Sizeof(*c)) + 4*int64(len(c.feats)+len(c.negTerms)+len(c.nameTerms)+len(c.acros))
	n += int64(len(c.nums)+len(c.rngs)) * int64(unsafe.Sizeof(numFact{}))
	for k := range c.clauses {
		n += claimBytes(&c.clauses[k].claim)
	}
	return n
}

// adopt gives this event's ids to a cached article's features (replaying
// its interning, see recorder) and returns copies of its claims as
// article ai's.
func (v *verifier) adopt(ai int, b *built) (claims, support []claim) {
	remap := v.remap[:0]
	for range b.names {
		remap = append(remap, -1)
	}
	v.remap = remap
	intern := func(l int32) int32 {
		if remap[l] < 0 {
			remap[l] = v.in.id(b.names[l])
		}
		return remap[l]
	}
	for i := 0; i < len(b.ops); i++ {
		op := b.ops[i]
		if op >= 0 {
			intern(op)
			continue
		}
		bl := &b.blocks[-op-1]
		id := remap[bl.id]
		n := 0
		if bl.ent {
			n = int(bl.n)
		}
		if _, ok := v.labels[id]; ok {
			i += n
			continue
		}
		v.labels[id] = bl.label
		if bl.ent {
			var ws []int32
			for _, l := range b.ops[i+1 : i+1+n] {
				ws = append(ws, intern(l))
			}
			v.entWords[id] = ws
			i += n
		}
	}
	// one backing array for every copied id slice
	total := 0
	for _, cs := range [2][]claim{b.claims, b.support} {
		for i := range cs {
			total += idSlots(&cs[i])
		}
	}
	r := remapper{remap: remap, arena: make([]int32, 0, total)}
	claims = make([]claim, len(b.claims))
	for i := range b.claims {
		r.copy(&claims[i], &b.claims[i], ai)
	}
	support = make([]claim, len(b.support))
	for i := range b.support {
		r.copy(&support[i], &b.support[i], ai)
	}
	return claims, support
}

func idSlots(c *claim) int {
	n := len(c.feats) + len(c.negTerms) + len(c.nameTerms) + len(c.acros)
	for k := range c.clauses {
		n += idSlots(&c.clauses[k].claim)
	}
	return n
}

type remapper struct {
	remap []int32
	arena []int32
}

// ids returns src with each id remapped, in a slice of the arena; nil
// stays nil.
func (r *remapper) ids(src []int32) []int32 {
	if src == nil {
		return nil
	}
	s := len(r.arena)
	for _, l := range src {
		r.arena = append(r.arena, r.remap[l])
	}
	return r.arena[s:len(r.arena):len(r.arena)]
}

func (r *remapper) nums(src []numFact) []numFact {
	if src == nil {
		return nil
	}
	out := slices.Clone(src)
	for i := range out {
		out[i].id = r.remap[out[i].id]
		if out[i].alt >= 0 {
			out[i].alt = r.remap[out[i].alt]
		}
	}
	return out
}

// copy sets dst to src as a claim of article ai with this event's ids,
// the sorted slices sorted again by them.
func (r *remapper) copy(dst, src *claim, ai int) {
	*dst = *src
	dst.art = ai
	dst.feats = r.ids(src.feats)
	slices.Sort(dst.feats)
	dst.negTerms = r.ids(src.negTerms)
	slices.Sort(dst.negTerms)
	dst.nameTerms = r.ids(src.nameTerms)
	slices.Sort(dst.nameTerms)
	dst.acros = r.ids(src.acros)
	dst.nums = r.nums(src.nums)
	dst.rngs = r.nums(src.rngs)
	if src.clauses != nil {
		dst.clauses = make([]clause, len(src.clauses))
		for k := range src.clauses {
			r.copy(&dst.clauses[k].claim, &src.clauses[k].claim, ai)
			dst.clauses[k].judged = src.clauses[k].judged
		}
	}
}
