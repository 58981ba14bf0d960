package when

import "time"

// parser walks the tokens of one string.
type parser struct {
	s    string
	toks []token
}

// stamp is a stated calendar date with an optional time of day.
type stamp struct {
	y, mo, d       int
	h, mi, sec, ns int
	hasTime        bool
	zone           *time.Location // stated zone; nil means the caller's
	wd             int            // stated weekday+1; 0 when none
}

func (p *parser) n() int { return len(p.toks) }

// adj reports whether token i starts right where token i-1 ends.
func (p *parser) adj(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i].s == p.toks[i-1].e
}

// punct reports whether token i is the single punctuation byte c.
func (p *parser) punct(i int, c byte) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	return t.kind == tPunct && t.e-t.s == 1 && p.s[t.s] == c
}

func (p *parser) kw(i int) kw {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return kwNone
	}
	return p.toks[i].w.kw
}

func (p *parser) hasKw(i int, k kw) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return false
	}
	w := &p.toks[i].w
	return w.kw == k || w.kw2 == k
}

// num returns the value of token i when it is a number of minD..maxD digits.
func (p *parser) num(i, minD, maxD int) (int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false
	}
	t := &p.toks[i]
	if t.kind != tNum || int(t.nd) < minD || int(t.nd) > maxD {
		return 0, false
	}
	return int(t.val), true
}

// month returns the month named by word token i. Abbreviations and words
// that are also ordinary words need a capital letter unless strict is false.
func (p *parser) month(i int, strict bool) int {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	t := &p.toks[i]
	if t.kind != tWord || t.w.mon == 0 {
		return 0
	}
	if strict && (t.w.abbr || t.w.amb) && !t.capit {
		return 0
	}
	return int(t.w.mon)
}

// weekday returns time.Weekday+1 for word token i, 0 when it is not one.
// Abbreviations count only when abbr is true.
func (p *parser) weekday(i int, abbr bool) int {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	t := &p.toks[i]
	if t.kind != tWord || t.w.wd == 0 || (t.w.abbr && !abbr) {
		return 0
	}
	return int(t.w.wd)
}

