package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds
const (
	tWord  = iota // a word: letters, digits, inner hyphens, apostrophes and initial dots
	tPunct        // one punctuation rune
)

// token is one word or punctuation rune of a paragraph.
type token struct {
	start, end int  // byte offsets in the paragraph
	kind       int8 // tWord or tPunct
	punct      rune // the rune of a tPunct token
	cap        bool // the first letter is upper case (or the word starts with a digit and has an upper-case letter)
	upper      bool // every letter is upper case and there are at least two letters
	sent       bool // first word of a sentence, a quotation, a heading or a dateline
	// ns, ne delimit the normalised form in the paragraph's normal string:
	// lower case, diacritics folded, apostrophes and dots dropped, inner
	// hyphens turned into spaces.
	ns, ne int
}

// isApos reports apostrophe-like runes that are folded away inside words.
func isApos(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´':
		return true
	}
	return false
}

// isHyphen reports hyphen-like runes that may join the parts of a word.
func isHyphen(r rune) bool {
	switch r {
	case '-', '‐', '‑':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// fold lower-cases r and strips the diacritic of common Latin letters, so
// "Erdoğan" and "Erdogan" normalise alike.
func fold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	r = unicode.ToLower(r)
	if f, ok := foldTable[r]; ok {
		return f
	}
	return r
}

var foldTable = func() map[rune]rune {
	m := map[rune]rune{}
	groups := map[rune]string{
		'a': "àáâãäåāăą",
		'c': "çćĉċč",
		'd': "ďđ",
		'e': "èéêëēĕėęě",
		'g': "ĝğġģ",
		'h': "ĥħ",
		'i': "ìíîïĩīĭįı",
		'j': "ĵ",
		'k': "ķ",
		'l': "ĺļľŀł",
		'n': "ñńņňŉ",
		'o': "òóôõöøōŏő",
		'r': "ŕŗř",
		's': "śŝşšș",
		't': "ţťŧț",
		'u': "ùúûüũūŭůűų",
		'w': "ŵ",
		'y': "ýÿŷ",
		'z': "źżž",
	}
	for to, from := range groups {
		for _, r := range from {
			m[r] = to
		}
	}
	return m
}()

// tokenizer splits paragraphs into tokens and builds their normal string.
// It reuses its buffers between paragraphs of one Find call.
type tokenizer struct {
	toks []token
	norm []byte
}

// tokenize splits s into tokens, replacing t.toks; t.norm receives the
// normal forms (each word's form followed by one space; punctuation adds
// "|" so that no key can span it).
func (t *tokenizer) tokenize(s string) {
	t.toks = t.toks[:0]
	t.norm = t.norm[:0]
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w <= 1 {
			i++
			continue
		}
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			i += w
			continue
		}
		if !isWordRune(r) {
			t.toks = append(t.toks, token{start: i, end: i + w, kind: tPunct, punct: r, ns: len(t.norm), ne: len(t.norm)})
			t.norm = append(t.norm, '|', ' ')
			i += w
			continue
		}
		i = t.word(s, i)
	}
}

// word scans one word starting at i and returns the offset after it.
func (t *tokenizer) word(s string, i int) int {
	start := i
	j := i
	// first pass: find the extent
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && isWordByte(c) {
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += w
			continue
		}
		if r == '.' {
			if k := domainEnd(s, j); k > j {
				// "Kompas.com", "Tempo.co.id": the domain belongs to the name
				j = k
				continue
			}
		}
		if isApos(r) || isHyphen(r) || r == '.' {
			// inner joiner: must be followed by a word rune
			if j+w < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+w:])
				if isWordRune(r2) {
					if r == '.' {
						// only initials such as U.S. or D.C.: a single letter before
						if !singleLetterBefore(s, start, j) {
							break
						}
					}
					if isApos(r) && (r2 == 's' || r2 == 'S') && possessiveEnd(s, j+w+1) {
						// possessive 's: stop before the apostrophe
						break
					}
					if isHyphen(r) {
						// "Jong-Un", "Rusia-China": split when both sides are capitalised
						first, _ := utf8.DecodeRuneInString(s[start:])
						if unicode.IsUpper(first) && unicode.IsUpper(r2) {
							t.emitWord(s, start, j)
							return j + w
						}
					}
					j += w
					continue
				}
			}
			if r == '.' && singleLetterBefore(s, start, j) && (isInitialsRun(s, start, j) || middleInitial(s, start, j+w)) {
				// trailing dot of "U.S." or of the initial in "George W. Bush"
				j += w
			}
			break
		}
		break
	}
	// split glued acronyms: "PressKCNA" -> "Press" "KCNA"
	if c := s[start]; c >= 'A' && c <= 'Z' && j-start >= 3 {
		if k := gluedAcronym(s[start:j]); k > 0 {
			t.emitWord(s, start, start+k)
			t.emitWord(s, start+k, j)
			return j
		}
	}
	t.emitWord(s, start, j)
	return j
}

// domainEnd returns the offset after a domain suffix starting at the dot
// at j (".com", ".co.id"), or j when there is none.
func domainEnd(s string, j int) int {
	k := j
	for k < len(s) && s[k] == '.' {
		e := k + 1
		for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
			e++
		}
		if !tld[s[k+1:e]] || e < len(s) && isWordByte(s[e]) {
			break
		}
		k = e
	}
	return k
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

