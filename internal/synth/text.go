package synth

import (
	"strconv"
	"strings"
	"sync"
	"time"
)

// Template slots.
const (
	sLit int8 = iota - 1
	sActor
	sRole
	sActor2
	sRole2
	sPlace
	sCity
	sProv
	sOrg
	sNum
	sNum2
	sKw
	sNoun
	sStage
	sDay
	sDate
	sTime
)

var slotNames = map[string]int8{
	"actor": sActor, "role": sRole, "actor2": sActor2, "role2": sRole2, "place": sPlace, "city": sCity,
	"prov": sProv, "org": sOrg, "num": sNum, "num2": sNum2, "kw": sKw, "noun": sNoun, "stage": sStage,
	"day": sDay, "date": sDate, "time": sTime,
}

type piece struct {
	lit  string
	slot int8
}

// tmpl is a parsed template: literals and slots.
type tmpl []piece

func parse(s string) tmpl {
	var t tmpl
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			t = append(t, piece{lit: s, slot: sLit})
			break
		}
		if i > 0 {
			t = append(t, piece{lit: s[:i], slot: sLit})
		}
		j := strings.IndexByte(s[i:], '}')
		slot, ok := slotNames[s[i+1:i+j]]
		if !ok {
			panic("synth: unknown template slot in " + s)
		}
		t = append(t, piece{slot: slot})
		s = s[i+j+1:]
	}
	return t
}

func parseAll(list []string) []tmpl {
	out := make([]tmpl, len(list))
	for i, s := range list {
		out[i] = parse(s)
	}
	return out
}

// byLang holds a value for Indonesian [0] and English [1].
type byLang[T any] [2]T

type parsedTopic struct {
	nouns, kws                   byLang[[]string]
	stages                       byLang[[]string]
	titles, leads, facts, quotes byLang[[]tmpl]
}

// Parsed vocabularies: built once at init, read-only afterwards.
var (
	ptopics    = parseTopics()
	background = byLang[[]tmpl]{parseAll(backgroundID), parseAll(backgroundEN)}
	inserts    = byLang[[]tmpl]{parseAll(insertID), parseAll(insertEN)}
	says       = byLang[[]tmpl]{parseAll(saysID), parseAll(saysEN)}
	quotesGen  = byLang[[]tmpl]{parseAll(quotesGenID), parseAll(quotesGenEN)}
	fillSubj   = byLang[[]string]{fillSubjID, fillSubjEN}
	fillQual   = byLang[[]string]{fillQualID, fillQualEN}
	fillVerb   = byLang[[]string]{fillVerbID, fillVerbEN}
	fillObj    = byLang[[]string]{fillObjID, fillObjEN}
	fillMod    = byLang[[]string]{fillModID, fillModEN}
	fillPrep   = byLang[[]string]{fillPrepID, fillPrepEN}
	fillWhere  = byLang[[]string]{fillWhereID, fillWhereEN}
	fillTail   = byLang[[]string]{fillTailID, fillTailEN}
	openers    = byLang[[]string]{openID, openEN}
	closers    = byLang[[]string]{closeID, closeEN}
	roles      = byLang[[]string]{rolesID, rolesEN}
	daysEN     = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	days       = byLang[[]string]{daysID, daysEN}
)

func parseTopics() []parsedTopic {
	out := make([]parsedTopic, len(topics))
	for i, t := range topics {
		out[i] = parsedTopic{
			nouns:  byLang[[]string]{t.nounID, t.nounEN},
			kws:    byLang[[]string]{t.kwID, t.kwEN},
			stages: byLang[[]string]{t.stagesID, t.stagesEN},
			titles: byLang[[]tmpl]{parseAll(t.titlesID), parseAll(t.titlesEN)},
			leads:  byLang[[]tmpl]{parseAll(t.leadsID), parseAll(t.leadsEN)},
			facts:  byLang[[]tmpl]{parseAll(t.factsID), parseAll(t.factsEN)},
			quotes: byLang[[]tmpl]{parseAll(t.quotesID), parseAll(t.quotesEN)},
		}
	}
	return out
}

