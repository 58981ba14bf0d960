package web

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/verify"
)

// report decodes the verification report stored with an event; nil when
// the event has not been verified.
func report(ev store.Event) (*verify.Report, error) {
	if len(ev.Claims) == 0 {
		return nil, nil
	}
	var r verify.Report
	if err := json.Unmarshal(ev.Claims, &r); err != nil {
		return nil, fmt.Errorf("decode claims of event %s: %w", ev.ID, err)
	}
	return &r, nil
}

// listed is an event as lists show it: the claims table is left to the
// event itself, lists carry only the flag count.
func listed(e store.Event) store.Event {
	e.Claims = nil
	return e
}

func listedAll(evs []store.Event) []store.Event {
	out := make([]store.Event, len(evs))
	for i, e := range evs {
		out[i] = listed(e)
	}
	return out
}

// flagSum is the number of flags over events (a storyline's count).
func flagSum(evs []store.Event) int {
	n := 0
	for _, e := range evs {
		n += e.Flags
	}
	return n
}

// Labels of flag kinds, claim statuses and claim kinds as pages show them.
var (
	flagLabels = map[string]string{
		verify.FlagUnsupportedHeadline: "unsupported headline",
		verify.FlagSingleSource:        "single source",
		verify.FlagContradiction:       "contradiction",
	}
	statusLabels = map[string]string{
		verify.StatusCorroborated: "corroborated",
		verify.StatusSingleSource: "single source",
		verify.StatusContradicted: "contradicted",
	}
)

func label(m map[string]string, k string) string {
	if l, ok := m[k]; ok {
		return l
	}
	return strings.ReplaceAll(k, "_", " ")
}

// cssWord keeps a value usable inside a class name: letters, digits, '-'
// and '_'; anything else becomes "other". (html/template escapes the
// attribute either way; this keeps the class list meaningful.)
func cssWord(s string) string {
	if s == "" {
		return "other"
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return "other"
		}
	}
	return s
}

// serious reports whether a flag kind is shown open rather than folded:
// a headline the sources do not support, or sources that disagree.
func serious(kind string) bool {
	return kind == verify.FlagUnsupportedHeadline || kind == verify.FlagContradiction
}

