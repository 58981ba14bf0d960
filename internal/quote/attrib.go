package quote

import (
	"strings"
)

// npStops end a speaker noun phrase after a post verb ("kata Kim dalam
// pidatonya", "said Tanabe in a statement").
var npStops = set(
	"dalam", "di", "kepada", "saat", "ketika", "seperti", "sambil", "usai", "setelah",
	"sebelum", "pada", "melalui", "lewat", "dikutip", "dilansir", "yang", "dan", "kemarin",
	"in", "at", "to", "on", "during", "after", "before", "told", "when", "while",
	"according", "as", "via", "who", "and", "was", "is", "has", "had", "that", "bahwa",
	"said", "says", "wrote", "added",
)

// attr is the outcome of reading an attribution.
type attr struct {
	found bool // an attribution is there (the speaker may still be unnamed)
	named bool // the speaker is a name in the phrase, not a pronoun or a role
	w     who
	via   string
	end   int // end of the attribution in its paragraph
}

// npSpeaker reads the speaker noun phrase in paragraph p, bytes [a, b).
func (f *finder) npSpeaker(p, a, b int) attr {
	text := f.paras[p]
	ts := f.tk(text, a, b)
	if len(ts) == 0 {
		return attr{}
	}
	w0 := lower(text[ts[0].s:ts[0].e])
	if pronouns[w0] && len(ts) <= 2 {
		return attr{found: true, w: f.antecedent(), end: b}
	}
	if unresolvedPronouns[w0] && len(ts) <= 2 {
		return attr{found: true, end: b}
	}
	var best, firstOrg, firstPlace, firstOther *cand
	for i := range f.cands[p] {
		c := &f.cands[p][i]
		if c.s < a || c.e > b || f.insideQuote(p, c.s) {
			continue
		}
		switch {
		case c.typ == "person" || (!c.mention && c.typ == ""):
			best = c // the last person
		case c.typ == "org":
			if firstOrg == nil {
				firstOrg = c
			}
		case c.typ == "place":
			if firstPlace == nil {
				firstPlace = c
			}
		default:
			if firstOther == nil {
				firstOther = c
			}
		}
	}
	lastW := lower(text[ts[len(ts)-1].s:ts[len(ts)-1].e])
	anaphor := lastW == "itu" || lastW == "tersebut"
	if best == nil && f.lastOrg.ok && len(ts) == 2 {
		// "the company said", "perusahaan itu menyatakan": the last
		// organisation heading a sentence
		w0, w1 := lower(text[ts[0].s:ts[0].e]), lower(text[ts[1].s:ts[1].e])
		if w0 == "the" && orgNouns[w1] || anaphor && orgNouns[w0] {
			return attr{found: true, named: true, w: f.lastOrg, end: b}
		}
	}
	if best == nil {
		switch {
		case firstOrg != nil:
			best = firstOrg
		case firstPlace != nil:
			best = firstPlace
		case firstOther != nil:
			best = firstOther
		}
		if best != nil && (anaphor || f.modifier(p, a, best)) {
			if anaphor {
				return attr{found: true, w: f.antecedent(), end: b}
			}
			return attr{found: true, w: who{role: strings.TrimSpace(text[a:b])}, end: b}
		}
	}
	if best == nil {
		if anaphor || allTitles(text, ts) {
			return attr{found: true, w: f.antecedent(), end: b}
		}
		if len(ts) <= 6 {
			return attr{found: true, w: who{role: strings.TrimSpace(text[a:b])}, end: b}
		}
		return attr{}
	}
	w := f.resolve(p, best)
	if w.role == "" {
		// role words before the name ("juru bicara kementerian Lee Sang-min")
		r := strings.TrimSpace(text[a:best.s])
		if r != "" && len(r) < 80 {
			w.role = strings.TrimRight(r, ", ")
		}
	}
	return attr{found: true, named: true, w: w, end: b}
}

func allTitles(text string, ts []tok) bool {
	for _, t := range ts {
		if !has(titles, strings.TrimSuffix(text[t.s:t.e], ".")) {
			return false
		}
	}
	return true
}

