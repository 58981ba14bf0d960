package search

import (
	"unicode"
	"unicode/utf8"
)

// Segment is a piece of text; Hit marks the words that match the query.
// Templates escape each segment, so marking cannot inject markup.
type Segment struct {
	Text string `json:"text"`
	Hit  bool   `json:"hit,omitempty"`
}

// snippetLen is the length of a snippet in bytes, roughly.
const snippetLen = 260

// highlight splits text into segments, marking words that match.
func highlight(m matcher, lang, text string) ([]Segment, int) {
	var segs []Segment
	hits := 0
	last := 0
	eachWord(text, func(start, end int, lower string) {
		if !m.match(lang, lower) {
			return
		}
		hits++
		if start > last {
			segs = append(segs, Segment{Text: text[last:start]})
		}
		segs = append(segs, Segment{Text: text[start:end], Hit: true})
		last = end
	})
	if last < len(text) {
		segs = append(segs, Segment{Text: text[last:]})
	}
	return segs, hits
}

// snippet picks the paragraph with the most distinct matching words (the
// first on ties), cuts about snippetLen bytes around its first match and
// marks the matches. With no match it returns the start of the first
// paragraph.
func snippet(m matcher, lang string, paragraphs []string) []Segment {
	best, bestN, bestFirst := -1, 0, 0
	for i, p := range paragraphs {
		seen := map[string]bool{}
		first := -1
		eachWord(p, func(start, _ int, lower string) {
			if m.match(lang, lower) {
				seen[lower] = true
				if first < 0 {
					first = start
				}
			}
		})
		if len(seen) > bestN {
			best, bestN, bestFirst = i, len(seen), first
		}
	}
	if best < 0 {
		if len(paragraphs) == 0 {
			return nil
		}
		best, bestFirst = 0, 0
	}
	p := paragraphs[best]
	start := max(0, bestFirst-snippetLen/4)
	if start > 0 {
		start = wordStart(p, start)
	}
	end := min(len(p), start+snippetLen)
	if end < len(p) {
		end = wordEnd(p, end)
	}
	segs, _ := highlight(m, lang, p[start:end])
	if start > 0 {
		segs = append([]Segment{{Text: "…"}}, segs...)
	}
	if end < len(p) {
		segs = append(segs, Segment{Text: "…"})
	}
	return segs
}

// wordStart moves i forward to the start of the next word.
func wordStart(s string, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return i + size
		}
		i += size
	}
	return i
}

// wordEnd moves i back to the end of the previous word.
func wordEnd(s string, i int) int {
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	for j := i; j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if unicode.IsSpace(r) {
			return j - size
		}
		j -= size
	}
	return i
}

// eachWord calls fn with the byte span and lower-cased form of every run
// of letters, digits and marks in s.
func eachWord(s string, fn func(start, end int, lower string)) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !termRune(r) {
			i += size
			continue
		}
		start := i
		lowerSame := true
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !termRune(r) {
				break
			}
			if unicode.ToLower(r) != r {
				lowerSame = false
			}
			i += size
		}
		w := s[start:i]
		if !lowerSame {
			w = toLowerString(w)
		}
		fn(start, i, w)
	}
}

func toLowerString(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}