// summary is the first clause of a flag's reason (up to ':' or ';'),
// clipped: the folded line of a note.
func summary(reason string) string {
	if i := strings.IndexAny(reason, ":;"); i > 0 {
		reason = reason[:i]
	}
	return clip(reason, 160)
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// ---- Event page ----

// originRow is an independent origin on the event page: which articles
// share it and why.
type originRow struct {
	ID, Kind, Name string
	Articles       []articleRef
	Evidence       []string
}

// claimGroup is the claims one article makes, folded together on the
// event page.
type claimGroup struct {
	Article      articleRef
	Origin       string
	Open         bool // few claims in the event: shown unfolded
	Claims       []claimRow
	Corroborated int
	SingleSource int
	Contradicted int
	Flagged      int
}

// claimRow is one row of the claims table.
type claimRow struct {
	verify.ClaimRow
	StatusLabel string
	Flags       []article.Flag // flags raised on this claim's sentence
	FlagKinds   []string
	FlagTitle   string
	Agree       []evidenceRow
	Silent      []string // origin names
	Disagree    []disagreeRow
	// How many of each list a page left out (see eventVerification.page).
	AgreeMore, SilentMore, DisagreeMore int
}

type evidenceRow struct {
	Origin   string
	Article  articleRef
	Text     string
	Coverage int // percent
	Missing  []string
}

type disagreeRow struct {
	Origin  string
	Article articleRef
	Text    string
	On      string
	Detail  string
}

// flagRef is a flag with the article it was raised on.
type flagRef struct {
	Article string `json:"article"`
	article.Flag
}

// flagItem is a flag on the event page.
type flagItem struct {
	Article articleRef
	Kind    string
	Label   string
	Text    string
	Reason  string
	Summary string
}

// eventVerification is what the event page shows of the report.
type eventVerification struct {
	Origins  []originRow
	Groups   []claimGroup
	Claims   int
	Counts   map[string]int // by status
	Open     bool           // few claims: groups shown unfolded
	Serious  []flagItem     // unsupported headlines, contradictions
	Minor    []flagItem     // single-source claims
	NumFlags int
	// What a page shows of the groups (see page), and how much it left out.
	GroupsFrom, GroupsMore, GroupsTotal int
	OriginsMore, SeriousMore, MinorMore int
}

// Bounds of one page: a big event (hundreds of articles and origins) would
// otherwise make megabytes of HTML. The claims pages show every group, a
// page at a time.
const (
	eventPageGroups  = 6  // article groups of claims on the event page
	claimsPageGroups = 25 // on each claims page
	pageEvidence     = 3  // agreeing or disagreeing sentences per claim
	pageSilent       = 12 // silent origins named per claim
	pageFlags        = 15 // flags of each kind listed
	pageOrigins      = 40 // independent origins listed
)

// page returns the part of v one page shows: groups [offset,
// offset+groups), long lists cut to the bounds above with how much was
// left out. v is not modified.
func (v *eventVerification) page(offset, groups int) *eventVerification {
	if v == nil {
		return nil
	}
	p := *v
	offset = min(max(offset, 0), len(v.Groups))
	end := min(offset+groups, len(v.Groups))
	p.GroupsFrom, p.GroupsMore, p.GroupsTotal = offset, len(v.Groups)-end, len(v.Groups)
	p.Groups = make([]claimGroup, 0, end-offset)
	for _, g := range v.Groups[offset:end] {
		g.Claims = append([]claimRow(nil), g.Claims...)
		for i := range g.Claims {
			r := &g.Claims[i]
			r.Agree, r.AgreeMore = firstN(r.Agree, pageEvidence)
			r.Disagree, r.DisagreeMore = firstN(r.Disagree, pageEvidence)
			r.Silent, r.SilentMore = firstN(r.Silent, pageSilent)
		}
		p.Groups = append(p.Groups, g)
	}
	p.Origins, p.OriginsMore = firstN(v.Origins, pageOrigins)
	p.Serious, p.SeriousMore = firstN(v.Serious, pageFlags)
	p.Minor, p.MinorMore = firstN(v.Minor, pageFlags)
	return &p
}

// firstN returns the first n of s and how many it left out.
func firstN[T any](s []T, n int) ([]T, int) {
	if len(s) <= n {
		return s, 0
	}
	return s[:n], len(s) - n
}

// flagKey identifies a flagged sentence: article, paragraph, text.
func flagKey(art string, para int, text string) string {
	return art + "\x00" + strconv.Itoa(para) + "\x00" + text
}

// buildVerification turns an event's report and its articles' flags into
// the rows the event page renders. refs resolves article ids; ids of
// articles not loaded get a bare reference.
func buildVerification(rep *verify.Report, arts []*article.Article, refs map[string]articleRef) *eventVerification {
	ref := func(id string) articleRef {
		if r, ok := refs[id]; ok {
			return r
		}
		return articleRef{ID: id}
	}
	v := &eventVerification{Counts: map[string]int{}}
	flags := map[string][]article.Flag{}
	for _, a := range arts {
		for _, f := range a.Flags {
			k := flagKey(a.ID, f.Paragraph, f.Text)
			flags[k] = append(flags[k], f)
			it := flagItem{Article: ref(a.ID), Kind: cssWord(f.Kind), Label: label(flagLabels, f.Kind), Text: f.Text, Reason: f.Reason, Summary: summary(f.Reason)}
			v.NumFlags++
			if serious(f.Kind) {
				v.Serious = append(v.Serious, it)
			} else {
				v.Minor = append(v.Minor, it)
			}
		}
	}
	if rep == nil {
		if v.NumFlags == 0 {
			return nil
		}
		return v
	}
	names := make(map[string]string, len(rep.Origins))
	for _, o := range rep.Origins {
		names[o.ID] = o.Name
		row := originRow{ID: o.ID, Kind: o.Kind, Name: o.Name, Evidence: o.Evidence}
		for _, id := range o.Articles {
			row.Articles = append(row.Articles, ref(id))
		}
		v.Origins = append(v.Origins, row)
	}
	name := func(id string) string {
		if n, ok := names[id]; ok && n != "" {
			return n
		}
		return id
	}
	groups := map[string]*claimGroup{}
	var order []string
	for _, c := range rep.Claims {
		g := groups[c.Article]
		if g == nil {
			g = &claimGroup{Article: ref(c.Article), Origin: name(c.Origin)}
			groups[c.Article] = g
			order = append(order, c.Article)
		}
		row := claimRow{ClaimRow: c, StatusLabel: label(statusLabels, c.Status), Flags: flags[flagKey(c.Article, c.Paragraph, c.Text)]}
		var reasons []string
		for _, f := range row.Flags {
			row.FlagKinds = append(row.FlagKinds, cssWord(f.Kind))
			reasons = append(reasons, label(flagLabels, f.Kind)+": "+f.Reason)
		}
		row.FlagTitle = strings.Join(reasons, "\n\n")
		for _, e := range c.Agreeing {
			row.Agree = append(row.Agree, evidenceRow{Origin: name(e.Origin), Article: ref(e.Article), Text: e.Text, Coverage: int(e.Coverage*100 + 0.5), Missing: e.Missing})
		}
		for _, s := range c.Silent {
			row.Silent = append(row.Silent, name(s))
		}
		for _, d := range c.Disagreeing {
			row.Disagree = append(row.Disagree, disagreeRow{Origin: name(d.Origin), Article: ref(d.Article), Text: d.Text, On: d.On, Detail: d.Detail})
		}
		switch c.Status {
		case verify.StatusCorroborated:
			g.Corroborated++
		case verify.StatusSingleSource:
			g.SingleSource++
		case verify.StatusContradicted:
			g.Contradicted++
		}
		if len(row.Flags) > 0 {
			g.Flagged++
		}
		v.Counts[c.Status]++
		v.Claims++
		g.Claims = append(g.Claims, row)
	}
	// Articles in the order the event lists them (publication time).
	pos := make(map[string]int, len(arts))
	for i, a := range arts {
		pos[a.ID] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		pi, iok := pos[order[i]]
		pj, jok := pos[order[j]]
		if iok != jok {
			return iok
		}
		return pi < pj
	})
	v.Open = v.Claims <= 12
	for _, id := range order {
		g := groups[id]
		g.Open = v.Open
		v.Groups = append(v.Groups, *g)
	}
	return v
}

