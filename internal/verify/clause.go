package verify

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta/internal/entity"
	"github.com/warta-news/warta/internal/textid"
)

// Thresholds of the clause judgement of titles, subtitles and ledes.
const (
	// ClauseCoverage is the weighted share of a clause's features the
	// sentences of one article must hold together for it to support the
	// clause.
	ClauseCoverage = 0.6
	// LedeClauseCoverage is the share for a clause of a lede, which is
	// unsupported only when one of its facts is said by nothing: a lede
	// clause is not failed by one missing word (KeyShare is for titles
	// and subtitles), only by too little of it or a missing number.
	LedeClauseCoverage = 0.5
	// AnchorCoverage is the share one of those sentences must hold alone:
	// the others add details (a number, a place) to a sentence about the
	// same fact, they do not assemble a fact from scattered words.
	AnchorCoverage = 0.35
	// HedgeTolerance: a hedged number ("sekitar 3.000", "more than 3,000")
	// is supported by a number within this relative distance.
	HedgeTolerance = 0.15
	// maxClauses bounds the clauses of one claim (a bit mask holds them).
	maxClauses = 64
	// maxEvidence bounds the sentences one article's support lists.
	maxEvidence = 4
)

// clause is one fact of a title, subtitle or lede: a span cut at commas,
// semicolons, dashes and conjunctions ("dan", "setelah", "and", "after"),
// with its own features. Fragments too small to be a fact (an appositive
// place, a date) are joined to the clause before them; attribution ("kata
// pejabat setempat", "officials said") is left out.
type clause struct {
	claim
	// judged: the clause must be supported for its claim to be. All
	// clauses of titles and subtitles; the concrete ones (a number, a
	// date or a name) of a lede, or all when none is.
	judged bool
}

// clauseMatch is the support one article gives one clause.
type clauseMatch struct {
	ok     bool
	cov    float64 // share of the clause's weight the sentences hold
	anchor float64 // share the best single sentence holds
	units  []int32 // the sentences: the best first, then those adding to it
}

// cutWords split a claim into clauses (whole words, lower case). "as" cuts
// only headlines ("Thousands flee as floods swamp ...").
var cutWords = map[string]bool{
	"dan": true, "serta": true, "sementara": true, "sedangkan": true, "namun": true, "tetapi": true,
	"tapi": true, "setelah": true, "sesudah": true, "usai": true, "seusai": true, "sebelum": true,
	"karena": true, "akibat": true, "sehingga": true, "lalu": true, "kemudian": true,
	"and": true, "while": true, "but": true, "after": true, "before": true, "because": true,
	"amid": true, "whereas": true,
}

// attribFirst and attribLast mark a segment as attribution: "kata
// pejabat setempat", "menurut BMKG", "officials said".
var attribFirst = map[string]bool{
	"kata": true, "ujar": true, "ucap": true, "tutur": true, "jelas": true, "ungkap": true, "sebut": true,
	"menurut": true, "according": true, "said": true, "says": true, "katanya": true, "ujarnya": true,
}

var attribLast = map[string]bool{
	"said": true, "says": true, "told": true, "reported": true, "added": true, "stated": true,
	"mengatakan": true, "menyatakan": true, "menyebutkan": true, "melaporkan": true,
}

// hedges before a number make it approximate; hedges2 are two-word ones.
var hedges = map[string]bool{
	"sekitar": true, "sekira": true, "kira-kira": true, "hampir": true, "nyaris": true, "sedikitnya": true,
	"setidaknya": true, "sekurangnya": true, "sekurang-kurangnya": true, "lebih": true,
	"about": true, "around": true, "nearly": true, "almost": true, "some": true, "approximately": true,
	"roughly": true, "over": true, "least": true,
}

var hedges2 = map[string]bool{
	"lebih dari": true, "kurang dari": true, "kurang lebih": true, "more than": true, "less than": true,
	"up to": true, "at least": true, "nearly all": true,
}

