package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/entity"
)

// cand is a name in a paragraph that can be a speaker: an entity mention,
// or a capitalised word sequence the entity stage did not report.
type cand struct {
	s, e    int // name bytes in the paragraph
	text    string
	name    string
	id      string
	typ     string
	role    string
	mention bool
}

// who is a resolved (or unnamed) speaker.
type who struct {
	name, id, typ, role string
	pos                 int // document position of the evidence
	ok                  bool
}

// finder holds the state of one Find call.
type finder struct {
	lang   string
	paras  []string
	quotes []qspan
	cands  [][]cand
	sents  [][][2]int
	// consumed[p]: byte ranges already used by an attributed quotation
	consumed [][][2]int
	inQuote  [][][2]int

	lastSpeaker who // last resolved person speaker
	lastSubject who // last person heading a sentence
	lastOrg     who // last organisation heading a sentence ("the company said")
	lastQuote   who // speaker of the last direct quotation
	lastQuoteP  int
	persons     []who // full person names seen, for bare surnames
	canon       map[string][3]string
	toks        []tok
	arena       []tok // backing store for f.tk
	out         []article.Quote
}

func docPos(p, off int) int { return p<<20 | off }

// collect builds the speaker candidates of every paragraph.
func (f *finder) collect(ms []entity.Mention) [][]cand {
	out := make([][]cand, len(f.paras))
	for _, m := range ms {
		if m.Paragraph < 0 || m.Paragraph >= len(f.paras) || m.Start < 0 || m.End > len(f.paras[m.Paragraph]) || m.Start >= m.End {
			continue
		}
		out[m.Paragraph] = append(out[m.Paragraph], cand{s: m.Start, e: m.End, text: m.Text, name: m.Name, id: m.ID, typ: m.Type, role: m.Role, mention: true})
	}
	for p, text := range f.paras {
		cs := out[p]
		slices.SortFunc(cs, func(x, y cand) int { return x.s - y.s })
		// capitalised sequences not covered by a mention
		var extra []cand
		for i := 0; i < len(text); i++ {
			c := text[i]
			if c < 'A' || c > 'Z' || i > 0 && asciiWord(text[i-1]) || covered(cs, i) {
				continue
			}
			// the run of capitalised words from i
			e := i
			j := i
			for j < len(text) {
				k := j
				for k < len(text) && (asciiWord(text[k]) || text[k] >= utf8.RuneSelf && !isSpaceAt(text, k)) {
					k++
				}
				if k == j {
					break
				}
				w := text[j:k]
				if j > i && (covered(cs, j) || !isUpperStart(w) && !isParticle(w, text, tok{j, k}, true)) {
					break
				}
				e = k
				if k < len(text) && text[k] == '.' && has(titles, w) {
					k++
				}
				if k+1 < len(text) && text[k] == ' ' {
					j = k + 1
					continue
				}
				break
			}
			for e > i && (text[e-1] == '-' || text[e-1] == '\'') {
				e--
			}
			if e > i {
				if c, ok := f.fallback(p, text, i, e); ok {
					extra = append(extra, c)
				}
			}
			i = e
		}
		if len(extra) > 0 {
			cs = append(cs, extra...)
			slices.SortFunc(cs, func(x, y cand) int { return x.s - y.s })
		}
		out[p] = cs
	}
	return out
}

func isParticle(w, text string, u tok, more bool) bool {
	switch w {
	case "bin", "binti", "van", "von", "de", "der", "da", "dos", "al", "el", "la", "le":
		return more
	}
	return strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")
}

func covered(cs []cand, off int) bool {
	for i := range cs {
		if off >= cs[i].s && off < cs[i].e {
			return true
		}
	}
	return false
}

// fallback turns a capitalised sequence into a candidate: leading titles
// and acronyms become the role; a lone sentence-initial common word is
// dropped.
func (f *finder) fallback(p int, text string, s, e int) (cand, bool) {
	var ts []tok
	ts = tokens(ts, text, s, e)
	k := 0
	for k < len(ts)-1 {
		w := strings.TrimSuffix(text[ts[k].s:ts[k].e], ".")
		lw := lower(w)
		if titles[lw] || (len(w) >= 2 && w == strings.ToUpper(w) && !strings.ContainsAny(w, "0123456789")) {
			k++
			continue
		}
		break
	}
	if k == len(ts)-1 && has(titles, strings.TrimSuffix(text[ts[k].s:ts[k].e], ".")) {
		return cand{}, false
	}
	ns := ts[k].s
	name := text[ns:e]
	if has(notNames, name) || has(titles, strings.TrimSuffix(name, ".")) {
		return cand{}, false
	}
	if k == 0 && len(ts) == 1 && f.atSentenceStart(p, ns) {
		// a lone capitalised word opening a sentence is left to the
		// entity stage ("Pemerintah", "Warga")
		return cand{}, false
	}
	c := cand{s: ns, e: e, text: name}
	if k > 0 {
		c.role = text[s:ts[k-1].e]
	}
	return c, true
}