// ---- Article page ----

// segment is a run of a line of text: plain, or a flagged sentence.
type segment struct {
	Text  string
	Mark  bool
	Kinds []string // flag kinds, for the class list
	Title string   // the reasons, as a tooltip
	Notes []int    // numbers of the notes that explain it
}

// flagNote is the reason of one flag, shown beside its sentence.
type flagNote struct {
	N        int
	Kind     string
	Label    string
	Text     string
	Reason   string
	Summary  string
	Open     bool
	Compared []articleRef
	Located  bool
}

// flaggedLine is a title, subtitle or paragraph cut into segments, with
// the notes of the flags on it.
type flaggedLine struct {
	Text     string // the whole line
	Segments []segment
	Notes    []flagNote
}

// articleFlags is an article's text with every flagged sentence located.
type articleFlags struct {
	Title, Subtitle flaggedLine
	Paragraphs      []flaggedLine
	Unlocated       []flagNote // flags whose sentence was not found in the text
}

// span is a located flag: byte offsets in its line and its note.
type span struct {
	start, end int
	note       int // index into notes
}

// subtitleOf is the article's deck: the field, else the line extraction
// set aside as kind "subtitle" (what verification compares, too).
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

// locateFlags finds each flag's sentence in the line it names (Paragraph:
// -1 title, -2 subtitle, else the paragraph index) and cuts the lines into
// segments. Flags on the same sentence share one mark; a flag whose
// sentence overlaps one already marked, or cannot be found, keeps its note.
func locateFlags(a *article.Article, refs map[string]articleRef) articleFlags {
	lines := make([]string, len(a.Paragraphs)+2)
	lines[0], lines[1] = a.Title, subtitleOf(a)
	copy(lines[2:], a.Paragraphs)
	lineOf := func(p int) int {
		switch {
		case p == -1:
			return 0
		case p == -2:
			return 1
		case p >= 0 && p < len(a.Paragraphs):
			return p + 2
		}
		return -1
	}
	spans := make([][]span, len(lines))
	notes := make([][]flagNote, len(lines))
	var out articleFlags
	for i, f := range a.Flags {
		n := flagNote{N: i + 1, Kind: cssWord(f.Kind), Label: label(flagLabels, f.Kind), Text: f.Text, Reason: f.Reason,
			Summary: summary(f.Reason), Open: serious(f.Kind)}
		for _, id := range f.Compared {
			if id == a.ID {
				continue
			}
			if r, ok := refs[id]; ok {
				n.Compared = append(n.Compared, r)
			} else {
				n.Compared = append(n.Compared, articleRef{ID: id})
			}
		}
		li := lineOf(f.Paragraph)
		if li < 0 || f.Text == "" {
			out.Unlocated = append(out.Unlocated, n)
			continue
		}
		start := strings.Index(lines[li], f.Text)
		if start < 0 {
			out.Unlocated = append(out.Unlocated, n)
			continue
		}
		n.Located = true
		notes[li] = append(notes[li], n)
		spans[li] = append(spans[li], span{start: start, end: start + len(f.Text), note: len(notes[li]) - 1})
	}
	for li, line := range lines {
		fl := flaggedLine{Text: line, Segments: segments(line, spans[li], notes[li]), Notes: notes[li]}
		switch li {
		case 0:
			out.Title = fl
		case 1:
			out.Subtitle = fl
		default:
			out.Paragraphs = append(out.Paragraphs, fl)
		}
	}
	return out
}

