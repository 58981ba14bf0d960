package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/textid"
)

// doc collects what one extraction finds before it becomes an Article.
type doc struct {
	in *Input

	lines []line

	title      string
	titleGiven bool // the title came from the input or HTML metadata

	credits       []article.Credit
	headerTexts   []string // header and byline lines at the top: date evidence
	removedTexts  []string // credit and caption lines: date evidence after the header
	copyrightYear int

	authorByline, authorMeta, authorReporter, authorInitials string

	outletHeader, outletDateline, outletCopyright, outletSite, outletAgency string
	datelineAgencies                                                        []string
	dateline                                                                string

	html     bool // the input is HTML
	htmlLang string
	metaDate time.Time
}

func newDoc(in *Input) *doc {
	d := &doc{in: in}
	if t := normSpace(in.Title); t != "" {
		d.title, d.titleGiven = t, true
	}
	return d
}

// topLines is how many non-empty lines at the top may be header lines.
const topLines = 8

// readText splits text into lines, classifies them and sets the title.
func (d *doc) readText(text string) {
	d.lines = make([]line, 0, strings.Count(text, "\n")+1)
	blank := true
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		var raw string
		if i < 0 {
			raw, text = text, ""
		} else {
			raw, text = text[:i], text[i+1:]
		}
		blank = d.addLine(raw, blank)
	}
	d.structure()
}

// addLine normalises and classifies one raw line. afterBlank tells
// whether a blank line (or the start) came before it; it returns whether
// this line was blank.
//
// Hard-wrapped text: a body line that starts with a lower-case letter,
// right after a body line that does not end a sentence, continues it and
// is joined to it.
func (d *doc) addLine(raw string, afterBlank bool) bool {
	s := normSpace(raw)
	if s == "" {
		return true
	}
	kind, rest, cuts := d.classify(s)
	if kind == "" && rest != "" && !afterBlank && len(d.lines) > 0 {
		if prev := &d.lines[len(d.lines)-1]; prev.kind == "" && prev.text != "" && !endsSentence(prev.text) {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
				prev.text += " " + rest
				prev.cuts = append(prev.cuts, cuts...)
				return false
			}
		}
	}
	switch {
	case kind != "":
		d.lines = append(d.lines, line{text: s, kind: kind})
		if kind == KindCredit || kind == KindCaption || kind == KindBoilerplate {
			d.removedTexts = append(d.removedTexts, s)
		}
	case rest == "":
		d.lines = append(d.lines, line{kind: KindMedia, cuts: cuts}) // only cuts; no text of its own
	default:
		d.lines = append(d.lines, line{text: rest, cuts: cuts})
	}
	return false
}

// structure finds the title, header lines, subtitle, dateline and the
// furniture at the end, once every line is classified.
func (d *doc) structure() {
	d.top()
	d.tail()
	for i := range d.lines {
		if d.lines[i].kind == "" {
			d.findDateline(d.lines[i].text)
			break
		}
	}
}

// top walks the first lines: header lines, the title, the deck.
func (d *doc) top() {
	seen := 0
	titleDecided := false
	titleIdx := -1
	for i := 0; i < len(d.lines) && seen < topLines; i++ {
		l := &d.lines[i]
		if l.text == "" {
			continue
		}
		seen++
		if l.kind != "" {
			continue
		}
		if kind, ok := d.headerLine(l.text); ok {
			l.kind = kind
			d.headerTexts = append(d.headerTexts, l.text)
			continue
		}
		if !titleDecided {
			titleDecided = true
			if d.titleGiven {
				if sameText(l.text, d.title) || sameText(l.text, d.in.Title) {
					l.kind = kindTitle
					titleIdx = i
					continue
				}
				return
			}
			if headlineLike(l.text) {
				d.title = l.text
				l.kind = kindTitle
				titleIdx = i
				continue
			}
			return
		}
		if titleIdx >= 0 && d.isDeck(i) {
			l.kind = KindSubtitle
			titleIdx = -1 // one deck only
			continue
		}
		return
	}
}

