package verify

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/entity"
	"github.com/warta-news/warta/internal/textid"
)

// Kinds of claims.
const (
	KindHeadline = "headline" // the title
	KindSubtitle = "subtitle" // the deck under the title
	KindLede     = "lede"     // the first sentence of the body
	KindBody     = "body"     // any other claim-bearing sentence
)

// Feature classes (first byte of an interned feature name).
const (
	fTerm   = 't'
	fEntity = 'e'
	fNumber = 'n'
	fDate   = 'd'
	// fRange is a vague quantity: "ribuan", "thousands" ("r:3", 1,000 to
	// 9,999), "ratusan"/"hundreds" ("r:2"), "puluhan"/"dozens" ("r:1"),
	// "belasan" ("r:b", 11 to 19); "puluhan ribu" adds up ("r:4").
	fRange = 'r'
)

// numFact is a number with the term after it (its unit), for contradictions.
type numFact struct {
	val    string
	unit   string // concept key of the next term, "@year" for years, "" when none
	f      float64
	id     int32 // the number feature
	alt    int32 // the same amount in a smaller unit ("2 pekan" -> "n:14"), or -1
	hedged bool  // "sekitar", "about", "more than" ... before it
}

// claim is one sentence of one article with its comparison features.
type claim struct {
	art      int    // index into the event's articles
	para     int    // -1 title, -2 subtitle, else paragraph index
	sent     int    // sentence index within the paragraph
	kind     string // KindHeadline ...
	text     string
	feats    []int32 // sorted, unique
	nums     []numFact
	rngs     []numFact // vague quantities ("ribuan warga"), val is the range key
	neg      bool      // has a negation word
	negTerms []int32   // features of the words the negations bear on (sorted)
	// nameTerms are the words of the names in the sentence as term
	// features (sorted): a title-case headline may carry a name as plain
	// words ("Jalan Raya Puncak") that the body has as an entity.
	nameTerms []int32
	concrete  bool // has a number, a date or a named entity
	total     float64
	// acros are term features written as an acronym ("OTT"): a sentence
	// whose consecutive words have these initials says the word.
	acros []int32
	// clauses: a title, subtitle or lede cut into its facts (clause.go);
	// each is judged on its own.
	clauses []clause
	// start, end: the claim's span in its paragraph (title or subtitle
	// text for those), for cutting it into clauses.
	start, end int
}

// interner gives features small integer ids for one Event call.
type interner struct {
	ids   map[string]int32
	names []string
}

func (in *interner) id(s string) int32 {
	if id, ok := in.ids[s]; ok {
		return id
	}
	id := int32(len(in.names))
	in.ids[s] = id
	in.names = append(in.names, s)
	return id
}

// class is the feature class of id.
func (in *interner) class(id int32) byte { return in.names[id][0] }

// label is the readable form of a feature ("rahasia", "AS", "300").
func (in *interner) label(id int32) string { return in.names[id][2:] }

// subtitleOf returns the article's subtitle: the field, else the line
// extract set aside as kind "subtitle".
func subtitleOf(a *article.Article) string {
	if a.Subtitle != "" {
		return a.Subtitle
	}
	for _, r := range a.Removed {
		if r.Kind == "subtitle" {
			return r.Text
		}
	}
	return ""
}

// mediaKind reports whether an entity id is a news outlet or agency: such
// names are attribution ("menurut KCNA", "dikutip dari AFP"), not content.
func mediaKind(id string) bool {
	e, ok := entity.Lookup(id)
	return ok && e.Kind == "media"
}

// entityKey folds capitals and seats of government into their country
// ("Washington", "Gedung Putih" -> Amerika Serikat), so metonyms match.
func entityKey(m entity.Mention) string {
	if m.Govt != "" && m.Type != "person" {
		return m.Govt
	}
	return m.ID
}