// modifier reports whether a place or organisation only qualifies an
// unnamed speaker: "komandan militer AS", "analysts at Goldman Sachs".
func (f *finder) modifier(p, a int, c *cand) bool {
	text := f.paras[p]
	ts := f.tk(text, a, c.s)
	if len(ts) == 0 {
		return false
	}
	prev := lower(text[ts[len(ts)-1].s:ts[len(ts)-1].e])
	if c.typ == "place" {
		switch prev {
		case "di", "dari", "of", "at", "from", "the", "by", "in", "menurut":
			return false
		}
		return !isUpperStart(text[ts[len(ts)-1].s:ts[len(ts)-1].e]) && !strings.HasSuffix(prev, "'s")
	}
	if c.typ == "org" && len(ts) >= 2 {
		switch prev {
		case "at", "of", "from", "di", "dari":
			xt := ts[len(ts)-2]
			x := text[xt.s:xt.e]
			if !isUpperStart(x) || has(notNames, x) {
				return true
			}
			// capitalised only as the first word of the sentence
			// ("Analysts at Goldman Sachs"): a name only when the entity
			// stage or the fallback reader found one there
			if f.atSentenceStart(p, xt.s) {
				for _, d := range f.cands[p] {
					if d.s <= xt.s && xt.e <= d.e {
						return false
					}
				}
				return true
			}
			return false
		}
	}
	return false
}

// npEnd finds where a speaker noun phrase starting at a ends (before b):
// npEndText extended to the end of an entity mention it would cut
// ("according to the Meteorology, Climatology and Geophysical Agency").
func (f *finder) npEnd(p int, text string, ts []tok, a, b int) int {
	e := npEndText(text, ts, a, b)
	if p < len(f.cands) {
		for _, c := range f.cands[p] {
			if c.mention && c.s >= a && c.s < e && c.e > e && c.e <= b {
				e = c.e
			}
		}
	}
	return e
}

// npEndText returns the end of the noun phrase starting at a: the first
// punctuation or stop word ends it.
func npEndText(text string, ts []tok, a, b int) int {
	prev := a
	for i, t := range ts {
		if t.s < a {
			continue
		}
		if gap := text[prev:t.s]; i > 0 && prev > a && strings.ContainsAny(gap, ",.;:()") {
			if !(gap == ". " && has(titles, text[ts[i-1].s:ts[i-1].e])) {
				return prev
			}
		}
		w := text[t.s:t.e]
		if t.s > a && has(npStops, w) && !isUpperStart(w) {
			return prev
		}
		prev = t.e
		if t.e >= b {
			break
		}
	}
	return prev
}

// after reads an attribution that follows a closing quote mark:
// "…,” kata Hendra", "…," Tanabe said", "…,” katanya kepada ABC".
func (f *finder) after(p, a, b int) attr {
	text := f.paras[p]
	ts := f.tk(text, a, b)
	if len(ts) == 0 {
		return attr{}
	}
	lead := strings.TrimSpace(text[a:ts[0].s])
	lead = strings.Trim(lead, ",—–-")
	if strings.TrimSpace(lead) != "" {
		return attr{}
	}
	w0 := lower(text[ts[0].s:ts[0].e])
	var r attr
	verbEnd := 0
	if base, nya := verbBase(w0); nya || w0 == "katanya" {
		_ = base
		r = attr{found: true, w: f.antecedent(), end: ts[0].e}
		verbEnd = ts[0].e
	} else if postVerbs[w0] {
		verbEnd = ts[0].e
		if len(ts) < 2 {
			return attr{}
		}
		e := f.npEnd(p, text, ts[1:], ts[1].s, b)
		r = f.npSpeaker(p, ts[1].s, e)
		if !r.found {
			return attr{}
		}
		r.end = e
	} else {
		k := -1
		for i := 1; i < len(ts) && i <= 7; i++ {
			w := lower(text[ts[i].s:ts[i].e])
			if (postVerbs[w] && !postVerbsID[w]) || sayVerbs[w] {
				k = i
				break
			}
		}
		if k < 0 || hasBreak(dropTitleDots(text, ts[:k])) || strings.Contains(text[ts[0].s:ts[k].s], ",") {
			return attr{}
		}
		r = f.npSpeaker(p, ts[0].s, ts[k].s)
		if !r.found {
			return attr{}
		}
		verbEnd = ts[k].e
		r.end = ts[k].e
	}
	// The named person wins over a document or an unnamed source
	// ("…,” kata siaran pers tersebut. kata Kim").
	if !r.named {
		if r2, ok := f.namedLater(p, r.end, b); ok {
			r = r2
		}
	}
	r.via = f.via(p, verbEnd, b)
	return r
}

