package cluster

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta/internal/textid"
)

// Features are the raw counts of one article, before weighting. Computing
// them is pure and safe for concurrent use, so the pipeline may call Analyze
// in parallel workers and pass the result to AddAnalyzed.
type Features struct {
	Terms    []Count // textid.Terms of title (counted TitleWeight times) and body
	Entities []Count // Doc.Entities, plus capitalised words of the body
	Numbers  []Count // number tokens ("2013", "7.5", "543461")
	Years    []Count // years 1900-2100 named in the body
}

// Count is a key with its number of occurrences.
type Count struct {
	Key string
	N   int
}

// titleWeight is how many times a title term counts against a body term.
const titleWeight = 3

// Analyze computes the features of d.
func Analyze(d Doc) Features {
	lang := d.Lang
	terms := map[string]int{}
	nums := map[string]int{}
	years := map[string]int{}
	var buf []string
	if d.Title != "" {
		buf = textid.AppendTerms(buf[:0], lang, d.Title)
		for _, t := range buf {
			terms[t] += titleWeight
		}
	}
	buf = textid.AppendTerms(buf[:0], lang, d.Text)
	for _, t := range buf {
		terms[t]++
		if t[0] >= '0' && t[0] <= '9' {
			// A year is time, not a count: it goes to Years only.
			if len(t) == 4 && (t[:2] == "19" || t[:2] == "20") {
				years[t]++
			} else {
				nums[t]++
			}
		}
	}
	ents := map[string]int{}
	for _, e := range d.Entities {
		if e != "" {
			ents["="+e] += 2
		}
	}
	capitalised(lang, d.Text, ents)
	return Features{Terms: counts(terms), Entities: counts(ents), Numbers: counts(nums), Years: counts(years)}
}

// counts turns a map into a slice (in no particular order: weighing sorts
// it). Keys may share memory with the article text; centroids clone the
// keys they keep.
func counts(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for k, n := range m {
		out = append(out, Count{k, n})
	}
	return out
}

// capitalised adds to ents the lower-cased words of s that start with an
// upper-case letter and are not stop words: a proxy for named entities that
// needs no model. A word at the start of a sentence counts only when the
// same word also appears capitalised inside a sentence, so "Former" or
// "Namun" opening a sentence are not taken for names.
func capitalised(lang, s string, ents map[string]int) {
	type word struct {
		w          string
		initial    bool
		start, end int // word index in s, to see adjacency
	}
	var words []word
	inner := map[string]bool{}
	sentenceStart := true
	idx := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			switch r {
			case '.', '!', '?', '\n', ':', '"', '“', '”':
				sentenceStart = true
			}
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '\'' || r2 == '’' {
				j += sz
				continue
			}
			break
		}
		// A part joined by a hyphen to a capitalised word belongs to the
		// name: "Jong-un" and "Jong Un" are the same words.
		hyphened := i > 0 && s[i-1] == '-' && len(words) > 0 && words[len(words)-1].end == idx
		if (unicode.IsUpper(r) || hyphened) && j-i > 1 {
			w := strings.ToLower(strings.TrimRight(s[i:j], "'’"))
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if len(w) > 1 && !textid.IsStopword(lang, w) {
				words = append(words, word{w, sentenceStart && !hyphened, idx, idx + 1})
				if !sentenceStart || hyphened {
					inner[w] = true
				}
			}
		}
		sentenceStart = false
		idx++
		i = j
	}
	prev := ""
	for i, w := range words {
		if !w.initial || inner[w.w] {
			ents[w.w]++
			// Consecutive capitalised words also count as one name
			// ("tony thompson"), which tells apart two events that share
			// their best-known name.
			if prev != "" && words[i-1].end == w.start {
				ents[prev+" "+w.w]++
			}
			prev = w.w
		} else {
			prev = ""
		}
	}
}
