package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store/sqlite"
)

func ingestSample(t *testing.T, paths ...string) (map[string]*article.Article, Stats) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := Run(ctx, st, paths, Options{})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	out := map[string]*article.Article{}
	if err := st.EachArticle(ctx, func(a *article.Article) error {
		out[filepath.Base(a.Source)+"#"+a.SourceID] = a
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out, stats
}

func TestSampleEvents(t *testing.T) {
	arts, stats := ingestSample(t, "../../testdata/sample")
	if stats.Stored != 8 || stats.Failed != 0 {
		t.Fatalf("stats %+v, want 8 stored, 0 failed", stats)
	}
	get := func(k string) *article.Article {
		a, ok := arts[k]
		if !ok {
			t.Fatalf("no article %s", k)
		}
		return a
	}
	flood := get("01_banjir_kabar.txt#")
	for _, k := range []string{"02_banjir_warta_antara.txt#", "04_banjir_reprint.txt#"} {
		if get(k).EventID != flood.EventID {
			t.Errorf("%s in event %s, want the Bekasi flood event %s", k, get(k).EventID, flood.EventID)
		}
	}
	if get("04_banjir_reprint.txt#").DuplicateOf != get("02_banjir_warta_antara.txt#").ID {
		t.Errorf("04 duplicate_of = %q, want 02's id", get("04_banjir_reprint.txt#").DuplicateOf)
	}
	if f2026 := get("05_banjir_2026.txt#"); f2026.EventID == flood.EventID {
		t.Errorf("the 2026 flood joined the 2025 event")
	} else if f2026.StoryID != flood.StoryID {
		t.Errorf("the 2026 flood is not in the 2025 flood's storyline")
	}
	quake := get("06_gempa.html#")
	if q := get("07_wire.jsonl#gw-2025-0312-88"); q.EventID != quake.EventID {
		t.Errorf("English quake report not in the quake event")
	}
	if quake.StoryID == flood.StoryID {
		t.Errorf("the quake is in the flood storyline")
	}
	for k, a := range arts {
		if a.EventID == "" || a.StoryID == "" {
			t.Errorf("%s has no event or story", k)
		}
		if a.Verification == nil {
			t.Errorf("%s was not verified", k)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := ingestSample(t, "../../testdata/sample")
	b, _ := ingestSample(t, "../../testdata/sample")
	for k, x := range a {
		if y := b[k]; y == nil || y.ID != x.ID || y.EventID != x.EventID || y.StoryID != x.StoryID {
			t.Errorf("%s differs between two runs", k)
		}
	}
}

func TestBadPathsReported(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var bad []error
	stats, err := Run(ctx, st, []string{"../../testdata/bad", "no/such/path"}, Options{Bad: func(e error) { bad = append(bad, e) }})
	if !errors.Is(err, ErrSomeFailed) {
		t.Errorf("Run err = %v, want ErrSomeFailed", err)
	}
	if stats.Failed != len(bad) || len(bad) < 4 {
		t.Errorf("Failed = %d, reported %d: %v", stats.Failed, len(bad), bad)
	}
	if stats.Stored != 2 {
		t.Errorf("stored %d, want 2 (latin1.txt and mixed.jsonl:1)", stats.Stored)
	}
}

// TestRefreshChangedSkipsUnchanged: refreshing an event a second time from
// the articles the first refresh produced changes none of them, so none is
// kept to be written again; the first refresh keeps every article.
func TestRefreshChangedSkipsUnchanged(t *testing.T) {
	rs := analyzed(t, sharedVote1, sharedVote2)
	arts := []*article.Article{rs[0].art, rs[1].art}
	first := refreshChanged(nil, "ev", arts)
	if len(first.arts) != 2 {
		t.Fatalf("first refresh kept %d articles to write, want 2", len(first.arts))
	}
	if first.members == "" || first.ev.Articles != 2 {
		t.Fatalf("first refresh: members %q, event counts %d articles", first.members, first.ev.Articles)
	}
	again := refreshChanged(nil, "ev", arts)
	if len(again.arts) != 0 {
		t.Errorf("second refresh kept %d unchanged articles to write, want 0", len(again.arts))
	}
	if again.ev.Articles != 2 || again.members != first.members {
		t.Errorf("second refresh: event counts %d articles, members %q (first %q)", again.ev.Articles, again.members, first.members)
	}
}

// TestDerivedCoversRefresh: refreshChanged decides what to rewrite from
// the fields a refresh sets (derived); that must agree with comparing the
// whole stored form (document and publication time) of every article. Each
// case undoes one thing a refresh did to one article, so that refreshing
// again changes that alone.
func TestDerivedCoversRefresh(t *testing.T) {
	rs := analyzed(t, sharedVote1, sharedVote2, sharedFlood)
	arts := []*article.Article{rs[0].art, rs[1].art, rs[2].art}
	for i, a := range arts {
		a.Outlet = []string{"Norland Post", "Capital Daily", "Riverton Herald"}[i]
		a.EventID, a.StoryID = "ev", "story-a"
	}
	arts[0].Published = time.Date(2031, 3, 4, 9, 0, 0, 0, time.UTC)
	arts[0].PublishedHow = "metadata"
	stored := func(a *article.Article) string {
		doc, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		return a.PublishedString() + "\n" + string(doc)
	}
	// check refreshes arts and compares what refreshChanged keeps with
	// what changed in stored form; it returns how many changed.
	check := func(name string) int {
		before := make([]string, len(arts))
		for i, a := range arts {
			before[i] = stored(a)
		}
		kept := map[string]bool{}
		for _, a := range refreshChanged(nil, "ev", arts).arts {
			kept[a.ID] = true
		}
		changed := 0
		for i, a := range arts {
			docChanged := stored(a) != before[i]
			if docChanged {
				changed++
			}
			if docChanged != kept[a.ID] {
				t.Errorf("%s, article %s: stored form changed %v, but refreshChanged keeps it %v", name, a.ID, docChanged, kept[a.ID])
			}
		}
		return changed
	}
	if check("first refresh") == 0 {
		t.Fatal("the first refresh changed no article: the fixture tests nothing")
	}
	if n := check("second refresh"); n != 0 {
		t.Fatalf("the second refresh changed %d articles, want 0", n)
	}
	var inferred, flagged *article.Article
	for _, a := range arts {
		if a.PublishedHow == article.HowInferred {
			inferred = a
		}
		if len(a.Flags) > 0 {
			flagged = a
		}
	}
	if inferred == nil || flagged == nil {
		t.Fatalf("the fixture needs an inferred date (%v) and a flag (%v)", inferred != nil, flagged != nil)
	}
	cases := []struct {
		name string
		undo func()
	}{
		{"story normalised", func() { arts[2].StoryID = "story-b" }},
		{"date inferred", func() {
			inferred.Published, inferred.PublishedHow, inferred.PublishedPrecision, inferred.PublishedFrom = time.Time{}, article.HowUnknown, "", ""
		}},
		{"inferred date moved", func() { inferred.Published = inferred.Published.Add(-48 * time.Hour) }},
		{"origin", func() { arts[1].Origin = "" }},
		{"flags", func() { flagged.Flags = nil }},
		{"verification", func() { arts[0].Verification = nil }},
	}
	for _, c := range cases {
		c.undo()
		if n := check(c.name); n != 1 {
			t.Errorf("%s: refreshing again changed %d articles, want 1", c.name, n)
		}
	}
}
