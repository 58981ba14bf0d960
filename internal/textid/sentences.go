package textid

import (
	"unicode"
	"unicode/utf8"
)

// Sentences splits a paragraph into sentences, trimmed of surrounding white
// space. See SentenceSpans for the rules.
func Sentences(s string) []string {
	spans := SentenceSpans(s)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = s[sp[0]:sp[1]]
	}
	return out
}

// SentenceSpans returns the byte offsets [start, end) of the sentences of s,
// in order, without overlap; what lies between and around them is only white
// space. Empty or blank input gives no spans.
//
// A sentence ends after '.', '!', '?' or an ellipsis (with any closing quotes
// and brackets that follow at once) when white space and then an upper-case
// letter, an opening quote or bracket, or a digit come next, and always at a
// blank line. It does not end after a known abbreviation (Dr., Prof., H., Jl.,
// Mr., Jan., ...), a single initial ("O. Brien"), a dotted abbreviation
// ("U.S.", "a.m."), before a digit when the word before is a number or an
// abbreviation, or at an ellipsis inside an open quotation.
func SentenceSpans(s string) [][2]int {
	var spans [][2]int
	start := skipSpace(s, 0)
	if start >= len(s) {
		return nil
	}
	inQuote := false // inside “…” or "…"
	i := start
	for i < len(s) {
		r, size := decodeAt(s, i)
		switch {
		case r == '"':
			inQuote = !inQuote
		case r == '\u201C' || r == '\u00AB' || r == '\u201E':
			inQuote = true
		case r == '\u201D' || r == '\u00BB':
			inQuote = false
		case r == '\n':
			// blank line: hard break
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
				j++
			}
			if j < len(s) && s[j] == '\n' {
				if e := trimSpaceEnd(s, start, i); e > start {
					spans = append(spans, [2]int{start, e})
				}
				start = skipSpace(s, j)
				i = start
				inQuote = false
				continue
			}
		case r == '.' || r == '!' || r == '?' || r == '\u2026':
			end, ok := sentenceEnd(s, i, inQuote)
			if ok {
				spans = append(spans, [2]int{start, end})
				start = skipSpace(s, end)
				i = start
				inQuote = false
				continue
			}
			if end > i {
				// skip the rest of the punctuation run
				for k := i + size; k < end; {
					q, qs := decodeAt(s, k)
					switch q {
					case '"':
						inQuote = !inQuote
					case '\u201D', '\u00BB':
						inQuote = false
					}
					k += qs
				}
				i = end
				continue
			}
		}
		i += size
	}
	if e := trimSpaceEnd(s, start, len(s)); e > start {
		spans = append(spans, [2]int{start, e})
	}
	return spans
}

// sentenceEnd looks at the terminal punctuation at s[i]. It returns the end
// of the punctuation run (with closing quotes) and whether a sentence ends
// there.
func sentenceEnd(s string, i int, inQuote bool) (int, bool) {
	j := i
	ellipsis := false
	dots := 0
	for j < len(s) {
		c := s[j]
		if c == '.' {
			dots++
			j++
			continue
		}
		if c == '!' || c == '?' {
			j++
			continue
		}
		if r, size := decodeAt(s, j); r == '\u2026' {
			ellipsis = true
			j += size
			continue
		}
		break
	}
	if dots >= 2 {
		ellipsis = true
	}
	onlyDot := dots == j-i
	// closing quotes and brackets stay with the sentence
	closed := false
	for j < len(s) {
		r, size := decodeAt(s, j)
		if r == '"' || r == '\'' || r == '\u201D' || r == '\u2019' || r == ')' || r == ']' || r == '\u00BB' {
			if r == '"' || r == '\u201D' || r == '\u00BB' {
				closed = true
			}
			j += size
			continue
		}
		break
	}
	end := j
	if j >= len(s) {
		return end, false // the final span is added by the caller
	}
	// white space must follow
	r, _ := decodeAt(s, j)
	if !unicode.IsSpace(r) {
		return end, false
	}
	k := skipSpace(s, j)
	if k >= len(s) {
		return end, false
	}
	if ellipsis && inQuote && !closed {
		return end, false
	}
	n, _ := decodeAt(s, k)
	var nextOK bool
	switch {
	case isOpener(n):
		nextOK = true
	case unicode.IsUpper(n) || unicode.IsTitle(n):
		nextOK = true
	case isDigit(n):
		nextOK = !prevIsNumber(s, i)
	}
	if !nextOK {
		return end, false
	}
	if onlyDot && dots == 1 && isAbbrevBefore(s, i) {
		return end, false
	}
	return end, true
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '\u201C', '\u2018', '(', '[', '\u00AB', '\u201E':
		return true
	}
	return false
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := decodeAt(s, i)
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func trimSpaceEnd(s string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}

// wordBefore returns the run of letters and dots that ends at s[i].
func wordBefore(s string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if r == '.' || isLetter(r) {
			j -= size
			continue
		}
		break
	}
	return s[j:i]
}

func prevIsNumber(s string, i int) bool {
	return i > 0 && isDigit(rune(s[i-1]))
}

// isAbbrevBefore reports whether the '.' at s[i] closes an abbreviation.
func isAbbrevBefore(s string, i int) bool {
	w := wordBefore(s, i)
	if w == "" {
		return false
	}
	// dotted abbreviation: U.S, a.m, e.g, S.H
	for k := 0; k < len(w); k++ {
		if w[k] == '.' {
			return true
		}
	}
	if n := utf8.RuneCountInString(w); n == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // single initial
	}
	if len(w) > 8 {
		return false
	}
	var b [8]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		b[k] = c
	}
	_, ok := abbreviations[string(b[:len(w)])]
	return ok
}

// abbreviations are lower-cased words that, followed by '.', do not end a
// sentence. Words that often end a sentence (dll, dsb, dkk, etc, Tbk) are
// deliberately absent.
var abbreviations = toSet(`
dr drs dra prof h hj ir jl jln no nos tn ny nn sdr sdri bpk kh kol brigjen
mayjen letjen jend kapt ipda iptu aiptu bripda briptu kompol akbp irjen komjen
laksma marsma pdt kec kab kel prov ds gg rt rw tel telp ttd
st mr mrs ms messrs mt jr sr gen gov sen rep lt col capt sgt maj adm rev hon
pres supt vs vol fig approx dept est ft ave blvd
jan feb mar apr jun jul agu agt ags aug sep sept okt oct nov des dec
`)
