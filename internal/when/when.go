package when

// The API CONTRACT is listed in doc.go.

import "time"

// Precision values returned with a time.
const (
	PrecisionMinute = "minute"
	PrecisionDay    = "day"
)

// Granularity values of a Mention: the unit its span is counted in.
const (
	GranMinute = "minute"
	GranHour   = "hour"
	GranDay    = "day"
	GranWeek   = "week"
	GranMonth  = "month"
	GranYear   = "year"
)

// WIB, WITA and WIT are Indonesia's time zones.
var (
	WIB  = time.FixedZone("WIB", 7*3600)
	WITA = time.FixedZone("WITA", 8*3600)
	WIT  = time.FixedZone("WIT", 9*3600)
)

// ParseExplicit parses s, which should be just a stated date or date-time
// (a metadata value, a feed pubDate, a byline stamp), such as
// "Selasa, 31/12/2019 18:19 WIB", "2019-12-31T18:19:00+07:00",
// "Tue, 31 Dec 2019 18:19:00 WIB" or "December 31, 2019 6:19 PM".
// Surrounding brackets, quotes and a final full stop are ignored; anything
// else around the date makes it fail (use FindExplicit for longer text).
// A stated zone wins; otherwise the time is in loc (UTC when loc is nil).
// Precision is PrecisionMinute when a time of day is given, else PrecisionDay.
func ParseExplicit(s string, loc *time.Location) (time.Time, string, bool) {
	if loc == nil {
		loc = time.UTC
	}
	if !hasDigit(s) {
		return time.Time{}, "", false
	}
	var buf [48]token
	p := parser{s: s, toks: tokenize(s, buf[:0])}
	first := 0
	for first < p.n() && isWrapPunct(&p, first) {
		first++
	}
	if first == p.n() {
		return time.Time{}, "", false
	}
	st, end, ok := p.explicitAt(first)
	if !ok {
		return time.Time{}, "", false
	}
	for ; end < p.n(); end++ {
		if !isWrapPunct(&p, end) && !p.punct(end, '.') {
			return time.Time{}, "", false
		}
	}
	return st.time(loc), st.precision(), true
}

func isWrapPunct(p *parser, i int) bool {
	t := &p.toks[i]
	if t.kind != tPunct {
		return false
	}
	switch p.s[t.s:t.e] {
	case "(", ")", "[", "]", "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", ",", ";", "|", "\n":
		return true
	}
	return false
}

// FindExplicit finds the first stated date or date-time in s, such as the
// stamp in "CNN Indonesia | Selasa, 31/12/2019 18:19 WIB" or
// "Nama Penulis • 22 November 2024 14:26", and returns it with the
// substring it was read from. Relative expressions ("2 jam yang lalu"),
// bare weekdays and dates without a year are not stated dates and are
// never returned. A weekday that contradicts the date is ignored.
func FindExplicit(s string, loc *time.Location) (t time.Time, precision, matched string, ok bool) {
	if loc == nil {
		loc = time.UTC
	}
	if !hasDigit(s) {
		return time.Time{}, "", "", false
	}
	var buf [64]token
	p := parser{s: s, toks: tokenize(s, buf[:0])}
	for i := range p.toks {
		if !canStartExplicit(&p.toks[i]) {
			continue
		}
		if st, end, ok := p.explicitAt(i); ok {
			return st.time(loc), st.precision(), s[p.toks[i].s:p.toks[end-1].e], true
		}
	}
	return time.Time{}, "", "", false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// Mention is a date expression found in text.
type Mention struct {
	Text        string
	Start, End  int       // byte offsets in the text
	From, To    time.Time // the span meant, To exclusive
	Granularity string    // minute, hour, day, week, month, year
}

// Mentions finds date expressions in text and resolves them against base,
// the publication time; zone-less expressions are read in base's location.
// See the package documentation for the forms and how each is resolved.
// Mentions are returned in text order and do not overlap.
func Mentions(text string, base time.Time) []Mention {
	p := parser{s: text, toks: tokenize(text, make([]token, 0, len(text)/5+8))}
	out := make([]Mention, 0, 16)
	p.scan(base.Location(), func(r *raw) {
		from, to, gran, ok := r.resolve(base)
		if !ok {
			return
		}
		out = append(out, Mention{
			Text: text[r.start:r.end], Start: r.start, End: r.end,
			From: from, To: to, Granularity: gran,
		})
	})
	return out
}