// segments cuts line at the spans: the same range marked once with every
// flag on it; a span overlapping an earlier different one is not marked.
func segments(line string, spans []span, notes []flagNote) []segment {
	if len(spans) == 0 {
		return []segment{{Text: line}}
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out []segment
	at := 0
	for i := 0; i < len(spans); {
		s := spans[i]
		j := i + 1
		seg := segment{Text: line[s.start:s.end], Mark: true}
		add := func(n flagNote) {
			seg.Kinds = append(seg.Kinds, n.Kind)
			seg.Notes = append(seg.Notes, n.N)
			if seg.Title != "" {
				seg.Title += "\n\n"
			}
			seg.Title += n.Label + ": " + n.Reason
		}
		add(notes[s.note])
		for j < len(spans) && spans[j].start == s.start && spans[j].end == s.end {
			add(notes[spans[j].note])
			j++
		}
		if s.start < at { // overlaps a mark already placed: its note stays
			i = j
			continue
		}
		if s.start > at {
			out = append(out, segment{Text: line[at:s.start]})
		}
		out = append(out, seg)
		at = s.end
		i = j
	}
	if at < len(line) {
		out = append(out, segment{Text: line[at:]})
	}
	return out
}

// originInfo is the article's independent origin, as the article page shows it.
type originInfo struct {
	ID, Kind, Name string
	Evidence       []string
	Others         []articleRef // other articles of the event sharing it
}

func originOf(a *article.Article, rep *verify.Report, refs map[string]articleRef) *originInfo {
	if a.Origin == "" {
		return nil
	}
	info := &originInfo{ID: a.Origin, Name: a.Origin}
	if rep == nil {
		return info
	}
	for _, o := range rep.Origins {
		if o.ID != a.Origin {
			continue
		}
		info.Kind, info.Name, info.Evidence = o.Kind, o.Name, o.Evidence
		for _, id := range o.Articles {
			if id == a.ID {
				continue
			}
			if r, ok := refs[id]; ok {
				info.Others = append(info.Others, r)
			} else {
				info.Others = append(info.Others, articleRef{ID: id})
			}
		}
	}
	return info
}
