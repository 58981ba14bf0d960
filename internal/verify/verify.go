package verify

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/dedup"
)

// Flag kinds.
const (
	FlagUnsupportedHeadline = "unsupported_headline"
	FlagSingleSource        = "single_source"
	FlagContradiction       = "contradiction"
)

// Claim statuses.
const (
	StatusCorroborated = "corroborated"
	StatusSingleSource = "single_source"
	StatusContradicted = "contradicted"
)

// Origin kinds.
const (
	OriginWire    = "wire"    // a news agency copy, credited ("Sumber: Reuters") or matched
	OriginOutlet  = "outlet"  // one outlet's own reporting
	OriginArticle = "article" // an article of unknown outlet, with its reprints
)

// Thresholds of the comparison, fixed and documented in doc.go.
const (
	// SupportCoverage is the weighted share of a body claim's features
	// another sentence must contain to say the same thing.
	SupportCoverage = 0.5
	// PartCoverage and PartContained: a shorter sentence also supports a
	// body claim when PartContained of its own features are in the claim
	// and it covers PartCoverage of the claim (it says the claim's core).
	PartCoverage  = 0.35
	PartContained = 0.7
	// HeadlineCoverage is the share of a lede one sentence or two adjacent
	// ones must hold for the origin rules to count it "said by" another
	// article (one report told twice); support itself is judged by clause
	// (ClauseCoverage, clause.go).
	HeadlineCoverage = 0.6
	// KeyShare: a title, subtitle or lede is not supported by a sentence
	// that lacks one feature carrying this share of its weight or more
	// (one word that is the news, like "rahasia" in "secret meeting").
	KeyShare = 0.3
	// FrameCoverage is the share of the non-slot features (terms) two
	// sentences must share, both ways, before a differing number, date,
	// place or actor counts as a contradiction rather than another fact.
	FrameCoverage = 0.6
	// SameReport is the share of an article's claims another article must
	// match, in order, for the two to be one report (translation, rewrite).
	SameReport = 0.7
	// WireShare is the share of a "via" article's claims the wire's other
	// copies must match for the article to count as that wire's copy.
	WireShare = 0.5
)

// Report is the verification of one event.
type Report struct {
	Origins []Origin   `json:"origins"`
	Claims  []ClaimRow `json:"claims"`
	// Sampled: the event is so big that some claims were measured against
	// the most related articles of the other origins only (see
	// MaxCandidates); those rows say so.
	Sampled bool `json:"sampled,omitempty"`
}

// Origin is one independent origin of reporting: the articles that share
// it and why they were grouped.
type Origin struct {
	ID       string   `json:"id"`   // "wire:reuters", "outlet:cnn-indonesia", "article:<id>"
	Kind     string   `json:"kind"` // wire, outlet, article
	Name     string   `json:"name"`
	Articles []string `json:"articles"`
	Evidence []string `json:"evidence,omitempty"` // why these articles are one origin
}

// Evidence is a sentence a claim was compared with.
type Evidence struct {
	Origin    string `json:"origin"`
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"` // -1 title, -2 subtitle
	Text      string `json:"text"`
	// Shared and Missing are the claim's features (content terms, entity
	// names, numbers, dates) found and not found in Text.
	Shared  []string `json:"shared"`
	Missing []string `json:"missing,omitempty"`
	// Coverage is the share of the claim's features found in Text, each
	// feature weighted by its rarity in the event, ln(1+N/df): rare words
	// ("rahasia") weigh more than the event's common ones ("Kim").
	Coverage float64 `json:"coverage"`
}

// Disagreement is a sentence of another origin about the same fact that
// gives a different value.
type Disagreement struct {
	Evidence
	On     string `json:"on"`     // number, date, place, actor, negation
	Detail string `json:"detail"` // e.g. "300 (peserta) vs 200 (peserta)"
}

// ClaimRow is one claim of the event's claims table.
type ClaimRow struct {
	ID        string `json:"id"` // article id ":" paragraph ":" sentence
	Article   string `json:"article"`
	Origin    string `json:"origin"`
	Kind      string `json:"kind"` // headline, subtitle, lede, body
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
	Status    string `json:"status"` // corroborated, single_source, contradicted
	// Agreeing holds the best supporting sentence of each other origin.
	Agreeing []Evidence `json:"agreeing,omitempty"`
	// Silent lists the other origins with no sentence saying it.
	Silent      []string       `json:"silent,omitempty"`
	Disagreeing []Disagreement `json:"disagreeing,omitempty"`
	// Sampled, in a big event: the claim was measured against the Measured
	// most related of the Related other articles that share words with it
	// (GroupCandidates per source group, MaxCandidates in all).
	Sampled  bool `json:"sampled,omitempty"`
	Measured int  `json:"measured,omitempty"`
	Related  int  `json:"related,omitempty"`
}

// match is the best sentence of one other article for a claim.
type match struct {
	art      int
	unit     int32
	cov      float64 // share of the claim's weight found in the sentence
	rcov     float64 // share of the sentence's weight found in the claim
	shared   int
	nonEnt   int
	headline bool    // the claim is a title, subtitle or lede
	samePol  bool    // both negated or neither
	keyMiss  float64 // largest share of the claim's weight one missing feature has
	pair     int32   // the adjacent sentence joined with unit, or -1
	// headline kinds: the clauses this article supports, those that must
	// be supported (bit masks over the claim's clauses), per clause the
	// support found, and the sentences named as evidence
	ok, need uint64
	cl       []clauseMatch
	units    []int32
	// legacy: a headline kind held by one sentence or two adjacent ones
	// (HeadlineCoverage, KeyShare), the test the origin rules use
	legacy bool
	// viaClauses: a body claim each of whose concrete clauses the
	// article's sentences support (supportClause), not one sentence
	viaClauses bool
}

