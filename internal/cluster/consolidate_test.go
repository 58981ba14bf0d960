package cluster

import (
	"testing"
	"time"

	"github.com/warta-news/warta/internal/synth"
)

// TestConsolidateMovesAfterMerge: a Consolidation is applied merges first,
// then moves. A move made in one round into an event that a later round
// merged away must name the survivor, or applying it puts the article
// back into the dead event (the store then splits the event the
// clusterer holds together: a gold event of 288 articles was left as
// 214 + 74 on the scaletest corpus).
func TestConsolidateMovesAfterMerge(t *testing.T) {
	a1 := Doc{ID: "a1", Lang: "en", Title: "Flood in Riverton", Text: "The river flooded Riverton."}
	a2 := Doc{ID: "a2", Lang: "en", Title: "Riverton flood", Text: "Riverton is under water."}
	b1 := Doc{ID: "b1", Lang: "en", Title: "Fire in Hillside", Text: "A fire burned Hillside."}
	tests := []struct {
		name string
		// moveTo is where b1 is moved in the first round; merge then
		// merges that event into the other.
		moveTo, mergeInto string
		want              string // b1's event in the settled move
	}{
		{name: "moved into an event merged away later", moveTo: "ea1", mergeInto: "eb1", want: "eb1"},
		{name: "moved into the surviving event", moveTo: "ea1", mergeInto: "", want: "ea1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(DefaultConfig())
			c.Restore(a1, "ea1", "sa1")
			c.Restore(a2, "ea1", "sa1")
			c.Restore(b1, "eb1", "sb1")
			c.Restore(Doc{ID: "b2", Lang: "en", Title: "Hillside fire", Text: "Hillside burns."}, "eb1", "sb1")
			var a Assignment
			c.move("b1", c.recent["b1"], c.events["eb1"], c.events[tt.moveTo], &a)
			if tt.mergeInto != "" {
				// eb1 (one article left) absorbs ea1 (three): mergeEvents
				// keeps the larger, so make eb1 the larger first.
				e, f := c.events[tt.mergeInto], c.events[tt.moveTo]
				e.n += 10
				c.mergeEvents(e, f, &a)
				e.n -= 10
			}
			c.settleMoves(a.Moved)
			if len(a.Moved) != 1 {
				t.Fatalf("moves %+v, want one", a.Moved)
			}
			m := a.Moved[0]
			ev, st, _ := c.Assigned("b1")
			if m.ToEvent != tt.want || m.ToEvent != ev || m.ToStory != st {
				t.Errorf("settled move %+v, want to %s (clusterer: %s, %s)", m, tt.want, ev, st)
			}
		})
	}
}

// TestRunCorpusAgreesWithClusterer: what RunCorpus reports (merges and
// moves applied the way the pipeline persists them) is where the
// clusterer holds every article, on a generated corpus whose
// consolidation runs several rounds.
func TestRunCorpusAgreesWithClusterer(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	arts := synth.Generate(7, 2000, synth.Options{LangMix: 0.3, StoryEvents: 3, Span: 365 * 24 * time.Hour})
	docs := make([]Doc, len(arts))
	for i, a := range arts {
		docs[i] = Doc{ID: a.ID, Lang: a.Lang, Title: a.Title, Text: a.Text, Outlet: a.Outlet, Published: a.Published, DateKnown: !a.Published.IsZero()}
	}
	events, stories, c := runCorpus(docs, DefaultConfig())
	bad := 0
	for _, d := range docs {
		ev, st, ok := c.Assigned(d.ID)
		if !ok {
			continue
		}
		if events[d.ID] != ev || stories[d.ID] != st {
			if bad++; bad <= 5 {
				t.Errorf("article %s: RunCorpus says %s/%s, the clusterer %s/%s", d.ID, events[d.ID], stories[d.ID], ev, st)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d articles are not where the clusterer holds them", bad, len(docs))
	}
}