var tld = map[string]bool{"com": true, "co": true, "id": true, "net": true, "org": true, "tv": true, "news": true, "my": true, "sg": true, "uk": true, "au": true}

// possessiveEnd reports whether offset k (just after the "s" of "'s") ends
// the word.
func possessiveEnd(s string, k int) bool {
	if k >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return !isWordRune(r)
}

// singleLetterBefore reports whether the word part just before offset j
// (back to start or the previous dot) is one letter.
func singleLetterBefore(s string, start, j int) bool {
	r, w := utf8.DecodeLastRuneInString(s[start:j])
	if !unicode.IsLetter(r) {
		return false
	}
	k := j - w
	return k == start || s[k-1] == '.'
}

// middleInitial reports whether s[start] is one capital letter and the
// text after offset k is a space and a capitalised word ("W. Bush").
func middleInitial(s string, start, k int) bool {
	r, w := utf8.DecodeRuneInString(s[start:])
	if !unicode.IsUpper(r) || start+w+1 != k {
		return false
	}
	if k >= len(s) || s[k] != ' ' {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[k+1:])
	return unicode.IsUpper(r2)
}

// isInitialsRun reports whether s[start:j] looks like "U.S" (letters
// separated by dots, at least one dot).
func isInitialsRun(s string, start, j int) bool {
	return strings.IndexByte(s[start:j], '.') > 0
}

// gluedAcronym returns the split offset in words like "PressKCNA" (a
// lower-case letter followed by an all-capital tail of two or more letters),
// or 0.
func gluedAcronym(w string) int {
	if len(w) < 3 {
		return 0
	}
	prevLower := false
	for k, r := range w {
		if prevLower && unicode.IsUpper(r) {
			tail := w[k:]
			n := 0
			for _, r2 := range tail {
				if !unicode.IsUpper(r2) {
					return 0
				}
				n++
			}
			if n >= 2 {
				return k
			}
			return 0
		}
		prevLower = unicode.IsLower(r)
	}
	return 0
}

// emitWord appends the word s[a:b] with its normal form.
func (t *tokenizer) emitWord(s string, a, b int) {
	tk := token{start: a, end: b, kind: tWord, ns: len(t.norm)}
	letters, uppers := 0, 0
	first := true
	ascii := true
	for i := a; i < b; i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		// fast path for plain ASCII words
		for i := a; i < b; i++ {
			c := s[i]
			switch {
			case c >= 'A' && c <= 'Z':
				if i == a {
					tk.cap = true
				}
				letters++
				uppers++
				t.norm = append(t.norm, c+('a'-'A'))
			case c >= 'a' && c <= 'z':
				letters++
				t.norm = append(t.norm, c)
			case c >= '0' && c <= '9':
				t.norm = append(t.norm, c)
			case c == '-':
				t.norm = append(t.norm, ' ')
			}
		}
		first = false
	}
	for _, r := range s[a:b] {
		if ascii {
			break
		}
		if first {
			first = false
			tk.cap = unicode.IsUpper(r) || unicode.IsTitle(r)
		}
		switch {
		case isApos(r) || r == '.':
			continue
		case isHyphen(r):
			t.norm = append(t.norm, ' ')
			continue
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
		t.norm = utf8.AppendRune(t.norm, fold(r))
	}
	if !tk.cap {
		// "al-Assad", "el-Sisi": a short lower-case particle joined to a name
		if h := strings.IndexByte(s[a:b], '-'); h > 0 && h <= 3 {
			r, _ := utf8.DecodeRuneInString(s[a+h+1:])
			if r2, _ := utf8.DecodeRuneInString(s[a+h:]); r2 != '-' {
				_, hw := utf8.DecodeRuneInString(s[a+h:])
				r, _ = utf8.DecodeRuneInString(s[a+h+hw:])
			}
			tk.cap = unicode.IsUpper(r)
		}
	}
	tk.upper = letters >= 2 && uppers == letters
	tk.ne = len(t.norm)
	t.norm = append(t.norm, ' ')
	t.toks = append(t.toks, tk)
}

// normalize returns the normal key of a whole phrase: the normal forms of
// its words joined by single spaces.
func normalize(s string) string {
	var t tokenizer
	t.tokenize(s)
	var b strings.Builder
	for _, tk := range t.toks {
		if tk.kind != tWord {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(t.norm[tk.ns:tk.ne])
	}
	return b.String()
}

// slug turns a canonical name into the name part of an id: lower case,
// diacritics folded, apostrophes dropped, every other run of non-letters
// one hyphen ("Robert O'Brien" -> "robert-obrien").
func slug(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	dash := false
	for _, r := range s {
		switch {
		case isApos(r) || r == '.':
			continue
		case isWordRune(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(fold(r))
		default:
			dash = true
		}
	}
	return b.String()
}

// makeID is the deterministic entity id for a type and canonical name.
func makeID(typ, canonical string) string { return typ + ":" + slug(canonical) }

// cleanSurface returns s with curly apostrophes made straight and spaces
// collapsed, for canonical names taken from text.
func cleanSurface(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == '`' || c == '\t' || c == '\n' || c == '\r' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isApos(r):
			r = '\''
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