// articleClaims cuts a into claims: title, subtitle, every sentence of the
// body (the first one is the lede). Sentences without enough content are
// kept out of the claims but still serve as support for headlines.
func (v *verifier) articleClaims(ai int, a *article.Article) (claims, support []claim) {
	ms := entity.Find(a.Lang, a.Title, a.Paragraphs)
	byPara := make([][]entity.Mention, len(a.Paragraphs)+1)
	for _, m := range ms {
		if m.Paragraph+1 >= 0 && m.Paragraph+1 < len(byPara) {
			byPara[m.Paragraph+1] = append(byPara[m.Paragraph+1], m)
		}
	}
	lang := a.Lang
	if a.Title != "" {
		c := v.makeClaim(ai, lang, a.Title, 0, len(a.Title), byPara[0], true)
		c.para, c.kind = -1, KindHeadline
		if len(c.feats) >= 2 {
			c.clauses = v.cutClauses(&c, lang, a.Title, byPara[0], true)
			claims = append(claims, c)
		}
	}
	if sub := subtitleOf(a); sub != "" && sub != a.Title {
		sms := entity.Find(lang, sub, nil)
		c := v.makeClaim(ai, lang, sub, 0, len(sub), sms, true)
		c.para, c.kind = -2, KindSubtitle
		if len(c.feats) >= 2 {
			c.clauses = v.cutClauses(&c, lang, sub, sms, true)
			claims = append(claims, c)
		}
	}
	ledeDone := false
	for pi, p := range a.Paragraphs {
		for si, sp := range textid.SentenceSpans(p) {
			s, e := sp[0], sp[1]
			if pi == 0 && si == 0 {
				s = skipDateline(p, s, e)
			}
			c := v.makeClaim(ai, lang, p, s, e, byPara[pi+1], false)
			c.para, c.sent = pi, si
			c.kind = KindBody
			if !ledeDone && isSentence(c.text) && len(c.feats) >= 3 {
				c.kind = KindLede
				c.clauses = v.cutClauses(&c, lang, p, byPara[pi+1], false)
				ledeDone = true
				claims = append(claims, c)
				continue
			}
			if len(c.feats) >= 3 && c.concrete && isSentence(c.text) {
				c.clauses = v.cutClauses(&c, lang, p, byPara[pi+1], false)
				claims = append(claims, c)
			} else if len(c.feats) >= 2 {
				support = append(support, c)
			}
		}
	}
	return claims, support
}

// isSentence reports whether s reads as a statement: it is not a question
// and not a short heading without final punctuation.
func isSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	if s == "" || strings.HasSuffix(s, "?") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == '.' || last == '!' || last == '…' {
		return true
	}
	return strings.Count(s, " ") >= 8
}

// skipDateline returns where the lede starts after a dateline such as
// "Seoul (ANTARA) - " or "Jakarta, CNN Indonesia -- ".
func skipDateline(p string, s, e int) int {
	lim := min(e, s+80)
	for _, sep := range []string{" -- ", " - ", " – ", " — ", " —", "— "} {
		if i := strings.Index(p[s:lim], sep); i > 0 {
			head := p[s : s+i]
			if strings.Count(head, " ") <= 5 {
				return s + i + len(sep)
			}
		}
	}
	return s
}

