package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cand is a candidate mention found in one paragraph, before the
// article-level merge.
type cand struct {
	para       int
	a, b       int // token range in the paragraph
	start, end int // byte offsets
	text       string
	key        string // normal key of the text
	first      string // normal form of the first and last word (for surname merging)
	last       string
	typ        string
	entry      int32 // gazetteer entry, or -1
	weak       bool  // gazetteer surname alias
	single     bool  // one unknown word: resolved against the article's names
	needKnown  bool  // keep only when it resolves to a name the article confirms elsewhere
	acronym    bool  // unknown word in capitals
	personCue  bool  // speech verb or role next to it
	placeCue   bool  // place preposition before it
	orgCue     bool  // a word for a company or body before it ("software company X")
	role       string
	defTo      int // index of the candidate this one is defined as ("X (ABC)"), or -1
	// resolved
	id, name string
	drop     bool
}

// finder holds the per-call state of Find.
type finder struct {
	lang  string
	tz    tokenizer
	norm  string // the current paragraph's normal string
	cands []cand
}

// item is a piece of a capitalised run: a gazetteer match or one unknown word.
type item struct {
	a, b int
	ref  gRef
	gaz  bool
}

// abbreviations whose dot does not end a sentence.
var noStopAbbrev = wordSet(`mr mrs ms dr prof gen sen rep gov lt col st jl no vs h hj ir drs jr sr capt sgt maj adm`)

// Find returns the entity mentions of an article: the title (Paragraph -1)
// and the paragraphs, in text order. lang is "id", "en" or "" (unknown).
func Find(lang, title string, paragraphs []string) []Mention {
	f := &finder{lang: lang}
	size := len(title)
	for _, p := range paragraphs {
		size += len(p)
	}
	f.cands = make([]cand, 0, size/40+8)
	if title != "" {
		f.scan(-1, title)
	}
	for i, p := range paragraphs {
		f.scan(i, p)
	}
	f.merge()
	var out []Mention
	for i := range f.cands {
		c := &f.cands[i]
		if c.drop {
			continue
		}
		m := Mention{Text: c.text, ID: c.id, Name: c.name, Type: c.typ, Role: c.role,
			Paragraph: c.para, Start: c.start, End: c.end}
		if c.entry >= 0 && strings.HasPrefix(c.id, gaz.entries[c.entry].Type+":") {
			m.Govt = Govt(c.id)
		} else if e, ok := Lookup(c.id); ok {
			m.Govt = Govt(e.ID)
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Paragraph != out[j].Paragraph {
			return out[i].Paragraph < out[j].Paragraph
		}
		return out[i].Start < out[j].Start
	})
	return out
}