// generator turns a plan into articles, reusing its buffers.
type generator struct {
	p     *plan
	body  []byte
	ends  []int // end offset of each paragraph in body
	title []byte
	out   []byte
	// per-sentence context
	ev      *event
	lang    int
	r       *rng
	a1      int // index into ev.actors
	a2      int
	noun    string
	scrat   []byte
	fillers byLang[[]string]
	// statements and facts already used in this article (bit sets)
	usedFacts, usedBack, usedQuotes uint64
}

func newGenerator(p *plan) *generator {
	return &generator{p: p, body: make([]byte, 0, 8<<10), out: make([]byte, 0, 8<<10), fillers: fillerPool()}
}

func (g *generator) article(i int) Article {
	it := g.p.items[i]
	ev := &g.p.events[it.event]
	lang := 0
	if it.en {
		lang = 1
	}
	a := Article{
		ID:     articleID(i),
		Outlet: outlets(it.en)[it.outlet],
		Lang:   [2]string{"id", "en"}[lang],
		Event:  ev.label,
		Story:  ev.storyLbl,
	}
	zone := WIB
	if it.en && it.outlet%2 == 0 {
		zone = time.UTC
	}
	a.Published = time.Unix(it.at, 0).In(zone)

	src := i
	if it.dup >= 0 {
		src = int(it.dup)
		a.DuplicateOf = articleID(src)
	}
	g.content(src, ev, lang)
	if it.dup >= 0 {
		a.Edits = g.edit(i, ev, lang)
	}
	a.Title = string(g.title)
	a.Text, a.Furniture = g.dress(i, a, lang)
	return a
}

// content writes the title and paragraphs of the original article src.
// It depends only on the seed, src, the event and the language, so a
// reprint can rebuild its original. The text is built in a local slice
// (not through g.body) to keep pointer writes out of the hot loop.
func (g *generator) content(src int, ev *event, lang int) {
	r := newRNG(g.p.seed, src, saltBody)
	g.ev, g.lang, g.r = ev, lang, r
	t := &ptopics[ev.topic]
	g.noun = pick(r, t.nouns[lang])
	g.pickActors()
	g.title = capFirst(g.render(g.title[:0], t.titles[lang][r.intn(len(t.titles[lang]))]))
	b, ends := g.body[:0], g.ends[:0]
	target := 2000 + r.intn(3000)
	g.usedFacts, g.usedBack, g.usedQuotes = 0, 0, 0

	// Lead: what, where, when; then a fact.
	b = g.sentence(b, t.leads[lang][r.intn(len(t.leads[lang]))])
	b = append(b, ' ')
	b = g.fact(b, t)
	ends = append(ends, len(b))
	if ev.stage > 0 {
		b = g.followUp(b, t)
		ends = append(ends, len(b))
	}
	for len(b) < target-150 {
		g.pickActors()
		switch k := r.intn(20); {
		case k < 4: // a statement, often with context
			b = g.quote(b, t)
			b = append(b, ' ')
			b = g.filler(b)
		case k < 6:
			b = g.fact(b, t)
			b = append(b, ' ')
			b = g.filler(b)
		case k < 8:
			if i := draw(r, len(background[lang]), &g.usedBack); i >= 0 {
				b = g.sentence(b, background[lang][i])
				b = append(b, ' ')
			}
			b = g.filler(b)
		case k < 9:
			b = g.quote(b, t)
			b = append(b, ' ')
			b = g.quote(b, t)
		default: // colour: two or three filler sentences
			b = g.filler(b)
			b = append(b, ' ')
			b = g.filler(b)
			if r.intn(2) == 0 {
				b = append(b, ' ')
				b = g.filler(b)
			}
		}
		ends = append(ends, len(b))
	}
	b = append(b, pick(r, closers[lang])...)
	ends = append(ends, len(b))
	g.body, g.ends = b, ends
}

func (g *generator) pickActors() {
	r := g.r
	g.a1 = r.intn(len(g.ev.actors))
	g.a2 = otherIndex(r, 0, len(g.ev.actors))
}

