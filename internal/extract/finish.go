package extract

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/textid"
	"github.com/warta-news/warta/internal/when"
)

// finish turns what d found into the article fields.
func (d *doc) finish(a *article.Article) {
	a.Removed = make([]article.Removed, 0, 8)
	a.Paragraphs = make([]string, 0, len(d.lines))
	for _, l := range d.lines {
		switch l.kind {
		case "":
			if l.text != "" {
				a.Paragraphs = append(a.Paragraphs, l.text)
			}
			a.Removed = append(a.Removed, l.cuts...)
		case kindTitle:
			a.Removed = append(a.Removed, l.cuts...)
		case KindSubtitle:
			a.Subtitle = l.text
			a.Removed = append(a.Removed, l.cuts...)
		default:
			a.Removed = append(a.Removed, l.cuts...)
			if l.text != "" {
				a.Removed = append(a.Removed, article.Removed{Text: l.text, Kind: l.kind})
			}
		}
	}
	a.Title = d.title
	if len(a.Paragraphs) == 0 {
		// A text that is only a headline (4 words or more): the headline
		// is the body. Not for HTML, where a lone line is page chrome.
		for _, l := range d.lines {
			if l.kind == kindTitle && !d.titleGiven && !d.html && strings.Count(l.text, " ") >= 3 {
				a.Paragraphs = append(a.Paragraphs, l.text)
				a.Title = ""
				break
			}
		}
		if len(a.Paragraphs) == 0 {
			return
		}
	}
	for _, p := range a.Paragraphs {
		d.findVia(p)
	}
	d.setOutlet(a)
	for _, ag := range d.datelineAgencies {
		if ag != a.Outlet {
			d.addCredit(RoleVia, ag)
		}
	}
	a.Dateline = d.dateline
	d.setAuthor(a)
	a.Credits = d.credits
	if a.Credits == nil {
		a.Credits = []article.Credit{}
	}
	d.setLang(a)
	d.setPublished(a)
}

func (d *doc) setOutlet(a *article.Article) {
	for _, o := range []string{normSpace(d.in.Outlet), d.outletHeader, d.outletDateline, d.outletCopyright, d.outletSite, d.outletAgency, normSpace(d.in.OutletFlag)} {
		if o != "" {
			a.Outlet, a.OutletHow = o, article.HowExplicit
			return
		}
	}
	a.OutletHow = article.HowUnknown
}

func (d *doc) setAuthor(a *article.Article) {
	for _, s := range []string{normSpace(d.in.Author), d.authorByline, d.authorMeta, d.authorReporter, d.authorInitials} {
		if s != "" {
			a.Author = s
			return
		}
	}
}

// normLang turns "id-ID", "EN_us" into "id", "en".
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	return s
}

// langSample bounds the text given to language detection.
const langSample = 1500

func (d *doc) setLang(a *article.Article) {
	if l := normLang(d.in.Lang); l != "" {
		a.Lang, a.LangHow = l, article.HowExplicit
		return
	}
	var b strings.Builder
	b.Grow(langSample + 64)
	b.WriteString(a.Title)
	for _, p := range a.Paragraphs {
		if b.Len() >= langSample {
			break
		}
		b.WriteByte('\n')
		if room := langSample - b.Len(); len(p) > room {
			p = cutAtSpace(p, room)
		}
		b.WriteString(p)
	}
	det, _ := textid.DetectLang(b.String())
	switch {
	case d.htmlLang != "" && (det == "" || det == d.htmlLang || (det == "ms" && d.htmlLang == "id") || (det == "id" && d.htmlLang == "ms")):
		a.Lang, a.LangHow = d.htmlLang, article.HowExplicit
	case det != "":
		a.Lang, a.LangHow = det, article.HowInferred
	default:
		a.LangHow = article.HowUnknown
	}
}

// cutAtSpace cuts s to at most n bytes, at a space when there is one.
func cutAtSpace(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], ' '); i > 0 {
		return s[:i]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// zone is the time zone for dates without one: what a header line says,
// else WIB for Indonesian and Malay, else UTC.
func (d *doc) zoneFor(lang string) *time.Location {
	for _, s := range d.evidence() {
		switch {
		case hasWord(s, "WITA"):
			return when.WITA
		case hasWord(s, "WIT"):
			return when.WIT
		case hasWord(s, "WIB"):
			return when.WIB
		}
	}
	if lang == "id" || lang == "ms" {
		return when.WIB
	}
	return time.UTC
}

// hasWord reports whether w occurs in s as a whole word (ASCII bounds).
func hasWord(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(w)
		if (i == 0 || !isASCIIAlnum(s[i-1])) && (j == len(s) || !isASCIIAlnum(s[j])) {
			return true
		}
		off = j
	}
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func (d *doc) setPublished(a *article.Article) {
	loc := d.zoneFor(a.Lang)
	if p := normSpace(d.in.Published); p != "" {
		if t, prec, ok := when.ParseExplicit(p, loc); ok {
			d.setTime(a, t, prec, article.HowExplicit, p)
			return
		}
	}
	for _, s := range d.evidence() {
		if t, prec, matched, ok := when.FindExplicit(s, loc); ok {
			d.setTime(a, t, prec, article.HowExplicit, matched)
			return
		}
	}
	if !d.metaDate.IsZero() {
		t := d.metaDate
		prec := article.PrecisionMinute
		if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
			prec = article.PrecisionDay
		}
		d.setTime(a, t, prec, article.HowExplicit, "html metadata "+t.Format(time.RFC3339))
		return
	}
	if t, ev, ok := when.InferPublished(a.Text(), d.copyrightYear, loc); ok {
		d.setTime(a, t, article.PrecisionDay, article.HowInferred, ev)
		return
	}
	a.PublishedHow = article.HowUnknown
}

// evidence lists the lines searched for a stated publication time: the
// header lines at the top first, then removed credit and caption lines.
func (d *doc) evidence() []string {
	if len(d.removedTexts) == 0 {
		return d.headerTexts
	}
	return append(append(make([]string, 0, len(d.headerTexts)+len(d.removedTexts)), d.headerTexts...), d.removedTexts...)
}

func (d *doc) setTime(a *article.Article, t time.Time, prec, how, from string) {
	if prec != article.PrecisionDay {
		prec = article.PrecisionMinute
	}
	a.Published, a.PublishedPrecision, a.PublishedHow, a.PublishedFrom = t, prec, how, from
}
