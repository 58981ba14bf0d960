package cluster

import (
	"math"
	"slices"
	"strings"
	"time"
)

// recentDoc is the weighted vector of a recent article, kept so that the
// article can be re-assigned when a better event forms after it arrived.
type recentDoc struct {
	v   docVec
	ds  span
	seq int
}

type scoredEvent struct {
	e *event
	s float64
}

func unixOf(d Doc) int64 {
	if !d.DateKnown || d.Published.IsZero() {
		return 0
	}
	if u := d.Published.Unix(); u != 0 {
		return u
	}
	return 1
}

// remember keeps the vector of an article in the ring of recent articles.
// Its keys are copied into one string so the article text is not retained.
func (c *Clusterer) remember(id string, v *docVec, ds span) {
	if c.cfg.RecentDocs <= 0 {
		return
	}
	if len(c.ring) < c.cfg.RecentDocs {
		c.ring = append(c.ring, id)
	} else {
		old := c.ring[c.ringPos]
		delete(c.recent, old)
		c.ring[c.ringPos] = id
		c.ringPos = (c.ringPos + 1) % len(c.ring)
	}
	var n int
	for _, x := range [...]vec{v.terms, v.ents, v.nums, v.years} {
		for _, t := range x {
			n += len(t.k)
		}
	}
	var b strings.Builder
	b.Grow(n)
	for _, x := range [...]vec{v.terms, v.ents, v.nums, v.years} {
		for _, t := range x {
			b.WriteString(t.k)
		}
	}
	buf := b.String()
	off := 0
	cp := func(x vec) vec {
		out := make(vec, len(x))
		for i, t := range x {
			out[i] = tw{buf[off : off+len(t.k)], t.w}
			off += len(t.k)
		}
		return out
	}
	c.recent[id] = &recentDoc{
		v:   docVec{terms: cp(v.terms), ents: cp(v.ents), nums: cp(v.nums), years: cp(v.years)},
		ds:  ds,
		seq: c.seq,
	}
}

// lookAlikes returns the events scored for the last article that came
// close to the threshold: their members may belong with the article's
// event rather than their own.
func (c *Clusterer) lookAlikes(best *event) []*event {
	var out []*event
	for _, x := range c.scored {
		if x.s >= c.cfg.Threshold/2 && x.e != best {
			out = append(out, x.e)
		}
	}
	return out
}

// secondChance moves recent members of look-alike events to e when they
// are clearly more similar to e than to their own event without them.
// It is what puts an undated article in the event that formed after it
// arrived.
func (c *Clusterer) secondChance(e *event, looks []*event, a *Assignment) {
	if c.cfg.RecentDocs <= 0 || e.retired {
		return
	}
	const perEvent = 4 // latest members re-checked per look-alike event
	for _, f := range looks {
		if f.retired || f == e {
			continue
		}
		ids := f.members[max(0, len(f.members)-perEvent):]
		for _, id := range slices.Clone(ids) {
			r := c.recent[id]
			if r == nil || c.docEvent[id] != f {
				continue
			}
			to := c.simDoc(&r.v, r.ds, e)
			if to < c.cfg.Threshold || to <= c.simLOO(r, f)+c.cfg.MoveMargin {
				continue
			}
			c.move(id, r, f, e, a)
			if f.retired {
				break
			}
		}
	}
}

// periodic re-checks, every ConsolidateEvery articles, the recent articles
// that arrived one to two periods earlier against the current events.
func (c *Clusterer) periodic(a *Assignment) {
	p := c.cfg.ConsolidateEvery
	if p <= 0 || c.seq%p != 0 {
		return
	}
	c.recheck(func(r *recentDoc) bool { return r.seq > c.seq-2*p && r.seq <= c.seq-p }, a)
}

// Consolidation is what Consolidate changed, to apply in this order:
// event merges, story merges, then moves. Each move names the event and
// story its article ended in, after every round.
type Consolidation struct {
	Merged      []Merge // events merged into another event
	StoryMerged []Merge // stories merged into another story
	Moved       []Move
}

// Merge says that the articles of From now belong to Into.
type Merge struct{ From, Into string }

// Consolidate revisits the active window the way a batch clusterer would:
// events whose centroids have converged merge (smallest ids first), and
// every recent article that is clearly more similar to another event than
// to its own (leave-one-out) moves, up to three rounds. It makes the
// result depend much less on arrival order; the pipeline calls it at the
// end of a batch and persists the changes.
func (c *Clusterer) Consolidate() Consolidation {
	var out Consolidation
	for range 3 {
		var a Assignment
		ids := make([]string, 0, len(c.events))
		for id := range c.events {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			e := c.events[id]
			if e == nil || e.retired {
				continue
			}
			for range 3 {
				f, _ := c.mergeCandidate(e)
				if f == nil {
					break
				}
				m := len(a.Merged)
				s := c.mergeEvents(e, f, &a)
				for _, x := range a.Merged[m:] {
					out.Merged = append(out.Merged, Merge{x, s.id})
				}
				for _, x := range a.StoryMerged {
					out.StoryMerged = append(out.StoryMerged, Merge{x, s.story.id})
				}
				a.StoryMerged = a.StoryMerged[:0]
				e = s
			}
		}
		c.recheck(func(*recentDoc) bool { return true }, &a)
		out.Moved = append(out.Moved, a.Moved...)
		if len(a.Moved) == 0 && len(a.Merged) == 0 {
			break
		}
	}
	c.settleMoves(out.Moved)
	return out
}

