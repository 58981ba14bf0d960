package cluster

import (
	"slices"
	"strings"
	"time"
)

// Doc is what clustering needs of one article.
type Doc struct {
	ID          string
	Lang        string
	Title       string
	Text        string // clean body
	Outlet      string
	Published   time.Time
	DateKnown   bool     // Published is explicit or inferred from the article itself
	Entities    []string // merged entity ids, most frequent first
	DuplicateOf string   // set when dedup found a near-duplicate
}

// Assignment is the event and storyline an article was put in.
type Assignment struct {
	EventID  string
	StoryID  string
	NewEvent bool
	NewStory bool
	// StoryMerged lists story ids that were merged into StoryID by this article, if any.
	StoryMerged []string
	// Merged lists event ids that were merged into EventID by this article,
	// if any. Their articles now belong to EventID and to StoryID.
	Merged []string
	// Similarity is the score that decided the event (0 for a new event).
	Similarity float64
	// Moved lists earlier articles re-assigned to another event by this
	// article (a second chance: they arrived before their own event
	// existed). Apply them after Merged. An event left with no articles
	// is gone from the active window.
	Moved []Move
}

// Move is one earlier article re-assigned from one event to another.
type Move struct {
	ArticleID string
	FromEvent string
	ToEvent   string
	ToStory   string // the story of ToEvent
}

// Config sets the clusterer. DefaultConfig is the one set used for every
// corpus; the fields exist for experiments and tests.
type Config struct {
	Threshold      float64 // article -> event similarity needed to join
	MergeThreshold float64 // event <-> event similarity to merge two events of 3+ articles
	// SmallEvent: an event this size or smaller merges at Threshold (the
	// second chance of an article that opened an event too early).
	SmallEvent int

	StoryThreshold      float64 // new event -> story similarity needed to join
	StoryMergeThreshold float64 // story <-> story similarity to merge

	WeightTerms, WeightEntities, WeightNumbers, WeightYears float64

	// Publication time, used when both sides have a known date.
	TimePenalty float64       // subtracted at MaxEventGap, linearly from 0
	MaxEventGap time.Duration // farther apart than this is never the same event

	// Active window: an event retires after EventWindow articles (or
	// EventTimeWindow of publication time) without a new member; a story
	// after StoryWindow articles (or StoryTimeWindow, 0 = no time limit).
	EventWindow     int
	EventTimeWindow time.Duration
	StoryWindow     int
	StoryTimeWindow time.Duration
	// MinIdle: the time windows retire an event or story only after this
	// many articles without a new member too, so a backfill of old
	// articles in mixed order does not retire events it is still feeding.
	MinIdle int

	DocTerms      int // terms kept per article vector
	CentroidTerms int // terms kept per event centroid
	StoryTerms    int // terms kept per story centroid
	IndexTerms    int // centroid terms posted in the inverted index
	QueryTerms    int // article terms looked up in the inverted index
	Candidates    int // events scored in full per article
	SketchBits    uint

	// Re-assignment of recent articles (see Consolidate): the vectors of
	// the last RecentDocs articles are kept; an article moves to another
	// event when it is more similar to it than to its own event without
	// it (leave-one-out) by MoveMargin. Every ConsolidateEvery articles
	// the articles that arrived one to two periods earlier are re-checked.
	RecentDocs       int
	MoveMargin       float64
	ConsolidateEvery int
}

// DefaultConfig is the one set of settings used for every corpus.
func DefaultConfig() Config {
	return Config{
		Threshold:           0.30,
		MergeThreshold:      0.45,
		SmallEvent:          2,
		StoryThreshold:      0.14,
		StoryMergeThreshold: 0.14,
		WeightTerms:         0.6,
		WeightEntities:      0.25,
		WeightNumbers:       0.30,
		WeightYears:         0.15,
		TimePenalty:         0.15,
		MaxEventGap:         10 * 24 * time.Hour,
		EventWindow:         20000,
		EventTimeWindow:     10 * 24 * time.Hour,
		StoryWindow:         50000,
		MinIdle:             2000,
		DocTerms:            100,
		CentroidTerms:       100,
		StoryTerms:          60,
		IndexTerms:          25,
		QueryTerms:          15,
		Candidates:          8,
		SketchBits:          20,
		RecentDocs:          4096,
		MoveMargin:          0.02,
		ConsolidateEvery:    1024,
	}
}