// sameReport reports whether m counts towards "one report told twice"
// (origins rules 4 and 5): one sentence (or two adjacent ones for a
// headline kind) says the claim. Support pieced together from several
// sentences corroborates but does not make two articles one report.
func (m match) sameReport() bool {
	if m.headline {
		return m.legacy
	}
	return !m.viaClauses && m.supports()
}

// supports reports whether the sentence says what the claim says: same
// polarity, at least two shared features of which one is not a name, and
// enough coverage (see the thresholds).
func (m match) supports() bool {
	if m.headline {
		return m.need != 0 && m.ok&m.need == m.need
	}
	if m.viaClauses {
		return true
	}
	if !m.samePol || m.shared < 2 || m.nonEnt < 1 {
		return false
	}
	if m.headline {
		return m.need != 0 && m.ok&m.need == m.need
	}
	return m.cov >= SupportCoverage || (m.cov >= PartCoverage && m.rcov >= PartContained)
}

type contra struct {
	unit   int32
	on     string
	detail string
}

// verifier holds the working state of one Event call.
type verifier struct {
	arts    []*article.Article
	in      interner
	labels  map[int32]string
	units   []claim // claims first, then support-only sentences
	nClaims int
	weight  []float64
	// per claim: best match per other (or own) article, and contradictions
	matches [][]match
	own     []match // best support in the claim's own article (headline kinds)
	contras [][]contra
	origin  []int // article -> origin index
	// entWords: the words of each entity feature's name, as term features
	entWords map[int32][]int32
	byArt    [][]int32 // units of each article in text order (title, subtitle, body)
	pos      []int32   // each unit's index in byArt of its article
	origins  []Origin
	// grp and pre: the source groups of origin rules 1-3 (groupSources),
	// known before the comparison; pre is each article's group
	grp *grouping
	pre []int32
	rep []int32 // each article's reprint cluster (origin rule 1)
	// uart: each unit's article; post: units by feature
	uart []int32
	post [][]int32
	// sampled: per claim in a big event, the related articles of other
	// source groups measured and found (zero when all were measured)
	sampled [][2]int32
	// scratch buffers of headlineMatches
	srcs, rel []int32
	relCov    []float64
	// rec: recording one article's build for the cache (cache.go); remap:
	// adopt's buffer; sigs: each article's MinHash signature, cached ones
	// set by Cache.claims and the others computed by groupSources
	rec   *recorder
	remap []int32
	sigs  []dedup.Signature
}

// Event verifies the articles of one event: it groups them into
// independent origins, compares every claim with the other origins, and
// sets a.Origin, a.Flags and a.Verification on each article in place
// (replacing earlier results). It returns the origins and the claims table.
// It caches nothing; a caller that verifies the same articles again uses
// (*Cache).Event.
func Event(arts []*article.Article) Report {
	return (*Cache)(nil).Event(arts)
}

// Event is the package's Event taking what each article's text alone
// yields from c (see Cache); a nil c builds everything anew. The report is
// the same either way.
func (c *Cache) Event(arts []*article.Article) Report {
	v := &verifier{arts: arts, in: interner{ids: map[string]int32{}}, labels: map[int32]string{}, entWords: map[int32][]int32{},
		sigs: make([]dedup.Signature, len(arts))}
	var support []claim
	for i, a := range arts {
		cs, s := c.claims(v, i, a)
		v.units = append(v.units, cs...)
		support = append(support, s...)
	}
	v.nClaims = len(v.units)
	v.units = append(v.units, support...)
	v.weigh()
	v.groupSources()
	v.compare()
	v.groupReports()
	return v.judge()
}

// weigh sets each feature's weight from its rarity among the event's
// sentences, and each claim's total.
func (v *verifier) weigh() {
	df := make([]int, len(v.in.names))
	for i := range v.units {
		for _, f := range v.units[i].feats {
			df[f]++
		}
	}
	n := float64(len(v.units))
	v.weight = make([]float64, len(df))
	for f, d := range df {
		w := math.Log(1 + n/float64(max(d, 1)))
		switch v.in.class(int32(f)) {
		case fNumber, fRange:
			w *= 1.5
		case fTerm:
			if lightWords[v.in.names[f][2:]] {
				w *= 0.5
			}
		}
		v.weight[f] = w
	}
	for i := range v.units {
		t := 0.0
		for _, f := range v.units[i].feats {
			t += v.weight[f]
		}
		v.units[i].total = t
		if len(v.units[i].clauses) > 0 {
			v.clauseTotals(&v.units[i])
		}
	}
}