// sentence renders a template as a sentence.
func (g *generator) sentence(b []byte, t tmpl) []byte {
	start := len(b)
	b = g.render(b, t)
	capFirst(b[start:])
	return b
}

// fillerPoolSize is the number of prepared filler sentences per language;
// two articles of ~40 fillers share about 0.2 whole sentences on average.
const fillerPoolSize = 8192

// fillerPool holds filler sentences made once, on first use, from a fixed
// seed: picking a prepared sentence is several times faster than building
// one word by word, and just as varied for the reader and for MinHash.
var fillerPool = sync.OnceValue(func() byLang[[]string] {
	var pool byLang[[]string]
	r := newRNG(0x66696c6c, 0, 0)
	var b []byte
	for l := range pool {
		pool[l] = make([]string, fillerPoolSize)
		for i := range pool[l] {
			b = makeFiller(b[:0], r, l)
			pool[l][i] = string(b)
		}
	}
	return pool
})

// filler appends one prepared filler sentence.
func (g *generator) filler(b []byte) []byte {
	return append(b, g.fillers[g.lang][g.r.intn(fillerPoolSize)]...)
}

// makeFiller builds a sentence word by word: [opener] subject [qualifier]
// verb object modifier preposition place [qualifier]. Each slot is drawn
// on its own from lists of 10–30 words, so two articles rarely share a
// run of three words; Indonesian puts modifiers after the noun, English
// before it.
func makeFiller(b []byte, r *rng, l int) []byte {
	start := len(b)
	if r.intn(3) == 0 {
		b = append(b, pick(r, openers[l])...)
		b = append(b, ' ')
	}
	if l == 1 && r.intn(2) == 0 {
		b = append(b, pick(r, fillQual[l])...)
		b = append(b, ' ')
	}
	b = append(b, pick(r, fillSubj[l])...)
	if l == 0 && r.intn(2) == 0 {
		b = append(b, ' ')
		b = append(b, pick(r, fillQual[l])...)
	}
	b = append(b, ' ')
	b = append(b, pick(r, fillVerb[l])...)
	b = append(b, ' ')
	if l == 0 {
		b = append(b, pick(r, fillObj[l])...)
		b = append(b, ' ')
		b = append(b, pick(r, fillMod[l])...)
	} else {
		b = append(b, "the "...)
		b = append(b, pick(r, fillMod[l])...)
		b = append(b, ' ')
		b = append(b, pick(r, fillObj[l])...)
	}
	b = append(b, ' ')
	b = append(b, pick(r, fillPrep[l])...)
	b = append(b, ' ')
	b = append(b, pick(r, fillWhere[l])...)
	if r.intn(2) == 0 {
		b = append(b, ' ')
		b = append(b, pick(r, fillTail[l])...)
	}
	capFirst(b[start:])
	return append(b, '.')
}

// draw picks an index in [0,n) not yet in used (n <= 64), or -1.
func draw(r *rng, n int, used *uint64) int {
	start := r.intn(n)
	for k := range n {
		i := (start + k) % n
		if *used&(1<<i) == 0 {
			*used |= 1 << i
			return i
		}
	}
	return -1
}

// fact states one of the topic's facts not used yet, or a filler.
func (g *generator) fact(b []byte, t *parsedTopic) []byte {
	if f := draw(g.r, len(t.facts[g.lang]), &g.usedFacts); f >= 0 {
		return g.sentence(b, t.facts[g.lang][f])
	}
	return g.filler(b)
}

