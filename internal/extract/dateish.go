package extract

import (
	"strings"
	"unicode/utf8"
)

// dateish reports whether s holds something shaped like a date or a clock
// time: 31/12/2019, 2019-12-31, 18:19, 18.19, 22 November 2024, Nov 22,
// 2024. It is a byte scan, not a parser: when reads the actual time.
func dateish(s string) bool {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) || (i > 0 && isASCIIAlnum(s[i-1])) {
			i++
			continue
		}
		n := digitRun(s, i)
		j := i + n
		switch {
		case n <= 2 && j+1 < len(s) && (s[j] == '/' || s[j] == '-' || s[j] == '.') && isDigit(s[j+1]):
			m := digitRun(s, j+1)
			k := j + 1 + m
			if m <= 2 && k+1 < len(s) && s[k] == s[j] && isDigit(s[k+1]) { // 31/12/2019
				if r := digitRun(s, k+1); r == 2 || r == 4 {
					return true
				}
			}
			if s[j] == '.' && m == 2 && !followedByDigit(s, k) { // 18.19
				return true
			}
		case n <= 2 && j+2 < len(s) && s[j] == ':' && digitRun(s, j+1) == 2: // 18:19
			return true
		case n == 4 && j+1 < len(s) && s[j] == '-' && digitRun(s, j+1) == 2: // 2019-12-31
			return true
		case n <= 2 && j+1 < len(s) && s[j] == ' ': // 22 November 2024
			w := wordAt(s, j+1)
			k := j + 1 + len(w)
			if isMonth(w) {
				if k < len(s) && s[k] == '.' {
					k++
				}
				if k+1 < len(s) && s[k] == ' ' && digitRun(s, k+1) == 4 {
					return true
				}
			}
		case n == 4 && i >= 2: // Nov 22, 2024
			k := i - 1
			for k > 0 && (s[k] == ' ' || s[k] == ',') {
				k--
			}
			e := k + 1
			for k >= 0 && isDigit(s[k]) {
				k--
			}
			if dn := e - k - 1; dn >= 1 && dn <= 2 && k > 0 && s[k] == ' ' {
				b := k - 1
				if s[b] == '.' {
					b--
				}
				st := b
				for st > 0 && isASCIILetter(s[st-1]) {
					st--
				}
				if isMonth(s[st : b+1]) {
					return true
				}
			}
		}
		i = j
	}
	return false
}

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func digitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

func followedByDigit(s string, i int) bool { return i < len(s) && isDigit(s[i]) }

func wordAt(s string, i int) string {
	j := i
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	return s[i:j]
}

// monthPrefixes are the first three letters of Indonesian and English
// month names.
var monthPrefixes = setOf("jan", "feb", "mar", "apr", "mei", "may", "jun", "jul", "agu", "aug", "sep", "okt", "oct", "nov", "des", "dec")

// isMonth reports whether w (ASCII letters) is a month name or its
// abbreviation, in Indonesian or English.
func isMonth(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	var p [3]byte
	for i := 0; i < 3; i++ {
		p[i] = w[i] | 0x20
	}
	return monthPrefixes[string(p[:])]
}

// dateWords may stand next to a date in a header line.
var dateWords = setOf(
	"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "wed", "thu", "fri", "sat", "sun",
	"wib", "wita", "wit", "gmt", "utc", "am", "pm", "a.m.", "p.m.", "pukul", "jam", "diperbarui",
	"updated", "published", "diterbitkan", "dipublikasikan", "posted", "diposting", "on", "at",
	"pada", "article", "hrs", "et", "edt", "est", "pst", "pdt", "bst", "cet", "hkt",
)

// isWeekday reports whether s contains a day name as a word.
func isWeekday(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' }) {
		lw := strings.ToLower(w)
		switch lw {
		case "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return true
		}
	}
	return false
}

// dateResidue is the number of characters of s that are not part of a
// date: words with digits, month and day names, zone words and
// punctuation are dropped.
func dateResidue(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '|' || r == '(' || r == ')' }) {
		if strings.ContainsAny(w, "0123456789") {
			continue
		}
		lw := strings.ToLower(strings.TrimRight(w, ".:"))
		if lw == "" || dateWords[lw] || (isMonth(lw) && isASCIIWord(lw)) {
			continue
		}
		n += utf8.RuneCountInString(w)
	}
	return n
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) {
			return false
		}
	}
	return true
}

// splitHeader splits a header line at " | ", "|", " • ", " · ", " - ",
// " – " and " — ".
func splitHeader(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		sepLen := 0
		switch {
		case s[i] == '|':
			sepLen = 1
		case s[i] == ' ' && i+2 < len(s) && s[i+2] == ' ' && s[i+1] == '-':
			sepLen = 3
		case s[i] == ' ' && i+1 < len(s):
			r, size := utf8.DecodeRuneInString(s[i+1:])
			if (r == '•' || r == '·' || r == '–' || r == '—') && i+1+size < len(s) && s[i+1+size] == ' ' {
				sepLen = 2 + size
			}
		}
		if sepLen == 0 {
			i++
			continue
		}
		out = append(out, strings.TrimSpace(s[start:i]))
		i += sepLen
		start = i
	}
	return append(out, strings.TrimSpace(s[start:]))
}
