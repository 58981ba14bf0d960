package textid

import (
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// Stem returns the stem of a lower-cased word: the Snowball English stemmer
// for "en", the Indonesian confix-stripping stemmer for every other lang
// ("id", "ms", ""). Words with upper-case letters, digits or fewer than four
// letters come back unchanged.
func Stem(lang, word string) string {
	if len(word) < 4 || !isLowerWord(word) {
		return word
	}
	if lang == "en" {
		return stemEN(word)
	}
	return stemID(word, true)
}

// isLowerWord reports whether w has only lower-case letters, apostrophes,
// hyphens and combining marks.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if (c < 'a' || c > 'z') && c != '\'' && c != '-' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError || !isWordRune(r) || unicode.IsDigit(r) || toLower(r) != r {
			return false
		}
		i += size
	}
	return true
}

// stemEN runs the Snowball English stemmer (kljensen/snowball: no package
// state, safe for concurrent use).
func stemEN(w string) string {
	return english.Stem(w, true)
}
