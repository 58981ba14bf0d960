package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/textid"
)

// Analyze returns the indexed terms of an article's title and body, each
// space-separated: the terms of textid.Terms in the article's language
// (stop words and single letters dropped, then stemmed).
func Analyze(a *article.Article) (title, body string) {
	var an analyzer
	return an.analyze(a)
}

// analyzer computes textid.Terms with a cache of stems: news text repeats
// its words, and stemming is most of the cost. One analyzer per goroutine.
type analyzer struct {
	words []string
	terms []string
	stems map[string]map[string]string // lang -> word -> cleaned stem ("" when dropped)
	size  int
}

func (an *analyzer) analyze(a *article.Article) (title, body string) {
	an.terms = an.appendTerms(an.terms[:0], a.Lang, a.Title)
	title = joinTerms(an.terms)
	an.terms = an.terms[:0]
	if a.Subtitle != "" {
		an.terms = an.appendTerms(an.terms, a.Lang, a.Subtitle)
	}
	for _, p := range a.Paragraphs {
		an.terms = an.appendTerms(an.terms, a.Lang, p)
	}
	return title, joinTerms(an.terms)
}

// appendTerms is textid.AppendTerms with the stem cache.
func (an *analyzer) appendTerms(dst []string, lang, s string) []string {
	if an.stems == nil || an.size > 200000 {
		an.stems, an.size = map[string]map[string]string{}, 0
	}
	cache := an.stems[lang]
	if cache == nil {
		cache = make(map[string]string, 4096)
		an.stems[lang] = cache
	}
	an.words = textid.AppendWords(an.words[:0], s)
	for _, w := range an.words {
		if len(w) == 1 {
			continue
		}
		t, ok := cache[w]
		if !ok {
			if !textid.IsStopword(lang, w) {
				t = cleanTerm(textid.Stem(lang, w))
			}
			cache[w] = t
			an.size++
		}
		if t != "" {
			dst = append(dst, t)
		}
	}
	return dst
}

// joinTerms joins cleaned terms with spaces.
func joinTerms(terms []string) string {
	n := 0
	for _, t := range terms {
		n += len(t) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for _, t := range terms {
		t = cleanTerm(t)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// cleanTerm keeps only the letters, digits and marks of a term, so the
// FTS5 tokenizer sees it as one token ("o'brien" -> "obrien", "3.5" -> "35").
func cleanTerm(t string) string {
	clean := true
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if !termRune(r) {
			clean = false
			break
		}
		i += size
	}
	if clean {
		return t
	}
	return strings.Map(func(r rune) rune {
		if termRune(r) {
			return r
		}
		return -1
	}, t)
}

func termRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}
