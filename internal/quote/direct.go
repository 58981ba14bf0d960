package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// direct attributes the quotation q, which opens in sentence ss.
func (f *finder) direct(q *qspan, ss [2]int) bool {
	p0 := q.segs[0].p
	lp := q.last().p
	text := f.paras[lp]
	// after the closing mark, to the end of its sentence or the next quotation
	var r attr
	if q.close < len(text) {
		end := f.sentenceAt(lp, q.close-1)[1]
		if end <= q.close {
			end = f.sentenceAt(lp, q.close)[1]
		}
		for i := range f.quotes {
			o := &f.quotes[i]
			if o.segs[0].p == lp && o.open >= q.close && o.open < end {
				end = o.open
				break
			}
		}
		if end > q.close {
			r = f.after(lp, q.close, end)
		}
	}
	if !r.found {
		r = f.before(p0, ss, q.open)
	}
	if !r.found && f.continues(p0, ss, q) {
		r = attr{found: true, w: f.lastQuote}
	}
	if !r.found {
		return false
	}
	f.emit(r.w, quoteText(f.paras, q), true, r.via, p0)
	if r.w.ok {
		f.lastQuote, f.lastQuoteP = r.w, lp
	}
	// the sentences holding the quotation and its attribution are used up
	if p0 == lp {
		f.consumed[p0] = append(f.consumed[p0], [2]int{ss[0], max(r.end, q.close)})
	} else {
		f.consumed[p0] = append(f.consumed[p0], [2]int{ss[0], len(f.paras[p0])})
		for p := p0 + 1; p < lp; p++ {
			f.consumed[p] = append(f.consumed[p], [2]int{0, len(f.paras[p])})
		}
		f.consumed[lp] = append(f.consumed[lp], [2]int{0, max(r.end, q.close)})
	}
	return true
}

// before reads an attribution ahead of the opening mark: "X mengatakan,
// “…”", "X berkata: "…"", "Menurut X, “…”", "A spokesperson said: "…"".
func (f *finder) before(p int, ss [2]int, open int) attr {
	text := f.paras[p]
	r := strings.TrimRight(text[ss[0]:open], " \t")
	if r == "" {
		return attr{}
	}
	colon := strings.HasSuffix(r, ":")
	comma := strings.HasSuffix(r, ",")
	if colon || comma {
		r = r[:len(r)-1]
	}
	end := ss[0] + len(r)
	ts := f.tk(text, ss[0], end)
	if len(ts) == 0 {
		return attr{}
	}
	lt := ts[len(ts)-1]
	lw := lower(text[lt.s:lt.e])
	if (sayVerbs[lw] || quoteVerbs[lw]) && !namingVerbs[lw] {
		if len(ts) >= 2 && has(negations, text[ts[len(ts)-2].s:ts[len(ts)-2].e]) {
			return attr{}
		}
		a := f.subject(p, ss, lt.s)
		a.end = open
		return a
	}
	w0 := lower(text[ts[0].s:ts[0].e])
	if comma && w0 == "menurut" && len(ts) > 1 {
		a := f.npSpeaker(p, ts[1].s, end)
		a.end = open
		return a
	}
	if comma && w0 == "according" && len(ts) > 2 && lower(text[ts[1].s:ts[1].e]) == "to" {
		a := f.npSpeaker(p, ts[2].s, end)
		a.end = open
		return a
	}
	if colon && postVerbs[w0] && len(ts) > 1 {
		a := f.npSpeaker(p, ts[1].s, end)
		a.end = open
		return a
	}
	if colon && len(ts) <= 5 {
		// "Kim: “…”" — a name alone before a colon
		a := f.npSpeaker(p, ts[0].s, end)
		if a.named {
			a.end = open
			return a
		}
	}
	return attr{}
}

// continues reports whether q is a whole-sentence quotation without
// attribution that goes on with the last speaker, as in
// "“…,” katanya kepada ABC. / “Jika …”".
func (f *finder) continues(p int, ss [2]int, q *qspan) bool {
	if !f.lastQuote.ok || f.lastQuoteP < p-1 {
		return false
	}
	if strings.TrimSpace(f.paras[p][ss[0]:q.open]) != "" {
		return false
	}
	lp := q.last().p
	text := f.paras[lp]
	if q.close < len(text) {
		end := f.sentenceAt(lp, q.close-1)[1]
		rest := strings.TrimSpace(text[q.close:max(end, q.close)])
		if strings.Trim(rest, ".!?,;") != "" {
			return false
		}
	}
	in := strings.TrimSpace(quoteText(f.paras, q))
	return len(in) > 20 && strings.Contains(in, " ")
}