// quote attributes a statement not used yet in this article to an actor,
// or falls back to a filler.
func (g *generator) quote(b []byte, t *parsedTopic) []byte {
	r, l := g.r, g.lang
	own := len(t.quotes[l])
	k := draw(r, own+len(quotesGen[l]), &g.usedQuotes)
	var qt tmpl
	switch {
	case k < 0:
		return g.filler(b)
	case k < own:
		qt = t.quotes[l][k]
	default:
		qt = quotesGen[l][k-own]
	}
	actor := &g.ev.actors[g.a1]
	role := roles[l][actor.role]
	switch k := r.intn(3); {
	case k == 0:
		b = append(b, '"')
		b = g.sentence(b, qt)
		b = append(b, ",\" "...)
		if l == 0 {
			b = g.render(b, pick(r, says[l]))
			b = append(b, ' ')
			b = append(b, actor.name...)
			b = append(b, ", "...)
			b = append(b, role...)
		} else {
			b = append(b, actor.name...)
			b = append(b, ", the "...)
			b = append(b, role...)
			b = append(b, ", "...)
			b = g.render(b, pick(r, says[l]))
		}
	case k == 1 && l == 0:
		start := len(b)
		b = append(b, role...)
		capFirst(b[start:])
		b = append(b, ' ')
		b = append(b, actor.name...)
		b = append(b, " mengatakan "...)
		b = g.render(b, qt)
	case k == 1:
		b = append(b, actor.name...)
		b = append(b, ", a "...)
		b = append(b, role...)
		b = append(b, " in "...)
		b = append(b, g.ev.city...)
		b = append(b, ", said "...)
		b = g.render(b, qt)
	default:
		b = append(b, [2]string{"Menurut ", "According to "}[l]...)
		b = append(b, actor.name...)
		b = append(b, ", "...)
		b = g.render(b, qt)
	}
	return append(b, '.')
}

// followUp links a later event of a storyline to the one before.
func (g *generator) followUp(b []byte, t *parsedTopic) []byte {
	st := t.stages[g.lang]
	prev, cur := st[(g.ev.stage-1)%len(st)], st[g.ev.stage%len(st)]
	if g.lang == 0 {
		b = append(b, "Peristiwa ini menyusul "...)
		b = append(b, g.noun...)
		b = append(b, " di "...)
		b = append(b, g.ev.place...)
		b = append(b, " beberapa hari sebelumnya, ketika "...)
		b = append(b, prev...)
		b = append(b, ". Kini "...)
	} else {
		b = append(b, "It follows the "...)
		b = append(b, g.noun...)
		b = append(b, " in "...)
		b = append(b, g.ev.place...)
		b = append(b, " days earlier, when "...)
		b = append(b, prev...)
		b = append(b, ". Now "...)
	}
	b = append(b, cur...)
	return append(b, '.')
}

// render appends template t filled from the current event.
func (g *generator) render(b []byte, t tmpl) []byte {
	ev, l := g.ev, g.lang
	for _, p := range t {
		switch p.slot {
		case sLit:
			b = append(b, p.lit...)
		case sActor:
			b = append(b, g.ev.actors[g.a1].name...)
		case sRole:
			b = append(b, roles[l][g.ev.actors[g.a1].role]...)
		case sActor2:
			b = append(b, g.ev.actors[g.a2].name...)
		case sRole2:
			b = append(b, roles[l][g.ev.actors[g.a2].role]...)
		case sPlace:
			b = append(b, ev.place...)
		case sCity:
			b = append(b, ev.city...)
		case sProv:
			b = append(b, ev.prov...)
		case sOrg:
			b = append(b, ev.org...)
		case sNum:
			b = strconv.AppendInt(b, int64(ev.num), 10)
		case sNum2:
			b = strconv.AppendInt(b, int64(ev.num2), 10)
		case sKw:
			b = append(b, ptopics[ev.topic].kws[l][0]...)
			b = append(b, ' ')
			b = append(b, ev.kwName...)
		case sNoun:
			b = append(b, g.noun...)
		case sStage:
			st := ptopics[ev.topic].stages[l]
			b = append(b, st[ev.stage%len(st)]...)
		case sDay:
			b = append(b, days[l][ev.at.In(WIB).Weekday()]...)
		case sDate:
			at := ev.at.In(WIB)
			b = strconv.AppendInt(b, int64(at.Day()), 10)
			b = append(b, '/')
			b = strconv.AppendInt(b, int64(at.Month()), 10)
		case sTime:
			at := ev.at.In(WIB)
			b = appendClock(b, at, [2]byte{'.', ':'}[l])
			if l == 0 {
				b = append(b, " WIB"...)
			}
		}
	}
	return b
}

