package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// alias maps a written form to a canonical name. Short forms (up to 4
// bytes) match case-sensitively and need a non-letter after them; longer
// forms match case-insensitively and may only be glued to a capital
// ("Associated PressKCNA" in a scraped page).
type alias struct{ form, canon string }

// agencyAliases are news agencies, longest forms first.
var agencyAliases = sortAliases([]alias{
	{"Agence France-Presse", "AFP"}, {"Agence France Presse", "AFP"}, {"AFP", "AFP"},
	{"Thomson Reuters", "Reuters"}, {"Reuters", "Reuters"},
	{"The Associated Press", "AP"}, {"Associated Press", "AP"}, {"AP", "AP"},
	{"Kantor Berita Antara", "ANTARA"}, {"Antaranews", "ANTARA"}, {"ANTARA News", "ANTARA"}, {"Antara", "ANTARA"},
	{"Kantor Berita Xinhua", "Xinhua"}, {"Xinhua", "Xinhua"},
	{"Yonhap", "Yonhap"},
	{"Korean Central News Agency", "KCNA"}, {"Kantor Berita Pusat Korea Utara", "KCNA"},
	{"Kantor Berita Pusat Korea", "KCNA"}, {"KCNA", "KCNA"},
	{"Bernama", "Bernama"},
	{"Kyodo News", "Kyodo"}, {"Kyodo", "Kyodo"},
	{"TASS", "TASS"}, {"Bloomberg", "Bloomberg"}, {"dpa", "dpa"},
})

// outletAliases are Indonesian and international outlets seen in datelines
// and header lines.
var outletAliases = sortAliases([]alias{
	{"CNN Indonesia", "CNN Indonesia"}, {"CNBC Indonesia", "CNBC Indonesia"},
	{"Kompas.com", "Kompas.com"}, {"Kompas", "Kompas"},
	{"detikcom", "detikcom"}, {"detik.com", "detikcom"}, {"detikNews", "detikcom"},
	{"detikFinance", "detikcom"}, {"detikInet", "detikcom"}, {"detikSport", "detikcom"},
	{"TEMPO.CO", "Tempo"}, {"Tempo", "Tempo"},
	{"Liputan6.com", "Liputan6.com"}, {"Tribunnews.com", "Tribunnews.com"},
	{"Okezone", "Okezone"}, {"REPUBLIKA.CO.ID", "Republika"}, {"Republika", "Republika"},
	{"Suara.com", "Suara.com"}, {"kumparan", "kumparan"}, {"IDN Times", "IDN Times"},
	{"Medcom.id", "Medcom.id"}, {"Bisnis.com", "Bisnis.com"}, {"Kontan", "Kontan"},
	{"The Jakarta Post", "The Jakarta Post"}, {"Jakarta Post", "The Jakarta Post"},
	{"Jakarta Globe", "Jakarta Globe"}, {"VIVA.co.id", "VIVA"}, {"VIVA", "VIVA"},
	{"SINDOnews", "SINDOnews"}, {"Merdeka.com", "Merdeka.com"}, {"JPNN.com", "JPNN.com"},
	{"Katadata", "Katadata"}, {"BBC News Indonesia", "BBC News Indonesia"},
	{"BBC Indonesia", "BBC News Indonesia"}, {"VOA Indonesia", "VOA Indonesia"},
	{"Kapanlagi.com", "Kapanlagi.com"}, {"The Guardian", "The Guardian"},
	{"BBC", "BBC"}, {"CNN", "CNN"},
})

func sortAliases(a []alias) []alias {
	// insertion sort by form length, longest first (init only)
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && len(a[j].form) > len(a[j-1].form); j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
	return a
}

// matchAliasAt reports the canonical name of the alias at the start of s
// and its length in bytes.
func matchAliasAt(s string, table []alias) (string, int) {
	for _, a := range table {
		n := len(a.form)
		if len(s) < n {
			continue
		}
		if n <= 4 {
			if s[:n] != a.form {
				continue
			}
			if len(s) > n {
				r, _ := utf8.DecodeRuneInString(s[n:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					continue
				}
			}
			return a.canon, n
		}
		if strings.EqualFold(s[:n], a.form) {
			if len(s) > n {
				r, _ := utf8.DecodeRuneInString(s[n:])
				if unicode.IsLower(r) || unicode.IsDigit(r) {
					continue
				}
			}
			return a.canon, n
		}
	}
	return "", 0
}

// canonExact returns the canonical name when the whole of s is an alias.
func canonExact(s string, table []alias) string {
	s = strings.TrimSpace(s)
	if c, n := matchAliasAt(s, table); n == len(s) && n > 0 {
		return c
	}
	return ""
}

// agencyName returns the canonical agency name for s, or "".
func agencyName(s string) string { return canonExact(s, agencyAliases) }

// outletName returns a canonical outlet name when s is a known agency or
// outlet, s itself when it looks like a domain ("Kabar.id"), else "".
func outletName(s string) string {
	s = strings.TrimSpace(s)
	if c := agencyName(s); c != "" {
		return c
	}
	if c := canonExact(s, outletAliases); c != "" {
		return c
	}
	if looksDomain(s) {
		return s
	}
	return ""
}

// looksDomain reports whether s is one word that ends in a web domain.
func looksDomain(s string) bool {
	if s == "" || strings.ContainsAny(s, " /") {
		return false
	}
	l := strings.ToLower(s)
	for _, suf := range []string{".com", ".co.id", ".co", ".id", ".net", ".org", ".news", ".tv"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf) {
			return true
		}
	}
	return false
}

// nameParticles may appear in lower case inside a person's name.
var nameParticles = map[string]bool{
	"bin": true, "binti": true, "van": true, "de": true, "der": true, "den": true,
	"da": true, "dos": true, "al": true, "el": true, "von": true, "la": true, "le": true,
}

// nameShaped reports whether s looks like a person's name: 1..maxTok
// capitalised words (particles allowed), letters and .'’- only.
func nameShaped(s string, maxTok int) bool {
	if s == "" || utf8.RuneCountInString(s) > 60 {
		return false
	}
	n := 0
	for _, tok := range strings.Fields(s) {
		n++
		if n > maxTok {
			return false
		}
		first, _ := utf8.DecodeRuneInString(tok)
		if !unicode.IsUpper(first) {
			if !nameParticles[tok] {
				return false
			}
		}
		for _, r := range tok {
			if !(unicode.IsLetter(r) || unicode.IsMark(r) || r == '.' || r == '\'' || r == '’' || r == '-') {
				return false
			}
		}
	}
	return n > 0
}

// titleCasePlace turns an all-caps place ("NEW YORK") into title case;
// other spellings are kept.
func titleCasePlace(s string) string {
	hasLower := false
	for _, r := range s {
		if unicode.IsLower(r) {
			hasLower = true
			break
		}
	}
	if hasLower {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if start {
				b.WriteRune(r)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			start = false
			continue
		}
		b.WriteRune(r)
		start = r == ' ' || r == '-'
	}
	return b.String()
}
