// Package when parses and resolves date and time expressions in Indonesian
// and English news text.
//
// API CONTRACT (other packages are written against it; keep signatures):
//
//	ParseExplicit(s, loc) (t, precision, ok)      one stated date-time string
//	FindExplicit(s, loc) (t, precision, matched, ok)  first stated date-time inside a longer line
//	InferPublished(text, copyrightYear, loc) (t, evidence, ok)   publication date from dates the body mentions
//	Mentions(text, base) []Mention                 date expressions resolved against base
package when

import "time"

// Precision values returned with a time.
const (
	PrecisionMinute = "minute"
	PrecisionDay    = "day"
)

// WIB, WITA and WIT are Indonesia's time zones.
var (
	WIB  = time.FixedZone("WIB", 7*3600)
	WITA = time.FixedZone("WITA", 8*3600)
	WIT  = time.FixedZone("WIT", 9*3600)
)

// ParseExplicit parses s, which should be just a date or date-time. STUB.
func ParseExplicit(s string, loc *time.Location) (time.Time, string, bool) {
	return time.Time{}, "", false
}

// FindExplicit finds the first stated date or date-time in s. STUB.
func FindExplicit(s string, loc *time.Location) (t time.Time, precision, matched string, ok bool) {
	return time.Time{}, "", "", false
}

// InferPublished infers a publication date from the dates text mentions. STUB.
func InferPublished(text string, copyrightYear int, loc *time.Location) (time.Time, string, bool) {
	return time.Time{}, "", false
}

// Mention is a date expression found in text.
type Mention struct {
	Text        string
	Start, End  int       // byte offsets in the text
	From, To    time.Time // the span meant, To exclusive
	Granularity string    // minute, day, week, month, year
}

// Mentions finds date expressions in text and resolves them against base. STUB.
func Mentions(text string, base time.Time) []Mention { return nil }
