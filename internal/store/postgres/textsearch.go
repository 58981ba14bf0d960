package postgres

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/warta-news/warta/internal/store"
)

// The full-text index stores terms analysed in Go (internal/search), so
// PostgreSQL's text-search parser and dictionaries never run: a document
// is rendered here as a tsvector literal and a query as a tsquery literal,
// both sent as parameters and cast (::tsvector, ::tsquery). Index and query
// then hold exactly the same terms, as with SQLite's FTS5 table.

// Limits of PostgreSQL's tsvector (src/include/tsearch/ts_type.h).
const (
	maxLexeme    = 2046      // bytes of one lexeme
	maxPos       = 16383     // largest position; larger ones are clamped
	maxPositions = 256       // positions kept per lexeme
	maxLexBytes  = 1<<20 - 1 // bytes of all lexemes of one tsvector
)

// foldTerm makes a term comparable the way SQLite's FTS5 unicode61
// tokenizer does: lower case, diacritics removed from Latin letters
// ("café" and "cafe" are one term). Terms over maxLexeme bytes, and empty
// ones, become "": PostgreSQL cannot store them.
func foldTerm(t string) string {
	ascii := true
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == 0 {
			ascii = false
			break
		}
	}
	if !ascii {
		t = clean(t)
		t = strings.ToLower(t)
		if !norm.NFC.IsNormalString(t) || hasLatinMark(t) {
			t = stripLatinMarks(t)
		}
	}
	if len(t) > maxLexeme {
		return ""
	}
	return t
}

// hasLatinMark reports whether t has a precomposed Latin letter with a
// diacritic (U+00C0–U+024F, U+1E00–U+1EFF).
func hasLatinMark(t string) bool {
	for _, r := range t {
		if r >= 0xC0 && r <= 0x24F || r >= 0x1E00 && r <= 0x1EFF {
			return true
		}
	}
	return false
}

// stripLatinMarks decomposes t and drops the combining marks that follow
// a Latin letter.
func stripLatinMarks(t string) string {
	d := norm.NFD.String(t)
	var b strings.Builder
	b.Grow(len(d))
	latin := false
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			if latin {
				continue
			}
		} else {
			latin = r < 0x250 || r >= 0x1E00 && r <= 0x1EFF
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// writeLexeme writes t quoted for a tsvector or tsquery literal: inside
// single quotes a quote is doubled and a backslash escaped.
func writeLexeme(b *strings.Builder, t string) {
	b.WriteByte('\'')
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case '\'':
			b.WriteString("''")
		case '\\':
			b.WriteString(`\\`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('\'')
}

// tsvectorLiteral renders analysed title and body terms (space-separated)
// as a tsvector literal: each distinct term with its positions, title
// positions weighted A, body positions unweighted (D). Body positions
// start two after the title's last, so a phrase never spans the two, as
// with FTS5's separate columns. Positions past 16383 are clamped by
// PostgreSQL; terms beyond the 1 MB a tsvector holds are left out.
func tsvectorLiteral(title, body string) string {
	type entry struct {
		term string
		pos  []uint16
		wA   []bool
	}
	var entries []*entry
	byTerm := map[string]*entry{}
	size := 0
	pos := 0
	add := func(text string, weightA bool) {
		for t := range strings.FieldsSeq(text) {
			pos++
			t = foldTerm(t)
			if t == "" {
				continue
			}
			e := byTerm[t]
			if e == nil {
				if size+len(t) > maxLexBytes-1024 {
					continue
				}
				size += len(t)
				e = &entry{term: t}
				byTerm[t] = e
				entries = append(entries, e)
			}
			if len(e.pos) < maxPositions {
				e.pos = append(e.pos, uint16(min(pos, maxPos)))
				e.wA = append(e.wA, weightA)
			}
		}
	}
	add(title, true)
	pos++ // the gap between title and body
	add(body, false)
	slices.SortFunc(entries, func(a, b *entry) int { return strings.Compare(a.term, b.term) })
	var b strings.Builder
	for i, e := range entries {
		if i > 0 {
			b.WriteByte(' ')
		}
		writeLexeme(&b, e.term)
		for j, p := range e.pos {
			if j == 0 {
				b.WriteByte(':')
			} else {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(int(p)))
			if e.wA[j] {
				b.WriteByte('A')
			}
		}
	}
	return b.String()
}

// tsqueryLiteral renders m as a tsquery literal: groups joined by &, a
// group's alternatives by |, a phrase's terms by <->, prefixes as :*,
// excluded groups as !(…). It returns "" when nothing can match: m is
// empty, or a required group has no term PostgreSQL can store.
// Excluded groups that cannot match are left out.
func tsqueryLiteral(m store.TextMatch) string {
	var b strings.Builder
	n := 0
	for _, g := range m.Groups {
		s := renderGroup(g)
		if s == "" {
			return ""
		}
		if n > 0 {
			b.WriteString(" & ")
		}
		b.WriteString(s)
		n++
	}
	if n == 0 {
		return ""
	}
	for _, g := range m.Not {
		if s := renderGroup(g); s != "" {
			b.WriteString(" & !")
			b.WriteString(s)
		}
	}
	return b.String()
}

// renderGroup renders one group in parentheses, or "" when none of its
// alternatives has a term.
func renderGroup(g store.TermGroup) string {
	var alts []string
	for _, a := range g.Alts {
		if s := renderAlt(a, g.Prefix); s != "" && !slices.Contains(alts, s) {
			alts = append(alts, s)
		}
	}
	if len(alts) == 0 {
		return ""
	}
	return "(" + strings.Join(alts, " | ") + ")"
}

// renderAlt renders one alternative: a term, or a phrase when it has
// several (FTS5 reads a quoted string of several terms as a phrase too).
// A prefix applies to the last term. A phrase with a term PostgreSQL
// cannot store cannot match: "".
func renderAlt(a string, prefix bool) string {
	terms := strings.Fields(a)
	if len(terms) == 0 {
		return ""
	}
	var b strings.Builder
	if len(terms) > 1 {
		b.WriteByte('(')
	}
	for i, t := range terms {
		t = foldTerm(t)
		if t == "" {
			return ""
		}
		if i > 0 {
			b.WriteString(" <-> ")
		}
		writeLexeme(&b, t)
		if prefix && i == len(terms)-1 {
			b.WriteString(":*")
		}
	}
	if len(terms) > 1 {
		b.WriteByte(')')
	}
	return b.String()
}

// rankWeights are ts_rank's weights {D, C, B, A} for a title (A) weighted
// tw times the body (D); ts_rank wants them within [0, 1].
func rankWeights(tw float64) []float32 {
	if tw <= 0 {
		tw = 3
	}
	top := max(tw, 1)
	return []float32{float32(1 / top), 0, 0, float32(tw / top)}
}
