package when

import (
	"strconv"
	"strings"
	"time"
)

// anchor is a day the body states, read as a lower bound of publication.
type anchor struct {
	day         time.Time
	text        string
	copyrighted bool // the year came from, or was vouched for by, the copyright year
}

// InferPublished infers a publication date (day precision, midnight in loc)
// from the dates a body mentions, for articles that state none. The rule,
// documented in full in doc.go: anchors are full dates whose weekday fits
// or whose year is the copyright year (or the one before), and day/month
// forms ("Sabtu (28/12)") whose year is the copyright year or the year
// before, confirmed by the weekday. Publication is on or after the latest
// anchor; every bare weekday ("Senin", "pada hari Minggu") names a day from
// that anchor up to publication, so publication is the first day on or after
// the anchor by which each of them has come round. No anchor: ok is false.
// evidence lists what was used, e.g. "Sabtu (28/12), Minggu (29/12),
// Senin; copyright 2019".
func InferPublished(text string, copyrightYear int, loc *time.Location) (time.Time, string, bool) {
	if loc == nil {
		loc = time.UTC
	}
	p := parser{s: text, toks: tokenize(text, make([]token, 0, len(text)/5+8))}
	var explicit, dayMonths, bare []raw
	p.scan(loc, func(r *raw) {
		switch {
		case (r.kind == rExplicit || r.kind == rDayMonth) && p.planned(r):
			// a date someone plans or waits for is no lower bound
		case r.kind == rExplicit:
			explicit = append(explicit, *r)
		case r.kind == rDayMonth && (r.wd != 0 || r.marked):
			dayMonths = append(dayMonths, *r)
		case r.kind == rWeekday && r.rel == relBare:
			bare = append(bare, *r)
		}
	})
	cy := copyrightYear
	var anchors []anchor
	var years []int // years vouched for by strong full-date anchors
	for i := range explicit {
		st := &explicit[i].st
		stated := date(st.y, st.mo, st.d, loc)
		if st.wd != 0 && int(stated.Weekday())+1 != st.wd {
			continue // contradicts itself
		}
		if cy > 0 && st.y > cy {
			continue // after the copyright year: a plan, not the past
		}
		a := anchor{day: dayOf(st.time(loc).In(loc)), text: text[explicit[i].core:explicit[i].end]}
		switch {
		case st.wd != 0:
			years = append(years, st.y)
		case cy > 0 && (st.y == cy || st.y == cy-1):
			a.copyrighted = true
		default:
			continue
		}
		anchors = append(anchors, a)
	}
	for i := range dayMonths {
		r := &dayMonths[i]
		var cands []int
		copyrighted := false
		if cy > 0 {
			cands, copyrighted = []int{cy, cy - 1}, true
		} else {
			for _, y := range years {
				cands = append(cands, y, y+1)
			}
		}
		for _, y := range cands {
			if r.d > daysIn(y, r.mo) {
				continue
			}
			d := date(y, r.mo, r.d, loc)
			if r.wd != 0 && int(d.Weekday())+1 != r.wd {
				continue
			}
			if r.wd == 0 && y != cands[0] {
				break // kemarin (29/12): no weekday to confirm another year
			}
			anchors = append(anchors, anchor{day: d.AddDate(0, 0, -r.off), text: text[r.core:r.end], copyrighted: copyrighted})
			break
		}
	}
	if len(anchors) == 0 {
		return time.Time{}, "", false
	}
	latest := anchors[0].day
	for _, a := range anchors[1:] {
		if a.day.After(latest) {
			latest = a.day
		}
	}
	pub := latest
	var used []string
	for i := range bare {
		r := &bare[i]
		delta := (r.wd - 1 - int(latest.Weekday()) + 7) % 7 // 0..6 days after
		if delta > 3 {
			delta -= 7 // nearer before the anchor
		}
		d := latest.AddDate(0, 0, delta)
		if d.After(latest) {
			used = appendUnique(used, text[r.wdStart:r.wdEnd])
		}
		if d.After(pub) {
			pub = d
		}
	}
	var ev []string
	copyrighted := false
	for _, a := range anchors {
		if a.day.Before(latest.AddDate(0, 0, -7)) {
			continue
		}
		ev = appendUnique(ev, a.text)
		copyrighted = copyrighted || a.copyrighted
	}
	evidence := strings.Join(append(ev, used...), ", ")
	if copyrighted {
		evidence += "; copyright " + strconv.Itoa(cy)
	}
	return pub, evidence, true
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// planned reports whether the expression is a plan or a deadline: a word
// such as "akan", "dijadwalkan", "hingga", "will" up to six words before it
// in the same sentence, or "mendatang"/"nanti" right after it.
func (p *parser) planned(r *raw) bool {
	if r.kind == rDayMonth && r.rel == relFuture {
		return true
	}
	switch p.kw(r.endTok) {
	case kwMendatang, kwDepan:
		return true
	}
	for k := r.coreTok - 1; k >= 0 && k >= r.coreTok-6; k-- {
		t := &p.toks[k]
		if t.kind == tPunct {
			switch p.s[t.s] {
			case '.', '!', '?', '\n':
				return false
			}
			continue
		}
		switch t.w.kw {
		case kwFuture, kwTrigger:
			return true
		}
		if t.w.kw2 == kwFuture {
			return true
		}
	}
	return false
}
