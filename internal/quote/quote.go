package quote

// API CONTRACT (the pipeline is written against it; see doc.go):
//
//	Find(lang string, paragraphs []string, ms []entity.Mention) []article.Quote
//	LinkStatements(quotes [][]article.Quote)   sets Statement ids across articles of one event (in place)

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/entity"
	"github.com/warta-news/warta/internal/textid"
)

// Find returns the quotes of an article: direct quotations attributed by a
// speech verb or a colon, and indirect speech introduced by a reporting
// verb or "menurut"/"according to". ms are the entity mentions of the
// article (entity.Find); names they do not cover are resolved with
// entity.Canonical. See the package documentation for the rules.
func Find(lang string, paragraphs []string, ms []entity.Mention) []article.Quote {
	if len(paragraphs) == 0 {
		return nil
	}
	f := &finder{lang: lang, paras: paragraphs, lastQuoteP: -10}
	f.quotes = scanQuotes(paragraphs)
	n := len(paragraphs)
	f.sents = make([][][2]int, n)
	f.consumed = make([][][2]int, n)
	f.inQuote = make([][][2]int, n)
	for i := range f.quotes {
		for _, s := range f.quotes[i].segs {
			f.inQuote[s.p] = append(f.inQuote[s.p], [2]int{s.s, s.e})
		}
	}
	for p, text := range paragraphs {
		f.sents[p] = textid.SentenceSpans(text)
	}
	f.cands = f.collect(ms)
	size := 0
	for _, text := range paragraphs {
		size += len(text)
	}
	// the arena holds the tokens of every f.tk call; sized once so it
	// rarely grows (about one token per 6 bytes, tokenised about twice)
	f.arena = make([]tok, 0, size/3+16)
	qi := 0
	for p, text := range paragraphs {
		for _, ss := range f.sents[p] {
			attributed := false
			for qi < len(f.quotes) && f.quotes[qi].segs[0].p == p && f.quotes[qi].open < ss[1] {
				q := &f.quotes[qi]
				qi++
				if q.open < ss[0] {
					continue // opened in white space between sentences; not expected
				}
				if f.direct(q, ss) {
					attributed = true
				}
			}
			if !attributed && !f.isConsumed(p, ss[0], ss[1]) {
				f.indirect(p, ss)
			}
			f.noteSubject(p, ss)
		}
		_ = text
	}
	return f.out
}

// LinkStatements gives quotes that make the same statement one Statement
// id. quotes holds the quotes of each article of one event. Two quotes are
// linked when they have the same speaker (SpeakerID, or the speaker name
// when there is no id) and their similarity reaches LinkThreshold; links
// are transitive. The id is "st-" and a hash of the speaker and the text
// of the member whose own hash sorts first, so it does not depend on the
// order of articles. Quotes without a speaker and statements said only
// once get an empty Statement.
func LinkStatements(quotes [][]article.Quote) {
	type item struct {
		a, i  int
		key   string
		terms []string
		hash  string
	}
	var items []item
	for a := range quotes {
		for i := range quotes[a] {
			q := &quotes[a][i]
			q.Statement = ""
			k := speakerKey(q)
			if k == "" {
				continue
			}
			h := sha256.Sum256([]byte(k + "\x00" + normText(q.Text)))
			items = append(items, item{a: a, i: i, key: k, terms: statementTerms(q.Text), hash: hex.EncodeToString(h[:])})
		}
	}
	parent := make([]int, len(items))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			if items[i].key != items[j].key {
				continue
			}
			if Similarity(items[i].terms, items[j].terms) >= LinkThreshold {
				ri, rj := find(i), find(j)
				if ri != rj {
					parent[ri] = rj
				}
			}
		}
	}
	groups := map[int][]int{}
	for i := range items {
		r := find(i)
		groups[r] = append(groups[r], i)
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		sort.Slice(g, func(x, y int) bool { return items[g[x]].hash < items[g[y]].hash })
		id := "st-" + items[g[0]].hash[:16]
		for _, k := range g {
			quotes[items[k].a][items[k].i].Statement = id
		}
	}
}
