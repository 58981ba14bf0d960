package web

import (
	"context"
	"encoding/json"
	"html/template"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/sqlite"
	"github.com/warta-news/warta/internal/verify"
)

// Verified fixture, written for these tests: two origins report a bridge
// collapse; one article's deck claims what nobody else says, one body
// sentence only its origin makes, and one carries markup in its text.
const (
	vTitle     = "Jembatan Kaliurang ambruk diterjang banjir"
	vDeck      = "Gubernur menyebut kontraktor lalai."
	vLede      = "Jembatan Kaliurang ambruk pada Rabu sore setelah banjir besar."
	vSingle    = "Sebanyak 40 rumah rusak di sepanjang sungai."
	vTail      = "Warga diminta menjauhi bantaran."
	vEvilClaim = `Petugas menulis <script>alert("flag")</script> di laporan & "catatan".`
	vReason    = `only origin Warta Timur makes this claim; 1 other origin(s) silent: Kabar Barat: closest covers 20%`
	vEvilWhy   = `"><script>alert("reason")</script> differs`
)

func verifiedServer(t *testing.T) (*httptest.Server, map[string]string) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	pub := time.Date(2024, 5, 8, 16, 0, 0, 0, time.UTC)
	mk := func(title, sub, outlet, origin string, paras ...string) *article.Article {
		a := &article.Article{Title: title, Subtitle: sub, Lang: "id", LangHow: article.HowExplicit, Outlet: outlet, OutletHow: article.HowExplicit,
			Published: pub, PublishedHow: article.HowExplicit, PublishedPrecision: article.PrecisionMinute,
			Paragraphs: paras, Source: "fixture/" + outlet + ".txt", Format: "text", Raw: []byte(title), EventID: "ev-v", StoryID: "st-v", Origin: origin}
		a.ID = article.ContentID(a.Title, a.Paragraphs)
		pub = pub.Add(time.Hour)
		return a
	}
	a := mk(vTitle, vDeck, "Warta Timur", "outlet:warta-timur", vLede+" "+vSingle+" "+vTail, vEvilClaim)
	b := mk("Banjir putuskan Jembatan Kaliurang", "", "Kabar Barat", "wire:antara", "Banjir besar membuat Jembatan Kaliurang ambruk pada Rabu sore.", "Sebanyak 35 rumah rusak.")
	a.Flags = []article.Flag{
		{Kind: verify.FlagUnsupportedHeadline, Text: vDeck, Reason: "subtitle not supported: “" + vDeck + "”: Kabar Barat: lacks kontraktor, lalai", Paragraph: -2, Compared: []string{a.ID, b.ID}},
		{Kind: verify.FlagSingleSource, Text: vSingle, Reason: vReason, Paragraph: 0, Compared: []string{b.ID}},
		{Kind: verify.FlagContradiction, Text: vEvilClaim, Reason: vEvilWhy, Paragraph: 1, Compared: []string{b.ID}},
		{Kind: verify.FlagSingleSource, Text: "a sentence that is not in the text", Reason: "gone", Paragraph: 7},
	}
	a.Verification = &article.Verification{Claims: 4, Corroborated: 1, SingleSource: 1, Contradicted: 1, Flags: 4}
	rep := verify.Report{
		Origins: []verify.Origin{
			{ID: "outlet:warta-timur", Kind: verify.OriginOutlet, Name: "Warta Timur", Articles: []string{a.ID}},
			{ID: "wire:antara", Kind: verify.OriginWire, Name: "Antara", Articles: []string{b.ID}, Evidence: []string{b.ID[:8] + " credits source Antara"}},
		},
		Claims: []verify.ClaimRow{
			{ID: a.ID + ":0:0", Article: a.ID, Origin: "outlet:warta-timur", Kind: verify.KindLede, Paragraph: 0, Text: vLede, Status: verify.StatusCorroborated,
				Agreeing: []verify.Evidence{{Origin: "wire:antara", Article: b.ID, Paragraph: 0, Text: "Banjir besar membuat Jembatan Kaliurang ambruk pada Rabu sore.", Shared: []string{"jembatan", "ambruk"}, Coverage: 0.82}}},
			{ID: a.ID + ":0:1", Article: a.ID, Origin: "outlet:warta-timur", Kind: verify.KindBody, Paragraph: 0, Text: vSingle, Status: verify.StatusSingleSource,
				Silent: []string{"wire:antara"}},
			{ID: a.ID + ":1:0", Article: a.ID, Origin: "outlet:warta-timur", Kind: verify.KindBody, Paragraph: 1, Text: vEvilClaim, Status: verify.StatusContradicted,
				Disagreeing: []verify.Disagreement{{Evidence: verify.Evidence{Origin: "wire:antara", Article: b.ID, Paragraph: 1, Text: "Sebanyak 35 rumah rusak."}, On: "number", Detail: "40 (rumah) vs 35 (rumah)"}}},
		},
	}
	claims, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Save(ctx, &store.Batch{Articles: []*article.Article{a, b}}); err != nil {
		t.Fatal(err)
	}
	ev := store.Event{ID: "ev-v", StoryID: "st-v", Label: vTitle, LabelArticle: a.ID, Start: a.Published, End: b.Published, Articles: 2,
		Outlets: []string{"Kabar Barat", "Warta Timur"}, Flags: len(a.Flags), Claims: claims}
	sty := store.Story{ID: "st-v", Label: vTitle, Start: a.Published, End: b.Published, Events: 1, Articles: 2}
	if err := st.SaveEvents(ctx, []store.Event{ev}, []store.Story{sty}, nil); err != nil {
		t.Fatal(err)
	}
	idx := search.New(st)
	if _, err := idx.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(Config{Store: st, Search: idx, Logger: slog.New(slog.DiscardHandler)}))
	t.Cleanup(srv.Close)
	return srv, map[string]string{"a": a.ID, "b": b.ID}
}

