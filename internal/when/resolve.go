package when

import "time"

func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

func date(y, m, d int, loc *time.Location) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
}

// weekStart is the Monday of t's week (weeks start on Monday, Senin).
func weekStart(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// period is the span of the week, month or year containing day, moved by
// off periods.
func period(day time.Time, u unit, off int) (from, to time.Time, gran string) {
	loc := day.Location()
	switch u {
	case uWeek:
		from = weekStart(day).AddDate(0, 0, 7*off)
		return from, from.AddDate(0, 0, 7), GranWeek
	case uMonth:
		from = date(day.Year(), int(day.Month()), 1, loc).AddDate(0, off, 0)
		return from, from.AddDate(0, 1, 0), GranMonth
	default:
		from = date(day.Year()+off, 1, 1, loc)
		return from, from.AddDate(1, 0, 0), GranYear
	}
}

// partOf narrows a period to a part of it. Years: early = Jan-Mar, mid =
// May-Aug, late = Oct-Dec. Months: early = days 1-10, mid = 11-20, late =
// 21-end. Weeks: early = Mon-Tue, mid = Wed-Thu, late/weekend = Sat-Sun.
// earlier / later cut the period at base's day.
func partOf(from, to time.Time, u unit, part int, baseDay time.Time) (time.Time, time.Time, string) {
	switch part {
	case partEarlier:
		if baseDay.After(from) && baseDay.Before(to) {
			to = baseDay
		}
		return from, to, GranDay
	case partLater:
		if next := baseDay.AddDate(0, 0, 1); next.After(from) && next.Before(to) {
			from = next
		}
		return from, to, GranDay
	}
	switch u {
	case uYear:
		switch part {
		case partEarly:
			return from, from.AddDate(0, 3, 0), GranMonth
		case partMid:
			return from.AddDate(0, 4, 0), from.AddDate(0, 8, 0), GranMonth
		default:
			return from.AddDate(0, 9, 0), to, GranMonth
		}
	case uMonth:
		switch part {
		case partEarly:
			return from, from.AddDate(0, 0, 10), GranDay
		case partMid:
			return from.AddDate(0, 0, 10), from.AddDate(0, 0, 20), GranDay
		default:
			return from.AddDate(0, 0, 20), to, GranDay
		}
	default:
		switch part {
		case partEarly:
			return from, from.AddDate(0, 0, 2), GranDay
		case partMid:
			return from.AddDate(0, 0, 2), from.AddDate(0, 0, 4), GranDay
		default:
			return from.AddDate(0, 0, 5), to, GranDay
		}
	}
}

// monthYear resolves the year of month m relative to base's day.
func monthYear(m, rel int, base time.Time) int {
	y, bm := base.Year(), int(base.Month())
	switch rel {
	case relThisYear:
		return y
	case relLastYear:
		return y - 1
	case relNextYear:
		return y + 1
	case relPast:
		if m < bm {
			return y
		}
		return y - 1
	case relFuture:
		if m > bm {
			return y
		}
		return y + 1
	}
	if m <= bm {
		return y
	}
	return y - 1
}

// dayMonthDate picks the year of day d of month m closest to baseDay (or
// the latest not after / first not before it for relPast / relFuture),
// preferring a year in which the stated weekday fits.
func dayMonthDate(d, m, wd, rel int, baseDay time.Time) time.Time {
	loc := baseDay.Location()
	var best time.Time
	bestScore := int64(-1)
	for y := baseDay.Year() - 1; y <= baseDay.Year()+1; y++ {
		if rel == relThisYear && y != baseDay.Year() {
			continue
		}
		if d > daysIn(y, m) {
			continue
		}
		t := date(y, m, d, loc)
		diff := int64(t.Sub(baseDay) / time.Hour)
		score := diff
		if score < 0 {
			score = -score
		}
		switch {
		case rel == relPast && diff > 0, rel == relFuture && diff < 0:
			score += 1 << 40
		}
		if wd != 0 && int(t.Weekday())+1 != wd {
			score += 1 << 50
		}
		if bestScore < 0 || score < bestScore {
			best, bestScore = t, score
		}
	}
	if bestScore < 0 { // 29 February with no leap year near: nearest leap year
		for y := baseDay.Year(); ; y-- {
			if d <= daysIn(y, m) {
				return date(y, m, d, loc)
			}
		}
	}
	return best
}

// weekdayDate resolves a weekday against base's day: bare = the latest on
// or before it (the same day when it matches), relPast = strictly before,
// relFuture = strictly after, relThisWeek = in base's Monday-Sunday week.
func weekdayDate(wd, rel int, baseDay time.Time) time.Time {
	target := wd - 1
	bw := int(baseDay.Weekday())
	switch rel {
	case relFuture:
		delta := (target - bw + 7) % 7
		if delta == 0 {
			delta = 7
		}
		return baseDay.AddDate(0, 0, delta)
	case relThisWeek:
		return weekStart(baseDay).AddDate(0, 0, (target+6)%7)
	}
	delta := (bw - target + 7) % 7
	if delta == 0 && rel == relPast {
		delta = 7
	}
	return baseDay.AddDate(0, 0, -delta)
}

// resolve turns a raw expression into a span relative to base.
func (r *raw) resolve(base time.Time) (from, to time.Time, gran string, ok bool) {
	loc := base.Location()
	bd := dayOf(base)
	switch r.kind {
	case rExplicit:
		t := r.st.time(loc).In(loc)
		if r.st.hasTime {
			from, to, gran = t, t.Add(time.Minute), GranMinute
		} else {
			from, to, gran = t, t.AddDate(0, 0, 1), GranDay
		}
	case rDayMonth:
		from = dayMonthDate(r.d, r.mo, r.wd, r.rel, bd)
		to, gran = from.AddDate(0, 0, 1), GranDay
	case rMonthYear:
		from = date(r.y, r.mo, 1, loc)
		to, gran = from.AddDate(0, 1, 0), GranMonth
	case rMonthRel:
		from = date(monthYear(r.mo, r.rel, bd), r.mo, 1, loc)
		to, gran = from.AddDate(0, 1, 0), GranMonth
	case rYear:
		from = date(r.y, 1, 1, loc)
		to, gran = from.AddDate(1, 0, 0), GranYear
	case rYearPart:
		from = date(r.y, 1, 1, loc)
		from, to, gran = partOf(from, from.AddDate(1, 0, 0), uYear, r.part, bd)
	case rMonthPart:
		y := r.y
		if r.kind == rMonthPart && y == 0 {
			y = monthYear(r.mo, r.rel, bd)
		}
		from = date(y, r.mo, 1, loc)
		from, to, gran = partOf(from, from.AddDate(0, 1, 0), uMonth, r.part, bd)
	case rRelDay:
		from = bd.AddDate(0, 0, r.off)
		to, gran = from.AddDate(0, 0, 1), GranDay
	case rAgo:
		n := r.n * r.off
		switch r.u {
		case uMinute:
			from = base.Add(time.Duration(n) * time.Minute).Truncate(time.Minute)
			to, gran = from.Add(time.Minute), GranMinute
		case uHour:
			from = base.Add(time.Duration(n) * time.Hour).Truncate(time.Hour)
			to, gran = from.Add(time.Hour), GranHour
		case uDay:
			from = bd.AddDate(0, 0, n)
			to, gran = from.AddDate(0, 0, 1), GranDay
		default:
			from, to, gran = period(bd, r.u, n)
		}
	case rPast:
		to = bd.AddDate(0, 0, 1)
		switch r.u {
		case uMinute:
			from, to, gran = base.Add(-time.Duration(r.n)*time.Minute), base, GranMinute
		case uHour:
			from, to, gran = base.Add(-time.Duration(r.n)*time.Hour), base, GranHour
		case uDay:
			from, gran = bd.AddDate(0, 0, -r.n+1), GranDay
		case uWeek:
			from, gran = bd.AddDate(0, 0, -7*r.n+1), GranWeek
		case uMonth:
			from, gran = bd.AddDate(0, -r.n, 1), GranMonth
		default:
			from, gran = bd.AddDate(-r.n, 0, 1), GranYear
		}
	case rPeriod:
		from, to, gran = period(bd, r.u, r.off)
	case rPeriodPart:
		from, to, _ = period(bd, r.u, r.off)
		from, to, gran = partOf(from, to, r.u, r.part, bd)
	case rWeekday:
		from = weekdayDate(r.wd, r.rel, bd)
		to, gran = from.AddDate(0, 0, 1), GranDay
	default:
		return from, to, "", false
	}
	if r.since {
		if end := bd.AddDate(0, 0, 1); end.After(from) {
			to = end
		}
	}
	return from, to, gran, true
}
