package textid

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words splits s into lower-cased word tokens. See AppendWords for the rules.
func Words(s string) []string {
	return AppendWords(make([]string, 0, len(s)/6+1), s)
}

// AppendWords appends the lower-cased word tokens of s to dst and returns the
// extended slice. It makes one pass over s without regexp. Tokens equal to
// their bytes in s are substrings of s; tokens that differ (upper case,
// curly apostrophes, thousands separators) share one string allocated per
// call.
//
// Rules:
//   - a token is a run of letters, digits and combining marks;
//   - hyphens and dashes split ("jong-un" -> "jong", "un"; "anak-anak" ->
//     "anak", "anak"), so hyphenated and spaced spellings match;
//   - an apostrophe between two letters stays in the token, folded to '
//     ("O’Brien" -> "o'brien"); a final possessive 's is dropped
//     ("Kim's" -> "kim"); other apostrophes split;
//   - between digits, '.' or ',' followed by exactly three digits is a
//     thousands separator and is dropped ("10.000" and "10,000" -> "10000");
//     otherwise it is a decimal mark written '.' ("3,5" and "3.5" -> "3.5");
//   - soft hyphens and zero-width joiners inside a word are dropped.
func AppendWords(dst []string, s string) []string {
	// Changed tokens are gathered in one arena, each ended by a NUL (never
	// part of a token), and become one string at the end; their places in
	// dst hold "" (never a token) until then.
	n0 := len(dst)
	var arena []byte
	scanWords(s, func(tok string, buf []byte, _ uint8) {
		if buf != nil {
			if arena == nil {
				arena = make([]byte, 0, len(s)/4+16)
			}
			arena = append(arena, buf...)
			arena = append(arena, 0)
		}
		dst = append(dst, tok)
	})
	if arena != nil {
		a := string(arena)
		for i := n0; i < len(dst); i++ {
			if dst[i] == "" {
				j := strings.IndexByte(a, 0)
				dst[i] = a[:j]
				a = a[j+1:]
			}
		}
	}
	return dst
}

// token flags given by scanWords
const (
	fUpper     = 1 << iota // first letter upper case
	fAllUpper              // every letter upper case (two letters or more)
	fSentStart             // first token after . ! ? : ; a line break or the start
)

// scanWords calls emit for each token of s (see AppendWords). A token that
// equals its bytes in s comes as tok with buf nil; otherwise buf holds the
// lower-cased token and is valid only during the call.
func scanWords(s string, emit func(tok string, buf []byte, flags uint8)) {
	var scratch [64]byte
	buf := scratch[:0]
	sentStart := true
	i := 0
	for i < len(s) {
		if c := s[i]; c == ' ' || c == ',' {
			i++
			continue
		}
		r, size := decodeAt(s, i)
		if !isWordRune(r) {
			switch r {
			case '.', '!', '?', ':', ';', '\n', '\u2026':
				sentStart = true
			}
			i += size
			continue
		}
		start := i
		end := i
		clean := true // token so far equals s[start:end]
		buf = buf[:0]
		var flags uint8
		if sentStart {
			flags |= fSentStart
		}
		sentStart = false
		upper, letters := 0, 0
		prev := rune(0)
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				// ASCII fast path
				if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
					if !clean {
						buf = append(buf, c)
					}
					if c >= 'a' {
						letters++
					}
					i++
					end = i
					prev = rune(c)
					continue
				}
				if c >= 'A' && c <= 'Z' {
					if clean {
						buf = append(buf, s[start:end]...)
						clean = false
					}
					buf = append(buf, c+32)
					if letters == 0 {
						flags |= fUpper
					}
					upper++
					letters++
					i++
					end = i
					prev = rune(c)
					continue
				}
			}
			r, size = decodeAt(s, i)
			if isWordRune(r) {
				lr := toLower(r)
				if lr != r {
					if clean {
						buf = append(buf, s[start:end]...)
						clean = false
					}
					buf = utf8.AppendRune(buf, lr)
					upper++
					if letters == 0 {
						flags |= fUpper
					}
				} else if !clean {
					buf = append(buf, s[i:i+size]...)
				}
				if isLetter(r) {
					letters++
				}
				i += size
				end = i
				prev = r
				continue
			}
			if isIgnorable(r) {
				n, _ := decodeAt(s, i+size)
				if i+size < len(s) && isWordRune(n) {
					if clean {
						buf = append(buf, s[start:end]...)
						clean = false
					}
					i += size
					end = i
					continue
				}
				break
			}
			if isApostrophe(r) && isLetter(prev) {
				j := i + size
				n, nsize := decodeAt(s, j)
				if j < len(s) && isLetter(n) {
					if n == 's' || n == 'S' {
						// possessive: 's followed by a non-word rune
						a, _ := decodeAt(s, j+nsize)
						if j+nsize >= len(s) || !isWordRune(a) {
							i = j + nsize
							break
						}
					}
					if r != '\'' && clean {
						buf = append(buf, s[start:end]...)
						clean = false
					}
					if !clean {
						buf = append(buf, '\'')
					}
					i = j
					end = i
					prev = r
					continue
				}
				break
			}
			if (r == '.' || r == ',') && isDigit(prev) && i+1 < len(s) && isDigit(rune(s[i+1])) {
				nd := 0
				for j := i + 1; j < len(s) && isDigit(rune(s[j])); j++ {
					nd++
				}
				if clean && (nd == 3 || r == ',') {
					buf = append(buf, s[start:end]...)
					clean = false
				}
				if nd != 3 && !clean {
					buf = append(buf, '.') // decimal mark; thousands separators are dropped
				}
				i++
				end = i
				prev = r
				continue
			}
			break
		}
		if letters >= 2 && upper == letters {
			flags |= fAllUpper
		}
		if clean {
			emit(s[start:end], nil, flags)
		} else {
			emit("", buf, flags)
		}
	}
}

func decodeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 1
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func toLower(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}
	return unicode.ToLower(r)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02BC', '\u201B', '`', '\u00B4':
		return true
	}
	return false
}

// isIgnorable reports runes dropped inside a word: soft hyphen, zero-width
// joiner and non-joiner, word joiner.
func isIgnorable(r rune) bool {
	switch r {
	case '\u00AD', '\u200C', '\u200D', '\u2060':
		return true
	}
	return false
}