// docVec is a weighted article.
type docVec struct {
	terms, ents, nums, years vec
}

type span struct{ min, max time.Time }

func (s *span) add(t time.Time) {
	if s.min.IsZero() || t.Before(s.min) {
		s.min = t
	}
	if s.max.IsZero() || t.After(s.max) {
		s.max = t
	}
}

func (s *span) merge(o span) {
	if !o.min.IsZero() {
		s.add(o.min)
		s.add(o.max)
	}
}

func (s span) known() bool { return !s.min.IsZero() }

// gap is the time between two spans, 0 when they overlap.
func (s span) gap(o span) time.Duration {
	switch {
	case o.min.After(s.max):
		return o.min.Sub(s.max)
	case s.min.After(o.max):
		return s.min.Sub(o.max)
	}
	return 0
}

type event struct {
	id                string
	story             *story
	n                 int
	terms, ents, nums centroid
	years             centroid
	dates             span
	indexed           []string
	members           []string
	times             []int64 // unix seconds of members, 0 when unknown
	lastSeq           int
	retired           bool
}

type story struct {
	id          string
	terms, ents centroid
	dates       span
	events      []*event // active events
	n           int      // articles
	nEvents     int
	indexed     []string
	lastSeq     int
	retired     bool
}

// Clusterer assigns articles to events and storylines.
type Clusterer struct {
	cfg      Config
	df       *sketch
	seq      int
	latest   time.Time // latest known publication time seen
	events   map[string]*event
	stories  map[string]*story
	evPost   map[string][]*event
	stPost   map[string][]*story
	docEvent map[string]*event // members of active events, for reprints
	recent   map[string]*recentDoc
	ring     []string // ids of recent articles, oldest overwritten first
	ringPos  int

	// scratch
	evScore map[*event]float64
	stScore map[*story]float64
	scored  []scoredEvent // candidates of the last bestEvent
}

// New returns an empty clusterer.
func New(cfg Config) *Clusterer {
	return &Clusterer{
		cfg:      cfg,
		df:       newSketch(cfg.SketchBits),
		events:   map[string]*event{},
		stories:  map[string]*story{},
		evPost:   map[string][]*event{},
		stPost:   map[string][]*story{},
		docEvent: map[string]*event{},
		recent:   map[string]*recentDoc{},
		evScore:  map[*event]float64{},
		stScore:  map[*story]float64{},
	}
}

// Stats describes the active window.
type Stats struct {
	Articles      int // articles added or restored
	ActiveEvents  int
	ActiveStories int
	IndexedDocs   int // article ids kept for reprint lookup
}

// Stats returns the size of the active window.
func (c *Clusterer) Stats() Stats {
	return Stats{Articles: c.seq, ActiveEvents: len(c.events), ActiveStories: len(c.stories), IndexedDocs: len(c.docEvent)}
}

// vectorize counts the article in the document frequencies and weighs it.
func (c *Clusterer) vectorize(f Features) docVec {
	c.df.n++
	for _, t := range f.Terms {
		c.df.inc(t.Key)
	}
	for _, e := range f.Entities {
		c.df.inc("\x01" + e.Key)
	}
	return c.weigh(f)
}

// weigh turns features into a weighted vector with the current document
// frequencies, without counting the article in them.
func (c *Clusterer) weigh(f Features) docVec {
	entIDF := func(k string) float64 { return c.df.idf("\x01" + k) }
	return docVec{
		terms: weigh(f.Terms, c.df.idf, c.cfg.DocTerms),
		ents:  weigh(f.Entities, entIDF, 40),
		nums:  weigh(f.Numbers, c.df.idf, 30),
		years: weigh(f.Years, func(string) float64 { return 1 }, 10),
	}
}