// compare finds, for every claim, its best sentence in each other article
// (and in its own body for headline, subtitle and lede) and the sentences
// of other articles that contradict it. An inverted index over features
// finds the sentences that share something with the claim; the articles
// of the claim's own source group (origin rules 1-3) are skipped, as their
// support never counts; and in a big event only the most related articles
// of each other group are measured (see pickCandidates).
func (v *verifier) compare() {
	nu := len(v.units)
	v.uart = make([]int32, nu)
	v.byArt = make([][]int32, len(v.arts))
	for i := range v.units {
		a := v.units[i].art
		v.uart[i] = int32(a)
		v.byArt[a] = append(v.byArt[a], int32(i))
	}
	v.pos = make([]int32, nu)
	for _, us := range v.byArt {
		sort.Slice(us, func(i, j int) bool {
			a, b := &v.units[us[i]], &v.units[us[j]]
			if a.para != b.para {
				return a.para < b.para
			}
			return a.sent < b.sent
		})
		for k, u := range us {
			v.pos[u] = int32(k)
		}
	}
	// units ordered by source group, then article: a group's units are
	// one run of each posting list
	order := make([]int32, nu)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		ax, ay := v.uart[x], v.uart[y]
		if c := cmp.Compare(v.pre[ax], v.pre[ay]); c != 0 {
			return c
		}
		if c := cmp.Compare(ax, ay); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	v.post = postings(v.units, order, len(v.in.names), func(c *claim) []int32 { return c.feats })
	post := v.post
	namePost := postings(v.units, order, len(v.in.names), func(c *claim) []int32 { return c.nameTerms })
	cand := make([]bool, nu)
	var marked []int32
	acc := make([]float64, nu)
	cnt := make([]int32, nu)
	nonEnt := make([]int32, nu)
	first := make([]int32, nu) // the claim's first feature a unit has
	var fo, skipped []int32    // the claim's features in scan order, and those not scanned
	touched := make([]int32, 0, 256)
	var pairs []int32
	best := make([]int, len(v.arts)) // index into ms, -1 none
	for i := range best {
		best[i] = -1
	}
	p := newPicker(len(v.arts))
	var ms, msBuf []match
	v.matches = make([][]match, v.nClaims)
	v.own = make([]match, v.nClaims)
	v.contras = make([][]contra, v.nClaims)
	v.sampled = make([][2]int32, v.nClaims)
	for ci := 0; ci < v.nClaims; ci++ {
		c := &v.units[ci]
		myArt := int32(c.art)
		myPre := v.pre[c.art]
		touched = touched[:0]
		// features to scan: all; in a big event, when their posting lists
		// hold more than postingBudget units, the rarest first until the
		// budget is spent (the common ones are added below for the
		// sentences so found)
		fo, skipped = fo[:0], skipped[:0]
		total := 0
		for fi, f := range c.feats {
			fo = append(fo, int32(fi))
			l1, l2, l3 := v.others(post[f], myPre, myArt)
			total += len(l1) + len(l2) + len(l3)
		}
		budgeted := total > postingBudget
		if budgeted {
			slices.SortFunc(fo, func(x, y int32) int {
				if d := cmp.Compare(len(post[c.feats[x]]), len(post[c.feats[y]])); d != 0 {
					return d
				}
				return cmp.Compare(x, y)
			})
		}
		scanned := 0
		for _, fi := range fo {
			f := c.feats[fi]
			w := v.weight[f]
			ent := v.in.class(f) == fEntity
			// the claim's own group is skipped (its support never counts)
			// but for its own article
			l1, l2, l3 := v.others(post[f], myPre, myArt)
			if n := len(l1) + len(l2) + len(l3); budgeted && scanned > 0 && scanned+n > postingBudget {
				skipped = append(skipped, fi)
				continue
			} else {
				scanned += n
			}
			for _, l := range [3][]int32{l1, l2, l3} {
				for _, u := range l {
					if int(u) == ci {
						continue
					}
					if cnt[u] == 0 {
						touched = append(touched, u)
						first[u] = fi
					} else if fi < first[u] {
						first[u] = fi
					}
					acc[u] += w
					cnt[u]++
					if !ent {
						nonEnt[u]++
					}
				}
			}
		}
		// the other articles to measure: each scored by the best shared
		// weight of one of its sentences
		p.reset()
		for _, u := range touched {
			if a := v.uart[u]; a != myArt {
				p.add(a, acc[u])
			}
		}
		marked = marked[:0]
		if c.kind != KindBody {
			// candidates: sentences sharing a feature, a name word, or the
			// words of one of c's names
			mark := func(us []int32, posting bool) {
				l1, l2, l3 := us, []int32(nil), []int32(nil)
				if posting {
					l1, l2, l3 = v.others(us, myPre, myArt)
				}
				for _, l := range [3][]int32{l1, l2, l3} {
					for _, u := range l {
						if !cand[u] {
							cand[u] = true
							marked = append(marked, u)
							if a := v.uart[u]; a != myArt {
								p.add(a, 0)
							}
						}
					}
				}
			}
			mark(touched, false) // the claim's group left out already
			for _, f := range c.feats {
				mark(namePost[f], true)
				for _, w := range v.entWords[f] {
					mark(post[w], true)
					mark(namePost[w], true)
				}
			}
		}
		if n := p.pick(v.pre, v.rep); n > 0 || len(skipped) > 0 {
			v.sampled[ci] = [2]int32{int32(p.kept), int32(p.kept + n)}
		}
		if len(skipped) > 0 {
			// the common features, for the sentences of the articles kept
			slices.Sort(skipped)
			for _, u := range touched {
				if a := v.uart[u]; a != myArt && !p.keep[a] {
					continue
				}
				uf := v.units[u].feats
				for _, fi := range skipped {
					f := c.feats[fi]
					if !hasFeat(uf, f) {
						continue
					}
					acc[u] += v.weight[f]
					cnt[u]++
					if v.in.class(f) != fEntity {
						nonEnt[u]++
					}
					first[u] = min(first[u], fi)
				}
			}
		}
		ms = msBuf[:0]
		own := match{art: c.art, unit: -1, headline: true, pair: -1}
		if c.kind != KindBody {
			ms, own = v.headlineMatches(ci, cand, p, ms)
			for _, u := range marked {
				cand[u] = false
			}
		}
		// sentences sharing two or more features (clause support needs two)
		pairs = pairs[:0]
		for _, u := range touched {
			if cnt[u] >= 2 && p.keep[v.uart[u]] {
				pairs = append(pairs, u)
			}
		}
		for _, u := range touched {
			a := int(v.uart[u])
			sh, ne, w := cnt[u], nonEnt[u], acc[u]
			acc[u], cnt[u], nonEnt[u] = 0, 0, 0
			if a == c.art || !p.keep[a] {
				continue
			}
			uu := &v.units[u]
			cov := w / c.total
			if cov >= 0.3 && int(u) < v.nClaims {
				if on, detail, ok := v.contradicts(c, uu); ok {
					v.contras[ci] = append(v.contras[ci], contra{unit: u, on: on, detail: detail})
				}
			}
			if c.kind != KindBody {
				continue // matched by headlineMatches
			}
			canSupport := sh >= 2 && ne >= 1 && cov >= PartCoverage
			if b := best[a]; b >= 0 && cov < ms[b].cov && (ms[b].supports() || !canSupport) {
				continue // not better than the article's best (see better)
			}
			m := match{art: a, unit: u, cov: cov, rcov: w / uu.total, shared: int(sh), nonEnt: int(ne), pair: -1, samePol: true}
			if canSupport {
				// polarity matters only where the coverage could support
				m.samePol = !polarityConflict(c, uu)
			}
			if b := best[a]; b < 0 {
				best[a] = len(ms)
				ms = append(ms, m)
			} else if better(m, ms[b]) {
				ms[b] = m
			}
		}
		// contradictions in the order the sentences were first met
		slices.SortFunc(v.contras[ci], func(x, y contra) int {
			if c := cmp.Compare(first[x.unit], first[y.unit]); c != 0 {
				return c
			}
			return cmp.Compare(x.unit, y.unit)
		})
		if c.kind == KindBody {
			ms = v.bodyClauseMatches(ci, pairs, ms, best)
			for _, m := range ms {
				best[m.art] = -1
			}
			ms = v.keepBest(ms, p)
		}
		slices.SortFunc(ms, func(a, b match) int { return a.art - b.art })
		v.matches[ci] = slices.Clone(ms)
		v.own[ci] = own
		msBuf = ms[:0]
	}
}