// scan finds candidate mentions in one paragraph.
func (f *finder) scan(para int, s string) {
	tz := &f.tz
	tz.tokenize(s)
	toks := tz.toks
	norm := tz.norm
	if len(toks) == 0 {
		return
	}
	base := len(f.cands)    // this paragraph's candidates are f.cands[base:]
	normStr := string(norm) // one copy per paragraph: word forms are substrings of it
	f.norm = normStr
	n := func(i int) string { return normStr[toks[i].ns:toks[i].ne] }
	isW := func(i int) bool { return i >= 0 && i < len(toks) && toks[i].kind == tWord }

	// sentence starts
	for i := range toks {
		if toks[i].kind != tWord {
			continue
		}
		if i == 0 {
			toks[i].sent = true
			continue
		}
		p := toks[i-1]
		if p.kind != tPunct {
			continue
		}
		switch p.punct {
		case '.':
			if i >= 2 && toks[i-2].kind == tWord && toks[i-2].end == p.start && noStopAbbrev[n(i-2)] {
				continue
			}
			toks[i].sent = true
		case '!', '?', ':', ';', '"', '“', '”', '‘', '\'', '(', '[', '—', '–', '-', '•', '|', '«', '»', '·', '…':
			toks[i].sent = true
		}
	}
	// title-case or all-caps stretches (headlines, headings, "Baca juga"
	// lines): capitalisation is no evidence there. Only the title and
	// paragraphs that do not end like prose qualify.
	titleCase := make([]bool, len(toks))
	if para < 0 || !endsLikeProse(s) {
		for i := 0; i < len(toks); {
			j := i + 1
			for j < len(toks) && !(toks[j].kind == tPunct && (toks[j].punct == '.' || toks[j].punct == '!' || toks[j].punct == '?' || toks[j].punct == ':' || toks[j].punct == '|')) {
				j++
			}
			words, caps := 0, 0
			for k := i; k < j; k++ {
				if toks[k].kind != tWord || !hasLetter(s[toks[k].start:toks[k].end]) {
					continue
				}
				nk := n(k)
				if connectors[nk] || andWords[nk] || placePreps[nk] || nk == "untuk" || nk == "the" || nk == "a" || nk == "yang" {
					continue
				}
				words++
				if toks[k].cap {
					caps++
				}
			}
			if words >= 3 && caps*10 >= words*7 {
				for k := i; k < j; k++ {
					titleCase[k] = true
				}
			}
			i = j + 1
		}
	}

	isCap := func(i int) bool {
		if !isW(i) || !toks[i].cap {
			return false
		}
		if w := n(i); calendar[w] {
			// "Jun Alcantara", "Jan Egeland": a short month name that is
			// also a given name, before a capitalised word and no number
			return calendarNames[w] && isW(i+1) && toks[i+1].cap && !calendar[n(i+1)] && !isNumber(n(i+1)) && !(i > 0 && isW(i-1) && isNumber(n(i-1)))
		}
		return true
	}

	for i := 0; i < len(toks); {
		if !isCap(i) {
			i++
			continue
		}
		// capitalised run [a, b)
		a, b := i, i+1
		for b < len(toks) {
			if isCap(b) && !(toks[b].sent && b > a) {
				b++
				continue
			}
			if isW(b) && connectors[n(b)] && isCap(b+1) && !toks[b].cap {
				b += 2
				continue
			}
			if isW(b) && andWords[n(b)] && isCap(b+1) && !toks[b+1].sent && (orgHeads[n(a)] || roleHeads[n(a)]) {
				// "Badan Meteorologi Klimatologi dan Geofisika", "Menteri Komunikasi dan Digital"
				b += 2
				continue
			}
			if b+2 < len(toks) && toks[b].kind == tPunct && toks[b].punct == ',' && isCap(b+1) && b+3 < len(toks) {
				// "Badan Meteorologi, Klimatologi, dan Geofisika": a list inside an organisation name;
				// "Meteorology, Climatology and Geophysical Agency": a list ended by an organisation word
				if k := orgList(toks, b, n, isCap); k > b && (orgHeads[n(a)] && b-a >= 2 || orgTails[n(k-1)] && !gazWords(a, k, n)) {
					b = k
					continue
				}
			}
			if isW(b) && andWords[n(b)] && isCap(b+1) && !toks[b+1].sent && f.lang != "id" && hasOrgHead(a, b, n) && !orgHeads[n(a)] {
				// "California Department of Forestry and Fire Protection"
				b += 2
				continue
			}
			if b+3 < len(toks) && toks[b].kind == tPunct && toks[b].punct == '(' && isCap(b+1) && toks[b+2].kind == tPunct && toks[b+2].punct == ')' && isCap(b+3) && orgTails[n(b+3)] && hasOrgHead(a, b, n) {
				// "PT Jasa Marga (Persero) Tbk"
				b += 4
				continue
			}
			break
		}
		f.run(para, s, a, b, titleCase, n)
		i = b
	}

	// definitions "X (ABC)" and apposition roles
	cs := f.cands
	for ci := base; ci < len(cs); ci++ {
		c := &cs[ci]
		if c.b+2 < len(toks) && toks[c.b].kind == tPunct && toks[c.b].punct == '(' && toks[c.b+2].kind == tPunct && toks[c.b+2].punct == ')' {
			for cj := ci + 1; cj < len(cs); cj++ {
				d := &cs[cj]
				if d.para == para && d.a == c.b+1 && d.b == c.b+2 {
					define(cs, ci, cj)
					break
				}
			}
		}
	}
	for ci := base; ci < len(cs); ci++ {
		c := &cs[ci]
		if c.typ != "person" && !c.single {
			continue
		}
		if r := roleBefore(s, toks, c.a, n, cs, para); r != "" {
			c.role = r
			c.personCue = true
		} else if r := roleAfter(s, toks, c.b, n); r != "" {
			c.role = r
			c.personCue = true
		}
		if c.a > 0 && isW(c.a-1) && speechBefore[n(c.a-1)] || isW(c.b) && speechAfter[n(c.b)] {
			c.personCue = true
		}
		if c.a > 0 && isW(c.a-1) && placePreps[n(c.a-1)] {
			c.placeCue = true
		}
		if c.single && c.a > 0 && isW(c.a-1) && !toks[c.a-1].cap && orgNouns[n(c.a-1)] {
			c.orgCue = true
		}
		// "Suparno (52)": an age
		if c.b+2 < len(toks) && toks[c.b].kind == tPunct && toks[c.b].punct == '(' && isW(c.b+1) && isNumber(n(c.b+1)) && toks[c.b+2].kind == tPunct {
			c.personCue = true
		}
	}
	// "penasihat Trump, Robert O'Brien": the role belongs to the second name
	for ci := base; ci < len(cs); ci++ {
		c := &cs[ci]
		if c.role == "" || c.b >= len(toks) || toks[c.b].kind != tPunct || toks[c.b].punct != ',' {
			continue
		}
		for cj := ci + 1; cj < len(cs); cj++ {
			if d := &cs[cj]; d.para == para && d.a == c.b+1 && d.typ == "person" {
				c.role = ""
				break
			}
		}
	}
}

