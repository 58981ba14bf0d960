package cluster

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/eval"
)

// Fixture articles written for these tests: two look-alike floods, one
// unrelated election.
var (
	floodA1 = Doc{ID: "a1", Lang: "en", Title: "Flood in Riverton kills 12",
		Text: "Heavy rain flooded Riverton on Monday. Mayor Alma Quist said 12 people died and 340 homes were damaged along the Tessa river."}
	floodA2 = Doc{ID: "a2", Lang: "en", Title: "Riverton flood toll rises",
		Text: "The death toll of the Riverton flood rose to 12, Mayor Alma Quist said, as the Tessa river receded and 340 homes stood damaged."}
	floodA3 = Doc{ID: "a3", Lang: "en",
		Text: "Rescuers in Riverton searched flooded homes along the Tessa river after Monday's rain. Alma Quist, the mayor, counted 12 dead."}
	vote1 = Doc{ID: "v1", Lang: "en", Title: "Parliament passes budget",
		Text: "Lawmakers in Norland approved the 2031 budget by 211 votes to 90 after a long debate over fuel subsidies and teacher pay."}
	vote2 = Doc{ID: "v2", Lang: "en", Title: "Norland budget approved",
		Text: "Norland's parliament approved the 2031 budget, 211 to 90. The opposition said fuel subsidies and teacher pay were cut."}
)

func TestAddGroupsEvents(t *testing.T) {
	c := New(DefaultConfig())
	var got []Assignment
	for _, d := range []Doc{floodA1, vote1, floodA2, vote2, floodA3} {
		got = append(got, c.Add(d))
	}
	if !got[0].NewEvent || !got[0].NewStory || got[0].EventID != "ea1" || got[0].StoryID != "sa1" {
		t.Errorf("first article: %+v, want new event ea1 in new story sa1", got[0])
	}
	if got[1].EventID == got[0].EventID {
		t.Errorf("election joined the flood event: %+v", got[1])
	}
	for i, want := range []string{"ea1", "ev1", "ea1", "ev1", "ea1"} {
		if got[i].EventID != want {
			t.Errorf("article %d: event %s, want %s (%+v)", i, got[i].EventID, want, got[i])
		}
	}
	if got[2].Similarity <= DefaultConfig().Threshold {
		t.Errorf("join similarity %v not above threshold", got[2].Similarity)
	}
	if st := c.Stats(); st.Articles != 5 || st.ActiveEvents != 2 {
		t.Errorf("stats %+v, want 5 articles in 2 events", st)
	}
}

func TestReprintJoinsOriginal(t *testing.T) {
	c := New(DefaultConfig())
	a := c.Add(floodA1)
	c.Add(vote1)
	dup := Doc{ID: "r1", Lang: "en", Text: "unrelated words entirely", DuplicateOf: "a1"}
	if got := c.Add(dup); got.EventID != a.EventID || got.NewEvent {
		t.Errorf("reprint assigned %+v, want event %s", got, a.EventID)
	}
	// An unknown original falls back to normal clustering.
	lost := Doc{ID: "r2", Lang: "en", Text: vote2.Text, DuplicateOf: "nope"}
	if got := c.Add(lost); got.EventID != "ev1" {
		t.Errorf("reprint of unknown original: %+v, want ev1", got)
	}
}

func TestDatesSeparateLookAlikes(t *testing.T) {
	c := New(DefaultConfig())
	d1, d2 := floodA1, floodA2
	d1.Published, d1.DateKnown = time.Date(2030, 3, 1, 0, 0, 0, 0, time.UTC), true
	d2.Published, d2.DateKnown = time.Date(2031, 3, 1, 0, 0, 0, 0, time.UTC), true
	a1, a2 := c.Add(d1), c.Add(d2)
	if a1.EventID == a2.EventID {
		t.Errorf("articles a year apart share event %s", a1.EventID)
	}
	if a1.StoryID != a2.StoryID {
		t.Errorf("same subject a year apart: stories %s and %s, want one storyline", a1.StoryID, a2.StoryID)
	}
}