// namedLater looks for a second post verb with a named speaker.
func (f *finder) namedLater(p, a, b int) (attr, bool) {
	text := f.paras[p]
	if b-a > 120 {
		b = a + 120
		for b < len(text) && text[b]&0xC0 == 0x80 {
			b++
		}
	}
	ts := f.tk(text, a, b)
	for i := 0; i+1 < len(ts); i++ {
		if !has(postVerbs, text[ts[i].s:ts[i].e]) {
			continue
		}
		e := f.npEnd(p, text, ts[i+1:], ts[i+1].s, b)
		r := f.npSpeaker(p, ts[i+1].s, e)
		if r.found && r.w.ok {
			r.end = e
			return r, true
		}
	}
	return attr{}, false
}

// via finds the medium in an attribution: "kepada ABC", "seperti
// dilaporkan KCNA", "dikutip dari Radio Free Asia", "told the BBC".
func (f *finder) via(p, a, b int) string {
	text := f.paras[p]
	if a >= b {
		return ""
	}
	seg := text[a:b]
	ls := strings.ToLower(seg)
	best := -1
	bestLead := ""
	for _, l := range viaLeads {
		i := strings.Index(ls, l)
		for i > 0 && ls[i-1] != ' ' && ls[i-1] != ',' {
			j := strings.Index(ls[i+1:], l)
			if j < 0 {
				i = -1
				break
			}
			i += 1 + j
		}
		if i >= 0 && (best < 0 || i < best) {
			best, bestLead = i, l
		}
	}
	if best < 0 {
		return ""
	}
	start := a + best + len(bestLead)
	return f.viaName(p, start, b)
}

var viaDescriptors = set("kantor", "berita", "the", "state", "news", "agency", "public", "broadcaster",
	"media", "stasiun", "televisi", "harian", "surat", "kabar", "situs", "radio", "laman", "resmi", "pemerintah",
	"broadcasting", "outlet", "newspaper", "television", "tv", "official", "channel", "wire", "service")

func (f *finder) viaName(p, a, b int) string {
	text := f.paras[p]
	ts := f.tk(text, a, b)
	i := 0
	for i < len(ts) && i < 5 {
		w := text[ts[i].s:ts[i].e]
		lw := lower(w)
		if lowerMedia[lw] {
			return w
		}
		if isUpperStart(w) {
			break
		}
		if !viaDescriptors[lw] {
			return ""
		}
		i++
	}
	if i >= len(ts) || i >= 5 {
		return ""
	}
	s := ts[i].s
	// a mention starting here
	for _, c := range f.cands[p] {
		if c.s == s {
			if c.typ == "place" {
				// "kantor berita Korea Utara, KCNA": the name after the place
				rest := strings.TrimLeft(text[c.e:b], " ")
				if strings.HasPrefix(rest, ",") {
					if n := f.viaName(p, c.e+strings.Index(text[c.e:b], ",")+1, b); n != "" {
						return n
					}
				}
			}
			return c.text
		}
	}
	j := i
	for j+1 < len(ts) && text[ts[j].e:ts[j+1].s] == " " && isUpperStart(text[ts[j+1].s:ts[j+1].e]) {
		j++
	}
	name := text[s:ts[j].e]
	if has(notNames, name) {
		return ""
	}
	return name
}