// Add assigns d to an event and a storyline.
func (c *Clusterer) Add(d Doc) Assignment {
	if e, ok := c.docEvent[d.DuplicateOf]; ok && d.DuplicateOf != "" && !e.retired {
		return c.addReprint(d, e)
	}
	return c.AddAnalyzed(d, Analyze(d))
}

// addReprint puts a near-duplicate in its original's event without
// touching centroids: it adds nothing new to compare against.
func (c *Clusterer) addReprint(d Doc, e *event) Assignment {
	c.seq++
	c.touchDate(d)
	e.n++
	e.lastSeq = c.seq
	e.members = append(e.members, d.ID)
	e.times = append(e.times, unixOf(d))
	if d.DateKnown {
		e.dates.add(d.Published)
		e.story.dates.add(d.Published)
	}
	c.docEvent[d.ID] = e
	e.story.n++
	e.story.lastSeq = c.seq
	c.maybeRetire()
	return Assignment{EventID: e.id, StoryID: e.story.id, Similarity: 1}
}

func (c *Clusterer) touchDate(d Doc) {
	if d.DateKnown && d.Published.After(c.latest) {
		c.latest = d.Published
	}
}

// AddAnalyzed is Add with features computed beforehand by Analyze
// (possibly in another goroutine).
func (c *Clusterer) AddAnalyzed(d Doc, f Features) Assignment {
	c.seq++
	c.touchDate(d)
	v := c.vectorize(f)
	var ds span
	if d.DateKnown {
		ds.add(d.Published)
	}
	var a Assignment
	best, sim := c.bestEvent(&v, ds)
	looks := c.lookAlikes(best)
	if best != nil && sim >= c.cfg.Threshold {
		a.Similarity = sim
	} else if e, ok := c.events[eventID(d.ID)]; ok {
		best = e // the same article id again
	} else {
		best = c.newEvent(eventID(d.ID))
		a.NewEvent = true
		st, ssim := c.bestStory(&v)
		if st == nil || ssim < c.cfg.StoryThreshold {
			st = c.newStory(storyID(d.ID))
			a.NewStory = true
		}
		c.attach(best, st)
	}
	c.join(best, d, &v, ds)
	c.remember(d.ID, &v, ds)
	e := c.settleEvent(best, &a)
	c.secondChance(e, looks, &a)
	c.periodic(&a)
	a.EventID, a.StoryID = e.id, e.story.id
	c.maybeRetire()
	return a
}

// Restore adds a stored article with its known assignment, rebuilding the
// state at start-up. Articles should be restored in their original order;
// events and stories are created under the given ids.
func (c *Clusterer) Restore(d Doc, eventID, storyID string) {
	c.RestoreAnalyzed(d, Analyze(d), eventID, storyID)
}

// RestoreAnalyzed is Restore with features computed beforehand by
// Analyze (possibly in another goroutine); articles are still restored
// in order, on one goroutine.
func (c *Clusterer) RestoreAnalyzed(d Doc, f Features, eventID, storyID string) {
	c.seq++
	c.touchDate(d)
	v := c.vectorize(f)
	var ds span
	if d.DateKnown {
		ds.add(d.Published)
	}
	e, ok := c.events[eventID]
	if !ok {
		e = c.newEvent(eventID)
		st, ok := c.stories[storyID]
		if !ok {
			st = c.newStory(storyID)
		}
		c.attach(e, st)
	}
	c.join(e, d, &v, ds)
	c.remember(d.ID, &v, ds)
	c.reindexEvent(e)
	c.reindexStory(e.story)
	c.maybeRetire()
}

func eventID(docID string) string { return "e" + docID }
func storyID(docID string) string { return "s" + docID }

