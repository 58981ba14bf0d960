package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Datelines at the start of the first paragraph. P is one capitalised word
// of a place or outlet name.
const (
	dlWord  = `\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}'’.]*)*`
	dlPlace = dlWord + `(?: ` + dlWord + `){0,3}`
	dlDash  = `(?:\s*--\s*|\s+-\s+|\s*[–—]\s*)`
)

var (
	// "Seoul (ANTARA) - ", "SEOUL, South Korea (AP) — ", "Jakarta (ANTARA/AFP) -"
	dlParenRe = regexp.MustCompile(`^(` + dlPlace + `)(?:,\s+(` + dlPlace + `))?\s*\(([^()]{2,40})\)\s*(?:--|[-–—:])\s*`)
	// "Jakarta, CNN Indonesia -- ", "Seoul, Korea Selatan — ", "TEMPO.CO, Jakarta - "
	dlCommaRe = regexp.MustCompile(`^(` + dlPlace + `),\s+([^,()]{2,40}?)` + dlDash)
	// "LONDON — ", "Jakarta - ", "KOMPAS.com - "
	dlDashRe = regexp.MustCompile(`^(` + dlPlace + `)` + dlDash)
	// "Pyongyang: "
	dlColonRe = regexp.MustCompile(`^(` + dlWord + `(?: ` + dlWord + `){0,2}):\s+`)
)

// datelineMatch is what a dateline says.
type datelineMatch struct {
	place    string
	outlet   string   // an outlet written in the dateline ("CNN Indonesia")
	agencies []string // agencies in parentheses ("ANTARA", "AFP")
	end      int      // byte offset where the paragraph text proper begins
}

// matchDateline parses the dateline at the start of s. known reports
// whether a name is an outlet known from elsewhere in the document.
func matchDateline(s string, known func(string) bool) (datelineMatch, bool) {
	var m datelineMatch
	if len(s) < 8 {
		return m, false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return m, false
	}
	head := s
	if len(head) > 100 {
		head = head[:100]
	}
	paren := strings.IndexByte(head, '(') > 0
	comma := strings.IndexByte(head, ',') > 0
	dash := strings.Contains(head, " - ") || strings.Contains(head, "--") || strings.Contains(head, "–") || strings.Contains(head, "—")
	colon := strings.IndexByte(head, ':') > 0
	if !paren && !dash && !colon {
		return m, false
	}
	if g := findIf(paren, dlParenRe, s); g != nil {
		m.place = placeName(s[g[2]:g[3]])
		if g[4] >= 0 {
			m.place += ", " + placeName(s[g[4]:g[5]])
		}
		for _, p := range strings.FieldsFunc(s[g[6]:g[7]], func(r rune) bool { return r == '/' || r == ',' }) {
			p = strings.TrimSpace(p)
			if n := outletName(p); n != "" {
				m.agencies = append(m.agencies, n)
			} else if nameShaped(p, 3) || looksUpper(p) {
				m.agencies = append(m.agencies, p)
			} else {
				return datelineMatch{}, false
			}
		}
		m.end = g[1]
		return m, followsText(s, m.end)
	}
	if !dash && !colon {
		return m, false
	}
	if g := findIf(comma && dash, dlCommaRe, s); g != nil && followsText(s, g[1]) {
		a, b := s[g[2]:g[3]], strings.TrimSpace(s[g[4]:g[5]])
		m.end = g[1]
		switch {
		case outletName(b) != "" || known(b):
			m.place, m.outlet = placeName(a), outletOrSelf(b)
		case outletName(a) != "" || known(a):
			if !placeShaped(b) {
				return datelineMatch{}, false
			}
			m.place, m.outlet = placeName(b), outletOrSelf(a)
		case placeShaped(b):
			m.place = placeName(a) + ", " + placeName(b)
		case dateish(b):
			m.place = placeName(a)
		default:
			return datelineMatch{}, false
		}
		return m, true
	}
	if g := findIf(dash, dlDashRe, s); g != nil && followsText(s, g[1]) {
		a := s[g[2]:g[3]]
		if outletName(a) != "" || known(a) {
			m.outlet = outletOrSelf(a)
		} else {
			m.place = placeName(a)
		}
		m.end = g[1]
		return m, true
	}
	if !colon {
		return m, false
	}
	if g := dlColonRe.FindStringSubmatchIndex(s); g != nil && followsText(s, g[1]) {
		a := s[g[2]:g[3]]
		if outletName(a) != "" {
			return datelineMatch{}, false
		}
		m.place = placeName(a)
		m.end = g[1]
		return m, true
	}
	return m, false
}