var andWords = wordSet(`dan and &`)

// endsLikeProse reports whether a paragraph ends with sentence punctuation.
func endsLikeProse(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '”' || r == '’' || r == '\'' || r == ')'
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == ','
}

// orgList returns the end of a ", X, dan Y" continuation of an
// organisation name starting at the comma at b, or b.
func orgList(toks []token, b int, n func(int) string, isCap func(int) bool) int {
	k := b
	for k+1 < len(toks) && toks[k].kind == tPunct && toks[k].punct == ',' && isCap(k+1) {
		k += 2
		for isCap(k) {
			k++
		}
	}
	if k+2 < len(toks) && toks[k].kind == tPunct && toks[k].punct == ',' && toks[k+1].kind == tWord && andWords[n(k+1)] && isCap(k+2) {
		k++ // a serial comma: ", dan Y"
	}
	if k+1 < len(toks) && toks[k].kind == tWord && andWords[n(k)] && isCap(k+1) {
		k += 2
		for isCap(k) {
			k++
		}
		return k
	}
	return b
}

// hasOrgHead reports whether a word of [a, b) starts an organisation name.
func hasOrgHead(a, b int, n func(int) string) bool {
	for k := a; k < b; k++ {
		if orgHeads[n(k)] {
			return true
		}
	}
	return false
}