var markRE = regexp.MustCompile(`<mark class="flag ([^"]*)" title="([^"]*)">(.*?)</mark>`)

// TestEventClaimsPage checks that a stored event with claims renders its
// origins, its claims table and its flags, and that lists show flag counts.
func TestEventClaimsPage(t *testing.T) {
	srv, ids := verifiedServer(t)
	_, body := get(t, srv.URL+"/events/ev-v")
	for _, want := range []string{
		`id="origins"`, "Independent origins", "Antara", "credits source Antara", // origins and why
		`id="claims"`, `<details class="claims-group" open>`, "<th>Agreeing</th>", "<th>Silent</th>", "<th>Disagreeing</th>",
		vLede, "82%", "Banjir besar membuat Jembatan Kaliurang ambruk pada Rabu sore.", // agreeing with its best sentence
		`<span class="status status-single_source">single source</span>`,
		`<td data-label="Silent">Antara</td>`,       // the silent origin
		"on number</span> 40 (rumah) vs 35 (rumah)", // what differs
		`id="flags"`, "unsupported headline",
		"1 corroborated by another origin, 1 from a single origin, 1 contradicted",
		`href="/articles/` + ids["b"] + `"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("event page lacks %q", want)
		}
	}
	// The flagged claims are marked in the table: the single-source one
	// and the contradicted one (escaped), not the corroborated lede.
	marked := map[string]string{}
	for _, m := range markRE.FindAllStringSubmatch(body, -1) {
		marked[m[3]] = m[1]
	}
	if marked[vSingle] != "flag-single_source" {
		t.Errorf("single-source claim marked %q, want flag-single_source (marks: %v)", marked[vSingle], marked)
	}
	if got := marked[template.HTMLEscapeString(vEvilClaim)]; got != "flag-contradiction" {
		t.Errorf("contradicted claim marked %q, want flag-contradiction", got)
	}
	if _, ok := marked[vLede]; ok {
		t.Errorf("corroborated lede is marked")
	}

	for _, path := range []string{"/", "/stories/st-v"} {
		if _, page := get(t, srv.URL+path); !strings.Contains(page, `<span class="flags" title="sentences flagged by verification">4 flags</span>`) {
			t.Errorf("%s: no flag count", path)
		}
	}
}

func TestEventClaimsAPI(t *testing.T) {
	srv, ids := verifiedServer(t)
	var ev struct {
		Event   map[string]any    `json:"event"`
		Origins []verify.Origin   `json:"origins"`
		Claims  []verify.ClaimRow `json:"claims"`
		Flags   []json.RawMessage `json:"flags"`
	}
	_, body := get(t, srv.URL+"/api/events/ev-v")
	if err := json.Unmarshal([]byte(body), &ev); err != nil {
		t.Fatal(err)
	}
	if len(ev.Origins) != 2 || ev.Origins[1].Evidence[0] != ids["b"][:8]+" credits source Antara" {
		t.Errorf("origins = %+v", ev.Origins)
	}
	if len(ev.Claims) != 3 || ev.Claims[0].Agreeing[0].Coverage != 0.82 || ev.Claims[2].Disagreeing[0].Detail != "40 (rumah) vs 35 (rumah)" {
		t.Errorf("claims = %+v", ev.Claims)
	}
	if len(ev.Flags) != 4 {
		t.Errorf("%d flags, want 4", len(ev.Flags))
	}
	if _, ok := ev.Event["claims"]; ok || ev.Event["flags"].(float64) != 4 {
		t.Errorf("event = %v, want the flag count and no raw claims", ev.Event)
	}
	// Lists carry the count, not the table.
	for _, path := range []string{"/api/events", "/api/stories", "/api/stories/st-v"} {
		_, body := get(t, srv.URL+path)
		if strings.Contains(body, `"claims"`) || !strings.Contains(body, `"flags": 4`) {
			t.Errorf("%s: want a flag count and no claims table:\n%s", path, body)
		}
	}
	// An article: its flags, verification and origin.
	var art struct {
		Origin       string               `json:"origin"`
		Flags        []article.Flag       `json:"flags"`
		Verification article.Verification `json:"verification"`
	}
	_, body = get(t, srv.URL+"/api/articles/"+ids["a"])
	if err := json.Unmarshal([]byte(body), &art); err != nil {
		t.Fatal(err)
	}
	if art.Origin != "outlet:warta-timur" || len(art.Flags) != 4 || art.Flags[1].Text != vSingle || art.Verification.Contradicted != 1 {
		t.Errorf("article = %+v", art)
	}
	if strings.Contains(body, "<script>") {
		t.Errorf("article JSON carries raw <script>")
	}
}

// TestArticleFlags checks that each flagged sentence is marked exactly,
// with its reason beside it, and that markup in a flag stays inert.
func TestArticleFlags(t *testing.T) {
	srv, ids := verifiedServer(t)
	_, body := get(t, srv.URL+"/articles/"+ids["a"])
	marks := markRE.FindAllStringSubmatch(body, -1)
	want := []struct{ class, title, text string }{
		{"flag-unsupported_headline", "unsupported headline: subtitle not supported", vDeck},
		{"flag-single_source", "single source: " + vReason, vSingle},
		{"flag-contradiction", "contradiction: " + vEvilWhy, vEvilClaim},
	}
	if len(marks) != len(want) {
		t.Fatalf("%d marks, want %d: %q", len(marks), len(want), marks)
	}
	for i, w := range want {
		m := marks[i]
		if m[1] != w.class || m[3] != template.HTMLEscapeString(w.text) {
			t.Errorf("mark %d = class %q around %q, want %q around %q", i, m[1], m[3], w.class, w.text)
		}
		if !strings.HasPrefix(m[2], template.HTMLEscapeString(w.title)) {
			t.Errorf("mark %d title = %q, want it to start with %q", i, m[2], w.title)
		}
	}
	// Exactly the sentence: the rest of its paragraph stays outside the mark.
	if !strings.Contains(body, "<p>"+vLede+` <mark class="flag flag-single_source"`) ||
		!strings.Contains(body, "</mark><sup class=\"flag-ref\"><a href=\"#note-2\">2</a></sup> "+vTail+"</p>") {
		t.Errorf("the single-source sentence is not marked alone within its paragraph")
	}
	if !strings.Contains(body, `<p class="sub"><mark class="flag flag-unsupported_headline"`) {
		t.Errorf("the subtitle is not marked")
	}
	for _, w := range []string{
		`<details class="flag-note flag-unsupported_headline" id="note-1" open>`, // serious: the reason shown
		`<details class="flag-note flag-single_source" id="note-2">`,
		"only origin Warta Timur makes this claim",
		"Other flags", "a sentence that is not in the text", // not found: still listed
		"4 claims: 1 corroborated, 1 single-source, 1 contradicted", // verification summary
		"<th>origin</th><td>Warta Timur <span class=\"tag\">outlet</span>",
		`Compared with: <a href="/articles/` + ids["b"] + `">Kabar Barat</a>`,
	} {
		if !strings.Contains(body, w) {
			t.Errorf("article page lacks %q", w)
		}
	}
	// Markup in flag text and reasons is inert.
	for _, bad := range []string{`<script>alert("flag")`, `<script>alert("reason")`, `"><script>`} {
		if strings.Contains(body, bad) {
			t.Errorf("article page contains live markup %q", bad)
		}
	}
	if n := strings.Count(body, "<script"); n != 1 {
		t.Errorf("%d <script elements, want only the app's", n)
	}
	if !strings.Contains(body, "&lt;script&gt;alert(&#34;flag&#34;)&lt;/script&gt;") {
		t.Errorf("escaped flag text missing")
	}
	_, ev := get(t, srv.URL+"/events/ev-v")
	if strings.Contains(ev, `<script>alert(`) || strings.Count(ev, "<script") != 1 {
		t.Errorf("event page contains live markup from a flag")
	}
}

