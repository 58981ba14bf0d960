package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/textid"
)

// line is one paragraph candidate. kind "" means body.
type line struct {
	text string
	kind string
	cuts []article.Removed // fragments cut out of a body line, in order
}

// normSpace collapses white space (no-break and other Unicode spaces
// included), drops zero-width characters and trims. A line that needs no
// change is returned as is, without allocating.
func normSpace(s string) string {
	if !needsNorm(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isZeroWidth(r):
			continue
		case unicode.IsSpace(r) || r == '\u00a0' || unicode.IsControl(r) || r == utf8.RuneError:
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// needsNorm reports whether normSpace would change s.
func needsNorm(s string) bool {
	prevSpace := true // a leading space needs trimming
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			switch {
			case c == ' ':
				if prevSpace {
					return true
				}
				prevSpace = true
			case c < 0x20 || c == 0x7f:
				return true
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || isZeroWidth(r) || unicode.IsSpace(r) || unicode.IsControl(r) {
			return true
		}
		prevSpace = false
		i += size
	}
	return prevSpace // a trailing space, or the empty string
}

func isZeroWidth(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u2060':
		return true
	}
	return false
}

// hasPrefixFold reports whether s starts with the ASCII prefix p, ignoring case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// relatedPrefixes start related-link lines. colon: the prefix must be
// followed by ':' (it could start a sentence otherwise).
var relatedPrefixes = []struct {
	p     string
	colon bool
}{
	{"baca juga", false}, {"baca pula", false}, {"baca selengkapnya", false},
	{"read also", false}, {"also read", false}, {"read more", true},
	{"related", true}, {"lihat juga", false}, {"simak juga", false},
	{"see also", true}, {"berita terkait", true}, {"artikel terkait", true},
	{"baca", true},
}

// sectionLabels are whole-line navigation and section labels (lower case,
// without a trailing colon).
var sectionLabels = setOf(
	"topik terkait", "rekomendasi", "berita terkait", "artikel terkait", "most read",
	"terpopuler", "berita terpopuler", "populer", "berita lainnya", "berita terkini",
	"terkini", "pilihan editor", "pilihan redaksi", "video pilihan", "video terkait",
	"tag", "tags", "topik", "topics", "related", "related news", "related articles",
	"related stories", "related topics", "recommended", "more stories", "read next",
	"trending", "lihat semua", "selengkapnya", "most popular", "top stories",
	"editor's picks", "you may also like", "baca berita lainnya", "terbaru",
)

// sectionPrefixes start short navigation lines.
var sectionPrefixes = []string{"lainnya di ", "more from ", "tags:", "tag:", "topik:", "more on ", "topics:"}

// boilerLabels are whole-line page boilerplate (lower case).
var boilerLabels = setOf(
	"advertisement", "scroll to continue with content", "scroll to resume content",
	"iklan", "continue reading", "continue reading below", "share", "bagikan",
	"share this article", "komentar", "comments", "kirim komentar", "ikuti kami",
	"follow us", "loading...", "sponsored", "konten sponsor", "advertisement - scroll to continue",
	"story continues below advertisement", "tutup iklan", "gulir untuk melanjutkan",
)

// boilerPrefixes start short boilerplate lines (calls to action).
var boilerPrefixes = []string{
	"ikuti berita terkini", "ikuti whatsapp channel", "dapatkan update berita",
	"sign up for", "subscribe to", "download aplikasi", "unduh aplikasi",
	"klik di sini untuk", "simak breaking news", "follow us on", "ikuti kami di",
	"gabung di channel", "dapatkan berita terbaru",
}

// publishedPrefixes start a line that states when the page was published.
var publishedPrefixes = []string{
	"diterbitkan", "dipublikasikan", "terbit", "published", "updated", "last updated",
	"diperbarui", "pembaruan terakhir", "posted", "diposting", "tayang",
}

// isPublishedLine: "Diterbitkan: 31 Desember 2019 18:19 WIB", "Updated
// March 5, 2024".
func isPublishedLine(s string) bool {
	switch s[0] | 0x20 {
	case 'd', 't', 'p', 'u', 'l':
	default:
		return false
	}
	for _, p := range publishedPrefixes {
		if hasPrefixFold(s, p) {
			return dateish(s) && dateResidue(s) <= 12+len(p)
		}
	}
	return false
}

// sourceLinkLabels are whole-line "source link" markers (lower case).
var sourceLinkLabels = setOf("source link", "sumber link", "original source", "view source", "sumber berita")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	// inline embedded-media markers
	gambasRe = regexp.MustCompile(`\[(?:Gambas|gambas|GAMBAS):[^\]]{0,200}\]|\[embed\].{0,500}?\[/embed\]`)
	// a bracketed line alone: "[Video]", "[Infografis: …]"
	bracketLineRe = regexp.MustCompile(`^\[[^\[\]]{1,100}\]$`)
	// closing initials "(dea)", "(nma/dea)"
	initialsRe = regexp.MustCompile(`\s*\(([a-z]{2,5})((?:/[a-z]{2,5}){0,3})\)\s*$`)
	// credit lines "Key: value"
	creditKeyRe  = regexp.MustCompile(`^(?i)(penerjemah|alih bahasa|translator|editor|penyunting|redaktur|pewarta|reporter|wartawan|kontributor|sumber|source|writer|penulis|author|oleh|fotografer|photographer|foto|photo|keterangan foto|ilustrasi)\s*:\s*`)
	creditNextRe = regexp.MustCompile(`(?i)(?:\s*[|;/•·]\s*|\s+)(penerjemah|alih bahasa|translator|editor|penyunting|redaktur|pewarta|reporter|wartawan|kontributor|sumber|source|writer|penulis|author|fotografer|photographer|foto|photo)\s*:\s*`)
	// "(Reporting by X; Editing by Y)"
	reportingRe = regexp.MustCompile(`(?i)(additional reporting|reporting|writing|editing|translation)\s+by\s+([^;()]+)`)
	// bylines without a colon
	bylineRe = regexp.MustCompile(`^(?:By|BY|Oleh|OLEH)\s+(.{2,70})$`)
	yearRe   = regexp.MustCompile(`\b(19[5-9]\d|20\d\d)\b`)
)

