package when

import "time"

// rawKind is the shape of a date expression before it is resolved.
type rawKind uint8

const (
	rExplicit   rawKind = iota + 1 // full date, maybe a time: st
	rDayMonth                      // day and month, no year: d, mo, wd, rel (direction), off (kemarin)
	rMonthYear                     // mo, y
	rMonthRel                      // mo, rel
	rYear                          // y
	rYearPart                      // y, part
	rMonthPart                     // mo, y or rel, part
	rRelDay                        // off days from base
	rAgo                           // n units before (off -1) or after (off +1) base
	rPast                          // the last n units up to base
	rPeriod                        // the week/month/year off periods from base's
	rPeriodPart                    // part of that period
	rWeekday                       // wd, rel (modifier)
)

// Month and day-month directions, weekday modifiers.
const (
	relBare     = iota // month: latest not after base's month; day: nearest
	relThisYear        // in base's year
	relLastYear        // in the year before base's
	relNextYear        // in the year after base's
	relPast            // latest strictly before base (weekday, month, day)
	relFuture          // first strictly after base
	relThisWeek        // weekday in base's week
)

// Parts of a period.
const (
	partNone    = iota
	partEarly   // awal, early, beginning of
	partMid     // pertengahan, mid, middle of
	partLate    // akhir, late, end of
	partEarlier // earlier this ...: start of period up to base
	partLater   // later this ...: after base to end of period
	partWeekend // akhir pekan, weekend
)

// raw is a matched date expression.
type raw struct {
	kind       rawKind
	start, end int // byte span of the whole expression
	core       int // byte offset after leading prepositions (pada, hari, on, in)
	wdStart    int // byte span of the weekday word of rWeekday
	wdEnd      int
	st         stamp
	y, mo, d   int
	wd         int // time.Weekday+1, 0 none
	n          int
	u          unit
	off        int
	rel        int
	part       int
	since      bool
	marked     bool // rDayMonth introduced by kemarin / hari ini
	coreTok    int  // token index of core
	endTok     int  // token index after the expression
}

// candidate is a cheap filter: only numbers and table words start a mention.
func candidate(t *token) bool {
	if t.kind == tNum {
		return true
	}
	if t.kind != tWord {
		return false
	}
	return t.w.start
}

// isConnective reports whether token i joins two date expressions:
// "2018 dan 2019", "Senin, Selasa", "2018-2019".
func (p *parser) isConnective(i int) bool {
	if i < 0 || i >= p.n() {
		return false
	}
	switch p.kw(i) {
	case kwConj, kwTrigger:
		return true
	}
	return p.punct(i, ',') || p.punct(i, '-') || p.punct(i, '/') ||
		(p.toks[i].kind == tPunct && p.s[p.toks[i].s:p.toks[i].e] == "\u2013")
}

// scan finds date expressions left to right and calls emit for each.
func (p *parser) scan(loc *time.Location, emit func(*raw)) {
	lastEnd := -1 // token index just after the last mention
	var r raw     // reused: emit must not keep the pointer
	for i := 0; i < p.n(); {
		if !candidate(&p.toks[i]) {
			i++
			continue
		}
		chain := lastEnd >= 0 && lastEnd == i-1 && p.isConnective(i-1)
		var end int
		var ok bool
		r, end, ok = p.mentionAt(i, chain)
		if !ok {
			i++
			continue
		}
		emit(&r)
		lastEnd = end
		i = end
	}
}

// mentionAt matches one expression at token i, with its prepositions.
func (p *parser) mentionAt(i int, chain bool) (r raw, end int, ok bool) {
	j := i
	since := false
	if k := p.kw(j); k == kwSejak || k == kwSince {
		since = true
		j++
	}
	trig := since || chain || p.kw(i-1) == kwTrigger || p.kw(i-1) == kwFrom
	switch p.kw(j) {
	case kwPada, kwOn, kwIn, kwTanggal:
		trig = true
		j++
	}
	hari := false
	if p.kw(j) == kwHari && p.weekday(j+1, false) != 0 {
		hari = true
		j++
	}
	if j >= p.n() {
		return r, 0, false
	}
	r, end, ok = p.coreAt(j, trig, hari)
	if !ok {
		return r, 0, false
	}
	r.start = int(p.toks[i].s)
	r.core = int(p.toks[j].s)
	r.end = int(p.toks[end-1].e)
	r.coreTok, r.endTok = j, end
	r.since = since
	return r, end, true
}