func (f *finder) atSentenceStart(p, off int) bool {
	for _, ss := range f.sents[p] {
		if ss[0] == off {
			return true
		}
		if ss[0] > off {
			break
		}
	}
	return off == 0
}

// resolve turns a candidate into a speaker.
func (f *finder) resolve(p int, c *cand) who {
	w := who{name: c.name, id: c.id, typ: c.typ, role: c.role, pos: docPos(p, c.s), ok: true}
	if !c.mention {
		id, canon, typ := f.canonical(c.text)
		if canon == "" {
			canon = c.text
		}
		w.id, w.name, w.typ = id, canon, typ
	}
	if w.name == "" {
		w.name = c.text
	}
	// A bare name takes the full name of an earlier person of the article
	// ("Moreno" after "Luis Moreno").
	if !strings.Contains(w.name, " ") && w.typ != "place" && w.typ != "org" {
		for i := len(f.persons) - 1; i >= 0; i-- {
			if hasWord(f.persons[i].name, w.name) {
				pos := w.pos
				w = f.persons[i]
				w.pos = pos
				if c.role != "" {
					w.role = c.role
				}
				break
			}
		}
	}
	if w.typ == "" && strings.Contains(w.name, " ") {
		w.typ = "person?"
	}
	if isPerson(w) && strings.Contains(w.name, " ") && (len(f.persons) == 0 || f.persons[len(f.persons)-1].name != w.name) {
		f.persons = append(f.persons, w)
	}
	return w
}

func isPerson(w who) bool { return w.typ == "person" || w.typ == "person?" || w.typ == "" }

func hasWord(s, w string) bool {
	for _, x := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// antecedent is the person a pronoun or an anaphoric role stands for:
// the later of the last speaker and the last person heading a sentence.
func (f *finder) antecedent() who {
	a, b := f.lastSpeaker, f.lastSubject
	if !b.ok || (a.ok && a.pos >= b.pos) {
		return a
	}
	return b
}

func (f *finder) isConsumed(p, s, e int) bool {
	for _, r := range f.consumed[p] {
		if r[0] < e && s < r[1] {
			return true
		}
	}
	return false
}

func (f *finder) insideQuote(p, off int) bool {
	for _, r := range f.inQuote[p] {
		if off >= r[0] && off < r[1] {
			return true
		}
	}
	return false
}

// sentenceAt returns the sentence of paragraph p holding byte off.
func (f *finder) sentenceAt(p, off int) [2]int {
	for _, ss := range f.sents[p] {
		if off >= ss[0] && off < ss[1] {
			return ss
		}
	}
	return [2]int{off, len(f.paras[p])}
}

// noteSubject records the first person of a sentence outside quotations,
// and the first organisation when no person comes before it.
func (f *finder) noteSubject(p int, ss [2]int) {
	orgSeen := false
	for i := range f.cands[p] {
		c := &f.cands[p][i]
		if c.s < ss[0] || c.s >= ss[1] || f.insideQuote(p, c.s) {
			continue
		}
		if c.mention && c.typ == "org" && !orgSeen && !(c.s > 0 && f.paras[p][c.s-1] == '(') {
			orgSeen = true
			if w := f.resolve(p, c); w.ok {
				f.lastOrg = w
			}
		}
		if c.mention && c.typ != "person" {
			continue
		}
		var w who
		if c.mention {
			w = f.resolve(p, c)
		} else {
			// no entity look-up here: a capitalised run heading a sentence
			w = who{name: c.text, typ: "person?", pos: docPos(p, c.s), ok: true}
		}
		if w.typ == "person" || w.typ == "person?" {
			if !f.lastSubject.ok || w.pos > f.lastSubject.pos {
				f.lastSubject = w
			}
		}
		return
	}
}

func (f *finder) emit(w who, text string, direct bool, via string, p int) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	q := article.Quote{Speaker: w.name, SpeakerID: w.id, Role: w.role, Text: text, Via: via, Direct: direct, Paragraph: p}
	if !w.ok {
		q.Speaker, q.SpeakerID = "", ""
	}
	f.out = append(f.out, q)
	if w.ok && (isPerson(w) || w.typ == "person?") {
		f.lastSpeaker = w
	}
}

// canonical is entity.Canonical, remembered for the article.
func (f *finder) canonical(name string) (id, canon, typ string) {
	if r, ok := f.canon[name]; ok {
		return r[0], r[1], r[2]
	}
	id, canon, typ = entity.Canonical(name)
	if f.canon == nil {
		f.canon = make(map[string][3]string)
	}
	f.canon[name] = [3]string{id, canon, typ}
	return id, canon, typ
}

func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

// tk tokenizes text[a:b] into the arena of the call. Earlier slices stay
// valid when the arena grows: they keep the old backing array.
func (f *finder) tk(text string, a, b int) []tok {
	n := len(f.arena)
	f.arena = tokens(f.arena, text, a, b)
	return f.arena[n:len(f.arena):len(f.arena)]
}