// postings is an inverted index: for each feature, the units that have it,
// in the given order of units.
func postings(units []claim, order []int32, nf int, of func(*claim) []int32) [][]int32 {
	cnt := make([]int32, nf+1)
	for i := range units {
		for _, f := range of(&units[i]) {
			cnt[f+1]++
		}
	}
	for f := 1; f <= nf; f++ {
		cnt[f] += cnt[f-1]
	}
	flat := make([]int32, cnt[nf])
	fill := slices.Clone(cnt[:nf])
	for _, i := range order {
		for _, f := range of(&units[i]) {
			flat[fill[f]] = i
			fill[f]++
		}
	}
	post := make([][]int32, nf)
	for f := range nf {
		post[f] = flat[cnt[f]:cnt[f+1]:cnt[f+1]]
	}
	return post
}

// others splits a posting list (ordered by group, then article) into the
// units before the group grp, those of article art (in grp) and those
// after the group: every unit but those of art's group fellows.
func (v *verifier) others(l []int32, grp, art int32) (before, own, after []int32) {
	gOf := func(i int) int32 { return v.pre[v.uart[l[i]]] }
	lo, _ := slices.BinarySearchFunc(l, grp, func(u, g int32) int { return cmp.Compare(v.pre[v.uart[u]], g) })
	if lo == len(l) || gOf(lo) != grp {
		return l, nil, nil
	}
	hi := lo + sort.Search(len(l)-lo, func(i int) bool { return gOf(lo+i) > grp })
	seg := l[lo:hi]
	a0, _ := slices.BinarySearchFunc(seg, art, func(u, a int32) int { return cmp.Compare(v.uart[u], a) })
	a1 := a0 + sort.Search(len(seg)-a0, func(i int) bool { return v.uart[seg[a0+i]] > art })
	return l[:lo], seg[a0:a1], l[hi:]
}

// keepBest keeps, of a body claim's matches (one per article, in ms), the
// supporting ones (origin rules 4 and 5 count them per article) and the
// best other one of each source group (the judgement wants the best of
// each origin, and an origin is a union of source groups).
func (v *verifier) keepBest(ms []match, p *picker) []match {
	grpBest := p.grpBest
	for i, m := range ms {
		if m.supports() {
			continue
		}
		g := v.pre[m.art]
		if b := grpBest[g]; b < 0 || better(m, ms[b]) {
			grpBest[g] = int32(i)
		}
	}
	out := ms[:0]
	for i, m := range ms {
		g := v.pre[m.art]
		if m.supports() || grpBest[g] == int32(i) {
			out = append(out, m)
		}
	}
	for _, m := range out {
		grpBest[v.pre[m.art]] = -1
	}
	return out
}