func TestRestore(t *testing.T) {
	c := New(DefaultConfig())
	c.Restore(floodA1, "eX", "sX")
	c.Restore(floodA2, "eX", "sX")
	c.Restore(vote1, "eY", "sY")
	if got := c.Add(floodA3); got.EventID != "eX" || got.StoryID != "sX" || got.NewEvent {
		t.Errorf("after restore: %+v, want eX/sX", got)
	}
	if got := c.Add(vote2); got.EventID != "eY" {
		t.Errorf("after restore: %+v, want eY", got)
	}
	if got := c.Add(Doc{ID: "z", Text: "x", DuplicateOf: "a2"}); got.EventID != "eX" {
		t.Errorf("reprint of a restored article: %+v, want eX", got)
	}
}

func TestWindowRetiresEvents(t *testing.T) {
	cfg := DefaultConfig()
	cfg.EventWindow = 300
	cfg.StoryWindow = 600
	c := New(cfg)
	s := newSynthStream(3)
	for range 3000 {
		c.Add(s.Doc())
	}
	st := c.Stats()
	if st.ActiveEvents == 0 || st.ActiveEvents > 600 {
		t.Errorf("active events %d, want bounded by the window of 300 articles", st.ActiveEvents)
	}
	if st.IndexedDocs > 1000 {
		t.Errorf("indexed article ids %d, want bounded by the window", st.IndexedDocs)
	}
	if st.ActiveStories > 1200 {
		t.Errorf("active stories %d, want bounded by the window", st.ActiveStories)
	}
}

func TestSynthQualityAndOrder(t *testing.T) {
	s := newSynthStream(5)
	var docs []Doc
	gold := map[string]string{}
	for range 1500 {
		d := s.Doc()
		d.DateKnown = false
		docs = append(docs, d)
		gold[d.ID] = s.lastEvent
	}
	ev, _ := RunCorpus(docs, DefaultConfig())
	if f := eval.BCubed(gold, ev).F1; f < 0.95 {
		t.Errorf("synthetic stream event B3 F1 %.3f, want >= 0.95", f)
	}
	ev2, _ := RunCorpus(shuffled(docs, 9), DefaultConfig())
	if f := eval.BCubed(ev, ev2).F1; f < 0.95 {
		t.Errorf("two orders agree at B3 F1 %.3f, want >= 0.95", f)
	}
}

func TestShuffleStability(t *testing.T) {
	for _, name := range []string{"ecbplus", "id-hoax-600"} {
		docs := loadCorpus(t, name)
		ev1, st1 := RunCorpus(shuffled(docs, 11), DefaultConfig())
		ev2, st2 := RunCorpus(shuffled(docs, 12), DefaultConfig())
		fe, fs := eval.BCubed(ev1, ev2).F1, eval.BCubed(st1, st2).F1
		t.Logf("%s: two shuffles agree at B3 F1 %.3f (events) %.3f (stories)", name, fe, fs)
		if name == "ecbplus" {
			// Quality must not depend on the file order (grouped by topic).
			gold := loadGold(t, name, "event")
			f1, f2 := eval.BCubed(gold, ev1).F1, eval.BCubed(gold, ev2).F1
			t.Logf("ecbplus shuffled: events vs gold B3 F1 %.3f, %.3f", f1, f2)
			if min(f1, f2) < 0.87 {
				t.Errorf("ecbplus shuffled: events vs gold B3 F1 %.3f, %.3f, want >= 0.87", f1, f2)
			}
		}
		// The goal is 0.95 for events and stories: ECB+ events reach it;
		// id-hoax events (no gold events: one rumour per topic, split
		// differently by order) and ECB+ stories do not yet.
		floorE, floorS := map[string]float64{"ecbplus": 0.95, "id-hoax-600": 0.78}[name], 0.88
		if fe < floorE || fs < floorS {
			t.Errorf("%s: two orders agree at B3 F1 %.3f (events) %.3f (stories), want >= %.2f, %.2f", name, fe, fs, floorE, floorS)
		}
	}
}