func appendClock(b []byte, t time.Time, sep byte) []byte {
	h, m := t.Hour(), t.Minute()
	b = append(b, byte('0'+h/10), byte('0'+h%10), sep, byte('0'+m/10), byte('0'+m%10))
	return b
}

// edit changes the rebuilt original into reprint i and says how.
func (g *generator) edit(i int, ev *event, lang int) []string {
	r := newRNG(g.p.seed, i, saltEdit)
	g.r = r
	edits := []string{"outlet"}
	t := &ptopics[ev.topic]
	if r.float() < 0.7 {
		old := string(g.title)
		for range 8 {
			g.title = capFirst(g.render(g.title[:0], t.titles[lang][r.intn(len(t.titles[lang]))]))
			if string(g.title) != old {
				edits = append(edits, "title")
				break
			}
		}
	}
	if r.float() < 0.25 {
		// Swap the lead sentence for another lead template.
		end := g.ends[0]
		lead := g.body[:end]
		if dot := strings.Index(string(lead), ". "); dot > 0 {
			g.scrat = g.render(g.scrat[:0], t.leads[lang][r.intn(len(t.leads[lang]))])
			capFirst(g.scrat)
			g.replace(0, dot+1, g.scrat)
			edits = append(edits, "rewritten lead")
		}
	}
	if r.float() < 0.4 && len(g.ends) > 3 {
		// Drop the last paragraph.
		n := len(g.ends)
		g.body = g.body[:g.ends[n-2]]
		g.ends = g.ends[:n-1]
		edits = append(edits, "cut last paragraph")
	}
	if r.float() < 0.5 {
		g.pickActors()
		g.scrat = capFirst(g.render(g.scrat[:0], inserts[lang][r.intn(len(inserts[lang]))]))
		at := 1 + r.intn(len(g.ends)-1)
		g.insertPara(at, g.scrat)
		edits = append(edits, "inserted line")
	}
	return edits
}

// replace replaces body[from:to] with s, fixing paragraph ends.
func (g *generator) replace(from, to int, s []byte) {
	delta := len(s) - (to - from)
	rest := append([]byte(nil), g.body[to:]...)
	g.body = append(append(g.body[:from], s...), rest...)
	for k := range g.ends {
		if g.ends[k] >= to {
			g.ends[k] += delta
		}
	}
}

// insertPara inserts paragraph s before paragraph k.
func (g *generator) insertPara(k int, s []byte) {
	start := g.ends[k-1]
	rest := append([]byte(nil), g.body[start:]...)
	g.body = append(append(g.body[:start], s...), rest...)
	g.ends = append(g.ends, 0)
	copy(g.ends[k+1:], g.ends[k:])
	g.ends[k] = start + len(s)
	for j := k + 1; j < len(g.ends); j++ {
		g.ends[j] += len(s)
	}
}

// dress joins the paragraphs into the final text, adding the outlet's
// furniture when asked.
func (g *generator) dress(i int, a Article, lang int) (string, []string) {
	out := g.out[:0]
	var furniture []string
	fur := g.p.opts.Furniture
	r := newRNG(g.p.seed, i, saltDress)
	it := g.p.items[i]
	style := int(it.outlet) % 3
	if fur && style == 1 {
		start := len(out)
		out = appendHeader(out, a, lang)
		furniture = append(furniture, string(out[start:]))
		out = append(out, "\n\n"...)
	}
	prev := 0
	readAlso := -1
	if fur && len(g.ends) > 3 {
		readAlso = 1 + r.intn(len(g.ends)-2)
	}
	for k, end := range g.ends {
		if k > 0 {
			out = append(out, "\n\n"...)
		}
		if k == readAlso {
			start := len(out)
			out = append(out, [2]string{"Baca juga: ", "Read also: "}[lang]...)
			out = g.otherTitle(out, r, lang)
			furniture = append(furniture, string(out[start:]))
			out = append(out, "\n\n"...)
		}
		if k == 0 && fur && style != 1 {
			start := len(out)
			out = appendDateline(out, a, g.ev.city, lang, style)
			furniture = append(furniture, string(out[start:]))
		}
		out = append(out, g.body[prev:end]...)
		prev = end
	}
	if fur {
		for _, line := range footer(r, a, lang) {
			out = append(out, "\n\n"...)
			out = append(out, line...)
			furniture = append(furniture, line)
		}
	}
	g.out = out
	return string(out), furniture
}