// indirect finds reported speech in a sentence that holds no attributed
// quotation.
func (f *finder) indirect(p int, ss [2]int) {
	text := f.paras[p]
	a, b := ss[0], ss[1]
	f.toks = tokens(f.toks[:0], text, a, b)
	ts := f.toks
	if len(ts) < 4 {
		return
	}
	found := false
	for _, t := range ts {
		w := text[t.s:t.e]
		if c := w[0]; c >= 'A' && c <= 'Z' {
			if t.s != a {
				continue
			}
			w = lower(w)
		}
		if trigger[w] {
			found = true
			break
		}
	}
	if !found {
		return
	}
	ts = append([]tok(nil), ts...)
	// (i) "Menurut X, …" / "…, menurut X." / "according to X"
	for i, t := range ts {
		if f.insideQuote(p, t.s) {
			continue
		}
		w := lower(text[t.s:t.e])
		np := -1
		if w == "menurut" && i+1 < len(ts) {
			np = i + 1
		} else if w == "according" && i+2 < len(ts) && lower(text[ts[i+1].s:ts[i+1].e]) == "to" {
			np = i + 2
		}
		if np < 0 {
			continue
		}
		comma := f.nextComma(p, ts[np].s, b)
		npE := f.npEnd(p, text, ts[np:], ts[np].s, b)
		if comma >= 0 && comma < npE {
			npE = comma
		}
		r := f.npSpeaker(p, ts[np].s, npE)
		if !r.found {
			continue
		}
		var content string
		if i == 0 || strings.TrimSpace(text[a:t.s]) == "" || (comma >= 0 && strings.HasSuffix(strings.TrimSpace(text[a:t.s]), ",") == false && i < 4) {
			if comma < 0 {
				continue
			}
			content = text[comma+1 : b]
		} else {
			content = strings.TrimRight(strings.TrimSpace(text[a:t.s]), ",")
		}
		f.emit(r.w, trimEnd(content), false, "", p)
		return
	}
	// (ii) "…, kata X." / "…, X said." / "…, said X." / "X, kata Y, …"
	for c := f.nextComma(p, a, b); c >= 0; c = f.nextComma(p, c+1, b) {
		ce := f.nextComma(p, c+1, b)
		if ce < 0 {
			ce = b
		}
		cts := f.tk(text, c+1, ce)
		if len(cts) == 0 || len(cts) > 14 {
			continue
		}
		r, ok := f.clauseAttr(p, cts, ce)
		if !ok {
			continue
		}
		content := strings.TrimSpace(text[a:c])
		if ce < b {
			content += " " + strings.TrimSpace(text[ce+1:b])
		}
		if len(f.tk(content, 0, len(content))) < 3 {
			continue
		}
		f.emit(r.w, trimEnd(content), false, r.via, p)
		return
	}
	// (ii-b) "X kept rates on hold, saying (that) …": a participle clause
	// reports the sentence subject's words
	for i, t := range ts {
		if i < 2 || !participles[lower(text[t.s:t.e])] || f.insideQuote(p, t.s) {
			continue
		}
		if !strings.HasSuffix(strings.TrimSpace(text[ts[i-1].e:t.s]), ",") {
			continue
		}
		start := t.e
		if i+1 < len(ts) && lower(text[ts[i+1].s:ts[i+1].e]) == "that" {
			start = ts[i+1].e
		}
		content := strings.TrimLeft(text[start:b], " ,:")
		if len(f.tk(content, 0, len(content))) < 3 {
			break
		}
		r, ok := f.headSubject(p, ts[:i])
		if !ok {
			break
		}
		f.emit(r.w, trimEnd(content), false, "", p)
		return
	}
	// (iii) "X mengatakan (bahwa) …", "X said (that) …"
	for i, t := range ts {
		if f.insideQuote(p, t.s) {
			continue
		}
		w := lower(text[t.s:t.e])
		qv := quoteVerbs[w]
		if !sayVerbs[w] && !qv {
			continue
		}
		if i == 0 || has(negations, text[ts[i-1].s:ts[i-1].e]) {
			continue
		}
		if namingVerbs[w] && (strings.Contains(text[t.e:b], " sebagai ") || strings.Contains(text[t.e:b], " as ")) {
			return
		}
		if qv && !f.quoteIn(p, t.e, b) {
			continue
		}
		r := f.subject(p, ss, t.s)
		if !r.found {
			return
		}
		start := t.e
		for j := i + 1; j < len(ts) && j <= i+7; j++ {
			x := lower(text[ts[j].s:ts[j].e])
			if x == "bahwa" || x == "that" {
				start = ts[j].e
				break
			}
			if !fillers[x] && !objectWords[x] && !isUpperStart(text[ts[j].s:ts[j].e]) {
				break
			}
		}
		content := strings.TrimLeft(text[start:b], " ,:")
		if len(f.tk(content, 0, len(content))) < 2 {
			return
		}
		via := ""
		if w == "told" {
			via = f.viaName(p, t.e, min(b, t.e+60))
		}
		f.emit(r.w, trimEnd(content), qv, via, p)
		return
	}
}