// subject finds the speaker before a reporting verb at byte v of the
// sentence ss in paragraph p.
func (f *finder) subject(p int, ss [2]int, v int) attr {
	text := f.paras[p]
	a := ss[0]
	end := v
	r := strings.TrimRight(text[a:end], " ")
	// "…, yang mengawasi uji coba itu, menegaskan": cut a descriptive
	// clause set off by commas; keep an appositive name.
	if strings.HasSuffix(r, ",") {
		k := strings.LastIndex(r[:len(r)-1], ",")
		if k >= 0 {
			segTs := f.tk(text, a+k+1, a+len(r)-1)
			if len(segTs) > 0 {
				switch lower(text[segTs[0].s:segTs[0].e]) {
				case "yang", "who", "which", "whose", "a", "an", "the", "seorang", "salah", "sebuah", "kini", "now":
					end = a + k
				}
			}
		}
	}
	ts := f.tk(text, a, end)
	// pronoun or conjunction just before the verb
	for i := len(ts) - 1; i >= 0; i-- {
		w := lower(text[ts[i].s:ts[i].e])
		if fillers[w] && w != "itu" && w != "tersebut" {
			continue
		}
		if pronouns[w] {
			return attr{found: true, w: f.antecedent(), end: v}
		}
		if unresolvedPronouns[w] {
			return attr{found: true, end: v}
		}
		break
	}
	var last *cand
	for i := range f.cands[p] {
		c := &f.cands[p][i]
		if c.s >= a && c.e <= end && !f.insideQuote(p, c.s) {
			last = c
		}
	}
	if last == nil {
		// role-only subject: "Para analis", "Politikus PAN itu"
		npStart := lastBoundary(text, a, end)
		nts := f.tk(text, npStart, end)
		if len(nts) == 0 || len(nts) > 6 {
			return attr{}
		}
		for _, t := range nts {
			if has(conjunctions, text[t.s:t.e]) {
				return attr{}
			}
		}
		return f.npSpeaker(p, npStart, end)
	}
	gap := text[last.e:end]
	if f.gapOK(gap) {
		npStart := lastBoundary(text, a, last.s)
		// "Pelatih asal Spanyol itu": the phrase ends in "itu"
		gts := f.tk(text, last.e, end)
		for _, t := range gts {
			if w := lower(text[t.s:t.e]); (w == "itu" || w == "tersebut") && last.typ != "person" {
				return attr{found: true, w: f.antecedent(), end: v}
			}
		}
		return f.npSpeaker(p, npStart, last.e)
	}
	// "Kim tidak menyebut nama Trump tetapi mengatakan …": the verb takes
	// the subject of the sentence.
	for i := len(ts) - 1; i >= 0; i-- {
		w := lower(text[ts[i].s:ts[i].e])
		if fillers[w] {
			continue
		}
		if conjunctions[w] {
			for j := range f.cands[p] {
				c := &f.cands[p][j]
				if c.s >= a && c.e <= end && !f.insideQuote(p, c.s) {
					if c.typ == "place" && f.modifier(p, a, c) {
						return attr{}
					}
					w := f.resolve(p, c)
					return attr{found: true, w: w, end: v}
				}
			}
		}
		break
	}
	return attr{}
}

// gapOK reports whether the text between a subject and its verb is only
// fillers, an appositive or a relative clause.
func (f *finder) gapOK(gap string) bool {
	g := strings.TrimSpace(gap)
	if g == "" {
		return true
	}
	if strings.HasPrefix(g, ",") {
		rest := strings.TrimSpace(g[1:])
		for _, r := range []string{"yang ", "who ", "which ", "whose "} {
			if strings.HasPrefix(strings.ToLower(rest), r) {
				return true
			}
		}
	}
	ts := f.tk(g, 0, len(g))
	for _, t := range ts {
		w := lower(g[t.s:t.e])
		if !fillers[w] && !isDigit(w[0]) {
			return false
		}
	}
	return !strings.ContainsAny(g, ".;:")
}

// dropTitleDots returns the text of ts with the dots of abbreviated
// titles ("Capt.", "Sen.") removed, so they do not read as sentence ends.
func dropTitleDots(text string, ts []tok) string {
	if len(ts) == 0 {
		return ""
	}
	var b strings.Builder
	for i, t := range ts {
		b.WriteString(text[t.s:t.e])
		if i+1 < len(ts) {
			gap := text[t.e:ts[i+1].s]
			if gap == ". " && has(titles, text[t.s:t.e]) {
				gap = " "
			}
			b.WriteString(gap)
		}
	}
	return b.String()
}

// lastBoundary is the end of the last clause break (comma, dash, dateline
// separator) in text[a:e], or a.
func lastBoundary(text string, a, e int) int {
	best := a
	for _, sep := range []string{",", " - ", " -- ", " — ", " – "} {
		if k := strings.LastIndex(text[a:e], sep); k >= 0 && a+k+len(sep) > best {
			best = a + k + len(sep)
		}
	}
	return best
}
