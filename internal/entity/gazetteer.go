package entity

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

// Entry is one gazetteer row.
type Entry struct {
	ID      string   // type:slug(canonical)
	Type    string   // person, place, org
	Name    string   // canonical name
	Aliases []string // other names, as written in the data (weak ones without their "~")
	Kind    string   // finer class: country, city, capital, intl-org, ministry, party, media, head-of-state ...
	// Govt is the id of the country whose government this name can stand
	// for: capitals and seats of government ("Washington", "Gedung Putih",
	// "Kremlin") keep their own id and type, and carry the link here.
	Govt string
}

// gRef is what a normal key resolves to.
type gRef struct {
	entry   int32
	acronym bool // the alias is written in capitals: the text must be too
	weak    bool // a bare surname: only counts standing alone
}

// gazetteer is the parsed, indexed data. Built once at init, read-only after.
type gazetteer struct {
	entries  []Entry
	byID     map[string]int32
	phrases  map[string]gRef // normal key -> entry
	prefixes map[string]bool // every word-boundary prefix of a key (keys included)
	dups     []string        // keys claimed by two entries (reported by tests)
}

var gaz = mustLoad(gazetteerTSV)

func mustLoad(data string) *gazetteer {
	g, err := loadGazetteer(data)
	if err != nil {
		panic(err)
	}
	return g
}

// loadGazetteer parses the TSV data: id, type, canonical, aliases
// (separated by "|", a leading "~" marks a weak alias), kind, govt.
// Blank lines and lines starting with "#" are skipped.
func loadGazetteer(data string) (*gazetteer, error) {
	g := &gazetteer{
		byID:     map[string]int32{},
		phrases:  map[string]gRef{},
		prefixes: map[string]bool{},
	}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("gazetteer line %d: want at least 3 tab-separated fields, got %d", n+1, len(f))
		}
		for len(f) < 6 {
			f = append(f, "")
		}
		e := Entry{ID: strings.TrimSpace(f[0]), Type: strings.TrimSpace(f[1]), Name: strings.TrimSpace(f[2]),
			Kind: strings.TrimSpace(f[4]), Govt: strings.TrimSpace(f[5])}
		switch e.Type {
		case "person", "place", "org":
		default:
			return nil, fmt.Errorf("gazetteer line %d: unknown type %q", n+1, e.Type)
		}
		if e.Name == "" {
			return nil, fmt.Errorf("gazetteer line %d: empty canonical name", n+1)
		}
		if e.ID == "" {
			e.ID = makeID(e.Type, e.Name)
		}
		if _, dup := g.byID[e.ID]; dup {
			return nil, fmt.Errorf("gazetteer line %d: duplicate id %q", n+1, e.ID)
		}
		idx := int32(len(g.entries))
		g.add(e.Name, gRef{entry: idx, acronym: isAcronym(e.Name)})
		for _, a := range strings.Split(f[3], "|") {
			a = strings.TrimSpace(a)
			if a == "" {
				continue
			}
			weak := strings.HasPrefix(a, "~")
			a = strings.TrimPrefix(a, "~")
			e.Aliases = append(e.Aliases, a)
			g.add(a, gRef{entry: idx, acronym: isAcronym(a), weak: weak})
		}
		g.byID[e.ID] = idx
		g.entries = append(g.entries, e)
	}
	return g, nil
}

// add indexes one alias. The first entry to claim a key keeps it; a
// non-acronym spelling wins over an acronym one for the same entry.
func (g *gazetteer) add(alias string, r gRef) {
	key := normalize(alias)
	if key == "" {
		return
	}
	if old, ok := g.phrases[key]; ok {
		if old.entry != r.entry {
			g.dups = append(g.dups, fmt.Sprintf("%q: %s and %s", alias, g.idOf(old.entry), g.idOf(r.entry)))
			return
		}
		// same entry: the laxer constraints win
		old.acronym = old.acronym && r.acronym
		old.weak = old.weak && r.weak
		g.phrases[key] = old
		return
	}
	g.phrases[key] = r
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			g.prefixes[key[:i]] = true
		}
	}
	g.prefixes[key] = true
}

func (g *gazetteer) idOf(i int32) string {
	if int(i) < len(g.entries) {
		return g.entries[i].ID
	}
	return "(line being read)"
}

// isAcronym reports an alias written in capitals ("AS", "U.S.", "PDI-P"):
// such aliases match only text written in capitals, so "as" and "us" stay
// ordinary words.
func isAcronym(a string) bool {
	letters := 0
	for _, r := range a {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '-' || r == ' ' || r == '&' || (r >= '0' && r <= '9'):
		default:
			if r > 127 {
				return false
			}
		}
	}
	return letters >= 2
}

// Lookup returns the gazetteer entry of an entity id.
func Lookup(id string) (Entry, bool) {
	i, ok := gaz.byID[id]
	if !ok {
		return Entry{}, false
	}
	return gaz.entries[i], true
}

// Govt returns the id of the country whose government the entity can stand
// for ("place:washington" -> "place:amerika-serikat"), the id itself for a
// country, or "" when there is none.
func Govt(id string) string {
	e, ok := Lookup(id)
	if !ok {
		return ""
	}
	if e.Govt != "" {
		return e.Govt
	}
	if e.Kind == "country" {
		return e.ID
	}
	return ""
}

// Entries returns a copy of every gazetteer entry, in file order.
func Entries() []Entry {
	out := make([]Entry, len(gaz.entries))
	copy(out, gaz.entries)
	return out
}