// headSubject finds the subject heading a sentence whose words before a
// participle clause are ts: a pronoun first word, or the first person or
// organisation named before the main verb (a lower-case word right after
// the name), past any dateline ("JAKARTA, May 21 (Reuters) - ").
func (f *finder) headSubject(p int, ts []tok) (attr, bool) {
	text := f.paras[p]
	if len(ts) == 0 {
		return attr{}, false
	}
	if w := lower(text[ts[0].s:ts[0].e]); pronouns[w] {
		return attr{found: true, w: f.antecedent()}, true
	}
	end := ts[len(ts)-1].e
	for i := range f.cands[p] {
		c := &f.cands[p][i]
		if c.s < ts[0].s || c.e > end || f.insideQuote(p, c.s) || c.s > 0 && text[c.s-1] == '(' {
			continue
		}
		if c.typ != "person" && c.typ != "org" {
			continue
		}
		rest := strings.TrimLeft(text[c.e:end], " ")
		if len(rest) == len(text[c.e:end]) || rest == "" {
			return attr{}, false // no space after the name: a list or a possessive
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsLower(r) {
			return attr{}, false
		}
		k := strings.IndexAny(rest, " ,")
		if k < 0 {
			k = len(rest)
		}
		if w := rest[:k]; npStops[w] || w == "of" || conjunctions[w] {
			return attr{}, false
		}
		return attr{found: true, named: true, w: f.resolve(p, c)}, true
	}
	return attr{}, false
}

// clauseAttr reads a short attribution clause set off by commas.
func (f *finder) clauseAttr(p int, cts []tok, ce int) (attr, bool) {
	text := f.paras[p]
	w0 := lower(text[cts[0].s:cts[0].e])
	if _, nya := verbBase(w0); nya || w0 == "katanya" {
		if len(cts) > 6 {
			return attr{}, false
		}
		return attr{found: true, w: f.antecedent(), via: f.via(p, cts[0].e, ce)}, true
	}
	if postVerbs[w0] && w0 != "told" && w0 != "reported" && w0 != "asked" && w0 != "quoted" && w0 != "posted" {
		if len(cts) < 2 {
			return attr{}, false
		}
		e := f.npEnd(p, text, cts[1:], cts[1].s, ce)
		r := f.npSpeaker(p, cts[1].s, e)
		if !r.found {
			return attr{}, false
		}
		rest := f.tk(text, e, ce)
		if len(rest) > 8 || !postVerbsID[w0] && len(rest) > 0 {
			return attr{}, false
		}
		r.via = f.via(p, cts[0].e, ce)
		return r, true
	}
	for k := 1; k < len(cts) && k <= 6; k++ {
		w := lower(text[cts[k].s:cts[k].e])
		if !postVerbs[w] || postVerbsID[w] {
			continue
		}
		if len(cts)-k-1 > 5 {
			return attr{}, false
		}
		for _, t := range cts[k+1:] {
			if x := lower(text[t.s:t.e]); x == "that" || x == "bahwa" {
				return attr{}, false
			}
		}
		for _, t := range cts[:k] {
			if has(conjunctions, text[t.s:t.e]) {
				return attr{}, false
			}
		}
		r := f.npSpeaker(p, cts[0].s, cts[k].s)
		if !r.found {
			return attr{}, false
		}
		r.via = f.via(p, cts[k].e, ce)
		return r, true
	}
	return attr{}, false
}

// nextComma finds the next comma outside quotations and brackets in [a, b).
func (f *finder) nextComma(p, a, b int) int {
	text := f.paras[p]
	depth := 0
	for i := a; i < b; i++ {
		switch text[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 && !f.insideQuote(p, i) && !(i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1])) && !f.inMention(p, i) {
				return i
			}
		}
	}
	return -1
}

// inMention reports whether offset i of paragraph p falls inside an entity
// mention ("Badan Meteorologi, Klimatologi, dan Geofisika").
func (f *finder) inMention(p, i int) bool {
	if p >= len(f.cands) {
		return false
	}
	for _, c := range f.cands[p] {
		if c.mention && c.s < i && i < c.e {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (f *finder) quoteIn(p, a, b int) bool {
	for _, r := range f.inQuote[p] {
		if r[0] >= a && r[0] < b {
			return true
		}
	}
	return false
}

func trimEnd(s string) string {
	s = strings.TrimSpace(s)
	return strings.TrimRight(s, ".,; ")
}

// objectWords may stand between a reporting verb and "bahwa"/"that".
var objectWords = set("kepada", "wartawan", "media", "reporters", "the", "to", "journalists", "a", "news", "conference", "parliament", "lawmakers", "told", "di")
