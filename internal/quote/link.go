package quote

import (
	"sort"
	"strings"
	"unicode"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/textid"
)

// LinkThreshold is the similarity at or above which two quotes of one
// speaker make the same statement. It was chosen on the annotated set
// (testdata/annotated): see TestLinkThreshold and the package doc.
const LinkThreshold = 0.34

func speakerKey(q *article.Quote) string {
	if q.SpeakerID != "" {
		return q.SpeakerID
	}
	if q.Speaker == "" {
		return ""
	}
	return "name:" + normName(q.Speaker)
}

// statementTerms are the content words of a quote (textid.Terms: stop
// words dropped, stemmed) and its numbers with separators removed, so
// "4,000", "4.000" and "Rp41" meet ("#4000", "#41"). Sorted, unique.
func statementTerms(s string) []string {
	ts := textid.Terms("", s)
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			ts = append(ts, "#"+b.String())
			b.Reset()
		}
	}
	for i, r := range s {
		switch {
		case unicode.IsDigit(r):
			b.WriteRune(r)
		case (r == ',' || r == '.') && b.Len() > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
		default:
			flush()
		}
	}
	flush()
	for i, t := range ts {
		ts[i] = aliasTerm(bilingualTerm(t))
	}
	sort.Strings(ts)
	out := ts[:0]
	for i, t := range ts {
		if i == 0 || t != ts[i-1] {
			out = append(out, t)
		}
	}
	return out
}

// aliasTerm folds a few abbreviations news copy swaps freely.
func aliasTerm(t string) string {
	switch t {
	case "as", "amerika", "us", "america", "american", "americans":
		return "amerika"
	case "korut":
		return "korea"
	case "pbb", "un":
		return "pbb"
	}
	return t
}

// Similarity is the overlap coefficient of two sorted term sets, with
// numbers counting twice: |A∩B| / min(|A|,|B|). Fewer than two shared
// terms give 0.
func Similarity(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	shared, weight := 0, 0.0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			shared++
			if strings.HasPrefix(a[i], "#") {
				weight += 2
			} else {
				weight++
			}
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	if shared < 2 {
		return 0
	}
	n := min(len(a), len(b))
	s := weight / float64(n)
	if s > 1 {
		s = 1
	}
	return s
}

// normName folds a name for comparison: lower case, letters and digits only.
func normName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// normText folds quote text for comparison: lower case, straight quote
// marks, single spaces.
func normText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case '\u201C', '\u201D':
			r = '"'
		case '\u2018', '\u2019':
			r = '\''
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