var creditRoles = map[string]string{
	"penerjemah": RoleTranslator, "alih bahasa": RoleTranslator, "translator": RoleTranslator,
	"editor": RoleEditor, "penyunting": RoleEditor, "redaktur": RoleEditor,
	"pewarta": RoleReporter, "reporter": RoleReporter, "wartawan": RoleReporter, "kontributor": RoleReporter,
	"sumber": RoleSource, "source": RoleSource,
	"writer": RoleWriter, "penulis": RoleWriter, "author": RoleWriter, "oleh": RoleWriter,
	"fotografer": RolePhoto, "photographer": RolePhoto, "foto": RolePhoto, "photo": RolePhoto,
	"keterangan foto": RolePhoto, "ilustrasi": RolePhoto,
	"additional reporting": RoleReporter, "reporting": RoleReporter, "writing": RoleWriter,
	"editing": RoleEditor, "translation": RoleTranslator,
}

// classify decides whether s (normalised, non-empty) is a furniture line.
// For body lines it may cut embedded media and glued captions, returning
// the rest. Credits, copyright and author evidence go into d.
func (d *doc) classify(s string) (kind, rest string, cuts []article.Removed) {
	n := len(s)
	first := s[0]
	short := n <= 300

	if short {
		low := ""
		lower := func() string {
			if low == "" {
				low = strings.ToLower(strings.TrimRight(s, " :"))
			}
			return low
		}
		// related links
		switch first | 0x20 {
		case 'a', 'b', 'l', 'r', 's':
			for _, rp := range relatedPrefixes {
				if rp.p[0] == first|0x20 && isRelated(s, rp.p, rp.colon) {
					return KindRelated, "", nil
				}
			}
		}
		if n <= 80 {
			l := lower()
			if sectionLabels[l] {
				return KindSection, "", nil
			}
			if boilerLabels[l] {
				return KindBoilerplate, "", nil
			}
			if sourceLinkLabels[l] {
				return KindSourceLink, "", nil
			}
			for _, p := range sectionPrefixes {
				if strings.HasPrefix(l, p) {
					return KindSection, "", nil
				}
			}
		}
		if n <= 100 && isPublishedLine(s) {
			return KindBoilerplate, "", nil
		}
		if n <= 160 {
			for _, p := range boilerPrefixes {
				if hasPrefixFold(s, p) {
					return KindBoilerplate, "", nil
				}
			}
		}
		// embedded media on its own line
		if first == '[' && (bracketLineRe.MatchString(s) || hasPrefixFold(s, "[gambas:") || hasPrefixFold(s, "[embed]")) {
			return KindMedia, "", nil
		}
		if first == '(' && (hasPrefixFold(s, "(video:") || hasPrefixFold(s, "(video ")) && s[n-1] == ')' {
			return KindMedia, "", nil
		}
		// copyright
		if (first|0x20 == 'c' || first|0x20 == 'h' || first == '(' || first == 0xC2 || strings.Contains(s, "ights") || strings.Contains(s, "IGHTS")) && d.copyrightLine(s) {
			return KindCopyright, "", nil
		}
		// credits
		if k, ok := d.creditLine(s); ok {
			return k, "", nil
		}
	}

	rest = s
	// embedded media inside a line
	if strings.IndexByte(s, '[') >= 0 && (strings.Contains(s, "[Gambas") || strings.Contains(s, "[gambas") || strings.Contains(s, "[GAMBAS") || strings.Contains(s, "[embed]")) {
		locs := gambasRe.FindAllStringIndex(s, -1)
		if len(locs) > 0 {
			var b strings.Builder
			prev := 0
			for _, l := range locs {
				b.WriteString(s[prev:l[0]])
				b.WriteByte(' ')
				cuts = append(cuts, article.Removed{Text: s[l[0]:l[1]], Kind: KindMedia})
				prev = l[1]
			}
			b.WriteString(s[prev:])
			rest = normSpace(b.String())
			if rest == "" {
				return KindMedia, "", nil
			}
		}
	}
	// caption with a trailing photo credit
	if rest[len(rest)-1] == ')' {
		if open, inner := trailingParen(rest); open >= 0 && isPhotoCredit(inner) {
			d.addCredit(RolePhoto, inner)
			pre := strings.TrimSpace(rest[:open])
			capStart := captionStart(pre)
			if capStart <= 0 {
				if len(cuts) == 0 {
					return KindCaption, "", nil
				}
				return "", "", append(cuts, article.Removed{Text: rest, Kind: KindCaption})
			}
			cuts = append(cuts, article.Removed{Text: strings.TrimSpace(rest[capStart:]), Kind: KindCaption})
			rest = strings.TrimSpace(pre[:capStart])
		}
	}
	return "", rest, cuts
}

