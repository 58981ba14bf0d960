package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// seg is the inside of a quotation within one paragraph: bytes [s, e).
type seg struct{ p, s, e int }

// qspan is one quotation, possibly over several paragraphs. open is the
// offset of the opening mark in segs[0].p; close the offset just after the
// closing mark in the last paragraph (len(paragraph) when unclosed).
type qspan struct {
	segs  []seg
	open  int
	close int
}

func (q *qspan) last() seg { return q.segs[len(q.segs)-1] }

const (
	ldquo = "\u201C" // “
	rdquo = "\u201D" // ”
)

// scanQuotes finds the top-level double quotations of an article. Curly
// and straight marks are both recognised; single quotes (‘…’, '…') are
// only ever nested material or apostrophes and never open a quotation. A
// paragraph that ends inside a quotation continues it when the next
// paragraph opens with a quote mark (English news style).
func scanQuotes(paras []string) []qspan {
	var out []qspan
	var cur qspan
	open := false
	straight := false
	for p, text := range paras {
		i := 0
		if open {
			j := skipSpace(text, 0)
			switch {
			case strings.HasPrefix(text[j:], ldquo):
				cur.segs = append(cur.segs, seg{p, j + 3, -1})
				i = j + 3
			case j < len(text) && text[j] == '"':
				cur.segs = append(cur.segs, seg{p, j + 1, -1})
				i = j + 1
			default:
				// The quotation was never continued: it ends with its paragraph.
				cur.close = len(paras[cur.last().p])
				out = appendQuote(out, cur)
				open = false
			}
		}
		for i < len(text) {
			c := text[i]
			switch {
			case c == '"':
				if !open {
					cur = qspan{segs: []seg{{p, i + 1, -1}}, open: i}
					open, straight = true, true
				} else if straight {
					cur.segs[len(cur.segs)-1].e = i
					cur.close = i + 1
					out = appendQuote(out, cur)
					open = false
				}
				i++
			case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x9C: // “
				if !open {
					cur = qspan{segs: []seg{{p, i + 3, -1}}, open: i}
					open, straight = true, false
				}
				i += 3
			case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x9D: // ”
				if open {
					cur.segs[len(cur.segs)-1].e = i
					cur.close = i + 3
					out = appendQuote(out, cur)
					open = false
				}
				i += 3
			default:
				i++
			}
		}
		if open {
			cur.segs[len(cur.segs)-1].e = len(text)
		}
	}
	if open {
		cur.close = len(paras[cur.last().p])
		out = appendQuote(out, cur)
	}
	return out
}

func appendQuote(out []qspan, q qspan) []qspan {
	n := 0
	for _, s := range q.segs {
		n += s.e - s.s
	}
	if n <= 0 {
		return out
	}
	segs := make([]seg, len(q.segs))
	copy(segs, q.segs)
	q.segs = segs
	return append(out, q)
}

// quoteText joins the inside of a quotation.
func quoteText(paras []string, q *qspan) string {
	if len(q.segs) == 1 {
		s := q.segs[0]
		return cleanQuoteText(paras[s.p][s.s:s.e])
	}
	var b strings.Builder
	for i, s := range q.segs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(paras[s.p][s.s:s.e]))
	}
	return cleanQuoteText(b.String())
}

func cleanQuoteText(s string) string {
	s = strings.TrimSpace(s)
	return strings.TrimRight(s, ", ")
}

// tok is a word token: bytes [s, e) of its paragraph.
type tok struct{ s, e int }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’' || r == '+'
}

// tokens splits text[a:b] into word tokens. A dot is kept inside dotted
// abbreviations ("U.S.", "Sen.") so they stay one token.
func tokens(dst []tok, text string, a, b int) []tok {
	i := a
	for i < b {
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiWord(c) || c == '\'' || c == '-' {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) || r == '’' {
			i += n
			continue
		}
		s := i
		for i < b {
			c := text[i]
			if c < utf8.RuneSelf && asciiWord(c) {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if c >= utf8.RuneSelf && isWordRune(r) {
				i += n
				continue
			}
			if r == '.' && i+1 < b {
				// "U.S." or "a.m.": a dot followed by a letter
				r2, _ := utf8.DecodeRuneInString(text[i+1:])
				if unicode.IsLetter(r2) {
					i += n
					continue
				}
			}
			break
		}
		e := i
		// trim trailing apostrophes and hyphens
		for e > s && (text[e-1] == '\'' || text[e-1] == '-') {
			e--
		}
		for e-s >= 3 && strings.HasSuffix(text[s:e], "’") {
			e -= 3
		}
		if e > s {
			dst = append(dst, tok{s, e})
		}
	}
	return dst
}

func asciiWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '\'' || c == '+'
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lower returns w in lower case, without allocating when it already is.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// verbBase strips the -nya suffix of an Indonesian post verb ("katanya").
func verbBase(w string) (string, bool) {
	if len(w) > 5 && strings.HasSuffix(w, "nya") {
		b := w[:len(w)-3]
		if postVerbs[b] {
			return b, true
		}
	}
	return w, false
}

// hasPunct reports whether s holds a clause break.
func hasBreak(s string) bool {
	return strings.ContainsAny(s, ".;:!?\"") || strings.Contains(s, ldquo) || strings.Contains(s, rdquo)
}

// has looks w up in a table of lower-case words without allocating for
// short ASCII words.
func has(m map[string]bool, w string) bool {
	if len(w) > 32 {
		return m[strings.ToLower(w)]
	}
	var buf [32]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}