func TestAnalyze(t *testing.T) {
	f := Analyze(Doc{Lang: "en", Title: "Quake", Text: "The quake hit Qeshm Island on Sunday. Officials in Qeshm counted 10 dead in 2005. Later, rescue teams left."})
	has := func(cs []Count, k string) int {
		for _, c := range cs {
			if c.Key == k {
				return c.N
			}
		}
		return 0
	}
	for _, tc := range []struct {
		name string
		got  int
		want int
	}{
		{"entity qeshm", has(f.Entities, "qeshm"), 2},
		{"entity qeshm island", has(f.Entities, "qeshm island"), 1},
		{"sentence-initial 'later' is no entity", has(f.Entities, "later"), 0},
		{"stop word 'the' is no entity", has(f.Entities, "the"), 0},
		{"number 10", has(f.Numbers, "10"), 1},
		{"year 2005", has(f.Years, "2005"), 1},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %d, want %d", tc.name, tc.got, tc.want)
		}
	}
	if n := has(f.Terms, "quak"); n < titleWeight+1 && has(f.Terms, "quake") < titleWeight+1 {
		t.Errorf("title term not weighted up: %v", f.Terms)
	}
}

func TestTextDates(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Pada Kamis, 21 November 2024 di Pyongyang", []string{"2024-11-21"}},
		{"Updated: July 7, 2012, 10:04 PM", []string{"2012-07-07"}},
		{"Selasa, 31/12/2019 18:19 WIB", []string{"2019-12-31"}},
		{"posted 2013-05-02 at noon", []string{"2013-05-02"}},
		{"on 31 February 2020 and in June 2019", nil},
		{"no dates here, 12 people", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range TextDates(tt.in) {
			got = append(got, d.T.Format("2006-01-02"))
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("TextDates(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestInferDate(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2030, m, d, 9, 0, 0, 0, time.UTC) }
	members := []Doc{
		{ID: "m1", DateKnown: true, Published: day(3, 1)},
		{ID: "m2", DateKnown: true, Published: day(3, 3)},
		{ID: "m3", DateKnown: true, Published: day(3, 2)},
		{ID: "m4"},
	}
	tests := []struct {
		name     string
		d        Doc
		members  []Doc
		want     time.Time
		ok       bool
		evidence string
	}{
		{"median of members", Doc{ID: "x", Text: "no dates"}, members, day(3, 2), true, "m1"},
		{"date in text", Doc{ID: "x", Text: "Sejak 4 Maret 2030 banjir"}, members, time.Date(2030, 3, 4, 0, 0, 0, 0, time.UTC), true, "4 maret 2030"},
		{"text date far from event ignored", Doc{ID: "x", Text: "since 4 March 2001"}, members, day(3, 2), true, "median"},
		{"no dated members", Doc{ID: "x"}, members[3:], time.Time{}, false, ""},
	}
	for _, tt := range tests {
		got, ev, ok := InferDate(tt.d, tt.members)
		if ok != tt.ok || !got.Equal(tt.want) || !strings.Contains(ev, tt.evidence) {
			t.Errorf("%s: InferDate = %v %q %v, want %v containing %q %v", tt.name, got, ev, ok, tt.want, tt.evidence, tt.ok)
		}
	}
}

func TestLabel(t *testing.T) {
	off := Doc{ID: "o", Lang: "en", Title: "Budget", Text: vote1.Text}
	tests := []struct {
		name    string
		members []Doc
		want    []int // acceptable answers
	}{
		{"none", nil, []int{-1}},
		{"central member, not the odd one", []Doc{off, floodA1, floodA2}, []int{1, 2}},
		{"prefer titled", []Doc{floodA3, floodA1}, []int{1}},
		{"untitled only", []Doc{floodA3}, []int{0}},
	}
	for _, tt := range tests {
		if got := Label(tt.members); !slices.Contains(tt.want, got) {
			t.Errorf("%s: Label = %d, want one of %v", tt.name, got, tt.want)
		}
	}
}

func TestTimeline(t *testing.T) {
	d := func(day int) time.Time { return time.Date(2030, 1, day, 0, 0, 0, 0, time.UTC) }
	in := []EventInfo{
		{ID: "c", Start: d(5), End: d(6)},
		{ID: "u"},
		{ID: "a", Start: d(1), End: d(9)},
		{ID: "b", Start: d(1), End: d(2)},
	}
	var got []string
	for _, e := range Timeline(in) {
		got = append(got, e.ID)
	}
	if want := "b,a,c,u"; strings.Join(got, ",") != want {
		t.Errorf("Timeline order %v, want %s", got, want)
	}
	if in[0].ID != "c" {
		t.Error("Timeline changed its input")
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("en", "Title", "Kim Jong-un met Trump in 2018. The 12 dead.")
	f.Add("id", "", "Selasa, 31/12/2019 — Pyongyang “KCNA”")
	f.Fuzz(func(t *testing.T, lang, title, text string) {
		feats := Analyze(Doc{Lang: lang, Title: title, Text: text})
		for _, cs := range [][]Count{feats.Terms, feats.Entities, feats.Numbers, feats.Years} {
			for _, c := range cs {
				if c.Key == "" || c.N <= 0 {
					t.Fatalf("bad count %+v", c)
				}
			}
		}
		TextDates(text)
		c := New(DefaultConfig())
		a := c.Add(Doc{ID: "x", Lang: lang, Title: title, Text: text})
		if a.EventID != "ex" {
			t.Fatalf("first article event %q", a.EventID)
		}
	})
}

func ExampleTimeline() {
	evs := Timeline([]EventInfo{
		{ID: "e2", Start: time.Date(2024, 11, 21, 0, 0, 0, 0, time.UTC)},
		{ID: "e1", Start: time.Date(2019, 12, 28, 0, 0, 0, 0, time.UTC)},
	})
	fmt.Println(evs[0].ID, evs[1].ID)
	// Output: e1 e2
}

// TestSecondChance: an undated article that arrived before its own event
// existed joins a look-alike; when its event forms, it moves there and the
// move is reported.
func TestSecondChance(t *testing.T) {
	day := func(y int) time.Time { return time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC) }
	a1, a2 := floodA1, floodA2
	a1.Published, a1.DateKnown = day(2030), true
	a2.Published, a2.DateKnown = day(2030), true
	x := Doc{ID: "x", Lang: "en", Title: "Flood in Dunmore kills 31",
		Text: "Heavy rain flooded Dunmore. Mayor Pell Varga said 31 people died and 905 homes were damaged along the Orla river. Rescuers searched flooded homes."}
	b1 := Doc{ID: "b1", Lang: "en", Title: "Dunmore flood toll rises to 31", Published: day(2031), DateKnown: true,
		Text: "The death toll of the Dunmore flood rose to 31, Mayor Pell Varga said, as the Orla river receded and 905 homes stood damaged."}
	c := New(DefaultConfig())
	c.Add(a1)
	c.Add(a2)
	ax := c.Add(x)
	ab := c.Add(b1)
	if ax.EventID != "ea1" {
		t.Logf("x joined %s at arrival (no second chance needed)", ax.EventID)
	}
	if ab.EventID == "ea1" {
		t.Fatalf("a flood a year later joined the first flood: %+v", ab)
	}
	if ax.EventID == "ea1" {
		want := Move{ArticleID: "x", FromEvent: "ea1", ToEvent: ab.EventID, ToStory: ab.StoryID}
		if !slices.Contains(ab.Moved, want) {
			t.Errorf("moves %+v, want %+v", ab.Moved, want)
		}
	}
	ev, _ := RunCorpus([]Doc{a1, a2, x, b1}, DefaultConfig())
	if ev["x"] != ev["b1"] || ev["a1"] != ev["a2"] || ev["a1"] == ev["b1"] {
		t.Errorf("RunCorpus events %v, want {a1 a2} {x b1}", ev)
	}
}