// coreAt matches the expression proper at j. trig tells that a
// preposition or a neighbouring date allows a bare year or month.
func (p *parser) coreAt(j int, trig, hari bool) (r raw, end int, ok bool) {
	t := &p.toks[j]
	if canStartExplicit(t) {
		if st, e, ok := p.explicitAt(j); ok {
			if k := p.kw(e); (k == kwLalu && !p.hasKw(e, kwKemarin)) || k == kwSilam {
				e++ // "20 Oktober 2015 lalu"
			}
			return raw{kind: rExplicit, st: st}, e, true
		}
	}
	if r, e, ok := p.dayMonthAt(j); ok {
		return r, e, true
	}
	if t.kind == tNum {
		if r, e, ok := p.agoAt(j); ok {
			return r, e, true
		}
		if y, ok := p.num(j, 4, 4); ok && y >= 1900 && y <= 2199 && !p.glued(j+1) {
			e := j + 1
			k := p.kw(e)
			if k == kwLalu || k == kwSilam {
				e++
			} else if !trig {
				return r, 0, false
			}
			if p.adj(j) && p.toks[j-1].kind == tNum || p.adj(j+1) && p.toks[j+1].kind == tNum {
				return r, 0, false
			}
			return raw{kind: rYear, y: y}, e, true
		}
		return r, 0, false
	}
	if t.kind != tWord {
		return r, 0, false
	}
	w := &t.w
	if w.num != 0 {
		if r, e, ok := p.agoAt(j); ok {
			return r, e, true
		}
	}
	if w.kw == kwTahun { // tahun 2013
		if y, ok := p.num(j+1, 4, 4); ok && y >= 1000 && y <= 2999 && !p.glued(j+2) {
			e := j + 2
			if k := p.kw(e); k == kwLalu || k == kwSilam {
				e++
			}
			return raw{kind: rYear, y: y}, e, true
		}
	}
	if r, e, ok := p.relDayAt(j); ok {
		return r, e, true
	}
	if r, e, ok := p.periodAt(j); ok {
		return r, e, true
	}
	if r, e, ok := p.partAt(j); ok {
		return r, e, true
	}
	if r, e, ok := p.pastAt(j); ok {
		return r, e, true
	}
	if w.kw == kwBulan && p.month(j+1, true) != 0 {
		if r, e, ok := p.monthAt(j+1, true); ok {
			return r, e, true
		}
	}
	if w.mon != 0 {
		if r, e, ok := p.monthAt(j, trig); ok {
			return r, e, true
		}
	}
	return p.weekdayAt(j, hari)
}

// dayMonthAt matches a day and month without a year: "Sabtu (28/12)",
// "Sabtu, 28/12", "kemarin (29/12)", "Sabtu, 28 Desember", "28 Desember",
// "December 28".
func (p *parser) dayMonthAt(j int) (r raw, end int, ok bool) {
	k := j
	r.kind = rDayMonth
	if wd := p.weekday(j, false); wd != 0 {
		r.wd = wd
		k++
		if p.punct(k, ',') {
			k++
		}
	} else if p.hasKw(j, kwKemarin) {
		r.off, r.marked = -1, true
		k++
	} else if p.kw(j) == kwHari && p.kw(j+1) == kwIni {
		r.marked = true
		k += 2
	}
	marked := k > j
	if d, m, e, ok := p.slashDayMonth(k); ok && marked {
		r.d, r.mo = d, m
		return r, p.swallowDaypart(e), true
	}
	if r.marked {
		return r, 0, false // kemarin / hari ini need the d/m form
	}
	// 28 Desember, December 28 (the year was not there: explicitAt failed).
	if d, ok := p.num(k, 1, 2); ok {
		e := p.ordinal(k + 1)
		if p.kw(e) == kwOf {
			e++
		}
		m := p.month(e, true)
		if m == 0 || d < 1 || d > daysIn(2000, m) {
			return r, 0, false
		}
		e = p.afterAbbr(e + 1)
		if _, ok := p.num(e, 1, 4); ok { // "5 Mei 20": odd, leave it
			return r, 0, false
		}
		r.d, r.mo = d, m
		return r, p.dayMonthDir(&r, e), true
	}
	if m := p.month(k, true); m != 0 {
		e := p.afterAbbr(k + 1)
		d, ok := p.num(e, 1, 2)
		if !ok || d < 1 || d > daysIn(2000, m) || !p.toks[k].capit {
			return r, 0, false
		}
		e = p.ordinal(e + 1)
		if p.punct(e, ',') {
			if _, ok := p.num(e+1, 4, 4); ok {
				return r, 0, false // an impossible full date
			}
		}
		if _, ok := p.num(e, 1, 4); ok {
			return r, 0, false
		}
		if p.punct(e, ':') || p.punct(e, '.') && p.adj(e) && p.adj(e+1) {
			return r, 0, false
		}
		r.d, r.mo = d, m
		return r, p.dayMonthDir(&r, e), true
	}
	return r, 0, false
}

