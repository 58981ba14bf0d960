package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// htmlDateOpts: fast htmldate (no external date parser) with the time of
// day, preferring the original publication date.
var htmlDateOpts = htmldate.Options{ExtractTime: true, UseOriginalDate: true, SkipExtensiveSearch: true}

// readHTML extracts the main content of an HTML page with trafilatura and
// reads its paragraphs like text.
func (d *doc) readHTML(body []byte) (err error) {
	root, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("parse html: %w", err)
	}
	d.html = true
	d.htmlLang = normLang(htmlLangAttr(root))
	dateOpts := htmlDateOpts // a copy per call: the library may keep a pointer
	opts := trafilatura.Options{
		ExcludeComments: true,
		HtmlDateOptions: &dateOpts,
	}
	if d.in.URL != "" {
		if u, perr := url.Parse(d.in.URL); perr == nil && u.IsAbs() {
			opts.OriginalURL = u
		}
	}
	var res *trafilatura.ExtractResult
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("trafilatura panic: %v", r)
			}
		}()
		res, err = trafilatura.ExtractDocument(root, opts)
	}()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrNoText, err)
	}
	if res == nil || res.ContentNode == nil {
		return ErrNoText
	}
	md := res.Metadata
	if !d.titleGiven {
		if t := cleanTitle(md.Title, md.Sitename); t != "" {
			d.title, d.titleGiven = t, true
		}
	}
	if s := normSpace(md.Sitename); s != "" && utf8.RuneCountInString(s) <= 60 && !strings.Contains(s, "://") {
		d.outletSite = outletOrSelf(s)
	}
	d.authorMeta = cleanAuthor(md.Author)
	if y := md.Date.Year(); !md.Date.IsZero() && y >= 1995 && y <= 2100 {
		d.metaDate = md.Date
	}
	var b strings.Builder
	b.Grow(len(body) / 2)
	writeNodeText(&b, res.ContentNode)
	d.readText(b.String())
	return nil
}

// htmlLangAttr returns the lang attribute of the <html> element.
func htmlLangAttr(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "html" {
			for _, a := range c.Attr {
				if a.Key == "lang" || a.Key == "xml:lang" {
					return a.Val
				}
			}
			return ""
		}
	}
	return ""
}

// blockTags start and end a line. Trafilatura's internal names (head,
// list, item, quote, row, cell, lb) are included.
var blockTags = setOf(
	"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
	"blockquote", "pre", "table", "tr", "td", "th", "section", "article", "header", "footer",
	"figure", "figcaption", "main", "aside", "nav", "address", "hr", "br", "body",
	"head", "list", "item", "quote", "row", "cell", "lb", "code", "graphic",
)

// writeNodeText writes the text of n with a line break at every block.
func writeNodeText(b *strings.Builder, n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if c.Data == "script" || c.Data == "style" {
				continue
			}
			block := blockTags[c.Data]
			if block {
				b.WriteByte('\n')
			}
			writeNodeText(b, c)
			if block {
				b.WriteByte('\n')
			}
		}
	}
}

// cleanTitle strips a " - Site" or " | Site" tail from a metadata title.
func cleanTitle(t, site string) string {
	t = normSpace(t)
	if t == "" || utf8.RuneCountInString(t) > 300 {
		return ""
	}
	if site = normSpace(site); site != "" {
		for _, sep := range []string{" - ", " | ", " – ", " — ", " · "} {
			if strings.HasSuffix(t, sep+site) {
				return strings.TrimSpace(strings.TrimSuffix(t, sep+site))
			}
		}
	}
	return t
}

// cleanAuthor keeps the name parts of a metadata author, dropping date
// and weekday tails ("Tim Redaksi; Selasa") and URLs.
func cleanAuthor(s string) string {
	s = normSpace(s)
	if s == "" {
		return ""
	}
	var keep []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' }) {
		p = strings.TrimSpace(p)
		if p == "" || isWeekday(p) || dateish(p) || strings.ContainsAny(p, "0123456789@/") ||
			utf8.RuneCountInString(p) > 60 || strings.Count(p, " ") > 6 {
			continue
		}
		keep = append(keep, p)
	}
	return strings.Join(keep, ", ")
}