// afterAbbr skips a full stop right after an abbreviated word at i-1.
func (p *parser) afterAbbr(j int) int {
	if p.punct(j, '.') && p.adj(j) && p.toks[j-1].w.abbr {
		return j + 1
	}
	return j
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func validDate(y, m, d int) bool {
	return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// ordinal skips an English ordinal suffix glued to the number before j.
func (p *parser) ordinal(j int) int {
	if p.kw(j) == kwOrdinal && p.adj(j) {
		return j + 1
	}
	return j
}

// dateAt matches a calendar date with a year at token j.
func (p *parser) dateAt(j int) (st stamp, end int, ok bool) {
	if j >= p.n() {
		return st, 0, false
	}
	t := &p.toks[j]
	switch t.kind {
	case tNum:
		if t.nd == 4 {
			return p.isoDate(j)
		}
		if t.nd > 2 {
			return st, 0, false
		}
		// d/m/y, d-m-y, d.m.y: Indonesian order, month/day only when the
		// day-first reading is impossible.
		if j+4 < p.n() {
			for _, sep := range [...]byte{'/', '-', '.'} {
				if p.punct(j+1, sep) && p.adj(j+1) && p.adj(j+2) && p.punct(j+3, sep) && p.adj(j+3) && p.adj(j+4) {
					a, ok1 := p.num(j+2, 1, 2)
					y, ok2 := p.num(j+4, 4, 4)
					if !ok1 || !ok2 {
						break
					}
					d, m := int(t.val), a
					if !validDate(y, m, d) && validDate(y, d, m) {
						d, m = m, d
					}
					if !validDate(y, m, d) {
						return st, 0, false
					}
					if j+5 < p.n() && p.adj(j+5) && (p.toks[j+5].kind == tNum || p.punct(j+5, sep) && p.adj(j+6) && p.toks[j+6].kind == tNum) {
						return st, 0, false // longer number chain, e.g. an IP address
					}
					return stamp{y: y, mo: m, d: d}, j + 5, true
				}
			}
		}
		// d Month yyyy, d-Mon-yyyy, 21st of December 2024
		d := int(t.val)
		k := p.ordinal(j + 1)
		if p.punct(k, '-') && p.adj(k) {
			k++
		} else if p.punct(k, '.') && p.adj(k) {
			k++
		}
		if p.kw(k) == kwOf {
			k++
		}
		m := p.month(k, false)
		if m == 0 {
			return st, 0, false
		}
		hyphens := p.punct(j+1, '-') && p.adj(j+1) && p.adj(j+2)
		k = p.afterAbbr(k + 1)
		hyphens = hyphens && p.punct(k, '-') && p.adj(k) && p.adj(k+1)
		if (p.punct(k, '-') || p.punct(k, ',')) && k < p.n() {
			k++
		}
		if y, ok := p.num(k, 4, 4); ok {
			if !validDate(y, m, d) {
				return st, 0, false
			}
			return stamp{y: y, mo: m, d: d}, k + 1, true
		}
		if yy, ok := p.num(k, 2, 2); ok {
			// Two-digit year: RFC 822 (a time follows) or 10-Sep-19.
			if _, _, ok := p.timeAt(k + 1); ok || hyphens && !(p.adj(k+1) && k+1 < p.n()) {
				y := 2000 + yy
				if yy >= 70 {
					y = 1900 + yy
				}
				if validDate(y, m, d) {
					return stamp{y: y, mo: m, d: d}, k + 1, true
				}
			}
		}
		return st, 0, false
	case tWord:
		// Month d, yyyy
		m := p.month(j, false)
		if m == 0 {
			return st, 0, false
		}
		k := p.afterAbbr(j + 1)
		d, ok := p.num(k, 1, 2)
		if !ok {
			return st, 0, false
		}
		k = p.ordinal(k + 1)
		if p.punct(k, ',') {
			k++
		}
		y, ok := p.num(k, 4, 4)
		if !ok || !validDate(y, m, d) {
			return st, 0, false
		}
		return stamp{y: y, mo: m, d: d}, k + 1, true
	}
	return st, 0, false
}

// isoDate matches yyyy-mm-dd and yyyy/mm/dd at j.
func (p *parser) isoDate(j int) (st stamp, end int, ok bool) {
	y := int(p.toks[j].val)
	for _, sep := range [...]byte{'-', '/'} {
		if !(p.punct(j+1, sep) && p.adj(j+1) && p.adj(j+2) && p.punct(j+3, sep) && p.adj(j+3) && p.adj(j+4)) {
			continue
		}
		m, ok1 := p.num(j+2, 1, 2)
		d, ok2 := p.num(j+4, 1, 2)
		if !ok1 || !ok2 || !validDate(y, m, d) {
			return st, 0, false
		}
		if j+5 < p.n() && p.adj(j+5) && (p.toks[j+5].kind == tNum || p.punct(j+5, sep)) {
			return st, 0, false
		}
		return stamp{y: y, mo: m, d: d}, j + 5, true
	}
	return st, 0, false
}

// clock is a time of day with an optional zone.
type clock struct {
	h, mi, sec, ns int
	zone           *time.Location
}

// timeAt matches hh:mm[:ss[.frac]] [am|pm] [zone] at j; hh.mm is accepted
// too (Indonesian "18.19").
func (p *parser) timeAt(j int) (c clock, end int, ok bool) {
	h, ok := p.num(j, 1, 2)
	if !ok {
		return c, 0, false
	}
	var sep byte
	switch {
	case p.punct(j+1, ':'):
		sep = ':'
	case p.punct(j+1, '.'):
		sep = '.'
	default:
		return c, 0, false
	}
	if !p.adj(j+1) || !p.adj(j+2) {
		return c, 0, false
	}
	mi, ok := p.num(j+2, 2, 2)
	if !ok || mi > 59 {
		return c, 0, false
	}
	c.h, c.mi = h, mi
	k := j + 3
	if p.punct(k, sep) && p.adj(k) && p.adj(k+1) {
		if s, ok := p.num(k+1, 2, 2); ok && s <= 60 {
			if s == 60 {
				s = 59
			}
			c.sec = s
			k += 2
			if (p.punct(k, '.') || p.punct(k, ',')) && p.adj(k) && p.adj(k+1) && p.toks[k+1].kind == tNum {
				f := p.s[p.toks[k+1].s:p.toks[k+1].e]
				ns, scale := 0, 100000000
				for i := 0; i < len(f) && i < 9; i++ {
					ns += int(f[i]-'0') * scale
					scale /= 10
				}
				c.ns = ns
				k += 2
			}
		}
	}
	// A following digit or separator means this was not a time
	// ("1.200.000", "18:19:20:21").
	if k < p.n() && p.adj(k) && (p.toks[k].kind == tNum ||
		(p.punct(k, sep) || p.punct(k, ':')) && p.adj(k+1) && k+1 < p.n() && p.toks[k+1].kind == tNum) {
		return c, 0, false
	}
	// am / pm, a.m. / p.m.
	switch {
	case p.kw(k) == kwAM || p.kw(k) == kwPM:
		if h < 1 || h > 12 {
			return c, 0, false
		}
		c.h = h % 12
		if p.kw(k) == kwPM {
			c.h += 12
		}
		k++
		if p.punct(k, '.') && p.adj(k) {
			k++
		}
	case p.isDottedAMPM(k):
		if h < 1 || h > 12 {
			return c, 0, false
		}
		c.h = h % 12
		if p.s[p.toks[k].s]|0x20 == 'p' {
			c.h += 12
		}
		k += 4
	}
	if c.h > 23 {
		return c, 0, false
	}
	if z, e, ok := p.zoneAt(k); ok {
		c.zone = z
		k = e
	}
	return c, k, true
}

// isDottedAMPM matches "a.m." or "p.m." at k.
func (p *parser) isDottedAMPM(k int) bool {
	if k+3 >= p.n() || p.toks[k].kind != tWord || p.toks[k].e-p.toks[k].s != 1 {
		return false
	}
	c := p.s[p.toks[k].s] | 0x20
	if c != 'a' && c != 'p' {
		return false
	}
	m := &p.toks[k+2]
	return p.punct(k+1, '.') && p.adj(k+1) && p.adj(k+2) && m.kind == tWord && m.e-m.s == 1 &&
		p.s[m.s]|0x20 == 'm' && p.punct(k+3, '.') && p.adj(k+3)
}

// zoneAt matches a zone after a time: WIB, GMT+7, +0700, +07:00, Z, (WIB).
func (p *parser) zoneAt(k int) (*time.Location, int, bool) {
	if k >= p.n() {
		return nil, 0, false
	}
	if p.punct(k, '(') && k+2 < p.n() && !p.punct(k+1, '(') {
		if z, e, ok := p.zoneAt(k + 1); ok && p.punct(e, ')') {
			return z, e + 1, true // (WIB), (GMT+05:00)
		}
		return nil, 0, false
	}
	t := &p.toks[k]
	if t.kind == tWord && t.w.isZone {
		if t.e-t.s == 1 && !p.adj(k) { // a lone "Z" only glued to the time
			return nil, 0, false
		}
		loc := zoneLocs[t.w.zone]
		if loc == time.UTC { // GMT+7, UTC+07:00
			if z, e, ok := p.offsetAt(k+1, true); ok {
				return z, e, true
			}
		}
		return loc, k + 1, true
	}
	return p.offsetAt(k, false)
}

// offsetAt matches +hhmm, +hh:mm (and +h, +hh after GMT/UTC when short).
func (p *parser) offsetAt(k int, short bool) (*time.Location, int, bool) {
	sign := 0
	switch {
	case p.punct(k, '+'):
		sign = 1
	case p.punct(k, '-'):
		sign = -1
	case k < p.n() && p.toks[k].kind == tPunct && p.s[p.toks[k].s:p.toks[k].e] == "\u2212":
		sign = -1
	default:
		return nil, 0, false
	}
	if short && !p.adj(k) {
		return nil, 0, false
	}
	if !p.adj(k + 1) {
		return nil, 0, false
	}
	var h, m, end int
	if v, ok := p.num(k+1, 4, 4); ok {
		h, m, end = v/100, v%100, k+2
	} else if v, ok := p.num(k+1, 2, 2); ok && p.punct(k+2, ':') && p.adj(k+2) && p.adj(k+3) {
		mm, ok := p.num(k+3, 2, 2)
		if !ok {
			return nil, 0, false
		}
		h, m, end = v, mm, k+4
	} else if v, ok := p.num(k+1, 1, 2); ok && short {
		h, end = v, k+2
	} else {
		return nil, 0, false
	}
	if h > 14 || m > 59 {
		return nil, 0, false
	}
	z := fixedOffset(sign * (h*3600 + m*60))
	if z == nil {
		return nil, 0, false
	}
	return z, end, true
}

// dateTimeSep skips what may stand between a date and its time:
// ", | - • · @ pukul jam at T".
func (p *parser) dateTimeSep(k int) int {
	for n := 0; n < 3 && k < p.n(); n++ {
		t := &p.toks[k]
		switch t.kind {
		case tPunct:
			switch p.s[t.s:t.e] {
			case ",", "|", "-", "/", "@", "\u2022", "\u00b7", "\u2013", "\u2014":
				k++
				continue
			}
		case tWord:
			switch t.w.kw {
			case kwPukul, kwPkl, kwAt:
				k++
				if p.punct(k, '.') && p.adj(k) {
					k++
				}
				continue
			case kwT:
				if p.adj(k) {
					return k + 1
				}
			}
		}
		break
	}
	return k
}

// weekdayPrefix matches "Selasa, " "Tue, " "Jum'at " "Sel. " before a date.
func (p *parser) weekdayPrefix(j int) (wd, next int) {
	wd = p.weekday(j, true)
	if wd == 0 {
		return 0, j
	}
	k := p.afterAbbr(j + 1)
	if p.punct(k, ',') {
		k++
	}
	if p.kw(k) == kwTanggal { // Selasa tanggal 21 Februari 2017
		k++
	}
	return wd, k
}

// explicitAt matches a full stated date, with optional weekday and time, at i.
func (p *parser) explicitAt(i int) (st stamp, end int, ok bool) {
	wd, j := p.weekdayPrefix(i)
	paren := false
	if wd != 0 && p.punct(j, '(') {
		paren, j = true, j+1
	}
	st, k, ok := p.dateAt(j)
	if !ok {
		if wd == 0 {
			return p.timeFirstAt(i)
		}
		return st, 0, false
	}
	st.wd = wd
	if paren {
		if !p.punct(k, ')') {
			return st, 0, false
		}
		k++
	}
	if c, e, ok := p.timeAt(p.dateTimeSep(k)); ok {
		st.h, st.mi, st.sec, st.ns, st.zone, st.hasTime = c.h, c.mi, c.sec, c.ns, c.zone, true
		k = e
	}
	return st, k, true
}

// timeFirstAt matches "18:19 WIB, Selasa 31 Desember 2019".
func (p *parser) timeFirstAt(i int) (st stamp, end int, ok bool) {
	c, k, ok := p.timeAt(i)
	if !ok {
		return st, 0, false
	}
	k = p.dateTimeSep(k)
	wd, k := p.weekdayPrefix(k)
	st, e, ok := p.dateAt(k)
	if !ok {
		return st, 0, false
	}
	st.wd = wd
	st.h, st.mi, st.sec, st.ns, st.zone, st.hasTime = c.h, c.mi, c.sec, c.ns, c.zone, true
	return st, e, true
}

// time converts a stamp to a time, in loc unless a zone was stated.
func (st stamp) time(loc *time.Location) time.Time {
	z := loc
	if st.zone != nil {
		z = st.zone
	}
	return time.Date(st.y, time.Month(st.mo), st.d, st.h, st.mi, st.sec, st.ns, z)
}

func (st stamp) precision() string {
	if st.hasTime {
		return PrecisionMinute
	}
	return PrecisionDay
}

// canStartExplicit is a cheap filter for tokens that may begin a date.
func canStartExplicit(t *token) bool {
	if t.kind == tNum {
		return t.nd <= 4
	}
	return t.kind == tWord && (t.w.wd != 0 || t.w.mon != 0)
}