// dropTerms are stems of hedges and connectives that textid keeps but
// that say nothing of a fact ("sedikitnya", "akibat", "nearly", "amid").
var dropTerms = func() map[string]bool {
	m := map[string]bool{}
	for _, lw := range []struct{ lang, words string }{
		{"id", "sedikitnya setidaknya sekurangnya akibat kira-kira sekira"},
		{"en", "nearly approximately roughly amid"},
	} {
		for _, w := range strings.Fields(lw.words) {
			for _, t := range textid.Terms(lw.lang, w) {
				m[t] = true
			}
		}
	}
	return m
}()

// compassPairs join Indonesian two-word directions, whose second word
// alone means something else ("laut" is the sea): the value is a word the
// lexicon maps to the direction's concept.
var compassPairs = map[string]string{
	"barat laut": "baratlaut", "timur laut": "timurlaut", "barat daya": "baratdaya",
}

// vagueExp: concept keys of vague quantity words and the power of ten
// they start at (-1: "belasan", 11 to 19).
var vagueExp = func() map[string]int {
	m := map[string]int{}
	for w, e := range map[string]int{"puluhan": 1, "ratusan": 2, "ribuan": 3, "jutaan": 6, "miliaran": 9, "belasan": -1} {
		for _, t := range textid.Terms("id", w) {
			m[concept(t)] = e
		}
	}
	for w, e := range map[string]int{"dozens": 1, "hundreds": 2, "thousands": 3, "millions": 6, "billions": 9, "scores": 1} {
		for _, t := range textid.Terms("en", w) {
			m[concept(t)] = e
		}
	}
	return m
}()

// unitScale: units whose amounts are also given in a smaller unit
// ("dua pekan" = "14 hari", "two weeks" = "14 days"): concept key -> factor.
var unitScale = func() map[string]float64 {
	m := map[string]float64{}
	for _, t := range textid.Terms("id", "pekan") {
		m[concept(t)] = 7
	}
	for _, t := range textid.Terms("en", "weeks") {
		m[concept(t)] = 7
	}
	return m
}()

// rangeOf returns the bounds of a vague quantity key ("3" -> 1000..9999).
func rangeOf(key string) (lo, hi float64, ok bool) {
	if key == "b" {
		return 11, 19, true
	}
	e, err := strconv.Atoi(key)
	if err != nil || e < 1 || e > 15 {
		return 0, 0, false
	}
	lo = 1
	for range e {
		lo *= 10
	}
	return lo, lo*10 - 1e-9, true
}

// isAcronym reports whether w is written like an acronym: 2 to 5 ASCII
// capitals ("OTT", "RUU").
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// initialsHave reports whether consecutive words of s begin with the
// letters of acro (lower case), with or without short function words:
// "operasi tangkap tangan" has "ott".
func initialsHave(s, acro string) bool {
	var all, content []byte
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		if r >= utf8.RuneSelf {
			continue
		}
		b := byte(unicode.ToLower(r))
		all = append(all, b)
		if !connective[strings.ToLower(w)] {
			content = append(content, b)
		}
	}
	return strings.Contains(string(all), acro) || strings.Contains(string(content), acro)
}

var connective = map[string]bool{"dan": true, "dari": true, "di": true, "ke": true, "untuk": true, "yang": true,
	"and": true, "of": true, "the": true, "for": true}

