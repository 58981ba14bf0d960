package cluster

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/warta-news/warta/internal/textid"
)

// InferDate infers a publication date for an undated article from the
// dated members of its event: the median of their dates. When the
// article's own text names a full calendar date (e.g. "21 November 2024",
// "May 2, 2013", "31/12/2019") that falls within a week of the members'
// dates, the latest such date is used instead, since an article is
// published on or after the days it reports. The evidence names the members
// (or the text) used. ok is false when no member has a known date.
func InferDate(d Doc, members []Doc) (time.Time, string, bool) {
	type dated struct {
		id string
		t  time.Time
	}
	var ds []dated
	for _, m := range members {
		if m.DateKnown && !m.Published.IsZero() && m.ID != d.ID {
			ds = append(ds, dated{m.ID, m.Published})
		}
	}
	if len(ds) == 0 {
		return time.Time{}, "", false
	}
	slices.SortFunc(ds, func(a, b dated) int {
		if c := a.t.Compare(b.t); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	med := ds[(len(ds)-1)/2]
	lo, hi := ds[0].t.AddDate(0, 0, -7), ds[len(ds)-1].t.AddDate(0, 0, 7)
	var best time.Time
	var bestText string
	for _, td := range TextDates(d.Text) {
		if !td.T.Before(lo) && !td.T.After(hi) && td.T.After(best) {
			best, bestText = td.T, td.Text
		}
	}
	if !best.IsZero() {
		return best, fmt.Sprintf("date %q in the text, consistent with %d dated event members (%s .. %s)",
			bestText, len(ds), ds[0].id, ds[len(ds)-1].id), true
	}
	ids := make([]string, 0, min(len(ds), 5))
	for _, x := range ds[:min(len(ds), 5)] {
		ids = append(ids, x.id+" "+x.t.Format("2006-01-02"))
	}
	more := ""
	if len(ds) > 5 {
		more = fmt.Sprintf(" and %d more", len(ds)-5)
	}
	return med.t, fmt.Sprintf("median date of %d dated event members: %s%s", len(ds), strings.Join(ids, ", "), more), true
}

// TextDate is a full calendar date named in a text.
type TextDate struct {
	Text string
	T    time.Time // midnight UTC of that day
}

var monthNames = func() map[string]time.Month {
	m := map[string]time.Month{}
	en := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	id := []string{"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"}
	for i := range en {
		m[en[i]] = time.Month(i + 1)
		m[id[i]] = time.Month(i + 1)
		if len(en[i]) > 3 {
			m[en[i][:3]] = time.Month(i + 1)
		}
	}
	m["sept"] = time.September
	m["agu"] = time.August
	m["okt"] = time.October
	m["des"] = time.December
	return m
}()

// TextDates finds full dates in s: "21 November 2024", "November 21, 2024",
// "31/12/2019" (day first) and "2019-12-31". Partial dates are skipped: they
// need a base time to resolve, which is the job of package when.
func TextDates(s string) []TextDate {
	w := textid.Words(s)
	var out []TextDate
	num := func(x string, lo, hi int) (int, bool) {
		n, err := strconv.Atoi(x)
		return n, err == nil && n >= lo && n <= hi
	}
	add := func(y, mo, d int, text string) {
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d { // rejects 31 February
			out = append(out, TextDate{text, t})
		}
	}
	for i := 0; i+2 < len(w); i++ {
		if d, ok := num(w[i], 1, 31); ok {
			if mo, ok := monthNames[w[i+1]]; ok {
				if y, ok := num(w[i+2], 1900, 2100); ok {
					add(y, int(mo), d, w[i]+" "+w[i+1]+" "+w[i+2])
					continue
				}
			}
			// 31/12/2019 and 2019-12-31 come out of Words as three numbers.
			if mo, ok := num(w[i+1], 1, 12); ok {
				if y, ok := num(w[i+2], 1900, 2100); ok && len(w[i+2]) == 4 {
					add(y, mo, d, w[i]+"/"+w[i+1]+"/"+w[i+2])
					continue
				}
			}
		}
		if mo, ok := monthNames[w[i]]; ok {
			if d, ok := num(w[i+1], 1, 31); ok {
				if y, ok := num(w[i+2], 1900, 2100); ok {
					add(y, int(mo), d, w[i]+" "+w[i+1]+", "+w[i+2])
					continue
				}
			}
		}
	}
	// ISO dates are read from the raw text: in word tokens "2012, 10:04"
	// would look the same as "2012-10-04".
	for i := 0; i+10 <= len(s); i++ {
		x := s[i : i+10]
		if x[4] != '-' || x[7] != '-' || (i > 0 && isDigitByte(s[i-1])) || (i+10 < len(s) && isDigitByte(s[i+10])) {
			continue
		}
		y, ok1 := num(x[:4], 1900, 2100)
		mo, ok2 := num(x[5:7], 1, 12)
		d, ok3 := num(x[8:], 1, 31)
		if ok1 && ok2 && ok3 {
			add(y, mo, d, x)
		}
	}
	return out
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// Label returns the index of the most central member: the one closest to
// the members' term centroid, among members with a title when any has one.
// It returns -1 for no members.
func Label(members []Doc) int {
	if len(members) == 0 {
		return -1
	}
	titled := slices.ContainsFunc(members, func(d Doc) bool { return strings.TrimSpace(d.Title) != "" })
	// Document frequencies within the event: terms every member shares are
	// what the event is about, so plain TF (no IDF) over the members.
	vs := make([]vec, len(members))
	cen := newCentroid(1 << 30)
	for i, d := range members {
		vs[i] = weigh(Analyze(d).Terms, func(string) float64 { return 1 }, 200)
		cen.add(vs[i])
	}
	best, bestSim := -1, math.Inf(-1)
	for i, d := range members {
		if titled && strings.TrimSpace(d.Title) == "" {
			continue
		}
		if s := cen.cosVec(vs[i]); s > bestSim {
			best, bestSim = i, s
		}
	}
	return best
}

// EventInfo summarises one event for a timeline.
type EventInfo struct {
	ID       string
	StoryID  string
	Label    string
	Start    time.Time // earliest known member date; zero when none is known
	End      time.Time // latest known member date
	Articles int
}

// Timeline returns the events sorted by date span: by start, then end, then
// id; events without a known date come last, by id. The input is not changed.
func Timeline(events []EventInfo) []EventInfo {
	out := slices.Clone(events)
	slices.SortStableFunc(out, func(a, b EventInfo) int {
		az, bz := a.Start.IsZero(), b.Start.IsZero()
		switch {
		case az != bz:
			if az {
				return 1
			}
			return -1
		case !az:
			if c := a.Start.Compare(b.Start); c != 0 {
				return c
			}
			if c := a.End.Compare(b.End); c != 0 {
				return c
			}
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}