// settleMoves points each move at where its article ended. The rounds of
// Consolidate interleave moves and merges, but a Consolidation is applied
// merges first: a move of round 1 into an event that round 2 merged away
// would otherwise put its article back into the dead event (in the store
// and in RunCorpus), splitting the event the clusterer holds together.
func (c *Clusterer) settleMoves(moves []Move) {
	for i, m := range moves {
		if e := c.docEvent[m.ArticleID]; e != nil && !e.retired {
			moves[i].ToEvent, moves[i].ToStory = e.id, e.story.id
		}
	}
}

// recheck re-assigns the recent articles selected by keep, oldest first.
func (c *Clusterer) recheck(keep func(*recentDoc) bool, a *Assignment) {
	ids := make([]string, 0, len(c.ring))
	ids = append(ids, c.ring[c.ringPos:]...)
	ids = append(ids, c.ring[:c.ringPos]...)
	for _, id := range ids {
		r := c.recent[id]
		if r == nil || !keep(r) {
			continue
		}
		own := c.docEvent[id]
		if own == nil || own.retired {
			continue
		}
		best, sim := c.bestOther(r, own)
		if best == nil || sim < c.cfg.Threshold || sim <= c.simLOO(r, own)+c.cfg.MoveMargin {
			continue
		}
		c.move(id, r, own, best, a)
	}
}

// bestOther is the most similar active event to r other than own.
func (c *Clusterer) bestOther(r *recentDoc, own *event) (*event, float64) {
	clear(c.evScore)
	for i, x := range r.v.terms {
		if i >= c.cfg.QueryTerms {
			break
		}
		for _, e := range c.evPost[x.k] {
			c.evScore[e] += x.w * float64(e.terms.w[x.k])
		}
	}
	var best *event
	bestSim := -2.0
	for _, e := range c.topEvents(own) {
		if s := c.simDoc(&r.v, r.ds, e); s > bestSim || (s == bestSim && e.id < best.id) {
			best, bestSim = e, s
		}
	}
	return best, bestSim
}

// simLOO is the similarity of a member to its own event without it.
func (c *Clusterer) simLOO(r *recentDoc, e *event) float64 {
	if e.n <= 1 {
		return 0
	}
	cfg := &c.cfg
	s, tot := cfg.WeightTerms*e.terms.cosLOO(r.v.terms), cfg.WeightTerms
	if len(r.v.ents) > 0 && e.ents.norm > 0 {
		s += cfg.WeightEntities * e.ents.cosLOO(r.v.ents)
		tot += cfg.WeightEntities
	}
	if len(r.v.nums) > 0 && e.nums.norm > 0 {
		s += cfg.WeightNumbers * e.nums.cosLOO(r.v.nums)
		tot += cfg.WeightNumbers
	}
	if len(r.v.years) > 0 && e.years.norm > 0 {
		s += cfg.WeightYears * e.years.cosLOO(r.v.years)
		tot += cfg.WeightYears
	}
	// Time: the event's span is not recomputed without the member; a
	// member's own date never makes its event look farther away.
	return c.timed(s/tot, r.ds, e.dates)
}

// cosLOO is the cosine between v and the centroid minus v (v is a member).
func (c *centroid) cosLOO(v vec) float64 {
	if c.norm == 0 || len(v) == 0 {
		return 0
	}
	var dot, self float64
	for _, x := range v {
		if w, ok := c.w[x.k]; ok {
			dot += x.w * float64(w)
			self += x.w * x.w
		}
	}
	n2 := c.norm*c.norm - 2*dot + self
	if n2 <= 1e-12 {
		return 0
	}
	return (dot - self) / math.Sqrt(n2)
}

// sub removes a member's vector from the centroid (keys pruned since are
// left alone).
func (c *centroid) sub(v vec) {
	for _, x := range v {
		if w, ok := c.w[x.k]; ok {
			if w -= float32(x.w); w <= 1e-6 {
				delete(c.w, x.k)
			} else {
				c.w[x.k] = w
			}
		}
	}
	var n float64
	for _, w := range c.w {
		n += float64(w) * float64(w)
	}
	c.norm = math.Sqrt(n)
}

// move re-assigns article id from event f to event e.
func (c *Clusterer) move(id string, r *recentDoc, f, e *event, a *Assignment) {
	i := slices.Index(f.members, id)
	if i < 0 {
		return
	}
	t := f.times[i]
	f.members = slices.Delete(f.members, i, i+1)
	f.times = slices.Delete(f.times, i, i+1)
	f.n--
	f.terms.sub(r.v.terms)
	f.ents.sub(r.v.ents)
	f.nums.sub(r.v.nums)
	f.years.sub(r.v.years)
	if t != 0 {
		f.dates = span{}
		for j, u := range f.times {
			if u != 0 {
				f.dates.add(time.Unix(f.times[j], 0).UTC())
			}
		}
	}
	if f.story != e.story {
		s := f.story
		s.n--
		s.terms.sub(r.v.terms)
		s.ents.sub(r.v.ents)
		e.story.n++
		e.story.terms.add(r.v.terms)
		e.story.ents.add(r.v.ents)
		e.story.dates.merge(r.ds)
		e.story.lastSeq = max(e.story.lastSeq, c.seq)
		c.reindexStory(s)
		c.reindexStory(e.story)
	}
	e.n++
	e.members = append(e.members, id)
	e.times = append(e.times, t)
	e.terms.add(r.v.terms)
	e.ents.add(r.v.ents)
	e.nums.add(r.v.nums)
	e.years.add(r.v.years)
	e.dates.merge(r.ds)
	c.docEvent[id] = e
	if f.n <= 0 {
		c.dropEvent(f)
		f.story.events = slices.DeleteFunc(f.story.events, func(x *event) bool { return x == f })
		f.story.nEvents--
	} else {
		c.reindexEvent(f)
	}
	c.reindexEvent(e)
	a.Moved = append(a.Moved, Move{ArticleID: id, FromEvent: f.id, ToEvent: e.id, ToStory: e.story.id})
}
