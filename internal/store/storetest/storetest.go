// Package storetest is one test suite that every store backend runs, so
// the SQLite and PostgreSQL stores behave the same.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
)

func art(i int, event, story string) *article.Article {
	a := &article.Article{
		Source: fmt.Sprintf("in/%d.txt", i), Format: "text", Raw: []byte(fmt.Sprintf("raw %d", i)),
		Title: fmt.Sprintf("Judul %d", i), Outlet: []string{"Kabar A", "Warta B"}[i%2], OutletHow: article.HowExplicit,
		Lang: "id", Paragraphs: []string{fmt.Sprintf("Isi berita nomor %d.", i)},
		Removed:   []article.Removed{{Text: "Baca juga: x", Kind: "related"}},
		Credits:   []article.Credit{{Role: "source", Name: "Reuters"}},
		Published: time.Date(2025, 1, 1+i, 9, 30, 0, 0, time.FixedZone("WIB", 7*3600)), PublishedHow: article.HowExplicit,
		EventID: event, StoryID: story,
	}
	a.ID = article.ContentID(a.Title, a.Paragraphs)
	return a
}

// Run runs the suite; open returns a new, empty store.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	ctx := context.Background()
	t.Run("SaveAndRead", func(t *testing.T) {
		s := open(t)
		a, b := art(1, "e1", "s1"), art(2, "e1", "s1")
		batch := &store.Batch{Articles: []*article.Article{a, b},
			Sources:      []store.SourceRef{{ArticleID: a.ID, Source: a.Source}, {ArticleID: a.ID, Source: "other/path.txt"}},
			Fingerprints: map[string][]byte{a.ID: {1, 2, 3, 4}}}
		if err := s.Save(ctx, batch); err != nil {
			t.Fatal(err)
		}
		// Saving again is a no-op, not an error.
		if err := s.Save(ctx, batch); err != nil {
			t.Fatalf("second save: %v", err)
		}
		if n, err := s.Count(ctx); err != nil || n != 2 {
			t.Fatalf("Count = %d, %v; want 2", n, err)
		}
		known, err := s.Known(ctx, []string{a.ID, "nope"})
		if err != nil || !known[a.ID] || known["nope"] {
			t.Fatalf("Known = %v, %v", known, err)
		}
		got, err := s.Article(ctx, a.ID[:8])
		if err != nil {
			t.Fatal(err)
		}
		if got.Title != a.Title || got.Outlet != a.Outlet || !got.Published.Equal(a.Published) || string(got.Raw) != string(a.Raw) ||
			len(got.Removed) != 1 || len(got.Credits) != 1 || got.EventID != "e1" || got.Text() != a.Text() {
			t.Errorf("read back %+v, want %+v", got, a)
		}
		if _, err := s.Article(ctx, "zzzzzzzz"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("missing article: err %v, want ErrNotFound", err)
		}
		var ids []string
		if err := s.EachArticle(ctx, func(a *article.Article) error { ids = append(ids, a.ID); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(ids) != 2 || ids[0] != a.ID {
			t.Errorf("EachArticle order %v", ids)
		}
		var srcs []string
		if err := s.EachSource(ctx, func(r store.SourceRef) error { srcs = append(srcs, r.ArticleID+" "+r.Source); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(srcs) != 2 {
			t.Errorf("EachSource = %v, want 2 sources of %s", srcs, a.ID)
		}
		var fps [][]byte
		if err := s.EachRecent(ctx, 10, func(_ *article.Article, fp []byte) error { fps = append(fps, fp); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(fps) != 2 || len(fps[0]) != 4 || fps[1] != nil {
			t.Errorf("EachRecent fingerprints %v", fps)
		}
	})
	t.Run("EventsAndStories", func(t *testing.T) {
		s := open(t)
		arts := []*article.Article{art(1, "e1", "s1"), art(2, "e1", "s1"), art(3, "e2", "s1"), art(4, "e3", "s2")}
		arts[1].PublishedHow, arts[1].Published = article.HowUnknown, time.Time{}
		if err := s.Save(ctx, &store.Batch{Articles: arts}); err != nil {
			t.Fatal(err)
		}
		stale, err := s.StaleEvents(ctx)
		if err != nil || len(stale) != 3 {
			t.Fatalf("StaleEvents = %v, %v; want 3", stale, err)
		}
		evs := []store.Event{
			{ID: "e1", StoryID: "s1", Label: "Satu", Start: arts[0].Published, End: arts[0].Published, Articles: 2, Outlets: []string{"Kabar A", "Warta B"}},
			{ID: "e2", StoryID: "s1", Label: "Dua", Start: arts[2].Published, End: arts[2].Published, Articles: 1},
			{ID: "e3", StoryID: "s2", Label: "Tiga", Articles: 1},
		}
		evs[0].Flags, evs[0].Claims = 1, []byte(`[{"claim":"x"}]`)
		upd := *arts[1]
		upd.Published, upd.PublishedHow, upd.PublishedPrecision, upd.PublishedFrom = arts[0].Published, article.HowInferred, article.PrecisionDay, "event e1"
		upd.Flags = []article.Flag{{Kind: "single_source", Text: "x", Reason: "y"}}
		if err := s.SaveEvents(ctx, evs, []store.Story{{ID: "s1", Label: "Satu", Events: 2, Articles: 3, End: arts[2].Published}, {ID: "s2", Events: 1, Articles: 1}}, []*article.Article{&upd}); err != nil {
			t.Fatal(err)
		}
		if stale, _ := s.StaleEvents(ctx); len(stale) != 0 {
			t.Errorf("StaleEvents after SaveEvents = %v", stale)
		}
		got, err := s.Article(ctx, arts[1].ID)
		if err != nil || got.PublishedHow != article.HowInferred || !got.Published.Equal(arts[0].Published) || got.PublishedFrom != "event e1" || len(got.Flags) != 1 {
			t.Errorf("inferred date not saved: %+v %v", got, err)
		}
		ev, err := s.Event(ctx, "e1")
		if err != nil || ev.Label != "Satu" || len(ev.Outlets) != 2 || ev.Articles != 2 || ev.Flags != 1 || string(ev.Claims) != `[{"claim":"x"}]` {
			t.Errorf("Event = %+v, %v", ev, err)
		}
		// Every save of a summary bumps its version (page caches key on it).
		if err := s.SaveEvents(ctx, evs[:1], nil, nil); err != nil {
			t.Fatal(err)
		}
		if again, err := s.Event(ctx, "e1"); err != nil || again.Version <= ev.Version {
			t.Errorf("version after a second save = %d, first %d (%v)", again.Version, ev.Version, err)
		}
		stamp, err := s.EventStamp(ctx, "e1")
		if err != nil || stamp.Version != ev.Version+1 || stamp.Articles != 2 || stamp.Flags != 1 || !stamp.End.Equal(arts[0].Published) ||
			stamp.StoryID != "s1" || stamp.StoryLabel != "Satu" || stamp.StoryEvents != 2 || stamp.StoryArticles != 3 {
			t.Errorf("EventStamp = %+v, %v", stamp, err)
		}
		if _, err := s.EventStamp(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("missing event stamp: %v", err)
		}
		members, err := s.EventArticles(ctx, "e1")
		if err != nil || len(members) != 2 {
			t.Errorf("EventArticles = %d, %v", len(members), err)
		}
		se, err := s.StoryEvents(ctx, "s1")
		if err != nil || len(se) != 2 || se[0].ID != "e1" {
			t.Errorf("StoryEvents = %+v, %v", se, err)
		}
		stories, err := s.Stories(ctx, 10, 0)
		if err != nil || len(stories) != 2 || stories[0].ID != "s1" {
			t.Errorf("Stories = %+v, %v", stories, err)
		}
		if _, err := s.Story(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("missing story: %v", err)
		}
		// Merge story s2 into s1.
		if err := s.Save(ctx, &store.Batch{StoryMoves: map[string]string{"s2": "s1"}}); err != nil {
			t.Fatal(err)
		}
		if se, _ := s.StoryEvents(ctx, "s1"); len(se) != 3 {
			t.Errorf("after merge s1 has %d events, want 3", len(se))
		}
		if _, err := s.Story(ctx, "s2"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("merged story s2 still there: %v", err)
		}
		// Merge event e1 into e4 of story s9, arriving in the same batch.
		e4 := art(9, "e4", "s9")
		if err := s.Save(ctx, &store.Batch{Articles: []*article.Article{e4}, EventMoves: map[string]string{"e1": "e4"}}); err != nil {
			t.Fatal(err)
		}
		moved, err := s.EventArticles(ctx, "e4")
		if err != nil || len(moved) != 3 {
			t.Fatalf("after event merge e4 has %d articles (%v), want 3", len(moved), err)
		}
		for _, a := range moved {
			if a.StoryID != "s9" {
				t.Errorf("moved article %s in story %s, want s9", a.ID, a.StoryID)
			}
		}
		if _, err := s.Event(ctx, "e1"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("merged event e1 still there: %v", err)
		}
		// Move the only article of e3 to e4: e3 disappears.
		if err := s.Save(ctx, &store.Batch{ArticleMoves: []store.ArticleMove{{ArticleID: arts[3].ID, EventID: "e4", StoryID: "s9"}}}); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Article(ctx, arts[3].ID); got == nil || got.EventID != "e4" || got.StoryID != "s9" {
			t.Errorf("moved article: %+v", got)
		}
		if _, err := s.Event(ctx, "e3"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("emptied event e3 still there: %v", err)
		}
	})
	t.Run("EventMergeStory", func(t *testing.T) {
		// The target event ex holds articles of stories sa and sb (a
		// story relabel not yet applied); ey merges into it.
		tests := []struct {
			name    string
			stories map[string]string // Batch.EventStories
			want    string            // story of every article of ex after
			wantAll bool              // the target's own articles follow too
		}{
			{name: "story given by clustering", stories: map[string]string{"ex": "sb"}, want: "sb", wantAll: true},
			{name: "no story given: first stored article's", want: "sa"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s := open(t)
				arts := []*article.Article{art(1, "ex", "sa"), art(2, "ex", "sb"), art(3, "ey", "sc"), art(4, "ey", "sc")}
				if err := s.Save(ctx, &store.Batch{Articles: arts}); err != nil {
					t.Fatal(err)
				}
				b := &store.Batch{EventMoves: map[string]string{"ey": "ex"}, EventStories: tt.stories}
				if err := s.Save(ctx, b); err != nil {
					t.Fatal(err)
				}
				got := map[string]string{}
				for _, a := range arts {
					x, err := s.Article(ctx, a.ID)
					if err != nil {
						t.Fatal(err)
					}
					if x.EventID != "ex" {
						t.Errorf("article %s in event %s, want ex", a.ID, x.EventID)
					}
					got[a.ID] = x.StoryID
				}
				for i, a := range arts {
					want := tt.want
					if i < 2 && !tt.wantAll {
						want = a.StoryID
					}
					if got[a.ID] != want {
						t.Errorf("article %d in story %s, want %s", i+1, got[a.ID], want)
					}
				}
			})
		}
	})
}