func (c *Clusterer) newEvent(id string) *event {
	e := &event{
		id:    id,
		terms: newCentroid(c.cfg.CentroidTerms),
		ents:  newCentroid(60),
		nums:  newCentroid(40),
		years: newCentroid(10),
	}
	c.events[id] = e
	return e
}

func (c *Clusterer) newStory(id string) *story {
	s := &story{id: id, terms: newCentroid(c.cfg.StoryTerms), ents: newCentroid(30)}
	c.stories[id] = s
	return s
}

func (c *Clusterer) attach(e *event, s *story) {
	e.story = s
	s.events = append(s.events, e)
	s.nEvents++
}

// join adds an article to an event and its story.
func (c *Clusterer) join(e *event, d Doc, v *docVec, ds span) {
	e.n++
	e.lastSeq = c.seq
	e.members = append(e.members, d.ID)
	e.times = append(e.times, unixOf(d))
	e.terms.add(v.terms)
	e.ents.add(v.ents)
	e.nums.add(v.nums)
	e.years.add(v.years)
	e.dates.merge(ds)
	c.docEvent[d.ID] = e
	s := e.story
	s.n++
	s.lastSeq = c.seq
	s.terms.add(v.terms)
	s.ents.add(v.ents)
	s.dates.merge(ds)
}

// reindexing is cheap but not free: do it while an event is small, then
// every fourth article.
func reindexDue(n int) bool { return n <= 4 || n%4 == 0 }

// mergeDue says when a grown event looks for look-alikes to merge: while
// small, then at sizes 8, 16, 32, ... and every 32 articles.
func mergeDue(n int) bool { return n <= 4 || n&(n-1) == 0 || n%32 == 0 }

// settleEvent re-indexes the grown event, merges look-alike events into it
// and re-checks its story. It returns the surviving event.
func (c *Clusterer) settleEvent(e *event, a *Assignment) *event {
	if !reindexDue(e.n) {
		return e
	}
	c.reindexEvent(e)
	if !mergeDue(e.n) {
		return e
	}
	for range 3 {
		f, sim := c.mergeCandidate(e)
		if f == nil {
			break
		}
		_ = sim
		e = c.mergeEvents(e, f, a)
	}
	c.reindexStory(e.story)
	for range 3 {
		t := c.storyMergeCandidate(e.story)
		if t == nil {
			break
		}
		c.mergeStories(e.story, t, a)
	}
	return e
}

// simEvent scores an article (as a one-article event) against an event.
func (c *Clusterer) simDoc(v *docVec, ds span, e *event) float64 {
	cfg := &c.cfg
	s, tot := cfg.WeightTerms*e.terms.cosVec(v.terms), cfg.WeightTerms
	if len(v.ents) > 0 && e.ents.norm > 0 {
		s += cfg.WeightEntities * e.ents.cosVec(v.ents)
		tot += cfg.WeightEntities
	}
	if len(v.nums) > 0 && e.nums.norm > 0 {
		s += cfg.WeightNumbers * e.nums.cosVec(v.nums)
		tot += cfg.WeightNumbers
	}
	if len(v.years) > 0 && e.years.norm > 0 {
		s += cfg.WeightYears * e.years.cosVec(v.years)
		tot += cfg.WeightYears
	}
	return c.timed(s/tot, ds, e.dates)
}

func (c *Clusterer) simEvents(e, f *event) float64 {
	cfg := &c.cfg
	s, tot := cfg.WeightTerms*e.terms.cos(&f.terms), cfg.WeightTerms
	if e.ents.norm > 0 && f.ents.norm > 0 {
		s += cfg.WeightEntities * e.ents.cos(&f.ents)
		tot += cfg.WeightEntities
	}
	if e.nums.norm > 0 && f.nums.norm > 0 {
		s += cfg.WeightNumbers * e.nums.cos(&f.nums)
		tot += cfg.WeightNumbers
	}
	if e.years.norm > 0 && f.years.norm > 0 {
		s += cfg.WeightYears * e.years.cos(&f.years)
		tot += cfg.WeightYears
	}
	return c.timed(s/tot, e.dates, f.dates)
}

