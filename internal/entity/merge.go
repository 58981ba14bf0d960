package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/warta-news/warta/internal/article"
)

// roleBefore returns the title or role written just before the name that
// starts at token a ("Presiden", "penasihat keamanan nasional Gedung
// Putih", "Mantan penasihat Trump,"), lower-cased except for the names in
// it, or "".
func roleBefore(s string, toks []token, a int, n func(int) string, cs []cand, para int) string {
	j := a - 1
	end := a // exclusive end of the role tokens
	if j >= 0 && toks[j].kind == tPunct && toks[j].punct == ',' {
		end = j
		j--
	}
	lo := end
	for steps := 0; j >= 0 && steps < 10; steps++ {
		t := toks[j]
		if t.kind == tPunct {
			if t.punct == ')' {
				// skip a short parenthesis: "Korea Utara (Korut) Kim Jong-un"
				k := j - 1
				for k >= 0 && j-k <= 4 && !(toks[k].kind == tPunct && toks[k].punct == '(') {
					k--
				}
				if k >= 0 && j-k <= 4 && toks[k].kind == tPunct {
					if lo == j+1 {
						lo = k
					}
					j = k - 1
					continue
				}
			}
			break
		}
		w := n(j)
		if !(t.cap || roleHeads[w] || roleMods[w] || roleWords[w]) || calendar[w] {
			break
		}
		lo = j
		j--
	}
	// leftmost head
	h := -1
	for k := lo; k < end; k++ {
		if toks[k].kind == tWord && roleHeads[n(k)] {
			h = k
			break
		}
	}
	if h < 0 {
		return ""
	}
	// extend over modifiers and capitalised role words: "mantan", "Finance"
	for h > lo && toks[h-1].kind == tWord && (roleMods[n(h-1)] || toks[h-1].cap && roleWords[n(h-1)]) {
		h--
	}
	if end == a-1 && end-h > 6 {
		// an apposition role must be short
		return ""
	}
	return renderRole(s, toks, h, end, n)
}

// roleAfter returns an apposition role after the name that ends at token
// b: "Yang Moo-jin, seorang profesor ..." -> "profesor".
func roleAfter(s string, toks []token, b int, n func(int) string) string {
	if b+1 >= len(toks) || toks[b].kind != tPunct || toks[b].punct != ',' {
		return ""
	}
	k := b + 1
	if toks[k].kind == tWord {
		switch n(k) {
		case "seorang", "sang", "a", "an", "the":
			k++
		}
	}
	h := k
	for k < len(toks) && toks[k].kind == tWord && roleMods[n(k)] {
		k++
	}
	if k >= len(toks) || toks[k].kind != tWord || !roleHeads[n(k)] {
		return ""
	}
	k++
	for k < len(toks) && k-h < 8 && toks[k].kind == tWord && roleWords[n(k)] && n(k) != "the" {
		k++
	}
	return renderRole(s, toks, h, k, n)
}

// renderRole writes tokens [a, b) with role words lower-cased and names as
// written, apostrophes straightened, white space collapsed.
func renderRole(s string, toks []token, a, b int, n func(int) string) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		t := toks[k]
		if k > a && t.start > toks[k-1].end {
			sb.WriteByte(' ')
		}
		w := s[t.start:t.end]
		if t.kind == tWord {
			nk := n(k)
			if roleHeads[nk] || roleMods[nk] || roleWords[nk] || !t.cap {
				if !t.upper {
					w = strings.ToLower(w)
				}
			}
		}
		sb.WriteString(cleanSurface(w))
	}
	return sb.String()
}