// findIf runs re on s only when cond holds (a cheap precheck).
func findIf(cond bool, re *regexp.Regexp, s string) []int {
	if !cond {
		return nil
	}
	return re.FindStringSubmatchIndex(s)
}

// followsText reports whether the paragraph proper starting at i begins
// like a sentence: a capital, a digit or an opening quote.
func followsText(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(", r)
}

func outletOrSelf(s string) string {
	if n := outletName(s); n != "" {
		return n
	}
	return strings.TrimSpace(s)
}

// placeShaped: up to 4 capitalised words.
func placeShaped(s string) bool {
	return placeOnlyRe.MatchString(s)
}

var placeOnlyRe = regexp.MustCompile(`^` + dlPlace + `$`)

func looksUpper(s string) bool {
	if s == "" || len(s) > 12 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return true
}

func placeName(s string) string { return titleCasePlace(strings.TrimSpace(s)) }

// isDatelineLede reports whether s starts with a dateline and is a lede
// paragraph, not a headline: 20 words or more, or 8 or more ending like a
// sentence.
func isDatelineLede(s string) bool {
	words := strings.Count(s, " ") + 1
	if words < 8 {
		return false
	}
	if words < 20 && !endsSentence(s) {
		return false
	}
	_, ok := matchDateline(s, func(string) bool { return false })
	return ok
}

// findDateline records the dateline of the first body paragraph.
func (d *doc) findDateline(s string) {
	if strings.Count(s, " ") < 7 {
		return
	}
	m, ok := matchDateline(s, d.knownOutlet)
	if !ok {
		return
	}
	if dateish(s[:m.end]) { // "Jakarta, 12 Januari 2024 - …": the date is evidence
		d.headerTexts = append(d.headerTexts, s[:m.end])
	}
	d.dateline = m.place
	if m.outlet != "" {
		d.outletDateline = m.outlet
	}
	d.datelineAgencies = m.agencies
	if len(m.agencies) > 0 {
		d.outletAgency = m.agencies[0]
	}
}

// knownOutlet reports whether name is an outlet that other evidence in
// the document names.
func (d *doc) knownOutlet(name string) bool {
	for _, o := range []string{d.in.Outlet, d.in.OutletFlag, d.outletHeader, d.outletCopyright, d.outletSite} {
		if o != "" && sameText(o, name) {
			return true
		}
	}
	return false
}

// Inline attributions: "dikutip dari AFP", "according to Reuters".
// Triggers are lower case and matched case-insensitively at word starts.
var viaTriggers = []string{
	"dikutip dari ", "dikutip ", "mengutip ", "dilansir dari ", "dilansir ", "melansir ",
	"menurut ", "according to ", "reported by ", "dilaporkan ",
}

// viaSkips may stand between a trigger and the agency name.
var viaSkips = []string{"kantor berita ", "the news agency ", "the ", "laporan ", "situs ", "media "}

// viaByLetter indexes viaTriggers by first letter.
var viaByLetter = func() (t [26][]string) {
	for _, v := range viaTriggers {
		t[v[0]-'a'] = append(t[v[0]-'a'], v)
	}
	return t
}()

// findVia adds {via, agency} for inline attributions in p. One pass over
// word starts; only triggers with the word's first letter are tried.
func (d *doc) findVia(p string) {
	for i := 0; i < len(p); {
		c := p[i] | 0x20
		if c >= 'a' && c <= 'z' && len(viaByLetter[c-'a']) > 0 {
			c2 := byte(0)
			if i+1 < len(p) {
				c2 = p[i+1] | 0x20
			}
			for _, t := range viaByLetter[c-'a'] {
				if t[1] != c2 || !hasPrefixFold(p[i:], t) {
					continue
				}
				j := i + len(t)
				name, _ := matchAliasAt(p[j:], agencyAliases)
				if name == "" {
					for _, sk := range viaSkips {
						if hasPrefixFold(p[j:], sk) {
							name, _ = matchAliasAt(p[j+len(sk):], agencyAliases)
							break
						}
					}
				}
				if name != "" {
					d.addCredit(RoleVia, name)
				}
			}
		}
		// next word start
		k := strings.IndexByte(p[i:], ' ')
		if k < 0 {
			return
		}
		i += k + 1
		for i < len(p) && (p[i] == '(' || p[i] == '"' || p[i] == ',') {
			i++
		}
	}
}