// headlineMatches judges each clause of a title, subtitle or lede against
// the sentences of every article (see supportClause) and returns the
// support of each other article and of its own body. Only sentences
// marked in cand (sharing something with it) are measured.
func (v *verifier) headlineMatches(ci int, cand []bool, p *picker, ms []match) ([]match, match) {
	c := &v.units[ci]
	need := judgedMask(c)
	own := match{art: c.art, unit: -1, headline: true, pair: -1, need: need}
	srcs, rel, relCov := v.srcs[:0], v.rel[:0], v.relCov[:0]
	defer func() { v.srcs, v.rel, v.relCov = srcs, rel, relCov }()
	for k := -1; k < len(p.arts); k++ {
		ai := c.art
		if k >= 0 {
			if ai = int(p.arts[k]); !p.keep[ai] {
				continue
			}
		}
		us := v.byArt[ai]
		srcs = srcs[:0]
		for _, ui := range us {
			if int(ui) == ci || !cand[ui] || (ai == c.art && !v.ownSupport(c, &v.units[ui])) {
				continue
			}
			srcs = append(srcs, ui)
		}
		if len(srcs) == 0 {
			continue
		}
		m := match{art: ai, unit: -1, headline: true, pair: -1, need: need, samePol: true, cl: make([]clauseMatch, len(c.clauses))}
		held, total := 0.0, 0.0
		for k := range c.clauses {
			cl := &c.clauses[k]
			var cm clauseMatch
			cm, rel, relCov = v.supportClause(cl, srcs, rel, relCov)
			m.cl[k] = cm
			if cm.ok {
				m.ok |= 1 << k
			}
			if cl.judged {
				held += cm.cov * cl.total
				total += cl.total
			}
		}
		if total > 0 {
			m.cov = held / total
		}
		// evidence: the sentences of supported clauses first
		for pass := 0; pass < 2; pass++ {
			for k, cm := range m.cl {
				if cm.ok != (pass == 0) {
					continue
				}
				for _, u := range cm.units {
					if !containsI32(m.units, u) && len(m.units) < 2*maxEvidence {
						m.units = append(m.units, u)
					}
				}
				_ = k
			}
		}
		if len(m.units) == 0 {
			continue
		}
		m.unit = m.units[0]
		// (one or two sentences holding 60% of the claim hold well over
		// 40% of its clauses: skip the test when they do not)
		m.legacy = m.cov >= 0.4 && v.legacySupport(ci, us, srcs)
		if ai == c.art {
			own = m
		} else {
			ms = append(ms, m)
		}
	}
	return ms, own
}

// bodyClauseMatches gives a body claim the support of articles whose
// sentences together say each of its concrete clauses (supportClause with
// the lede's bar), where no single sentence says the whole claim: "5.400
// rumah terendam dan 14 perahu karet dikerahkan" is corroborated by an
// article with the houses in its lede and the boats in a quote. touched
// are the sentences sharing a feature with the claim, best the index in
// ms of each article's best match (-1 none).
func (v *verifier) bodyClauseMatches(ci int, touched []int32, ms []match, best []int) []match {
	c := &v.units[ci]
	need := judgedMask(c)
	if need == 0 {
		return ms
	}
	byArt := map[int][]int32{}
	var arts []int
	for _, u := range touched {
		a := v.units[u].art
		if a == c.art {
			continue
		}
		if b := best[a]; b >= 0 && (ms[b].supports() || (len(c.clauses) == 1 && ms[b].cov < AnchorCoverage)) {
			// supported already; or, a claim of one clause, no sentence
			// holds the share the best of the clause's sentences needs
			continue
		}
		if _, ok := byArt[a]; !ok {
			arts = append(arts, a)
		}
		byArt[a] = append(byArt[a], u)
	}
	sort.Ints(arts)
	var rel []int32
	var relCov []float64
	for _, a := range arts {
		srcs := byArt[a]
		sort.Slice(srcs, func(i, j int) bool { return srcs[i] < srcs[j] })
		var ok uint64
		var units []int32
		held, total := 0.0, 0.0
		for k := range c.clauses {
			cl := &c.clauses[k]
			if !cl.judged {
				continue
			}
			var cm clauseMatch
			cm, rel, relCov = v.supportClause(cl, srcs, rel, relCov)
			if !cm.ok {
				break
			}
			ok |= 1 << k
			held += cm.cov * cl.total
			total += cl.total
			for _, u := range cm.units {
				if !containsI32(units, u) && len(units) < 2*maxEvidence {
					units = append(units, u)
				}
			}
		}
		if ok&need != need || len(units) == 0 {
			continue
		}
		m := match{art: a, unit: units[0], units: units, cov: held / total, samePol: true, pair: -1, viaClauses: true, shared: 2, nonEnt: 1}
		if b := best[a]; b >= 0 {
			ms[b] = m
		} else {
			best[a] = len(ms)
			ms = append(ms, m)
		}
	}
	return ms
}