// appendHeader: "Outlet | Selasa, 31/12/2019 18:19 WIB".
func appendHeader(b []byte, a Article, lang int) []byte {
	t := a.Published
	b = append(b, a.Outlet...)
	b = append(b, " | "...)
	b = append(b, days[lang][t.Weekday()]...)
	b = append(b, ", "...)
	if lang == 0 {
		b = appendPad2(b, t.Day())
		b = append(b, '/')
		b = appendPad2(b, int(t.Month()))
		b = append(b, '/')
	} else {
		b = append(b, t.Month().String()...)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(t.Day()), 10)
		b = append(b, ", "...)
	}
	b = strconv.AppendInt(b, int64(t.Year()), 10)
	b = append(b, ' ')
	b = appendClock(b, t, ':')
	b = append(b, ' ')
	zone, _ := t.Zone()
	return append(b, zone...)
}

// appendDateline: "Jakarta, Outlet -- " or "JAKARTA (Outlet) - ".
func appendDateline(b []byte, a Article, city string, lang, style int) []byte {
	if lang == 1 || style == 2 {
		b = append(b, strings.ToUpper(city)...)
		b = append(b, " ("...)
		b = append(b, a.Outlet...)
		return append(b, ") - "...)
	}
	b = append(b, city...)
	b = append(b, ", "...)
	b = append(b, a.Outlet...)
	return append(b, " -- "...)
}

func footer(r *rng, a Article, lang int) []string {
	year := strconv.Itoa(a.Published.Year())
	var lines []string
	if lang == 0 {
		switch r.intn(3) {
		case 0:
			lines = append(lines, "Penerjemah: "+personName(r))
		case 1:
			lines = append(lines, "Editor: "+personName(r))
		}
		lines = append(lines, "Copyright © "+a.Outlet+" "+year)
	} else {
		if r.intn(2) == 0 {
			lines = append(lines, "Reporting by "+personName(r)+"; Editing by "+personName(r))
		}
		lines = append(lines, "Copyright © "+year+" "+a.Outlet+". All rights reserved.")
	}
	return lines
}

// otherTitle appends a headline of another event (for "Baca juga:").
func (g *generator) otherTitle(b []byte, r *rng, lang int) []byte {
	ev, l, rr, noun, a1, a2 := g.ev, g.lang, g.r, g.noun, g.a1, g.a2
	g.ev = &g.p.events[r.intn(len(g.p.events))]
	g.lang, g.r = lang, r
	t := &ptopics[g.ev.topic]
	g.noun = pick(r, t.nouns[lang])
	g.pickActors()
	start := len(b)
	b = g.render(b, t.titles[lang][r.intn(len(t.titles[lang]))])
	capFirst(b[start:])
	g.ev, g.lang, g.r, g.noun, g.a1, g.a2 = ev, l, rr, noun, a1, a2
	return b
}

func appendPad2(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

// capFirst upper-cases the first byte if it is an ASCII letter.
func capFirst(b []byte) []byte {
	if len(b) > 0 && b[0] >= 'a' && b[0] <= 'z' {
		b[0] -= 'a' - 'A'
	}
	return b
}

// lowerFirst lower-cases the first byte of b when the second is lower
// case too (so names and acronyms keep their capitals).
func lowerFirst(b []byte) {
	if len(b) > 1 && b[0] >= 'A' && b[0] <= 'Z' && b[1] >= 'a' && b[1] <= 'z' {
		b[0] += 'a' - 'A'
	}
}