// timed applies the publication-time penalty when both spans are known.
func (c *Clusterer) timed(s float64, a, b span) float64 {
	if !a.known() || !b.known() || c.cfg.MaxEventGap <= 0 {
		return s
	}
	g := a.gap(b)
	if g > c.cfg.MaxEventGap {
		return -1
	}
	return s - c.cfg.TimePenalty*float64(g)/float64(c.cfg.MaxEventGap)
}

// bestEvent finds the most similar active event through the inverted index.
func (c *Clusterer) bestEvent(v *docVec, ds span) (*event, float64) {
	clear(c.evScore)
	for i, x := range v.terms {
		if i >= c.cfg.QueryTerms {
			break
		}
		for _, e := range c.evPost[x.k] {
			c.evScore[e] += x.w * float64(e.terms.w[x.k])
		}
	}
	var best *event
	bestSim := -2.0
	c.scored = c.scored[:0]
	for _, e := range c.topEvents(nil) {
		s := c.simDoc(v, ds, e)
		c.scored = append(c.scored, scoredEvent{e, s})
		if s > bestSim || (s == bestSim && e.id < best.id) {
			best, bestSim = e, s
		}
	}
	return best, bestSim
}

// topEvents returns the Candidates events with the highest partial scores
// in evScore, skipping skip.
func (c *Clusterer) topEvents(skip *event) []*event {
	type cand struct {
		e *event
		s float64
	}
	cs := make([]cand, 0, len(c.evScore))
	for e, s := range c.evScore {
		if e != skip {
			cs = append(cs, cand{e, s / max(e.terms.norm, 1e-9)})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		switch {
		case a.s > b.s:
			return -1
		case a.s < b.s:
			return 1
		}
		return strings.Compare(a.e.id, b.e.id)
	})
	if len(cs) > c.cfg.Candidates {
		cs = cs[:c.cfg.Candidates]
	}
	out := make([]*event, len(cs))
	for i, x := range cs {
		out[i] = x.e
	}
	return out
}

// mergeCandidate finds an active event that e should absorb or be absorbed by.
func (c *Clusterer) mergeCandidate(e *event) (*event, float64) {
	clear(c.evScore)
	for _, k := range e.indexed {
		w := float64(e.terms.w[k])
		for _, f := range c.evPost[k] {
			if f != e {
				c.evScore[f] += w * float64(f.terms.w[k])
			}
		}
	}
	var best *event
	bestM := 0.0
	for _, f := range c.topEvents(e) {
		th := c.cfg.MergeThreshold
		if min(e.n, f.n) <= c.cfg.SmallEvent {
			th = c.cfg.Threshold
		}
		if s := c.simEvents(e, f); s >= th {
			if m := s - th; best == nil || m > bestM || (m == bestM && f.id < best.id) {
				best, bestM = f, m
			}
		}
	}
	return best, bestM
}

// mergeEvents merges the smaller of e and f into the larger and returns the
// survivor.
func (c *Clusterer) mergeEvents(e, f *event, a *Assignment) *event {
	if f.n > e.n || (f.n == e.n && f.id < e.id) {
		e, f = f, e
	}
	e.n += f.n
	e.terms.addCentroid(&f.terms)
	e.ents.addCentroid(&f.ents)
	e.nums.addCentroid(&f.nums)
	e.years.addCentroid(&f.years)
	e.dates.merge(f.dates)
	e.lastSeq = max(e.lastSeq, f.lastSeq)
	for _, id := range f.members {
		c.docEvent[id] = e
	}
	e.members = append(e.members, f.members...)
	e.times = append(e.times, f.times...)
	c.dropEvent(f)
	a.Merged = append(a.Merged, f.id)
	f.story.events = slices.DeleteFunc(f.story.events, func(x *event) bool { return x == f })
	f.story.nEvents--
	if f.story != e.story {
		c.mergeStories(e.story, f.story, a)
	}
	c.reindexEvent(e)
	return e
}