// dayMonthDir reads "ini", "lalu", "mendatang" after a day and month.
func (p *parser) dayMonthDir(r *raw, e int) int {
	switch p.kw(e) {
	case kwIni:
		r.rel = relThisYear
		return e + 1
	case kwLalu:
		r.rel = relPast
		return e + 1
	case kwMendatang, kwDepan:
		r.rel = relFuture
		return e + 1
	}
	return e
}

// slashDayMonth matches "(28/12)" or "28/12" that does not go on to a year.
func (p *parser) slashDayMonth(k int) (d, m, end int, ok bool) {
	paren := p.punct(k, '(')
	if paren {
		k++
	}
	d, ok1 := p.num(k, 1, 2)
	m, ok2 := p.num(k+2, 1, 2)
	if !ok1 || !ok2 || !p.punct(k+1, '/') || !p.adj(k+1) || !p.adj(k+2) {
		return 0, 0, 0, false
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(2000, m) {
		return 0, 0, 0, false
	}
	e := k + 3
	if p.punct(e, '/') && p.adj(e) {
		return 0, 0, 0, false
	}
	if paren {
		if !p.punct(e, ')') {
			return 0, 0, 0, false
		}
		e++
	}
	return d, m, e, true
}

// swallowDaypart includes "pagi", "malam", "dini hari", "night" after a day.
func (p *parser) swallowDaypart(e int) int {
	switch p.kw(e) {
	case kwDaypart, kwNight, kwMorning:
		return e + 1
	case kwDini:
		if p.kw(e+1) == kwHari {
			return e + 2
		}
	}
	return e
}

// count reads a count at j: digits (1..999) or a number word; a se- word
// ("sepekan") carries its unit. It returns the index after the unit.
func (p *parser) count(j int) (n int, u unit, end int, ok bool) {
	t := &p.toks[j]
	switch {
	case t.kind == tNum && t.nd <= 3 && t.val >= 1:
		n = int(t.val)
	case t.kind == tWord && t.w.num != 0:
		n = int(t.w.num)
		if t.w.unit != uNone {
			return n, t.w.unit, j + 1, true
		}
	default:
		return 0, 0, 0, false
	}
	if j+1 >= p.n() || p.toks[j+1].kind != tWord || p.toks[j+1].w.unit == uNone {
		return 0, 0, 0, false
	}
	return n, p.toks[j+1].w.unit, j + 2, true
}

// agoAt matches "2 hari yang lalu", "dua minggu lalu", "tiga tahun silam",
// "two weeks ago", "dua hari lagi", "sepekan terakhir".
func (p *parser) agoAt(j int) (r raw, end int, ok bool) {
	n, u, k, ok := p.count(j)
	if !ok {
		return r, 0, false
	}
	if p.toks[j].kind == tWord && (p.toks[j].w.num == 1 && !p.toks[j].capit && p.s[p.toks[j].s]|0x20 == 'a') {
		// "a week ago": fine; "a" alone is only a count before "ago".
		if p.kw(k) != kwAgo {
			return r, 0, false
		}
	}
	r = raw{n: n, u: u}
	switch p.kw(k) {
	case kwYang:
		if p.kw(k+1) == kwLalu && !p.hasKw(k+1, kwKemarin) {
			r.kind, r.off = rAgo, -1
			return r, k + 2, true
		}
	case kwLalu, kwSilam, kwAgo:
		r.kind, r.off = rAgo, -1
		return r, k + 1, true
	case kwLagi, kwMendatang:
		r.kind, r.off = rAgo, 1
		return r, k + 1, true
	case kwTerakhir:
		r.kind = rPast
		return r, k + 1, true
	case kwFrom:
		if p.kw(k+1) == kwNow {
			r.kind, r.off = rAgo, 1
			return r, k + 2, true
		}
	}
	return r, 0, false
}

// pastAt matches "the past two weeks", "last 3 days", "past week".
func (p *parser) pastAt(j int) (r raw, end int, ok bool) {
	k := j
	if p.kw(k) == kwThe {
		k++
	}
	if p.kw(k) != kwPast && p.kw(k) != kwLast {
		return r, 0, false
	}
	k++
	if k >= p.n() {
		return r, 0, false
	}
	if n, u, e, ok := p.count(k); ok {
		return raw{kind: rPast, n: n, u: u}, e, true
	}
	if p.kw(j) == kwThe && p.kw(j+1) == kwPast && p.toks[k].kind == tWord && p.toks[k].w.unit >= uDay {
		return raw{kind: rPast, n: 1, u: p.toks[k].w.unit}, k + 1, true
	}
	return r, 0, false
}

// relDayAt matches kemarin, hari ini, besok, lusa, yesterday, today,
// tomorrow, tonight, last night, malam ini, this morning.
func (p *parser) relDayAt(j int) (r raw, end int, ok bool) {
	r.kind = rRelDay
	t := &p.toks[j]
	switch t.w.kw {
	case kwYesterday:
		r.off = -1
		return r, j + 1, true
	case kwToday, kwTonight:
		return r, j + 1, true
	case kwBesok, kwTomorrow:
		r.off = 1
		return r, j + 1, true
	case kwLusa:
		r.off = 2
		return r, j + 1, true
	case kwHari, kwDaypart, kwMorning:
		if p.kw(j+1) == kwIni { // hari ini, malam ini, pagi ini
			return r, j + 2, true
		}
	case kwLast:
		if p.kw(j+1) == kwNight {
			r.off = -1
			return r, j + 2, true
		}
	case kwThis:
		if k := p.kw(j + 1); k == kwMorning || k == kwDaypart {
			return r, j + 2, true
		}
	}
	if t.w.kw2 == kwKemarin {
		// "kemarin" alone; "Minggu kemarin" etc. are handled by periodAt.
		r.off = -1
		return r, j + 1, true
	}
	return r, 0, false
}

// periodWord returns the unit of a period word: pekan/minggu/week,
// bulan/month, tahun/year.
func (p *parser) periodWord(j int) unit {
	if j < 0 || j >= p.n() || p.toks[j].kind != tWord {
		return uNone
	}
	switch u := p.toks[j].w.unit; u {
	case uWeek, uMonth, uYear:
		return u
	}
	return uNone
}

// periodAt matches "pekan lalu", "minggu ini", "bulan depan", "tahun lalu",
// "last week", "this month", "next year".
func (p *parser) periodAt(j int) (r raw, end int, ok bool) {
	r.kind = rPeriod
	if u := p.periodWord(j); u != uNone {
		switch p.kw(j + 1) {
		case kwLalu:
			r.u, r.off = u, -1
		case kwIni:
			r.u = u
		case kwDepan, kwMendatang:
			r.u, r.off = u, 1
		default:
			return r, 0, false
		}
		if p.hasKw(j+1, kwKemarin) && u != uWeek {
			return r, 0, false // "tahun kemarin" is colloquial; skip
		}
		return r, j + 2, true
	}
	switch p.kw(j) {
	case kwLast, kwThis, kwNext:
		u := p.periodWord(j + 1)
		if u == uNone || p.toks[j+1].w.wd != 0 {
			return r, 0, false
		}
		r.u = u
		switch p.kw(j) {
		case kwLast:
			r.off = -1
		case kwNext:
			r.off = 1
		}
		return r, j + 2, true
	}
	return r, 0, false
}

// partAt matches "akhir tahun ini", "awal bulan lalu", "pertengahan 2018",
// "akhir Desember", "akhir pekan", "end of this year", "early 2018",
// "mid-2018", "earlier this year", "the beginning of next month".
func (p *parser) partAt(j int) (r raw, end int, ok bool) {
	k := j
	part := partNone
	english := false
	if p.kw(k) == kwThe {
		k++
	}
	switch p.kw(k) {
	case kwAkhir:
		part = partLate
	case kwAwal:
		part = partEarly
	case kwPertengahan:
		part = partMid
	case kwEnd, kwBeginning, kwMiddle:
		if p.kw(k+1) != kwOf {
			return r, 0, false
		}
		switch p.kw(k) {
		case kwEnd:
			part = partLate
		case kwBeginning:
			part = partEarly
		default:
			part = partMid
		}
		english = true
		k++
	case kwEarly, kwLate, kwMid, kwEarlier, kwLater:
		switch p.kw(k) {
		case kwEarly:
			part = partEarly
		case kwLate:
			part = partLate
		case kwMid:
			part = partMid
		case kwEarlier:
			part = partEarlier
		default:
			part = partLater
		}
		english = true
		if p.kw(k) == kwMid && p.punct(k+1, '-') {
			k++
		}
	default:
		return r, 0, false
	}
	if k != j && !english {
		return r, 0, false // "the akhir": no
	}
	k++
	if k >= p.n() {
		return r, 0, false
	}
	r.part = part
	// a year
	if y, ok := p.num(k, 4, 4); ok && y >= 1000 && y <= 2999 && !p.glued(k+1) {
		if part == partEarlier || part == partLater {
			return r, 0, false
		}
		r.kind, r.y = rYearPart, y
		return r, k + 1, true
	}
	// tahun 2019
	if p.kw(k) == kwTahun {
		if y, ok := p.num(k+1, 4, 4); ok && y >= 1000 && y <= 2999 && part != partEarlier && part != partLater {
			r.kind, r.y = rYearPart, y
			return r, k + 2, true
		}
	}
	// a month
	if m := p.month(k, true); m != 0 && part != partEarlier && part != partLater {
		if mr, e, ok := p.monthAt(k, true); ok {
			mr.kind, mr.part = rMonthPart, part
			return mr, e, true
		}
		return r, 0, false
	}
	// a period: Indonesian "akhir tahun (ini|lalu|depan)?", English
	// "(the|this|last|next) year".
	r.kind = rPeriodPart
	if english {
		switch p.kw(k) {
		case kwThe, kwThis:
		case kwLast:
			r.off = -1
		case kwNext:
			r.off = 1
		default:
			return r, 0, false
		}
		u := p.periodWord(k + 1)
		if u == uNone || p.toks[k+1].w.wd != 0 {
			return r, 0, false
		}
		if (part == partEarlier || part == partLater) && r.off != 0 {
			return r, 0, false
		}
		r.u = u
		return r, k + 2, true
	}
	u := p.periodWord(k)
	if u == uNone {
		return r, 0, false
	}
	r.u = u
	e := k + 1
	switch p.kw(e) {
	case kwIni:
		e++
	case kwLalu:
		r.off = -1
		e++
	case kwDepan, kwMendatang:
		r.off = 1
		e++
	default:
		if y, ok := p.num(e, 4, 4); ok && u == uYear && y >= 1000 && y <= 2999 {
			return raw{kind: rYearPart, y: y, part: part}, e + 1, true
		}
	}
	if u == uWeek && part == partLate {
		r.part = partWeekend // akhir pekan: the weekend
	}
	return r, e, true
}

// monthAt matches a month at j: "Juni 2018", "June of 2018", "Februari
// tahun ini", "February last year", "Februari lalu", and with trig a bare
// "Juni".
func (p *parser) monthAt(j int, trig bool) (r raw, end int, ok bool) {
	m := p.month(j, true)
	if m == 0 {
		return r, 0, false
	}
	r.mo = m
	k := p.afterAbbr(j + 1)
	e := k
	if p.kw(e) == kwOf {
		e++
	}
	if y, ok := p.num(e, 4, 4); ok && y >= 1000 && y <= 2999 && !p.glued(e+1) {
		r.kind, r.y = rMonthYear, y
		e++
		if k := p.kw(e); k == kwLalu || k == kwSilam {
			e++
		}
		return r, e, true
	}
	r.kind = rMonthRel
	switch p.kw(k) {
	case kwTahun:
		switch p.kw(k + 1) {
		case kwIni:
			r.rel = relThisYear
		case kwLalu:
			r.rel = relLastYear
		case kwDepan, kwMendatang:
			r.rel = relNextYear
		default:
			if !p.hasKw(k+1, kwKemarin) {
				break
			}
			r.rel = relLastYear
		}
		if r.rel != relBare {
			return r, k + 2, true
		}
	case kwThis, kwLast, kwNext:
		if p.periodWord(k+1) == uYear {
			switch p.kw(k) {
			case kwThis:
				r.rel = relThisYear
			case kwLast:
				r.rel = relLastYear
			default:
				r.rel = relNextYear
			}
			return r, k + 2, true
		}
	case kwLalu:
		r.rel = relPast
		return r, k + 1, true
	case kwIni:
		r.rel = relThisYear
		return r, k + 1, true
	case kwDepan, kwMendatang:
		r.rel = relFuture
		return r, k + 1, true
	}
	if !trig {
		return r, 0, false
	}
	if p.toks[j].w.amb && p.kw(j-1) != kwIn && p.kw(j-1) != kwBulan && p.kw(j-1) != kwSince {
		return r, 0, false // "may", "march" as words
	}
	r.rel = relBare
	return r, k, true
}

// weekdayAt matches "Sabtu", "hari Minggu", "Senin lalu", "Senin malam",
// "on Monday", "last Friday", "next Monday".
func (p *parser) weekdayAt(j int, hari bool) (r raw, end int, ok bool) {
	k := j
	r.kind = rWeekday
	if !hari {
		switch p.kw(k) {
		case kwLast:
			r.rel = relPast
		case kwNext:
			r.rel = relFuture
		case kwThis:
			r.rel = relThisWeek
		}
		if r.rel != relBare {
			if p.weekday(k+1, false) == 0 {
				return r, 0, false
			}
			k++
		}
	}
	wd := p.weekday(k, false)
	if wd == 0 {
		return r, 0, false
	}
	t := &p.toks[k]
	if t.w.amb && !hari && !p.mingguIsSunday(k) {
		return r, 0, false
	}
	r.wd = wd
	r.wdStart, r.wdEnd = int(t.s), int(t.e)
	k++
	if r.rel == relBare {
		switch p.kw(k) {
		case kwLalu:
			r.rel = relPast
			k++
		case kwDepan, kwMendatang:
			r.rel = relFuture
			k++
		case kwIni:
			r.rel = relThisWeek
			k++
		}
	}
	return r, p.swallowDaypart(k), true
}

// mingguIsSunday decides whether "Minggu" at k is Sunday rather than week:
// it must be capitalised, not counted ("dua minggu", "beberapa minggu") and
// not followed by a word that makes it a week ("Minggu lalu", "minggu ini").
func (p *parser) mingguIsSunday(k int) bool {
	if !p.toks[k].capit {
		return false
	}
	if k > 0 {
		prev := &p.toks[k-1]
		if prev.kind == tNum || prev.kind == tWord && (prev.w.num != 0 || prev.w.kw == kwVague ||
			prev.w.kw == kwAkhir || prev.w.kw == kwAwal || prev.w.kw == kwPertengahan) {
			return false
		}
	}
	switch p.kw(k + 1) {
	case kwLalu, kwIni, kwDepan, kwMendatang, kwTerakhir, kwYang, kwAfterWeek, kwSilam:
		return false
	}
	return true
}

// glued reports whether token k is a word stuck to the token before it,
// as the "s" of "1950s".
func (p *parser) glued(k int) bool {
	return k < p.n() && p.adj(k) && p.toks[k].kind == tWord
}