// trailingParen finds a closing parenthetical "(…)" of 2..100 bytes at
// the end of s (which ends in ')'): its start and content, or -1.
func trailingParen(s string) (int, string) {
	end := len(s) - 1
	open := strings.LastIndexByte(s[:end], '(')
	if open < 0 {
		return -1, ""
	}
	inner := s[open+1 : end]
	if len(inner) < 2 || len(inner) > 100 || strings.IndexByte(inner, ')') >= 0 {
		return -1, ""
	}
	return open, inner
}

// isRelated reports whether s starts with the related-link prefix p as a
// whole word, followed by ':' (or anything when colon is false).
func isRelated(s, p string, colon bool) bool {
	if !hasPrefixFold(s, p) {
		return false
	}
	after := strings.TrimLeft(s[len(p):], " ")
	if after == "" {
		return !colon
	}
	if after[0] == ':' {
		return true
	}
	return !colon && len(after) < len(s)-len(p) // a space followed the prefix
}

// captionStart returns where the caption begins in pre, the text before a
// photo credit: the start of its last sentence when that sentence is short
// (a caption glued to a real sentence), 0 when pre is one sentence or
// empty. A long last sentence is not cut (-1 would mean: cut only the
// credit), so the result is then len(pre).
func captionStart(pre string) int {
	if pre == "" {
		return 0
	}
	if !multiSentence(pre) {
		return 0
	}
	spans := textid.SentenceSpans(pre)
	last := spans[len(spans)-1]
	if last[1]-last[0] > 150 {
		return len(pre)
	}
	return last[0]
}