// dropEvent removes an event from the active window.
func (c *Clusterer) dropEvent(f *event) {
	f.retired = true
	for _, k := range f.indexed {
		c.evPost[k] = removeEvent(c.evPost[k], f)
		if len(c.evPost[k]) == 0 {
			delete(c.evPost, k)
		}
	}
	f.indexed = nil
	delete(c.events, f.id)
}

func removeEvent(p []*event, e *event) []*event {
	for i, x := range p {
		if x == e {
			p[i] = p[len(p)-1]
			return p[:len(p)-1]
		}
	}
	return p
}

func removeStory(p []*story, s *story) []*story {
	for i, x := range p {
		if x == s {
			p[i] = p[len(p)-1]
			return p[:len(p)-1]
		}
	}
	return p
}

// diffIndex returns the keys of next missing from prev and of prev missing from next.
func diffIndex(prev []string, next vec) (add, del []string, keys []string) {
	keys = make([]string, len(next))
	for i, x := range next {
		keys[i] = x.k
	}
	for _, k := range keys {
		if !slices.Contains(prev, k) {
			add = append(add, k)
		}
	}
	for _, k := range prev {
		if !slices.Contains(keys, k) {
			del = append(del, k)
		}
	}
	return add, del, keys
}

func (c *Clusterer) reindexEvent(e *event) {
	add, del, keys := diffIndex(e.indexed, e.terms.top(c.cfg.IndexTerms))
	for _, k := range del {
		c.evPost[k] = removeEvent(c.evPost[k], e)
		if len(c.evPost[k]) == 0 {
			delete(c.evPost, k)
		}
	}
	for _, k := range add {
		c.evPost[k] = append(c.evPost[k], e)
	}
	e.indexed = keys
}

func (c *Clusterer) reindexStory(s *story) {
	add, del, keys := diffIndex(s.indexed, s.terms.top(c.cfg.IndexTerms))
	for _, k := range del {
		c.stPost[k] = removeStory(c.stPost[k], s)
		if len(c.stPost[k]) == 0 {
			delete(c.stPost, k)
		}
	}
	for _, k := range add {
		c.stPost[k] = append(c.stPost[k], s)
	}
	s.indexed = keys
}

// simStory is the coarse similarity of storylines: subject terms and
// entities, no numbers and no time.
func (c *Clusterer) simStory(terms, ents float64, hasEnts bool) float64 {
	if !hasEnts {
		return terms
	}
	return (c.cfg.WeightTerms*terms + c.cfg.WeightEntities*ents) / (c.cfg.WeightTerms + c.cfg.WeightEntities)
}

// storyCandidates scores active stories by the given weighted keys.
func (c *Clusterer) storyCandidates(keys vec, skip *story) []*story {
	clear(c.stScore)
	for _, x := range keys {
		for _, s := range c.stPost[x.k] {
			if s != skip {
				c.stScore[s] += x.w * float64(s.terms.w[x.k])
			}
		}
	}
	type cand struct {
		s  *story
		sc float64
	}
	cs := make([]cand, 0, len(c.stScore))
	for s, sc := range c.stScore {
		cs = append(cs, cand{s, sc / max(s.terms.norm, 1e-9)})
	}
	slices.SortFunc(cs, func(a, b cand) int {
		switch {
		case a.sc > b.sc:
			return -1
		case a.sc < b.sc:
			return 1
		}
		return strings.Compare(a.s.id, b.s.id)
	})
	if len(cs) > c.cfg.Candidates {
		cs = cs[:c.cfg.Candidates]
	}
	out := make([]*story, len(cs))
	for i, x := range cs {
		out[i] = x.s
	}
	return out
}

// bestStory finds the story an article opening a new event belongs to.
func (c *Clusterer) bestStory(v *docVec) (*story, float64) {
	q := v.terms
	if len(q) > c.cfg.QueryTerms {
		q = q[:c.cfg.QueryTerms]
	}
	var best *story
	bestSim := -1.0
	for _, s := range c.storyCandidates(q, nil) {
		sim := c.simStory(s.terms.cosVec(v.terms), s.ents.cosVec(v.ents), len(v.ents) > 0 && s.ents.norm > 0)
		if sim > bestSim {
			best, bestSim = s, sim
		}
	}
	return best, bestSim
}