// legacySupport reports whether one sentence of srcs, or it joined with
// the next sentence of its article (us in text order), holds
// HeadlineCoverage of c's weight, shares two features of which one is not
// a name, does not oppose it and lacks no feature of KeyShare or more.
func (v *verifier) legacySupport(ci int, us, srcs []int32) bool {
	c := &v.units[ci]
	if c.total == 0 {
		return false
	}
	try := func(a, b *claim) bool {
		if polarityConflict(c, a) || (b != nil && polarityConflict(c, b)) {
			return false
		}
		w, n, nonEnt, keyMiss := 0.0, 0, 0, 0.0
		for _, f := range c.feats {
			if v.present(c, f, a) || (b != nil && v.present(c, f, b)) {
				w += v.weight[f]
				n++
				if v.in.class(f) != fEntity {
					nonEnt++
				}
			} else {
				keyMiss = max(keyMiss, v.weight[f]/c.total)
			}
		}
		return n >= 2 && nonEnt >= 1 && w/c.total >= HeadlineCoverage && keyMiss < KeyShare
	}
	for _, ui := range srcs {
		u := &v.units[ui]
		if try(u, nil) {
			return true
		}
		if k := int(v.pos[ui]) + 1; k < len(us) && us[k-1] == ui {
			if nx := &v.units[us[k]]; nx.para >= 0 && (nx.kind == KindBody || c.kind != KindLede || nx.art != c.art) && int(us[k]) != ci && try(u, nx) {
				return true
			}
		}
	}
	return false
}

func containsI32(s []int32, x int32) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// better orders matches: supporting first, then coverage, then text order.
func better(a, b match) bool {
	if b.unit < 0 {
		return true
	}
	if a.supports() != b.supports() {
		return a.supports()
	}
	if a.headline {
		if na, nb := popcount(a.ok&a.need), popcount(b.ok&b.need); na != nb {
			return na > nb
		}
	}
	if a.cov != b.cov {
		return a.cov > b.cov
	}
	return a.unit < b.unit
}

// ownSupport reports whether u, a sentence of c's own article, may support
// the headline-kind claim c: the body does; the title and subtitle do not
// support each other or the lede.
func (v *verifier) ownSupport(c, u *claim) bool {
	switch u.kind {
	case KindHeadline, KindSubtitle:
		return false
	case KindLede:
		return c.kind != KindLede
	}
	return true
}

// judge turns matches into statuses, flags, article summaries and the report.
func (v *verifier) judge() Report {
	rep := Report{Origins: v.origins}
	nOrig := len(v.origins)
	for _, a := range v.arts {
		a.Flags = nil
		a.Verification = &article.Verification{}
	}
	rep.Claims = make([]ClaimRow, 0, v.nClaims)
	bestBy := make([]int, nOrig)
	heard := make([]int32, nOrig) // ci+1 when the origin agrees or disagrees with claim ci
	for ci := 0; ci < v.nClaims; ci++ {
		c := &v.units[ci]
		a := v.arts[c.art]
		myOrig := v.origin[c.art]
		row := ClaimRow{
			ID: fmt.Sprintf("%s:%d:%d", a.ID, c.para, c.sent), Article: a.ID, Origin: v.origins[myOrig].ID,
			Kind: c.kind, Paragraph: c.para, Text: c.text,
		}
		// best match per other origin
		for i := range bestBy {
			bestBy[i] = -1
		}
		for mi, m := range v.matches[ci] {
			o := v.origin[m.art]
			if o == myOrig {
				continue
			}
			if b := bestBy[o]; b < 0 || better(m, v.matches[ci][b]) {
				bestBy[o] = mi
			}
		}
		// A title, subtitle or lede is covered when each of its judged
		// clauses is supported by its own body or by another origin (not
		// necessarily the same one); then every origin supporting one of
		// them agrees.
		covered := false
		if c.kind != KindBody {
			need := judgedMask(c)
			okAll := v.own[ci].ok
			for _, m := range v.matches[ci] {
				if v.origin[m.art] != myOrig {
					okAll |= m.ok
				}
			}
			covered = need != 0 && okAll&need == need
		}
		for o := range nOrig {
			if o == myOrig {
				continue
			}
			b := bestBy[o]
			if b < 0 {
				continue
			}
			m := v.matches[ci][b]
			if m.supports() || (covered && m.ok&m.need != 0) {
				row.Agreeing = append(row.Agreeing, v.evidence(c, m))
				heard[o] = int32(ci + 1)
			}
		}
		seenDis := int32(-ci - 1) // heard value of an origin that disagrees
		for _, k := range v.contras[ci] {
			u := &v.units[k.unit]
			o := v.origin[u.art]
			if o == myOrig || heard[o] == seenDis {
				continue
			}
			heard[o] = seenDis
			row.Disagreeing = append(row.Disagreeing, Disagreement{Evidence: v.evidence(c, match{art: u.art, unit: k.unit, cov: v.coverage(c, u)}), On: k.on, Detail: k.detail})
		}
		if n := nOrig - 1 - len(row.Agreeing) - len(row.Disagreeing); n > 0 {
			row.Silent = make([]string, 0, n)
		}
		for o := range nOrig {
			if o != myOrig && heard[o] != int32(ci+1) && heard[o] != seenDis {
				row.Silent = append(row.Silent, v.origins[o].ID)
			}
		}
		switch {
		case len(row.Disagreeing) > 0:
			row.Status = StatusContradicted
		case len(row.Agreeing) > 0:
			row.Status = StatusCorroborated
		default:
			row.Status = StatusSingleSource
		}
		ver := a.Verification
		ver.Claims++
		switch row.Status {
		case StatusContradicted:
			ver.Contradicted++
		case StatusCorroborated:
			ver.Corroborated++
		default:
			ver.SingleSource++
		}
		if sm := v.sampled[ci]; sm[1] > 0 {
			row.Sampled, row.Measured, row.Related = true, int(sm[0]), int(sm[1])
			rep.Sampled = true
		}
		// flags
		nFlags := len(a.Flags)
		unsupported := false
		// A lede is judged only when another origin exists: a body seldom
		// restates its lede, so alone it has nothing to be checked against.
		judged := c.kind == KindHeadline || c.kind == KindSubtitle || (c.kind == KindLede && nOrig >= 2)
		if judged && !covered && len(row.Disagreeing) == 0 {
			unsupported = true
			a.Flags = append(a.Flags, v.unsupportedFlag(ci, bestBy))
		}
		if row.Status == StatusContradicted {
			a.Flags = append(a.Flags, v.contradictionFlag(c, row.Disagreeing))
		}
		if row.Status == StatusSingleSource && !unsupported && nOrig >= 2 && c.concrete && (c.kind == KindBody || c.kind == KindLede) {
			a.Flags = append(a.Flags, v.singleSourceFlag(c, myOrig, bestBy, ci))
		}
		if row.Sampled {
			for k := nFlags; k < len(a.Flags); k++ {
				a.Flags[k].Reason += fmt.Sprintf(" [big event: measured against the %d most related of the %d articles of other origins found sharing words with it, at most %d per source]",
					row.Measured, row.Related, GroupCandidates)
			}
		}
		rep.Claims = append(rep.Claims, row)
	}
	for _, a := range v.arts {
		a.Verification.Flags = len(a.Flags)
	}
	return rep
}