// kindTitle marks the title line; it is neither body nor Removed.
const kindTitle = "title"

// isDeck reports whether line i, right after the title, is a deck.
func (d *doc) isDeck(i int) bool {
	s := d.lines[i].text
	words := strings.Count(s, " ") + 1
	if words < 3 || words > 35 || utf8.RuneCountInString(s) > 220 || isDatelineLede(s) {
		return false
	}
	if multiSentence(s) {
		return false
	}
	for j := i + 1; j < len(d.lines); j++ {
		if d.lines[j].kind != "" {
			continue
		}
		if isDatelineLede(d.lines[j].text) {
			return true
		}
		break
	}
	return words <= 12 && !strings.ContainsAny(s, ",0123456789") && titleCased(s)
}

// functionWords stay lower case inside a title-cased line.
var functionWords = setOf(
	"dan", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "atau", "dalam", "oleh",
	"the", "of", "and", "in", "on", "at", "to", "for", "a", "an", "with", "by", "from", "as",
)

// titleCased reports whether every content word after the first is
// capitalised, allowing one slip.
func titleCased(s string) bool {
	lowerContent, n := 0, 0
	for i, w := range strings.Fields(s) {
		if i == 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.IsLower(r) && !functionWords[strings.ToLower(strings.TrimRight(w, ".,:;!?"))] {
			lowerContent++
		}
	}
	return n >= 2 && lowerContent <= 1 && lowerContent*5 <= n
}

// multiSentence reports whether s holds more than one sentence: a cheap
// test for inner sentence punctuation first, then textid.SentenceSpans.
func multiSentence(s string) bool {
	inner := strings.TrimRight(s, " ")
	if len(inner) < 2 {
		return false
	}
	inner = inner[:len(inner)-1]
	if !strings.Contains(inner, ". ") && !strings.Contains(inner, "? ") && !strings.Contains(inner, "! ") &&
		!strings.Contains(inner, ".\" ") && !strings.Contains(inner, ".” ") && !strings.Contains(inner, "… ") {
		return false
	}
	return len(textid.SentenceSpans(s)) > 1
}

// hasLowerContentWord reports whether a word after the first starts with
// a lower-case letter and is not a function word.
func hasLowerContentWord(s string) bool {
	for i, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if i > 0 && unicode.IsLower(r) && !functionWords[strings.ToLower(strings.TrimRight(w, ".,:;!?"))] {
			return true
		}
	}
	return false
}

// headlineLike reports whether s can be a headline (see the package doc).
func headlineLike(s string) bool {
	if utf8.RuneCountInString(s) > 250 || strings.Count(s, " ") >= 35 || isDatelineLede(s) {
		return false
	}
	var spans [][2]int
	if multiSentence(s) {
		spans = textid.SentenceSpans(s)
	}
	for k := 0; k+1 < len(spans); k++ {
		e := strings.TrimRight(s[spans[k][0]:spans[k][1]], "\"”’') ")
		if strings.HasSuffix(e, ".") {
			return false
		}
	}
	e := strings.TrimRight(s, "\"”’') ")
	if e == "" || strings.ContainsRune(",:;", rune(e[len(e)-1])) {
		return false // a cut sentence or a label ("Fakta:")
	}
	if strings.HasSuffix(e, ".") && !strings.HasSuffix(e, "...") {
		return strings.Count(s, " ") < 15 && titleCased(s) && !hasLowerContentWord(s)
	}
	return true
}

// sameText compares two texts ignoring case, punctuation and spacing.
func sameText(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	i, j := 0, 0
	for {
		ra, na := nextAlnum(a, i)
		rb, nb := nextAlnum(b, j)
		if na < 0 || nb < 0 {
			return na < 0 && nb < 0
		}
		if unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		i, j = na, nb
	}
}

