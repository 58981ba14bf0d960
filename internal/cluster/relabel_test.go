package cluster

import (
	"maps"
	"testing"
)

// label is an article's event and storyline.
type label struct{ event, story string }

func TestRelabel(t *testing.T) {
	type relabel struct {
		doc          Doc
		event, story string
		changed      bool
	}
	vote3 := Doc{ID: "v3", Lang: "en", Title: "Norland lawmakers pass 2031 budget",
		Text: "The 2031 budget passed Norland's parliament 211 to 90 after lawmakers argued over fuel subsidies and teacher pay."}
	tests := []struct {
		name      string
		recent    int // Config.RecentDocs: 0 re-derives vectors from the doc
		relabels  []relabel
		want      map[string]label
		events    int // active events after
		stories   int // active stories after
		next      Doc // added after the relabels
		nextEvent string
	}{
		{
			name: "event merged into another",
			relabels: []relabel{
				{vote1, "eX", "sX", true},
				{vote2, "eX", "sX", true},
			},
			want:   map[string]label{"a1": {"eX", "sX"}, "a2": {"eX", "sX"}, "v1": {"eX", "sX"}, "v2": {"eX", "sX"}},
			events: 1, stories: 1,
			next: vote3, nextEvent: "eX",
		},
		{
			name:   "event merged, vectors re-derived",
			recent: -1,
			relabels: []relabel{
				{vote1, "eX", "sX", true},
				{vote2, "eX", "sX", true},
			},
			want:   map[string]label{"a1": {"eX", "sX"}, "a2": {"eX", "sX"}, "v1": {"eX", "sX"}, "v2": {"eX", "sX"}},
			events: 1, stories: 1,
			next: vote3, nextEvent: "eX",
		},
		{
			name:     "article moved to an event not active here",
			relabels: []relabel{{floodA2, "eZ", "sX", true}},
			want:     map[string]label{"a1": {"eX", "sX"}, "a2": {"eZ", "sX"}, "v1": {"eY", "sY"}, "v2": {"eY", "sY"}},
			events:   3, stories: 2,
			next: vote3, nextEvent: "eY",
		},
		{
			name:     "article moved to a new event in a new story",
			relabels: []relabel{{vote2, "eW", "sW", true}},
			want:     map[string]label{"a1": {"eX", "sX"}, "a2": {"eX", "sX"}, "v1": {"eY", "sY"}, "v2": {"eW", "sW"}},
			events:   3, stories: 3,
		},
		{
			name:     "story merged: the event follows, the emptied story folds in",
			relabels: []relabel{{vote1, "eY", "sX", true}, {vote2, "eY", "sX", false}},
			want:     map[string]label{"a1": {"eX", "sX"}, "a2": {"eX", "sX"}, "v1": {"eY", "sX"}, "v2": {"eY", "sX"}},
			events:   2, stories: 1,
			next: vote3, nextEvent: "eY",
		},
		{
			name:     "same label is a no-op",
			relabels: []relabel{{floodA1, "eX", "sX", false}, {vote1, "eY", "", false}},
			want:     map[string]label{"a1": {"eX", "sX"}, "a2": {"eX", "sX"}, "v1": {"eY", "sY"}, "v2": {"eY", "sY"}},
			events:   2, stories: 2,
		},
		{
			name:     "unknown article is left alone",
			relabels: []relabel{{floodA3, "eY", "sY", false}},
			want:     map[string]label{"a1": {"eX", "sX"}, "a2": {"eX", "sX"}, "v1": {"eY", "sY"}, "v2": {"eY", "sY"}},
			events:   2, stories: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			if tt.recent < 0 {
				cfg.RecentDocs = 0
			}
			c := New(cfg)
			c.Restore(floodA1, "eX", "sX")
			c.Restore(floodA2, "eX", "sX")
			c.Restore(vote1, "eY", "sY")
			c.Restore(vote2, "eY", "sY")
			for _, r := range tt.relabels {
				if got := c.Relabel(r.doc, r.event, r.story); got != r.changed {
					t.Errorf("Relabel(%s, %s, %s) = %v, want %v", r.doc.ID, r.event, r.story, got, r.changed)
				}
			}
			got := map[string]label{}
			for id := range tt.want {
				if e, s, ok := c.Assigned(id); ok {
					got[id] = label{e, s}
				}
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("labels %v, want %v", got, tt.want)
			}
			if st := c.Stats(); st.ActiveEvents != tt.events || st.ActiveStories != tt.stories {
				t.Errorf("stats %+v, want %d events, %d stories", st, tt.events, tt.stories)
			}
			checkConsistent(t, c)
			if tt.next.ID != "" {
				if a := c.Add(tt.next); a.EventID != tt.nextEvent {
					t.Errorf("next article joined %s (%+v), want %s", a.EventID, a, tt.nextEvent)
				}
			}
		})
	}
}

// checkConsistent checks the clusterer's indexes against its events.
func checkConsistent(t *testing.T, c *Clusterer) {
	t.Helper()
	for id, e := range c.events {
		if e.retired || e.id != id {
			t.Errorf("event %s: retired %v, id %s", id, e.retired, e.id)
		}
		if e.n != len(e.members) || e.n <= 0 {
			t.Errorf("event %s: n %d, %d members", id, e.n, len(e.members))
		}
		for _, m := range e.members {
			if c.docEvent[m] != e {
				t.Errorf("member %s of %s indexed under another event", m, id)
			}
		}
		if c.stories[e.story.id] != e.story {
			t.Errorf("event %s in inactive story %s", id, e.story.id)
		}
		for _, k := range e.indexed {
			found := false
			for _, x := range c.evPost[k] {
				found = found || x == e
			}
			if !found {
				t.Errorf("event %s not posted under %q", id, k)
			}
		}
	}
	for k, p := range c.evPost {
		for _, e := range p {
			if c.events[e.id] != e {
				t.Errorf("dropped event %s still posted under %q", e.id, k)
			}
		}
	}
	for id, s := range c.stories {
		n := 0
		for _, e := range s.events {
			if e.story != s {
				t.Errorf("story %s lists event %s of story %s", id, e.id, e.story.id)
			}
			n += e.n
		}
		if s.n != n {
			t.Errorf("story %s: n %d, its events hold %d", id, s.n, n)
		}
	}
}