// photoWords mark a parenthetical as a photo credit.
var photoWords = []string{"foto", "photo", "getty", "images", "shutterstock", "istock", "dok.", "dokumentasi", "istimewa", "ilustrasi", "pixabay", "unsplash"}

// isPhotoCredit reports whether the content of a trailing parenthetical is
// a photo credit: "Getty Images", "ANTARA FOTO/X", "AFP Photo/X",
// "REUTERS/X", "Dok. Humas".
func isPhotoCredit(p string) bool {
	lp := strings.ToLower(p)
	for _, w := range photoWords {
		if strings.Contains(lp, w) {
			return true
		}
	}
	if i := strings.IndexByte(p, '/'); i > 0 {
		return outletName(strings.TrimSpace(p[:i])) != ""
	}
	return false
}

// copyrightLine records a copyright line's year and holder.
func (d *doc) copyrightLine(s string) bool {
	rest := ""
	switch {
	case hasPrefixFold(s, "copyright"):
		rest = s[len("copyright"):]
	case strings.HasPrefix(s, "©"):
		rest = s[len("©"):]
	case hasPrefixFold(s, "(c) "):
		rest = s[4:]
	case hasPrefixFold(s, "hak cipta"):
		rest = s[len("hak cipta"):]
	default:
		if len(s) >= 250 || !(strings.Contains(s, "ights") || strings.Contains(s, "IGHTS")) ||
			!strings.Contains(strings.ToLower(s), "all rights reserved") {
			return false
		}
		rest = s
	}
	if len(s) > 250 {
		return false
	}
	if ys := yearRe.FindAllString(s, -1); len(ys) > 0 {
		y := 0
		for _, c := range ys[len(ys)-1] {
			y = y*10 + int(c-'0')
		}
		if y > d.copyrightYear {
			d.copyrightYear = y
		}
	}
	if h := copyrightHolder(rest); h != "" && d.outletCopyright == "" {
		d.outletCopyright = h
	}
	return true
}