// nextAlnum returns the next letter or digit of s at or after i and the
// offset after it, or -1 at the end.
func nextAlnum(s string, i int) (rune, int) {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r, i
		}
	}
	return 0, -1
}

// tail marks tag/topic lines after the last real paragraph and cuts the
// closing initials "(dea)" from the last body paragraph.
func (d *doc) tail() {
	lastReal := -1
	for i := len(d.lines) - 1; i >= 0; i-- {
		l := d.lines[i]
		if l.kind == "" && (endsSentence(l.text) || utf8.RuneCountInString(l.text) >= 80) {
			lastReal = i
			break
		}
	}
	furniture := false
	for i := lastReal + 1; i < len(d.lines); i++ {
		l := &d.lines[i]
		if l.kind != "" {
			furniture = furniture || l.text != ""
			continue
		}
		if furniture && utf8.RuneCountInString(l.text) < 80 && !hasSentencePunct(l.text) {
			l.kind = KindSection
		}
	}
	for i := len(d.lines) - 1; i >= 0; i-- {
		l := &d.lines[i]
		if l.kind != "" {
			continue
		}
		if m := initialsRe.FindStringSubmatchIndex(l.text); m != nil && m[0] > 0 {
			kind := KindCredit
			if ini := l.text[m[2]:m[3]]; nonInitials[ini] {
				kind = KindBoilerplate // "(adv)": an advertorial label
			} else {
				d.authorInitials = ini
			}
			l.cuts = append(l.cuts, article.Removed{Text: strings.TrimSpace(l.text[m[0]:]), Kind: kind})
			l.text = strings.TrimSpace(l.text[:m[0]])
		}
		break
	}
}

// nonInitials look like closing initials but are labels.
var nonInitials = setOf("adv", "advertorial", "iklan", "ads", "foto", "video")

// Header lines.

// headerLine recognises a short top line carrying a date with an outlet
// and/or a name ("CNN Indonesia | Selasa, 31/12/2019 18:19 WIB",
// "Nama Penulis • 22 November 2024 14:26"), or a name with a known
// outlet ("Nama Orang - detikNews").
func (d *doc) headerLine(s string) (string, bool) {
	if len(s) > 240 || utf8.RuneCountInString(s) > 160 {
		return "", false
	}
	digit := strings.ContainsAny(s, "0123456789")
	if !digit && !strings.ContainsAny(s, "|•·-–—") {
		return "", false // neither a date nor segments
	}
	segs := splitHeader(s)
	var outlet, author string
	var others []string
	dated := false
	for _, seg := range segs {
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		if digit && dateish(seg) {
			if dateResidue(seg) <= 12 {
				dated = true
				continue
			}
			return "", false
		}
		if len(seg) < 12 && isWeekday(seg) {
			continue
		}
		if o := outletName(seg); o != "" && outlet == "" {
			outlet = o
			continue
		}
		others = append(others, seg)
	}
	if !dated && outlet == "" {
		return "", false
	}
	// "Outlet | date" (CNN Indonesia style) versus "Name • date" (byline):
	// a lone segment is the outlet unless a bullet separates it or it is
	// not known as an outlet while a name is expected.
	bullet := strings.ContainsAny(s, "•·")
	for _, o := range others {
		switch {
		case outlet == "" && d.knownOutlet(o):
			outlet = o
		case author == "" && nameShaped(o, 5) && (bullet || len(others) > 1 || outlet != ""):
			author = o
		case outlet == "" && dated && strings.Count(o, " ") < 4 && !hasSentencePunct(o):
			outlet = o
		default:
			return "", false
		}
	}
	if !dated && author == "" {
		return "", false // a known outlet alone is not a header
	}
	if outlet != "" && d.outletHeader == "" {
		d.outletHeader = outlet
	}
	if author != "" {
		if d.authorByline == "" {
			d.authorByline = author
		}
		return KindCredit, true
	}
	return KindBoilerplate, true
}