// makeClaim computes the features of the sentence p[s:e].
func (v *verifier) makeClaim(ai int, lang, p string, s, e int, ms []entity.Mention, headline bool) claim {
	c := claim{art: ai, text: strings.TrimSpace(p[s:e]), start: s, end: e}
	buf := []byte(p[s:e])
	var feats []int32
	for _, m := range ms {
		if m.Start < s || m.End > e {
			continue
		}
		for i := m.Start - s; i < m.End-s; i++ {
			buf[i] = ' '
		}
		if mediaKind(m.ID) {
			continue
		}
		for _, t := range textid.Terms(lang, m.Text) {
			if len(t) >= 3 {
				c.nameTerms = append(c.nameTerms, v.id("t:"+concept(t)))
			}
		}
		key := entityKey(m)
		id := v.id("e:" + key)
		if _, ok := v.labels[id]; !ok {
			name := m.Name
			if key != m.ID {
				if e, ok := entity.Lookup(key); ok {
					name = e.Name
				}
			}
			v.setLabel(id, name, true)
			var ws []int32
			for _, t := range textid.Terms(lang, name) {
				if len(t) >= 3 {
					ws = append(ws, v.id("t:"+concept(t)))
				}
			}
			v.closeLabel()
			v.entWords[id] = ws
		}
		feats = append(feats, id)
		c.concrete = true
	}
	// raw words: negation, dates (blanked so Terms does not see them),
	// hedged numbers, acronyms
	var hedged, acro []string
	var prev1, prev2 string
	for i := 0; i < len(buf); {
		r, size := utf8.DecodeRune(buf[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i
		for j < len(buf) {
			r2, s2 := utf8.DecodeRune(buf[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) || ((r2 == '/' || r2 == '\'' || r2 == '’') && j+s2 < len(buf) && isAlnumByte(buf[j+s2])) {
				j += s2
				continue
			}
			break
		}
		w := string(buf[i:j])
		lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		upper := unicode.IsUpper(r)
		if r >= '0' && r <= '9' && (hedges[prev1] || hedges2[prev2+" "+prev1]) {
			// "sekitar 3.200", "more than 3,000": a hedged number
			k := i
			for k < len(buf) && (buf[k] >= '0' && buf[k] <= '9' || (buf[k] == '.' || buf[k] == ',') && k+1 < len(buf) && buf[k+1] >= '0' && buf[k+1] <= '9') {
				k++
			}
			for _, t := range textid.Terms(lang, string(buf[i:k])) {
				if val, ok := numberValue(t); ok {
					hedged = append(hedged, val)
				}
				break
			}
		}
		if isAcronym(w) {
			acro = append(acro, lw)
		}
		prev2, prev1 = prev1, lw
		switch {
		case len(lw) > 2 && lw[0] == 'r' && lw[1] == 'p' && lw[2] >= '0' && lw[2] <= '9':
			// "Rp10.000": drop the currency prefix so the number is read
			buf[i], buf[i+1] = ' ', ' '
			j = i + 2
		case negations[lw]:
			c.neg = true
			// the first content term after it is what is negated
			rest := string(buf[j:min(len(buf), j+60)])
			for _, t := range textid.Terms(lang, rest) {
				if _, isNum := numberValue(t); !isNum && len(t) >= 3 {
					c.negTerms = append(c.negTerms, v.id("t:"+concept(t)))
					break
				}
			}
		case upper && weekdays[lw] != "":
			feats = append(feats, v.dateID("d:"+weekdays[lw], w))
			blank(buf[i:j])
			c.concrete = true
		case upper && months[lw] != "":
			feats = append(feats, v.dateID("d:"+months[lw], w))
			blank(buf[i:j])
			c.concrete = true
		case strings.IndexByte(lw, '/') > 0 && isDigits(strings.ReplaceAll(lw, "/", "")):
			feats = append(feats, v.dateID("d:"+normSlashDate(lw), w))
			blank(buf[i:j])
			c.concrete = true
		}
		i = j
	}
	text := string(buf)
	if headline {
		// title case: capitals are style, not names (names are blanked)
		text = strings.ToLower(text)
	}
	terms := textid.Terms(lang, text)
	for i := 0; i < len(terms); i++ {
		t := terms[i]
		val, ok := numberValue(t)
		if !ok {
			if len(t) < 3 || dropTerms[t] {
				continue
			}
			// "barat laut" is one direction (north-west), not the sea
			if i+1 < len(terms) {
				if d, ok := compassPairs[t+" "+terms[i+1]]; ok {
					feats = append(feats, v.id("t:"+concept(d)))
					i++
					continue
				}
			}
			if exp, ok := vagueExp[concept(t)]; ok {
				// "ribuan", "puluhan ribu", "hundreds of thousands"
				key := strconv.Itoa(exp)
				if exp == -1 {
					key = "b"
				}
				for exp > 0 && i+1 < len(terms) {
					e2, ok := vagueExp[concept(terms[i+1])]
					if !ok || e2 < 3 {
						break
					}
					exp += e2
					key = strconv.Itoa(exp)
					i++
				}
				rid := v.id("r:" + key)
				if _, ok := v.labels[rid]; !ok {
					if lo, hi, ok := rangeOf(key); ok {
						v.setLabel(rid, fmt.Sprintf("%s (%.0f-%.0f)", t, lo, hi), false)
					}
				}
				feats = append(feats, rid)
				unit := ""
				if i+1 < len(terms) {
					unit = concept(terms[i+1])
				}
				c.rngs = append(c.rngs, numFact{val: key, unit: unit, id: rid, alt: -1})
				c.concrete = true
				continue
			}
			id := v.id("t:" + concept(t))
			feats = append(feats, id)
			for _, a := range acro {
				if a == t {
					c.acros = append(c.acros, id)
				}
			}
			continue
		}
		f, _ := strconv.ParseFloat(val, 64)
		if i+1 < len(terms) {
			switch terms[i+1] {
			case "belas": // "dua belas" = 12
				f += 10
				i++
			case "puluh": // "dua puluh" = 20
				f *= 10
				i++
			case "ratus":
				f *= 100
				i++
			}
		}
		scaled := false
		if i+1 < len(terms) {
			if m, ok := multipliers[terms[i+1]]; ok {
				f *= m
				scaled = true
				i++
			}
		}
		val = strconv.FormatFloat(f, 'f', -1, 64)
		unit := ""
		if !scaled && f >= 1900 && f <= 2100 && f == float64(int(f)) {
			unit = "@year"
		} else if i+1 < len(terms) {
			if _, isNum := numberValue(terms[i+1]); !isNum {
				unit = concept(terms[i+1])
			}
		}
		id := v.id("n:" + val)
		nf := numFact{val: val, unit: unit, f: f, id: id}
		nf.alt = -1
		for _, h := range hedged {
			if h == t {
				nf.hedged = true
			}
		}
		if k := unitScale[unit]; k > 0 {
			// "dua pekan" is also "14 hari"
			nf.alt = v.id("n:" + strconv.FormatFloat(f*k, 'f', -1, 64))
		}
		c.nums = append(c.nums, nf)
		feats = append(feats, id)
		c.concrete = true
	}
	sort.Slice(feats, func(i, j int) bool { return feats[i] < feats[j] })
	c.feats = uniq(feats)
	sort.Slice(c.negTerms, func(i, j int) bool { return c.negTerms[i] < c.negTerms[j] })
	sort.Slice(c.nameTerms, func(i, j int) bool { return c.nameTerms[i] < c.nameTerms[j] })
	c.nameTerms = uniq(c.nameTerms)
	return c
}

func blank(b []byte) {
	for i := range b {
		b[i] = ' '
	}
}

func isAlnumByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// normSlashDate drops leading zeros: "05/01" -> "5/1".
func normSlashDate(s string) string {
	parts := strings.Split(s, "/")
	for i, p := range parts {
		p = strings.TrimLeft(p, "0")
		if p == "" {
			p = "0"
		}
		parts[i] = p
	}
	return strings.Join(parts, "/")
}

// numberValue returns the numeric value of a term: digits (textid already
// dropped thousands separators and wrote decimals with '.') or a
// spelled-out number.
func numberValue(t string) (string, bool) {
	if v, ok := numberWords[t]; ok {
		return v, true
	}
	if t == "" || t[0] < '0' || t[0] > '9' {
		return "", false
	}
	dot := false
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] >= '0' && t[i] <= '9':
		case t[i] == '.' && !dot:
			dot = true
		default:
			return "", false
		}
	}
	return t, true
}

func uniq(s []int32) []int32 {
	if len(s) < 2 {
		return s
	}
	out := s[:1]
	for _, x := range s[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

// dateID interns a date feature and remembers its first surface form.
func (v *verifier) dateID(key, surface string) int32 {
	id := v.id(key)
	if _, ok := v.labels[id]; !ok {
		v.setLabel(id, surface, false)
	}
	return id
}

// polarityConflict reports whether one sentence negates a word the other
// asserts: a negated term of one is among the other's terms without being
// negated there. "tidak biasa" in one sentence does not oppose another
// sentence that never mentions "biasa".
func polarityConflict(a, b *claim) bool {
	return negatedIn(a, b) || negatedIn(b, a)
}

func negatedIn(a, b *claim) bool {
	for _, f := range a.negTerms {
		if hasFeat(b.feats, f) && !hasFeat(b.negTerms, f) {
			return true
		}
	}
	return false
}