// coverage is the weighted share of c's features found in u.
func (v *verifier) coverage(c, u *claim) float64 {
	s := 0.0
	i, j := 0, 0
	for i < len(c.feats) && j < len(u.feats) {
		switch {
		case c.feats[i] == u.feats[j]:
			s += v.weight[c.feats[i]]
			i++
			j++
		case c.feats[i] < u.feats[j]:
			i++
		default:
			j++
		}
	}
	if c.total == 0 {
		return 0
	}
	return s / c.total
}

// evidence describes the comparison of c with the sentence of m.
func (v *verifier) evidence(c *claim, m match) Evidence {
	u := &v.units[m.unit]
	e := Evidence{
		Origin: v.origins[v.origin[u.art]].ID, Article: v.arts[u.art].ID, Paragraph: u.para,
		Text: u.text, Coverage: math.Round(m.cov*100) / 100,
	}
	srcs := v.unitsOf(m)
	for _, x := range srcs[1:] {
		e.Text += " … " + v.units[x].text
	}
	for _, f := range c.feats {
		if v.presentIn(c, f, srcs) {
			e.Shared = append(e.Shared, v.label(f))
		} else {
			e.Missing = append(e.Missing, v.label(f))
		}
	}
	return e
}

// unitsOf lists the sentences of a match: its evidence sentences, or its
// sentence (and the next one it was joined with).
func (v *verifier) unitsOf(m match) []int32 {
	if len(m.units) > 0 {
		return m.units
	}
	if m.pair >= 0 {
		return []int32{m.unit, m.pair}
	}
	return []int32{m.unit}
}

// presentIn reports whether feature f of c is in one of the sentences us.
func (v *verifier) presentIn(c *claim, f int32, us []int32) bool {
	for _, u := range us {
		if v.present(c, f, &v.units[u]) {
			return true
		}
	}
	return false
}

// label is the readable name of a feature.
func (v *verifier) label(f int32) string {
	if l, ok := v.labels[f]; ok {
		return l
	}
	return v.in.label(f)
}

// ref names a sentence for a reason: "598cc26b (CNN Indonesia) P0 “…”".
func (v *verifier) ref(u *claim) string {
	a := v.arts[u.art]
	where := fmt.Sprintf("P%d", u.para)
	switch u.para {
	case -1:
		where = "title"
	case -2:
		where = "subtitle"
	}
	name := a.Outlet
	if name == "" {
		name = v.origins[v.origin[u.art]].Name
	}
	return fmt.Sprintf("%s (%s) %s “%s”", short(a.ID), name, where, clip(u.text, 90))
}

func short(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}

// clip shortens s to about n bytes at a word boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut] != ' ' {
		cut--
	}
	if cut == 0 {
		cut = n
		for cut > 0 && (s[cut]&0xC0) == 0x80 {
			cut--
		}
	}
	return s[:cut] + "…"
}

// refM names the sentences of a match.
func (v *verifier) refM(m match) string {
	us := v.unitsOf(m)
	r := v.ref(&v.units[us[0]])
	for _, x := range us[1:] {
		r += " + “" + clip(v.units[x].text, 60) + "”"
	}
	return r
}

// missM lists the features of c the sentences us lack, with the share of
// c's weight each carries.
func (v *verifier) missM(c *claim, us []int32) string {
	var miss []string
	for _, f := range c.feats {
		if v.presentIn(c, f, us) {
			continue
		}
		miss = append(miss, fmt.Sprintf("%s (%.0f%%)", v.label(f), 100*v.weight[f]/c.total))
	}
	if len(miss) == 0 {
		return "nothing (polarity differs, or its words are spread over unrelated sentences)"
	}
	return strings.Join(miss, ", ")
}