func TestSegments(t *testing.T) {
	note := func(n int, kind string) flagNote { return flagNote{N: n, Kind: kind, Label: kind, Reason: "r"} }
	tests := []struct {
		name  string
		line  string
		spans []span
		notes []flagNote
		want  []string // segment texts, marked ones in [brackets]
	}{
		{"none", "Satu. Dua.", nil, nil, []string{"Satu. Dua."}},
		{"middle", "Satu. Dua. Tiga.", []span{{6, 10, 0}}, []flagNote{note(1, "a")}, []string{"Satu. ", "[Dua.]", " Tiga."}},
		{"whole", "Satu.", []span{{0, 5, 0}}, []flagNote{note(1, "a")}, []string{"[Satu.]"}},
		{"two, out of order", "Satu. Dua. Tiga.", []span{{11, 16, 0}, {0, 5, 1}}, []flagNote{note(1, "a"), note(2, "b")}, []string{"[Satu.]", " Dua. ", "[Tiga.]"}},
		{"same sentence twice", "Satu. Dua.", []span{{0, 5, 0}, {0, 5, 1}}, []flagNote{note(1, "a"), note(2, "b")}, []string{"[Satu.]", " Dua."}},
		{"overlap skipped", "Satu. Dua.", []span{{0, 10, 0}, {6, 10, 1}}, []flagNote{note(1, "a"), note(2, "b")}, []string{"[Satu. Dua.]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range segments(tt.line, tt.spans, tt.notes) {
				if s.Mark {
					got = append(got, "["+s.Text+"]")
				} else {
					got = append(got, s.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	segs := segments("Satu. Dua.", []span{{0, 5, 0}, {0, 5, 1}}, []flagNote{note(1, "a"), note(2, "b")})
	if k := segs[0].Kinds; len(k) != 2 || k[0] != "a" || k[1] != "b" || len(segs[0].Notes) != 2 {
		t.Errorf("shared mark = %+v, want both flags", segs[0])
	}
}

// FuzzLocateFlags: whatever the flags say, the segments of every line put
// back together are the line, and a marked segment is a flag's text.
func FuzzLocateFlags(f *testing.F) {
	f.Add("Judul berita", "Satu. Dua. Tiga.", "Dua.", 0, "Tiga.", 0)
	f.Add("Judul", "abc", "Judul", -1, "b", -2)
	f.Add("", "<b>x</b> & y", "x", 0, "", 3)
	f.Fuzz(func(t *testing.T, title, para, t1 string, p1 int, t2 string, p2 int) {
		a := &article.Article{Title: title, Paragraphs: []string{para, para}, Flags: []article.Flag{
			{Kind: "single_source", Text: t1, Paragraph: p1}, {Kind: "x y", Text: t2, Paragraph: p2}}}
		got := locateFlags(a, nil)
		lines := append([]flaggedLine{got.Title, got.Subtitle}, got.Paragraphs...)
		want := []string{title, "", para, para}
		for i, l := range lines {
			var b strings.Builder
			for _, s := range l.Segments {
				b.WriteString(s.Text)
				if s.Mark && s.Text != t1 && s.Text != t2 {
					t.Fatalf("marked %q is no flag's text", s.Text)
				}
			}
			if b.String() != want[i] {
				t.Fatalf("line %d rebuilt as %q, want %q", i, b.String(), want[i])
			}
		}
		n := len(got.Unlocated)
		for _, l := range lines {
			n += len(l.Notes)
		}
		if n != 2 {
			t.Fatalf("%d notes for 2 flags", n)
		}
	})
}
