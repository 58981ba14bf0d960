package search

import (
	"strings"
	"unicode"

	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/textid"
)

// Query is a parsed search query.
type Query struct {
	// Groups must all match; each matches when one of its alternatives does.
	Groups []Group
	// Not must not match.
	Not []Group
}

// Group is one query word or phrase with its alternative analysed forms.
type Group = store.TermGroup

// maxGroups bounds the work one query can ask for.
const maxGroups = 16

// ParseQuery parses user input: words (each must match, by its Indonesian
// or English stem), "quoted phrases", -excluded words and prefix* words.
// Stop words and single letters are dropped, as at index time.
func ParseQuery(s string) Query {
	var q Query
	for len(s) > 0 && len(q.Groups)+len(q.Not) < maxGroups {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		neg := false
		if s[0] == '-' && len(s) > 1 && !unicode.IsSpace(rune(s[1])) {
			neg = true
			s = s[1:]
		}
		var tok string
		phrase := false
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				tok, s = s[1:], ""
			} else {
				tok, s = s[1:1+end], s[2+end:]
			}
			phrase = true
		} else {
			end := strings.IndexFunc(s, unicode.IsSpace)
			if end < 0 {
				end = len(s)
			}
			tok, s = s[:end], s[end:]
		}
		var groups []Group
		switch {
		case phrase:
			if g, ok := phraseGroup(tok); ok {
				groups = append(groups, g)
			}
		case strings.HasSuffix(tok, "*"):
			groups = prefixGroups(strings.TrimRight(tok, "*"))
		default:
			for _, w := range textid.Words(tok) {
				if g, ok := wordGroup(w); ok {
					groups = append(groups, g)
				}
			}
		}
		if neg {
			q.Not = append(q.Not, groups...)
		} else {
			q.Groups = append(q.Groups, groups...)
		}
	}
	if len(q.Groups) > maxGroups {
		q.Groups = q.Groups[:maxGroups]
	}
	return q
}

// keep reports whether a query word is searchable: index time drops
// single letters and stop words, so the query does too.
func keep(w string) bool {
	return len(w) > 1 && !textid.IsStopword("", w)
}

func wordGroup(w string) (Group, bool) {
	if !keep(w) {
		return Group{}, false
	}
	alts := addAlt(nil, cleanTerm(textid.Stem("id", w)))
	alts = addAlt(alts, cleanTerm(textid.Stem("en", w)))
	return Group{Alts: alts}, len(alts) > 0
}

func phraseGroup(s string) (Group, bool) {
	var kept []string
	for _, w := range textid.Words(s) {
		if keep(w) {
			kept = append(kept, w)
		}
	}
	switch len(kept) {
	case 0:
		return Group{}, false
	case 1:
		return wordGroup(kept[0])
	}
	var id, en []string
	for _, w := range kept {
		if t := cleanTerm(textid.Stem("id", w)); t != "" {
			id = append(id, t)
		}
		if t := cleanTerm(textid.Stem("en", w)); t != "" {
			en = append(en, t)
		}
	}
	alts := addAlt(nil, strings.Join(id, " "))
	alts = addAlt(alts, strings.Join(en, " "))
	return Group{Alts: alts, Phrase: true}, len(alts) > 0
}

func prefixGroups(tok string) []Group {
	ws := textid.Words(tok)
	if len(ws) == 0 {
		return nil
	}
	var out []Group
	for _, w := range ws[:len(ws)-1] {
		if g, ok := wordGroup(w); ok {
			out = append(out, g)
		}
	}
	last := ws[len(ws)-1]
	if len(last) < 2 {
		return out
	}
	alts := addAlt(nil, cleanTerm(last))
	if keep(last) {
		alts = addAlt(alts, cleanTerm(textid.Stem("id", last)))
		alts = addAlt(alts, cleanTerm(textid.Stem("en", last)))
	}
	if len(alts) > 0 {
		out = append(out, Group{Alts: alts, Prefix: true})
	}
	return out
}

func addAlt(alts []string, t string) []string {
	if t == "" {
		return alts
	}
	for _, a := range alts {
		if a == t {
			return alts
		}
	}
	return append(alts, t)
}

// Empty reports whether the query has nothing to look for.
func (q Query) Empty() bool { return len(q.Groups) == 0 }

// Text returns what the store must match: each backend renders it in its
// own query language (FTS5 in internal/store/sqlite, tsquery in
// internal/store/postgres).
func (q Query) Text() store.TextMatch {
	return store.TextMatch{Groups: q.Groups, Not: q.Not}
}

// matcher tells which words of a text match the query's terms. It caches
// its answers (stemming is the cost), so use one per request.
type matcher struct {
	terms    map[string]bool
	prefixes []string
	seen     map[string]bool // lang + word -> matches
}

func (q Query) matcher() matcher {
	m := matcher{terms: map[string]bool{}, seen: map[string]bool{}}
	for _, g := range q.Groups {
		for _, a := range g.Alts {
			switch {
			case g.Prefix:
				m.prefixes = append(m.prefixes, a)
			case g.Phrase:
				for _, t := range strings.Fields(a) {
					m.terms[t] = true
				}
			default:
				m.terms[a] = true
			}
		}
	}
	return m
}

// match reports whether a lower-cased word of a text in lang matches.
func (m matcher) match(lang, w string) bool {
	if len(w) < 2 {
		return false
	}
	key := lang + ":" + w
	if v, ok := m.seen[key]; ok {
		return v
	}
	v := m.matchUncached(lang, w)
	if len(m.seen) < 50000 {
		m.seen[key] = v
	}
	return v
}

func (m matcher) matchUncached(lang, w string) bool {
	c := cleanTerm(w)
	if m.terms[c] {
		return true
	}
	stem := cleanTerm(textid.Stem(lang, w))
	if m.terms[stem] {
		return true
	}
	for _, p := range m.prefixes {
		if strings.HasPrefix(c, p) || strings.HasPrefix(stem, p) {
			return true
		}
	}
	return false
}