// storyMergeCandidate finds an active story s should merge with.
func (c *Clusterer) storyMergeCandidate(s *story) *story {
	q := make(vec, 0, len(s.indexed))
	for _, k := range s.indexed {
		q = append(q, tw{k, float64(s.terms.w[k])})
	}
	var best *story
	bestSim := c.cfg.StoryMergeThreshold
	for _, t := range c.storyCandidates(q, s) {
		sim := c.simStory(s.terms.cos(&t.terms), s.ents.cos(&t.ents), s.ents.norm > 0 && t.ents.norm > 0)
		if sim >= bestSim {
			best, bestSim = t, sim
		}
	}
	return best
}

// mergeStories merges the smaller of s and t into the larger; events of
// the merged story move to the survivor.
func (c *Clusterer) mergeStories(s, t *story, a *Assignment) *story {
	if t.n > s.n || (t.n == s.n && t.id < s.id) {
		s, t = t, s
	}
	c.absorbStory(s, t)
	a.StoryMerged = append(a.StoryMerged, t.id)
	return s
}

// absorbStory merges story t into s: s survives with t's events.
func (c *Clusterer) absorbStory(s, t *story) {
	s.n += t.n
	s.nEvents += t.nEvents
	s.terms.addCentroid(&t.terms)
	s.ents.addCentroid(&t.ents)
	s.dates.merge(t.dates)
	s.lastSeq = max(s.lastSeq, t.lastSeq)
	for _, e := range t.events {
		e.story = s
	}
	s.events = append(s.events, t.events...)
	c.dropStory(t)
	c.reindexStory(s)
}

func (c *Clusterer) dropStory(t *story) {
	t.retired = true
	t.events = nil
	for _, k := range t.indexed {
		c.stPost[k] = removeStory(c.stPost[k], t)
		if len(c.stPost[k]) == 0 {
			delete(c.stPost, k)
		}
	}
	t.indexed = nil
	delete(c.stories, t.id)
}

// minStory is the size under which a one-event story retires with its
// event.
const minStory = 8

// retireEvery is how often (in articles) the active window is swept.
const retireEvery = 256

// maybeRetire drops events and stories that left the active window.
func (c *Clusterer) maybeRetire() {
	if c.seq%retireEvery != 0 {
		return
	}
	cfg := &c.cfg
	for _, e := range c.events {
		old := cfg.EventWindow > 0 && c.seq-e.lastSeq > cfg.EventWindow
		if !old && cfg.EventTimeWindow > 0 && e.dates.known() && c.seq-e.lastSeq > cfg.MinIdle && c.latest.Sub(e.dates.max) > cfg.EventTimeWindow {
			old = true
		}
		if old {
			c.dropEvent(e)
			for _, id := range e.members {
				if c.docEvent[id] == e {
					delete(c.docEvent, id)
				}
			}
			e.members, e.times = nil, nil
			if s := e.story; s != nil {
				s.events = slices.DeleteFunc(s.events, func(x *event) bool { return x == e })
			}
		}
	}
	for _, s := range c.stories {
		old := cfg.StoryWindow > 0 && c.seq-s.lastSeq > cfg.StoryWindow
		if !old && cfg.StoryTimeWindow > 0 && s.dates.known() && c.seq-s.lastSeq > cfg.MinIdle && c.latest.Sub(s.dates.max) > cfg.StoryTimeWindow {
			old = true
		}
		// A story of one event retires with it unless the event was
		// large; other stories stay for StoryWindow articles to catch
		// their continuation.
		if len(s.events) == 0 && (old || (s.nEvents <= 1 && s.n < minStory)) {
			c.dropStory(s)
		}
	}
}