// merge resolves every candidate of the article to an entity: gazetteer
// matches and full names first, then surnames, abbreviations and
// sentence-initial words against them.
func (f *finder) merge() {
	cs := f.cands
	confirmed := map[string]bool{}
	// word -> candidates (confirmed, multi-word) whose first or last word it is
	words := map[string][]int32{}
	aliases := map[string]int{} // "ABC" -> candidate it was defined as
	singles := map[string]int{} // one-word names typed by an organisation cue
	for i := range cs {
		c := &cs[i]
		switch {
		case c.defTo >= 0:
			continue
		case c.entry >= 0 && !c.weak:
			e := &gaz.entries[c.entry]
			c.id, c.name, c.typ = e.ID, e.Name, e.Type
		case c.entry < 0 && !c.single && !c.needKnown && c.typ != "":
			c.name = cleanSurface(c.text)
			c.id = makeID(c.typ, c.name)
		default:
			continue
		}
		confirmed[c.id] = true
		if c.b-c.a > 1 || c.entry >= 0 && c.first != c.key {
			words[c.first] = append(words[c.first], int32(i))
			if c.last != c.first && (c.typ == "person" || placeHeads[c.first] || orgHeads[c.first]) {
				// surnames; "Ciliwung" after "Sungai Ciliwung"
				words[c.last] = append(words[c.last], int32(i))
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.defTo >= 0 {
			aliases[c.key] = c.defTo
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.id != "" {
			continue
		}
		if c.defTo >= 0 {
			x := &cs[c.defTo]
			if x.id == "" {
				c.drop = true
				continue
			}
			c.id, c.name, c.typ = x.id, x.name, x.typ
			continue
		}
		if t, ok := aliases[c.key]; ok && cs[t].id != "" {
			c.id, c.name, c.typ = cs[t].id, cs[t].name, cs[t].typ
			continue
		}
		if c.weak || c.single {
			want := "person"
			if c.typ == "org" {
				want = "org"
			}
			t := nearest(cs, words[c.key], i, want, c.typ == "org")
			if t < 0 && c.single && c.typ == "" && !c.personCue {
				t = nearestAny(cs, words[c.key], i)
			}
			if t >= 0 {
				c.id, c.name, c.typ = cs[t].id, cs[t].name, cs[t].typ
				continue
			}
			if t, ok := singles[c.key]; ok && c.single {
				// a single word typed earlier by a cue ("company Orbitel")
				c.id, c.name, c.typ = cs[t].id, cs[t].name, cs[t].typ
				continue
			}
			if c.weak {
				e := &gaz.entries[c.entry]
				c.id, c.name, c.typ = e.ID, e.Name, e.Type
				continue
			}
			if !c.needKnown && !c.acronym && c.typ == "" {
				switch {
				case c.personCue:
					c.typ = "person"
				case c.orgCue:
					c.typ = "org"
				case c.placeCue:
					c.typ = "place"
				}
				if c.typ != "" {
					c.name = cleanSurface(c.text)
					c.id = makeID(c.typ, c.name)
					if c.orgCue {
						singles[c.key] = i
					}
					continue
				}
			}
			c.drop = true
			continue
		}
		if c.needKnown && c.typ != "" {
			name := cleanSurface(c.text)
			if id := makeID(c.typ, name); confirmed[id] {
				c.id, c.name = id, name
				// use the confirmed spelling
				for j := range cs {
					if cs[j].id == id && cs[j].name != "" {
						c.name = cs[j].name
						break
					}
				}
				continue
			}
		}
		c.drop = true
	}
}

// nearest picks, among the candidates ts (indices into cs), the closest one
// before i of type want, else the first one after i. firstOnly limits the
// match to the candidate's first word (organisations).
func nearest(cs []cand, ts []int32, i int, want string, firstOnly bool) int {
	key := cs[i].key
	best := -1
	for _, t := range ts {
		c := &cs[t]
		if c.typ != want || c.id == "" {
			continue
		}
		if firstOnly && c.first != key {
			continue
		}
		if int(t) < i {
			best = int(t)
			continue
		}
		if best < 0 {
			best = int(t)
		}
		break
	}
	return best
}

// nearestAny is nearest for a place or organisation known by its last
// word ("Ciliwung" after "Sungai Ciliwung").
func nearestAny(cs []cand, ts []int32, i int) int {
	key := cs[i].key
	for _, t := range ts {
		c := &cs[t]
		if c.id == "" || c.typ == "person" || c.last != key {
			continue
		}
		return int(t)
	}
	return -1
}

// Summarize groups mentions into per-article entities: canonical name,
// type, the most specific role seen (the longest), the distinct surface
// forms as aliases, and the count; sorted by count, then first mention.
func Summarize(ms []Mention) []article.Entity {
	idx := map[string]int{}
	var out []article.Entity
	for _, m := range ms {
		if m.ID == "" {
			continue
		}
		i, ok := idx[m.ID]
		if !ok {
			i = len(out)
			idx[m.ID] = i
			out = append(out, article.Entity{ID: m.ID, Name: m.Name, Type: m.Type})
		}
		e := &out[i]
		e.Count++
		if len(strings.Fields(m.Role)) > len(strings.Fields(e.Role)) {
			e.Role = m.Role
		}
		seen := false
		for _, a := range e.Aliases {
			if a == m.Text {
				seen = true
				break
			}
		}
		if !seen {
			e.Aliases = append(e.Aliases, m.Text)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out
}

// Canonical resolves one surface name without article context: a
// gazetteer name or alias gives its entry; anything else gets the id of
// its normalised form, typed by its cue words (person by default). A
// leading title ("Presiden Joko Widodo") is ignored.
func Canonical(name string) (id, canonical, typ string) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", "", ""
	}
	if e, ok := lookupName(name); ok {
		return e.ID, e.Name, e.Type
	}
	// strip a leading role
	fields := strings.Fields(name)
	k := 0
	for k < len(fields)-1 {
		w := normalize(fields[k])
		if roleHeads[w] || roleMods[w] || k > 0 && roleWords[w] && !orgHeads[w] {
			k++
			continue
		}
		break
	}
	if k > 0 {
		rest := strings.Join(fields[k:], " ")
		if e, ok := lookupName(rest); ok {
			return e.ID, e.Name, e.Type
		}
		fields = fields[k:]
	}
	canonical = cleanSurface(strings.Join(fields, " "))
	first, last := normalize(fields[0]), normalize(fields[len(fields)-1])
	switch {
	case orgHeads[first] || orgTails[last] && len(fields) > 1:
		typ = "org"
	case placeHeads[first] && len(fields) > 1:
		typ = "place"
	default:
		typ = "person"
	}
	return makeID(typ, canonical), canonical, typ
}

// lookupName finds a whole name in the gazetteer, honouring the capitals
// rule for acronyms.
func lookupName(name string) (Entry, bool) {
	r, ok := gaz.phrases[normalize(name)]
	if !ok {
		return Entry{}, false
	}
	if r.acronym {
		for _, c := range name {
			if unicode.IsLower(c) {
				return Entry{}, false
			}
		}
	}
	return gaz.entries[r.entry], true
}