// copyrightHolder cleans a copyright line down to the holder's name.
func copyrightHolder(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(strings.ToLower(s), "all rights"); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexByte(s, '('); i > 0 && !strings.HasPrefix(strings.TrimSpace(s), "(") {
		s = s[:i]
	}
	s = yearRe.ReplaceAllString(s, " ")
	s = strings.Map(func(r rune) rune {
		if r == '©' || r == '-' || r == '–' || r == ',' {
			return ' '
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	for _, p := range []string{"copyright", "(c)", "hak cipta", "dilindungi undang-undang", "by "} {
		if hasPrefixFold(s, p) {
			s = strings.TrimSpace(s[len(p):])
		}
	}
	s = strings.TrimRight(normSpace(s), ". ")
	if hasPrefixFold(s, "PT ") || hasPrefixFold(s, "PT. ") {
		s = strings.TrimSpace(s[strings.IndexByte(s, ' '):])
	}
	if s == "" || strings.Count(s, " ") > 4 {
		return ""
	}
	if c := outletName(s); c != "" {
		return c
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	return s
}

// creditLine parses "Key: value" credit lines (several keys may share a
// line: "Penulis: A | Editor: B"), "By X"/"Oleh X" bylines and
// "(Reporting by X; Editing by Y)".
func (d *doc) creditLine(s string) (string, bool) {
	if len(s) > 200 {
		return "", false
	}
	colon := strings.IndexByte(s, ':')
	if colon > 0 && colon < 24 {
		if kind, ok := d.keyedCredit(s); ok {
			return kind, true
		}
	}
	byline := strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "BY ") || strings.HasPrefix(s, "Oleh ") || strings.HasPrefix(s, "OLEH ")
	if m := findSubmatchIf(byline, bylineRe, s); m != nil {
		name := strings.TrimRight(m[1], " .")
		if i := strings.IndexByte(name, ','); i > 0 { // "By Jane Doe, Reuters"
			name = name[:i]
		}
		if nameShaped(name, 6) && agencyName(name) == "" && !strings.HasPrefix(name, "The ") {
			d.addCreditRole(RoleWriter, name)
			return KindCredit, true
		}
		return "", false
	}
	switch s[0] {
	case '(', 'R', 'A', 'W', 'E':
	default:
		return "", false
	}
	t := strings.TrimLeft(s, "(")
	if hasPrefixFold(t, "reporting by") || hasPrefixFold(t, "additional reporting by") || hasPrefixFold(t, "writing by") || hasPrefixFold(t, "editing by") {
		for _, m := range reportingRe.FindAllStringSubmatch(s, -1) {
			role := creditRoles[strings.ToLower(m[1])]
			for _, name := range splitNames(strings.TrimRight(m[2], " .)")) {
				d.addCredit(role, name)
			}
		}
		return KindCredit, true
	}
	return "", false
}

func findSubmatchIf(cond bool, re *regexp.Regexp, s string) []string {
	if !cond {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// keyedCredit parses "Key: value" credit lines, several keys allowed.
func (d *doc) keyedCredit(s string) (string, bool) {
	m := creditKeyRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", false
	}
	type kv struct{ role, val string }
	var kvs []kv
	key := strings.ToLower(s[m[2]:m[3]])
	rest := s[m[1]:]
	for {
		val := rest
		next := creditNextRe.FindStringSubmatchIndex(rest)
		if next != nil {
			val = rest[:next[0]]
		}
		val = strings.Trim(val, " |;,-•·")
		if !creditValueOK(val) {
			return "", false
		}
		kvs = append(kvs, kv{creditRoles[key], val})
		if next == nil {
			break
		}
		key = strings.ToLower(rest[next[2]:next[3]])
		rest = rest[next[1]:]
	}
	kind := KindCaption
	for _, c := range kvs {
		if c.role != RolePhoto {
			kind = KindCredit
		}
	}
	for _, c := range kvs {
		d.addCreditRole(c.role, c.val)
	}
	return kind, true
}

// creditValueOK accepts a short credit value: a name, an agency, a list.
func creditValueOK(v string) bool {
	if v == "" || utf8.RuneCountInString(v) > 80 || strings.Count(v, " ") > 9 {
		return false
	}
	if strings.Contains(v, ". ") && !nameShaped(v, 6) { // sentences are not credits
		return false
	}
	last := v[len(v)-1]
	return last != '?' && last != '!'
}

// addCreditRole adds one credit per name in val and keeps author evidence.
func (d *doc) addCreditRole(role, val string) {
	if role == RoleSource {
		for _, n := range splitNames(val) {
			if c := agencyName(n); c != "" {
				n = c
			}
			d.addCredit(RoleSource, n)
		}
		return
	}
	if role == RolePhoto {
		// "Foto: Reuters", "Foto: Dok. Humas" name the photographer;
		// "Foto: Warga antre …" is only a caption.
		if strings.Count(val, " ") < 4 || nameShaped(val, 5) || strings.Contains(val, "/") {
			d.addCredit(RolePhoto, strings.TrimRight(val, "."))
		}
		return
	}
	names := splitNames(val)
	for _, n := range names {
		d.addCredit(role, n)
	}
	if len(names) == 0 {
		return
	}
	switch role {
	case RoleWriter:
		if d.authorByline == "" {
			d.authorByline = strings.Join(names, ", ")
		}
	case RoleReporter:
		if d.authorReporter == "" {
			d.authorReporter = strings.Join(names, ", ")
		}
	}
}

// splitNames splits "A, B dan C" / "A and B" / "A/B" into names.
func splitNames(v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	for _, sep := range []string{" dan ", " and ", " & "} {
		v = strings.ReplaceAll(v, sep, ",")
	}
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == '/' || r == ';' })
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// addCredit appends a credit once.
func (d *doc) addCredit(role, name string) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	for _, c := range d.credits {
		if c.Role == role && c.Name == name {
			return
		}
	}
	d.credits = append(d.credits, article.Credit{Role: role, Name: name})
}

// hasSentencePunct reports whether s has sentence punctuation anywhere.
func hasSentencePunct(s string) bool {
	return strings.ContainsAny(s, ".!?;")
}

// endsSentence reports whether s ends like a sentence (closing quotes and
// brackets ignored).
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"”’')] ")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':':
		return true
	}
	return strings.HasSuffix(s, "…")
}
