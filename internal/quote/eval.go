package quote

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/entity"
)

// Gold is the sidecar NNN.json of an annotated article NNN.txt.
type Gold struct {
	Lang     string       `json:"lang"`
	Outlet   string       `json:"outlet"`
	Event    string       `json:"event"` // articles of one event share it; "" for none
	Entities []GoldEntity `json:"entities"`
	Quotes   []GoldQuote  `json:"quotes"`
}

// GoldEntity is one surface form of a named entity and its canonical name.
type GoldEntity struct {
	Text string `json:"text"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// GoldQuote is one annotated quote. Text is a distinctive substring of
// the quote; Speaker is the canonical name, "" for an unnamed source.
type GoldQuote struct {
	Speaker   string `json:"speaker"`
	Text      string `json:"text"`
	Direct    bool   `json:"direct"`
	Via       string `json:"via"`
	Statement string `json:"statement"`
}

// Scores are the quality figures of Find and LinkStatements on an
// annotated directory.
type Scores struct {
	Articles int
	Gold     int // gold quotes with a named speaker
	Found    int // found quotes with a speaker
	Correct  int // found quotes whose text overlaps a gold quote of the same speaker
	Recalled int // gold quotes found with the right speaker
	Strict   int // correct with the exact canonical name or id (no alias)
	// Precision = Correct/Found, Recall = Recalled/Gold.
	Precision, Recall float64
	// DirectOK counts correct quotes whose Direct flag agrees with the gold;
	// ViaOK/ViaGold the gold via-media found on correct quotes.
	DirectOK, ViaOK, ViaGold int
	// Statement links: pairs of quotes in one event.
	LinkGold, LinkFound, LinkCorrect int
	LinkPrecision, LinkRecall        float64
	// Errors lists the mistakes, one line each, for reading.
	Errors []string
}

// Annotated is one article of an annotated directory.
type Annotated struct {
	Name       string
	Title      string
	Paragraphs []string
	Gold       Gold
}

// ReadAnnotated reads every NNN.txt with its NNN.json in dir. The text
// file holds the title, a blank line, and paragraphs separated by blank
// lines.
func ReadAnnotated(dir string) ([]Annotated, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	sort.Strings(names)
	var out []Annotated
	for _, jn := range names {
		base := strings.TrimSuffix(jn, ".json")
		b, err := os.ReadFile(jn)
		if err != nil {
			return nil, fmt.Errorf("read gold: %w", err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("parse %s: %w", jn, err)
		}
		t, err := os.ReadFile(base + ".txt")
		if err != nil {
			return nil, fmt.Errorf("read article: %w", err)
		}
		parts := strings.Split(strings.ReplaceAll(strings.TrimSpace(string(t)), "\r\n", "\n"), "\n\n")
		a := Annotated{Name: filepath.Base(base), Gold: g}
		for i, p := range parts {
			p = strings.Join(strings.Fields(p), " ")
			if p == "" {
				continue
			}
			if i == 0 {
				a.Title = p
				continue
			}
			a.Paragraphs = append(a.Paragraphs, p)
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no annotated articles in %s", dir)
	}
	return out, nil
}

// Evaluate runs entity.Find, Find and LinkStatements over the annotated
// articles in dir and scores them against the gold.
//
// A found quote is correct when its text contains the gold text (or the
// gold text contains it) and the speaker matches: the same canonical name
// (case, spaces and punctuation ignored), the same entity id, or a surface
// form the gold lists for that entity. Quotes without a speaker and gold
// quotes of unnamed sources are left out of precision and recall.
// Statement links are scored over pairs of found quotes matched to gold
// quotes within one event: a pair is linked in the gold when both carry
// the same non-empty statement label. LinkRecall counts every gold pair,
// found or not.
func Evaluate(dir string) (Scores, error) {
	arts, err := ReadAnnotated(dir)
	if err != nil {
		return Scores{}, err
	}
	var s Scores
	aliases := map[string]map[string]bool{}
	for _, a := range arts {
		for _, e := range a.Gold.Entities {
			k := normName(e.Name)
			if aliases[k] == nil {
				aliases[k] = map[string]bool{}
			}
			aliases[k][normName(e.Text)] = true
			// the entity id of each gold form: a speaker resolved to the
			// gazetteer's canonical name of a listed form is that entity
			if id, _, _ := entity.Canonical(e.Text); id != "" {
				aliases[k]["id:"+id] = true
			}
		}
	}
	type matched struct {
		art, q int // found quote
		gold   int // gold index in its article
	}
	found := make([][]article.Quote, len(arts))
	var matches []matched
	for ai, a := range arts {
		s.Articles++
		ms := entity.Find(a.Gold.Lang, a.Title, a.Paragraphs)
		qs := Find(a.Gold.Lang, a.Paragraphs, ms)
		found[ai] = qs
		golds := a.Gold.Quotes
		for qi, q := range qs {
			nf := normText(q.Text)
			best, speakerOK := -1, false
			for gi, g := range golds {
				ng := normText(g.Text)
				if !(strings.Contains(nf, ng) || len(nf) >= 12 && strings.Contains(ng, nf)) {
					continue
				}
				ok, _ := speakerMatch(q, g.Speaker, aliases)
				if best < 0 || ok && !speakerOK {
					best, speakerOK = gi, ok
				}
			}
			if q.Speaker == "" {
				if best >= 0 && golds[best].Speaker == "" {
					matches = append(matches, matched{ai, qi, best})
				}
				continue
			}
			s.Found++
			if best >= 0 && speakerOK {
				s.Correct++
				g := golds[best]
				if _, strict := speakerMatch(q, g.Speaker, aliases); strict {
					s.Strict++
				}
				if q.Direct == g.Direct {
					s.DirectOK++
				}
				matches = append(matches, matched{ai, qi, best})
			} else if best >= 0 {
				s.Errors = append(s.Errors, fmt.Sprintf("%s speaker: got %q want %q: %.60q", a.Name, q.Speaker, golds[best].Speaker, q.Text))
			} else {
				s.Errors = append(s.Errors, fmt.Sprintf("%s extra: %q: %.60q", a.Name, q.Speaker, q.Text))
			}
		}
		for _, g := range golds {
			if g.Via != "" {
				s.ViaGold++
			}
			if g.Speaker == "" {
				continue
			}
			s.Gold++
			ng := normText(g.Text)
			hit, via := false, false
			for _, q := range qs {
				nf := normText(q.Text)
				if !(strings.Contains(nf, ng) || len(nf) >= 12 && strings.Contains(ng, nf)) {
					continue
				}
				if ok, _ := speakerMatch(q, g.Speaker, aliases); ok {
					hit = true
					via = via || (g.Via != "" && normName(q.Via) == normName(g.Via))
				}
			}
			if hit {
				s.Recalled++
			} else {
				s.Errors = append(s.Errors, fmt.Sprintf("%s missed: %q: %q", a.Name, g.Speaker, g.Text))
			}
			if via {
				s.ViaOK++
			}
		}
	}
	// statement links, per event
	events := map[string][]int{}
	for ai, a := range arts {
		if a.Gold.Event != "" {
			events[a.Gold.Event] = append(events[a.Gold.Event], ai)
		}
	}
	for _, ais := range events {
		lists := make([][]article.Quote, len(ais))
		for k, ai := range ais {
			lists[k] = append([]article.Quote(nil), found[ai]...)
		}
		LinkStatements(lists)
		var ms []matched
		for _, m := range matches {
			for k, ai := range ais {
				if m.art == ai {
					found[ai][m.q].Statement = lists[k][m.q].Statement
					ms = append(ms, m)
				}
			}
		}
		for i := range ms {
			for j := i + 1; j < len(ms); j++ {
				a, b := ms[i], ms[j]
				if a.art == b.art && a.gold == b.gold {
					continue
				}
				ga := arts[a.art].Gold.Quotes[a.gold].Statement
				gb := arts[b.art].Gold.Quotes[b.gold].Statement
				gl := ga != "" && ga == gb
				fa, fb := found[a.art][a.q].Statement, found[b.art][b.q].Statement
				fl := fa != "" && fa == fb
				if fl {
					s.LinkFound++
				}
				if gl && fl {
					s.LinkCorrect++
				}
				if fl && !gl {
					s.Errors = append(s.Errors, fmt.Sprintf("link extra: %s %.40q ~ %s %.40q", arts[a.art].Name, found[a.art][a.q].Text, arts[b.art].Name, found[b.art][b.q].Text))
				}
				if gl && !fl {
					s.Errors = append(s.Errors, fmt.Sprintf("link missed: %s %.40q ~ %s %.40q", arts[a.art].Name, found[a.art][a.q].Text, arts[b.art].Name, found[b.art][b.q].Text))
				}
			}
		}
		// every gold pair, found or not
		type gq struct{ art, q int }
		var gs []gq
		for _, ai := range ais {
			for qi, g := range arts[ai].Gold.Quotes {
				if g.Statement != "" {
					gs = append(gs, gq{ai, qi})
				}
			}
		}
		for i := range gs {
			for j := i + 1; j < len(gs); j++ {
				if arts[gs[i].art].Gold.Quotes[gs[i].q].Statement == arts[gs[j].art].Gold.Quotes[gs[j].q].Statement {
					s.LinkGold++
				}
			}
		}
	}
	s.Precision = ratio(s.Correct, s.Found)
	s.Recall = ratio(s.Recalled, s.Gold)
	s.LinkPrecision = ratio(s.LinkCorrect, s.LinkFound)
	s.LinkRecall = ratio(s.LinkCorrect, s.LinkGold)
	return s, nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// speakerMatch compares a found speaker with a gold canonical name. strict
// is true for the same name or entity id, without the gold's alias list.
func speakerMatch(q article.Quote, gold string, aliases map[string]map[string]bool) (ok, strict bool) {
	if gold == "" {
		return q.Speaker == "", q.Speaker == ""
	}
	nf, ng := normName(q.Speaker), normName(gold)
	if nf == "" {
		return false, false
	}
	if nf == ng {
		return true, true
	}
	if id, _, _ := entity.Canonical(gold); id != "" && id == q.SpeakerID {
		return true, true
	}
	return aliases[ng][nf] || q.SpeakerID != "" && aliases[ng]["id:"+q.SpeakerID], false
}