// unsupportedFlag explains why a headline claim is unsupported: for each
// of its facts (clauses) that no source supports, the best sentences of
// its own body and of each other origin, with what they lack, and the
// words no sentence of the event has.
func (v *verifier) unsupportedFlag(ci int, bestBy []int) article.Flag {
	c := &v.units[ci]
	a := v.arts[c.art]
	f := article.Flag{Kind: FlagUnsupportedHeadline, Text: c.text, Paragraph: c.para}
	compared := []string{a.ID}
	for o := range v.origins {
		if o != v.origin[c.art] {
			compared = append(compared, v.origins[o].Articles...)
		}
	}
	okAll := v.own[ci].ok
	for _, m := range v.matches[ci] {
		if v.origin[m.art] != v.origin[c.art] {
			okAll |= m.ok
		}
	}
	var facts []string
	nJudged := 0
	for k := range c.clauses {
		cl := &c.clauses[k]
		if !cl.judged {
			continue
		}
		nJudged++
		if okAll&(1<<k) != 0 {
			continue
		}
		var parts []string
		if o := v.own[ci]; o.unit >= 0 && len(o.cl[k].units) > 0 {
			cm := o.cl[k]
			parts = append(parts, fmt.Sprintf("own body: best %s covers %.0f%%, lacks %s", v.refUnits(cm.units), cm.cov*100, v.missM(&cl.claim, cm.units)))
		} else {
			parts = append(parts, "own body: no sentence shares its words")
		}
		for o := range v.origins {
			if o == v.origin[c.art] {
				continue
			}
			best := -1
			for mi, m := range v.matches[ci] {
				if v.origin[m.art] == o && len(m.cl[k].units) > 0 && (best < 0 || m.cl[k].cov > v.matches[ci][best].cl[k].cov) {
					best = mi
				}
			}
			if best < 0 {
				parts = append(parts, fmt.Sprintf("%s: no sentence shares its words", v.origins[o].Name))
				continue
			}
			cm := v.matches[ci][best].cl[k]
			parts = append(parts, fmt.Sprintf("%s: best %s covers %.0f%%, lacks %s", v.origins[o].Name, v.refUnits(cm.units), cm.cov*100, v.missM(&cl.claim, cm.units)))
		}
		var nowhere []string
		for _, ft := range cl.feats {
			if !v.anywhere(c, ft) {
				nowhere = append(nowhere, v.label(ft))
			}
		}
		fact := fmt.Sprintf("“%s”: ", clip(cl.text, 120)) + strings.Join(parts, "; ")
		if len(nowhere) > 0 {
			fact += "; said by no other sentence of the event: " + strings.Join(nowhere, ", ")
		}
		facts = append(facts, fact)
	}
	f.Reason = fmt.Sprintf("%s not supported: %d of its %d facts said by no source (a fact needs %.0f%% of its weighted words, its numbers and the same polarity in the related sentences of one article, %.0f%% in one of them): ",
		c.kind, len(facts), nJudged, ClauseCoverage*100, AnchorCoverage*100) + strings.Join(facts, " | ")
	f.Compared = uniqStrings(compared)
	return f
}

// refUnits names a list of sentences.
func (v *verifier) refUnits(us []int32) string {
	return v.refM(match{unit: us[0], units: us, pair: -1})
}

// anywhere reports whether feature ft occurs in any sentence other than c
// that c may be supported by (own body or other origins).
func (v *verifier) anywhere(c *claim, ft int32) bool {
	for _, i := range v.post[ft] {
		u := &v.units[i]
		if u == c {
			continue
		}
		if u.art == c.art {
			if v.ownSupport(c, u) {
				return true
			}
			continue
		}
		if v.origin[u.art] != v.origin[c.art] {
			return true
		}
	}
	return false
}

func hasFeat(fs []int32, f int32) bool {
	i := sort.Search(len(fs), func(i int) bool { return fs[i] >= f })
	return i < len(fs) && fs[i] == f
}

func (v *verifier) contradictionFlag(c *claim, ds []Disagreement) article.Flag {
	f := article.Flag{Kind: FlagContradiction, Text: c.text, Paragraph: c.para}
	var parts []string
	for _, d := range ds {
		parts = append(parts, fmt.Sprintf("%s (%s) P%d “%s” differs on %s: %s", short(d.Article), d.Origin, d.Paragraph, clip(d.Text, 90), d.On, d.Detail))
		f.Compared = append(f.Compared, d.Article)
	}
	f.Reason = "another origin gives a different account of the same fact: " + strings.Join(parts, "; ")
	f.Compared = uniqStrings(f.Compared)
	return f
}

func (v *verifier) singleSourceFlag(c *claim, myOrig int, bestBy []int, ci int) article.Flag {
	f := article.Flag{Kind: FlagSingleSource, Text: c.text, Paragraph: c.para}
	var parts []string
	for o, b := range bestBy {
		if o == myOrig {
			continue
		}
		if b < 0 {
			parts = append(parts, fmt.Sprintf("%s: nothing related", v.origins[o].Name))
			continue
		}
		m := v.matches[ci][b]
		u := &v.units[m.unit]
		f.Compared = append(f.Compared, v.arts[u.art].ID)
		parts = append(parts, fmt.Sprintf("%s: closest %s covers %.0f%%", v.origins[o].Name, v.ref(u), m.cov*100))
	}
	f.Reason = fmt.Sprintf("only origin %s makes this claim; %d other origin(s) silent: %s", v.origins[myOrig].Name, len(v.origins)-1, strings.Join(parts, "; "))
	f.Compared = uniqStrings(f.Compared)
	return f
}

func uniqStrings(s []string) []string {
	seen := map[string]bool{}
	out := s[:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