// gazWords reports whether a word of [a, b) is a gazetteer name by itself.
func gazWords(a, b int, n func(int) string) bool {
	for k := a; k < b; k++ {
		if w := n(k); w != "" {
			if _, ok := gaz.phrases[w]; ok {
				return true
			}
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// define links "X (ABC)" (candidates xi and wi): when one side is known
// and the other is not, the unknown side takes the known side's entity.
func define(cs []cand, xi, wi int) {
	x, w := &cs[xi], &cs[wi]
	switch {
	case x.entry >= 0 && w.entry >= 0:
		return
	case w.entry < 0 && (x.entry >= 0 || !x.needKnown && !x.single && x.typ == "org" || !x.needKnown && !x.single && x.typ == "person" && initialsMatch(x.text, w.text)):
		if x.entry >= 0 && gaz.entries[x.entry].Type == "place" {
			return
		}
		if !w.acronym && !w.single {
			return
		}
		w.defTo = xi
		w.needKnown = false
		w.single = false
	case w.entry >= 0 && !w.weak && x.entry < 0 && x.typ != "place" && (x.b-x.a >= 2 || initialsMatch(x.text, w.text)):
		x.entry = w.entry
		x.typ = gaz.entries[w.entry].Type
		x.needKnown = false
		x.single = false
	}
}

// initialsMatch reports whether the letters of abbr appear, in order, among
// the initials of the words of name.
func initialsMatch(name, abbr string) bool {
	var ini []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !isWordRune(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		ini = append(ini, unicode.ToLower(r))
	}
	k := 0
	for _, r := range strings.ToLower(abbr) {
		for k < len(ini) && ini[k] != r {
			k++
		}
		if k == len(ini) {
			return false
		}
		k++
	}
	return true
}

// run splits the capitalised run [a, b) into gazetteer matches and
// unknown names.
func (f *finder) run(para int, s string, a, b int, titleCase []bool, n func(int) string) {
	toks := f.tz.toks
	norm := f.norm
	var items []item
	var buf [16]item
	items = buf[:0]
	for p := a; p < b; {
		best, bestRef := 0, gRef{}
		for q := p + 1; q <= b && q-p <= 12; q++ {
			key := norm[toks[p].ns:toks[q-1].ne]
			if !gaz.prefixes[key] {
				break
			}
			if r, ok := gaz.phrases[key]; ok {
				if r.acronym && !allUpper(toks[p:q]) {
					continue
				}
				if r.weak && toks[p].upper {
					// "Komisi XI": a roman numeral, not the surname Xi
					continue
				}
				best, bestRef = q, r
			}
		}
		if best > 0 {
			items = append(items, item{a: p, b: best, ref: bestRef, gaz: true})
			p = best
			continue
		}
		items = append(items, item{a: p, b: p + 1})
		p++
	}
	// absorb a weak gazetteer surname into a preceding unknown given name:
	// "Melania Trump" is not "Trump".
	for k := 1; k < len(items); k++ {
		it := items[k]
		if it.gaz && it.ref.weak && !items[k-1].gaz && !isCommonForm(n(items[k-1].a)) && !roleHeads[n(items[k-1].a)] && !roleWords[n(items[k-1].a)] && !roleMods[n(items[k-1].a)] {
			items[k] = item{a: it.a, b: it.b}
		}
	}
	for k := 0; k < len(items); {
		it := items[k]
		if it.gaz {
			e := &gaz.entries[it.ref.entry]
			// "Kementerian Luar Negeri Rusia": a ministry followed by another country
			if e.Kind == "ministry" && k+1 < len(items) && items[k+1].gaz {
				if e2 := &gaz.entries[items[k+1].ref.entry]; e2.Kind == "country" && e2.ID != "place:indonesia" {
					f.addUnknown(para, s, it.a, items[k+1].b, "org", false)
					k += 2
					continue
				}
			}
			c := f.newCand(para, s, it.a, it.b)
			c.entry = it.ref.entry
			c.weak = it.ref.weak
			c.typ = e.Type
			k++
			continue
		}
		// a gap of unknown words
		ga := it.a
		kk := k
		for kk < len(items) && !items[kk].gaz {
			kk++
		}
		gb := items[kk-1].b
		next := -1
		if kk < len(items) {
			next = kk
		}
		k = kk
		c0 := len(f.cands)
		end := f.gap(para, s, ga, gb, titleCase, n, items, next)
		f.placePrefix(s, c0, ga)
		if end > gb {
			for k < len(items) && items[k].a < end {
				k++
			}
		}
	}
}

// placePrefix joins an English organisation name to the city, state or
// region right before it ("California Department of Forestry", "Jakarta
// Police Department"): cands[c0] is the first candidate made from a gap
// starting at token ga, and the place before it is dropped.
func (f *finder) placePrefix(s string, c0, ga int) {
	if f.lang == "id" || c0 < 1 || c0 >= len(f.cands) {
		return
	}
	c, p := &f.cands[c0], &f.cands[c0-1]
	if c.typ != "org" || c.a != ga || !orgHeads[c.first] || p.para != c.para || p.b != ga || p.entry < 0 {
		return
	}
	if e := &gaz.entries[p.entry]; e.Type != "place" || e.Kind == "country" {
		return
	}
	toks := f.tz.toks
	c.a, c.start = p.a, p.start
	c.text = s[c.start:c.end]
	c.key = f.norm[toks[c.a].ns:toks[c.b-1].ne]
	c.first = p.first
	f.cands = append(f.cands[:c0-1], f.cands[c0:]...)
}

func allUpper(ts []token) bool {
	for _, t := range ts {
		if !t.upper && !(t.cap && t.end-t.start == 1) {
			return false
		}
	}
	return true
}

// gap classifies the unknown words [ga, gb) of a run. items and next
// describe the run around it (next is the index of the item after the gap,
// or -1). It returns the token offset up to which the run is consumed
// (past gb when following gazetteer names were absorbed into an
// organisation or place name).
func (f *finder) gap(para int, s string, ga, gb int, titleCase []bool, n func(int) string, items []item, next int) int {
	toks := f.tz.toks
	// a title inside the gap: "Finance Minister Hendra", "Japanese Defence Minister X"
	for k := gb - 2; k > ga; k-- {
		if roleHeads[n(k)] && !orgHeads[n(k)] && !roleHeads[n(k+1)] {
			ok := true
			for j := ga; j < k; j++ {
				if orgHeads[n(j)] || placeHeads[n(j)] {
					ok = false
					break
				}
			}
			if ok {
				ga = k
				break
			}
		}
	}
	// strip a leading title or role: "Presiden", "Menteri Luar Negeri", "Secretary of State"
	stripped, region, orgRole := false, false, false
	for ga < gb {
		w := n(ga)
		if roleHeads[w] || roleMods[w] {
			region = region || regionHeads[w]
			orgRole = orgRole || orgRoles[w]
			ga++
			stripped = true
			continue
		}
		if stripped && (roleWords[w] || andWords[w]) && !orgHeads[w] {
			ga++
			continue
		}
		break
	}
	if ga < gb && miscHeads[n(ga)] && !givenNames[n(ga)] {
		// "Program Makan Bergizi Gratis", "Operation X" at a sentence start
		return gb
	}
	// sentence-initial or title-case: strip common words
	for ga < gb && (toks[ga].sent || titleCase[ga] || ga > 0 && toks[ga-1].sent && common[n(ga-1)]) {
		w := n(ga)
		if orgHeads[w] || placeHeads[w] {
			break
		}
		if !isCommonForm(w) && !connectors[w] {
			break
		}
		ga++
	}
	for ga < gb && connectors[n(ga)] {
		ga++
	}
	// a name never ends with a title: "Russian President" before "Vladimir Putin"
	for gb > ga && (roleHeads[n(gb-1)] || roleMods[n(gb-1)] || connectors[n(gb-1)]) && !orgTails[n(gb-1)] {
		gb--
	}
	if ga >= gb {
		return gb
	}
	first, last := n(ga), n(gb-1)
	if miscHeads[first] {
		// laws, programmes, storms, competitions: not entities here
		return gb
	}
	initial := toks[ga].sent || titleCase[ga]
	// "Bupati Batu Raya Samsul Bahri": a regional title takes a place name
	if region && gb-ga >= 3 {
		k := ga + 1
		if gb-ga >= 4 {
			k = ga + 2
		}
		f.addUnknown(para, s, ga, k, "place", titleCase[ga])
		ga = k
		first = n(ga)
	}
	// "Wedbush Securities Priya Raman", "PT Bank Permata Tbk Rizky Ananda":
	// the last organisation word followed by a name ends the organisation
	for k := gb - 2; k > ga; k-- {
		if orgTails[n(k)] && toks[k+1].kind == tWord && toks[k+1].cap && !connectors[n(k+1)] {
			f.addUnknown(para, s, ga, k+1, "org", titleCase[ga])
			return f.gap(para, s, k+1, gb, titleCase, n, items, next)
		}
	}
	// "Direktur Eksekutif Lembaga Survei X Agus Salim", "CEO Acme Daniel
	// Smith": a personal name after an organisation name
	if k := f.personSplit(ga, gb, n, orgRole, next); k > ga {
		f.addUnknown(para, s, ga, k, "org", titleCase[ga])
		return f.gap(para, s, k, gb, titleCase, n, items, next)
	}
	// "Priya Raman of Wedbush Securities", "Dale Whitcomb of Montana"
	if !orgHeads[first] && !placeHeads[first] {
		for k := ga + 1; k < gb-1; k++ {
			if w := n(k); (w == "of" || w == "from") && !toks[k].cap && (!orgTails[last] || k-ga <= 3 && (stripped || givenNames[first])) && !hasOrgHead(ga, k, n) {
				f.gap(para, s, ga, k, titleCase, n, items, -1)
				c := len(f.cands)
				end := f.gap(para, s, k+1, gb, titleCase, n, items, next)
				for ; c < len(f.cands); c++ {
					if f.cands[c].single {
						f.cands[c].placeCue = true
					}
				}
				return end
			}
		}
	}
	enOrg := f.lang != "id" && gb-ga >= 3 && orgHeads[n(ga+1)] && !givenNames[first] // "Oregon Department of Transportation"
	switch {
	case orgHeads[first] || orgTails[last] && gb-ga > 1 || enOrg, placeHeads[first] && gb-ga > 1 || placeHeads[first] && next >= 0 && items[next].a == gb:
		typ := "org"
		if !orgHeads[first] && !orgTails[last] && !enOrg {
			typ = "place"
		}
		end := gb
		// absorb the gazetteer names that follow in the run:
		// "Komisi XI DPR", "Kedutaan Besar AS", "Stadion Utama Gelora Bung Karno"
		for k := next; k >= 0 && k < len(items) && items[k].a == end && items[k].gaz; k++ {
			e := &gaz.entries[items[k].ref.entry]
			if typ == "org" && e.Type == "place" && e.Kind != "country" {
				break // "Kementerian Unifikasi Seoul": the city stays separate
			}
			end = items[k].b
		}
		if gb-ga == 1 && (end == gb || initial) {
			// a bare "Partai" or "Komite": only as a reference to a known name
			c := f.addUnknown(para, s, ga, gb, "org", true)
			c.single = true
			return gb
		}
		if typ == "place" && gb-ga == 1 && end == items[next].b && gaz.entries[items[next].ref.entry].Type == "place" {
			// "Kota Bogor", "Pulau Bali": the gazetteer place with its class word
			c := f.newCand(para, s, ga, end)
			c.entry = items[next].ref.entry
			c.typ = "place"
			return end
		}
		c := f.addUnknown(para, s, ga, end, typ, titleCase[ga])
		if r, ok := gaz.phrases[normalize(c.text)]; ok && !r.weak {
			// "Badan Meteorologi, Klimatologi, dan Geofisika"
			c.entry = r.entry
			c.typ = gaz.entries[r.entry].Type
		}
		return end
	}
	allCommon := true
	for k := ga; k < gb; k++ {
		if !isCommonForm(n(k)) {
			allCommon = false
			break
		}
	}
	if allCommon {
		return gb
	}
	if gb-ga == 1 {
		c := f.addUnknown(para, s, ga, gb, "", false)
		c.single = true
		c.acronym = toks[ga].upper
		c.needKnown = initial || c.acronym
		return gb
	}
	c := f.addUnknown(para, s, ga, gb, "person", false)
	c.needKnown = titleCase[ga]
	if ga > 0 && toks[ga-1].kind == tWord {
		if w := n(ga - 1); w == "di" || w == "ke" || w == "in" || w == "at" || w == "near" || w == "menuju" {
			c.typ = "place"
			if w == "at" && ga >= 2 && toks[ga-2].kind == tWord && isRoleNoun(n(ga-2)) {
				// "analysts at Goldman Sachs": people work at an organisation
				c.typ = "org"
			}
		}
	}
	return gb
}

// personSplit returns where a personal name begins inside the unknown
// words [ga, gb) that start with an organisation name, or -1. The name is
// the last two or three words, starting with a known given name, and the
// run must end there; the organisation keeps its head and at least one
// more word ("Universitas X Budi Santoso"). After a role that heads an
// organisation ("CEO", "direktur", "analyst"), an unknown organisation
// word may come first ("CEO Acme Daniel Smith").
func (f *finder) personSplit(ga, gb int, n func(int) string, orgRole bool, next int) int {
	toks := f.tz.toks
	if next >= 0 || gb-ga < 3 {
		return -1
	}
	lo := ga + 2
	if !orgHeads[n(ga)] {
		if !orgRole || gb-ga > 4 || givenNames[n(ga)] {
			return -1
		}
		lo = ga + 1
	}
	for k := lo; k <= gb-2; k++ {
		if gb-k > 3 || !givenNames[n(k)] {
			continue
		}
		ok := true
		for j := k; j < gb; j++ {
			w := n(j)
			if !toks[j].cap || orgHeads[w] || orgTails[w] || placeHeads[w] || roleHeads[w] || roleWords[w] || connectors[w] || isCommonForm(w) {
				ok = false
				break
			}
			if _, isGaz := gaz.phrases[w]; isGaz && j > k {
				ok = false
				break
			}
		}
		if ok {
			return k
		}
	}
	return -1
}

func (f *finder) newCand(para int, s string, a, b int) *cand {
	toks := f.tz.toks
	norm := f.norm
	f.cands = append(f.cands, cand{
		para: para, a: a, b: b, start: toks[a].start, end: toks[b-1].end,
		text:  s[toks[a].start:toks[b-1].end],
		key:   norm[toks[a].ns:toks[b-1].ne],
		first: norm[toks[a].ns:toks[a].ne],
		last:  norm[toks[b-1].ns:toks[b-1].ne],
		entry: -1, defTo: -1,
	})
	return &f.cands[len(f.cands)-1]
}

func (f *finder) addUnknown(para int, s string, a, b int, typ string, needKnown bool) *cand {
	c := f.newCand(para, s, a, b)
	c.typ = typ
	c.needKnown = needKnown
	return c
}
