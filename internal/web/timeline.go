package web

import (
	"fmt"
	"math"
	"time"

	"github.com/warta-news/warta/internal/store"
)

// timeline is the geometry of a storyline's SVG timeline, computed here so
// the template only places shapes: x is time, one circle per event sized
// by its article count, labels staggered on three lanes above and below.
type timeline struct {
	Width, Height int
	AxisY         int
	X0, X1        int
	Marks         []mark
	Ticks         []tick
	Undated       int // events without a date, listed but not placed
}

type mark struct {
	ID, Label, Title string
	X, Y, R          float64
	LabelY           float64
	LineY1, LineY2   float64
	Anchor           string
	Articles         int
	Date             string
}

type tick struct {
	X     float64
	Label string
}

const (
	tlWidth  = 900
	tlHeight = 260
	tlPad    = 60
	tlAxis   = 130
)

func buildTimeline(evs []store.Event) timeline {
	t := timeline{Width: tlWidth, Height: tlHeight, AxisY: tlAxis, X0: tlPad, X1: tlWidth - tlPad}
	var lo, hi time.Time
	for _, e := range evs {
		at := eventTime(e)
		if at.IsZero() {
			t.Undated++
			continue
		}
		if lo.IsZero() || at.Before(lo) {
			lo = at
		}
		if at.After(hi) {
			hi = at
		}
	}
	if lo.IsZero() {
		return t
	}
	span := hi.Sub(lo)
	if span < 24*time.Hour {
		lo = lo.Add(-12 * time.Hour)
		hi = hi.Add(12 * time.Hour)
		span = hi.Sub(lo)
	}
	xOf := func(at time.Time) float64 {
		return float64(t.X0) + float64(at.Sub(lo))/float64(span)*float64(t.X1-t.X0)
	}
	lanes := []float64{-70, 70, -100, 100, -40, 40}
	i := 0
	for _, e := range evs {
		at := eventTime(e)
		if at.IsZero() {
			continue
		}
		r := math.Min(4+3*math.Sqrt(float64(max(e.Articles, 1))), 28)
		off := lanes[i%len(lanes)]
		i++
		m := mark{ID: e.ID, Title: e.Label, X: xOf(at), Y: float64(t.AxisY), R: r, Articles: e.Articles, Date: at.Format("2 Jan 2006")}
		m.Label = cut(e.Label, 38)
		m.LabelY = float64(t.AxisY) + off
		if off < 0 {
			m.LineY1, m.LineY2 = m.LabelY+4, float64(t.AxisY)-r
		} else {
			m.LineY1, m.LineY2 = float64(t.AxisY)+r, m.LabelY-12
		}
		switch {
		case m.X < float64(t.X0)+120:
			m.Anchor = "start"
		case m.X > float64(t.X1)-120:
			m.Anchor = "end"
		default:
			m.Anchor = "middle"
		}
		t.Marks = append(t.Marks, m)
	}
	t.Ticks = ticks(lo, hi, xOf)
	return t
}

func eventTime(e store.Event) time.Time {
	if !e.Start.IsZero() {
		return e.Start
	}
	return e.End
}

// ticks picks up to six readable dates across [lo, hi].
func ticks(lo, hi time.Time, xOf func(time.Time) float64) []tick {
	span := hi.Sub(lo)
	var step time.Duration
	format := "2 Jan"
	switch {
	case span <= 3*24*time.Hour:
		step, format = 12*time.Hour, "2 Jan 15:04"
	case span <= 14*24*time.Hour:
		step = 2 * 24 * time.Hour
	case span <= 60*24*time.Hour:
		step = 7 * 24 * time.Hour
	case span <= 400*24*time.Hour:
		step, format = 61*24*time.Hour, "Jan 2006"
	default:
		step, format = 183*24*time.Hour, "Jan 2006"
	}
	for span/step > 6 {
		step *= 2
	}
	var out []tick
	start := time.Date(lo.Year(), lo.Month(), lo.Day(), 0, 0, 0, 0, lo.Location())
	if step < 24*time.Hour {
		start = lo.Truncate(step)
	}
	for at := start; !at.After(hi); at = at.Add(step) {
		if at.Before(lo) {
			continue
		}
		out = append(out, tick{X: xOf(at), Label: at.Format(format)})
	}
	if len(out) == 0 {
		out = append(out, tick{X: xOf(lo), Label: lo.Format("2 Jan 2006")})
	}
	return out
}

func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// f1 formats a coordinate with one decimal.
func f1(v float64) string { return fmt.Sprintf("%.1f", v) }