// cutClauses cuts claim c (its span in p) into clauses. ms are the entity
// mentions of p; headline marks a title or subtitle.
func (v *verifier) cutClauses(c *claim, lang, p string, ms []entity.Mention, headline bool) []clause {
	type seg struct {
		s, e   int
		attrib bool
		n      int // features
	}
	var segs []seg
	add := func(s, e int) {
		for s < e && p[s] == ' ' {
			s++
		}
		for e > s && (p[e-1] == ' ' || p[e-1] == '.') {
			e--
		}
		if s >= e {
			return
		}
		segs = append(segs, seg{s: s, e: e})
	}
	depth := 0
	start := c.start
	for i := c.start; i < c.end; i++ {
		b := p[i]
		switch {
		case b == '(':
			depth++
			continue
		case b == ')':
			depth = max(0, depth-1)
			continue
		}
		if depth > 0 {
			continue
		}
		next := byte(' ')
		if i+1 < c.end {
			next = p[i+1]
		}
		switch {
		case (b == ',' || b == ';' || b == ':') && next == ' ':
			add(start, i)
			start = i + 1
			continue
		case b == ' ' && i+2 < c.end && (p[i+1] == '-' || strings.HasPrefix(p[i+1:], "–") || strings.HasPrefix(p[i+1:], "—")):
			_, size := utf8.DecodeRuneInString(p[i+1:])
			if i+1+size < c.end && p[i+1+size] == ' ' {
				add(start, i)
				start = i + 1 + size
				i += size
				continue
			}
		}
		if (i == c.start || p[i-1] == ' ') && b != ' ' {
			j := i
			for j < c.end && p[j] != ' ' && p[j] != ',' {
				j++
			}
			w := strings.ToLower(p[i:j])
			if j > i && (cutWords[w] || (headline && w == "as")) && i > start {
				add(start, i)
				start = j
				i = j - 1
			}
		}
	}
	add(start, c.end)
	if len(segs) == 1 && segs[0].s <= c.start+1 && segs[0].e >= c.end-1 && strings.IndexByte(p[c.start:c.end], '(') < 0 {
		words := strings.Fields(strings.ToLower(p[c.start:c.end]))
		if len(words) > 10 || (!attribFirst[strings.Trim(words[0], "\"'“”")] && !attribLast[strings.Trim(words[len(words)-1], "\"'“”.")]) {
			// one clause: the claim itself
			cl := clause{claim: *c, judged: true}
			cl.clauses = nil
			return []clause{cl}
		}
	}
	minFeats := 3
	if headline {
		minFeats = 2
	}
	// asides in parentheses ("($7.4 million)", "(14 miles)", "(BPBD)")
	// restate or convert: a clause is judged without them
	q := blankParens(p, c.start, c.end)
	if q != p {
		var kept []entity.Mention
		for _, m := range ms {
			if m.Start >= 0 && m.Start < len(q) && (q[m.Start] != ' ' || p[m.Start] == ' ') {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	for k := range segs {
		sg := &segs[k]
		words := strings.Fields(strings.ToLower(p[sg.s:sg.e]))
		if len(words) > 0 && len(words) <= 10 {
			first := strings.Trim(words[0], "\"'“”")
			last := strings.Trim(words[len(words)-1], "\"'“”.")
			sg.attrib = attribFirst[first] || attribLast[last]
		}
		tmp := v.makeClaim(c.art, lang, q, sg.s, sg.e, ms, headline)
		sg.n = len(tmp.feats)
	}
	// join fragments to the clause before them (or after, for the first)
	var spans [][2]int
	pending := -1
	for _, sg := range segs {
		if sg.attrib || sg.n == 0 {
			continue
		}
		if sg.n < minFeats {
			if len(spans) > 0 {
				spans[len(spans)-1][1] = sg.e
			} else if pending < 0 {
				pending = sg.s
			}
			continue
		}
		s := sg.s
		if pending >= 0 {
			s, pending = pending, -1
		}
		spans = append(spans, [2]int{s, sg.e})
	}
	if pending >= 0 || len(spans) == 0 || len(spans) > maxClauses {
		// nothing but fragments: one clause; or too many: the whole claim
		if len(spans) == 0 || len(spans) > maxClauses {
			spans = [][2]int{{c.start, c.end}}
		} else {
			spans[len(spans)-1][1] = max(spans[len(spans)-1][1], c.end)
		}
	}
	out := make([]clause, 0, len(spans))
	anyConcrete := false
	for _, sp := range spans {
		cl := clause{claim: v.makeClaim(c.art, lang, q, sp[0], sp[1], ms, headline)}
		cl.text = strings.TrimSpace(p[sp[0]:sp[1]])
		cl.para, cl.kind = c.para, c.kind
		if len(cl.feats) == 0 {
			continue
		}
		cl.judged = headline || cl.concrete
		anyConcrete = anyConcrete || cl.concrete
		out = append(out, cl)
	}
	if !headline && !anyConcrete {
		// a lede without a concrete clause is judged whole
		out = out[:0]
	}
	if len(out) == 0 {
		out = append(out, clause{claim: *c, judged: true})
		out[0].clauses = nil
	}
	return out
}

// present reports whether feature f of claim c (a headline claim or one
// of its clauses) is found in u: as such; a term as a word of a name
// there, or spelled out where c has its acronym; a name whose words are
// all there as terms; a number in another unit ("2 pekan" = "14 hari") or,
// when hedged, within HedgeTolerance; a vague quantity ("ribuan") by a
// number in its range.
func (v *verifier) present(c *claim, f int32, u *claim) bool {
	if hasFeat(u.feats, f) {
		return true
	}
	switch v.in.class(f) {
	case fTerm:
		if hasFeat(u.nameTerms, f) {
			return true
		}
		for _, a := range c.acros {
			if a == f && initialsHave(u.text, v.in.label(f)) {
				return true
			}
		}
	case fEntity:
		ws := v.entWords[f]
		if len(ws) == 0 {
			return false
		}
		for _, w := range ws {
			if !hasFeat(u.feats, w) && !hasFeat(u.nameTerms, w) {
				return false
			}
		}
		return true
	case fNumber:
		var nf *numFact
		for k := range c.nums {
			if c.nums[k].id == f {
				nf = &c.nums[k]
				break
			}
		}
		if nf == nil {
			return false
		}
		if nf.alt >= 0 && hasFeat(u.feats, nf.alt) {
			return true
		}
		for _, un := range u.nums {
			if un.alt == f {
				return true
			}
			if (nf.hedged || un.hedged) && nf.unit != "@year" && un.unit != "@year" && nf.f > 0 && abs(un.f-nf.f) <= HedgeTolerance*max(un.f, nf.f) {
				return true
			}
		}
	case fRange:
		lo, hi, ok := rangeOf(v.in.label(f))
		if !ok {
			return false
		}
		unit := ""
		for _, r := range c.rngs {
			if r.id == f {
				unit = r.unit
				break
			}
		}
		// a count of the same things must be in range; when u counts
		// other things only, any count in range will do ("Ribuan warga"
		// and "3,200 people")
		counts := false
		for _, un := range u.nums {
			if unit != "" && un.unit == unit {
				counts = true
			}
		}
		for _, un := range u.nums {
			if un.unit == "@year" || (counts && un.unit != unit) {
				continue
			}
			if un.f >= lo && un.f <= hi {
				return true
			}
		}
	}
	return false
}

// blankParens returns p with the parenthesised parts of p[s:e] (brackets
// included) replaced by spaces, so offsets stay valid; p itself when
// there are none.
func blankParens(p string, s, e int) string {
	i := strings.IndexByte(p[s:e], '(')
	if i < 0 {
		return p
	}
	b := []byte(p)
	depth := 0
	for k := s + i; k < e; k++ {
		switch b[k] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
				b[k] = ' '
				continue
			}
		}
		if depth > 0 {
			b[k] = ' '
		}
	}
	return string(b)
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// clausePolarityOK: a clause and a sentence do not oppose each other. A
// side that has a negation word of its own is not taken to assert what
// the other negates (the word a negation bears on is found by position
// and may be the wrong one: "no tsunami threat" and "did not have the
// potential to trigger a tsunami").
func clausePolarityOK(cl, u *claim) bool {
	if negatedIn(cl, u) && !u.neg {
		return false
	}
	if negatedIn(u, cl) && !cl.neg {
		return false
	}
	return true
}

// supportClause measures how the sentences srcs (of one article) support
// clause cl. A sentence is related when it shares two of the clause's
// features (one not a name) and does not oppose it; the related sentences
// together must hold ClauseCoverage of the clause's weight, the best alone
// AnchorCoverage, with every number and vague quantity (years aside) and
// without missing a term that carries KeyShare of the clause's weight.
func (v *verifier) supportClause(cl *clause, srcs []int32, rel []int32, relCov []float64) (clauseMatch, []int32, []float64) {
	var cm clauseMatch
	if cl.total == 0 {
		return cm, rel, relCov
	}
	need := min(2, len(cl.feats))
	rel, relCov = rel[:0], relCov[:0]
	for _, ui := range srcs {
		u := &v.units[ui]
		if !clausePolarityOK(&cl.claim, u) {
			continue
		}
		n, nonEnt, w := 0, 0, 0.0
		for _, f := range cl.feats {
			if v.present(&cl.claim, f, u) {
				n++
				w += v.weight[f]
				if v.in.class(f) != fEntity {
					nonEnt++
				}
			}
		}
		if n >= need && nonEnt >= 1 {
			rel = append(rel, ui)
			relCov = append(relCov, w/cl.total)
		}
	}
	if len(rel) == 0 {
		return cm, rel, relCov
	}
	best := 0
	for k := range rel {
		if relCov[k] > relCov[best] {
			best = k
		}
	}
	cm.anchor = relCov[best]
	cm.units = append(cm.units, rel[best])
	// greedy cover: add the related sentences that hold features not yet held
	covered := make([]bool, len(cl.feats))
	mark := func(ui int32) int {
		added := 0
		for k, f := range cl.feats {
			if !covered[k] && v.present(&cl.claim, f, &v.units[ui]) {
				covered[k] = true
				added++
			}
		}
		return added
	}
	mark(rel[best])
	if cm.anchor >= AnchorCoverage {
		for k, ui := range rel {
			if k != best && mark(ui) > 0 && len(cm.units) < maxEvidence {
				cm.units = append(cm.units, ui)
			}
		}
	}
	w := 0.0
	keyMiss, numMiss := 0.0, false
	for k, f := range cl.feats {
		if covered[k] {
			w += v.weight[f]
			continue
		}
		switch v.in.class(f) {
		case fNumber:
			for _, nf := range cl.nums {
				if nf.id == f && nf.unit != "@year" {
					numMiss = true
				}
			}
		case fRange:
			numMiss = true
		case fTerm:
			keyMiss = max(keyMiss, v.weight[f]/cl.total)
		}
	}
	cm.cov = w / cl.total
	if cl.kind == KindHeadline || cl.kind == KindSubtitle {
		cm.ok = cm.cov >= ClauseCoverage && cm.anchor >= AnchorCoverage && !numMiss && keyMiss < KeyShare
	} else {
		cm.ok = cm.cov >= LedeClauseCoverage && cm.anchor >= AnchorCoverage && !numMiss
	}
	return cm, rel, relCov
}

// clauseTotals sets each clause's total weight.
func (v *verifier) clauseTotals(c *claim) {
	for k := range c.clauses {
		t := 0.0
		for _, f := range c.clauses[k].feats {
			t += v.weight[f]
		}
		c.clauses[k].total = t
	}
}

// judgedMask is the bit mask of c's judged clauses.
func judgedMask(c *claim) uint64 {
	var m uint64
	for k, cl := range c.clauses {
		if cl.judged {
			m |= 1 << k
		}
	}
	return m
}

func popcount(x uint64) int { return bits.OnesCount64(x) }
