package cluster

import "slices"

// RunCorpus clusters docs online in the given order with cfg and returns
// article id -> event id and article id -> story id, with merges applied
// the way the pipeline applies them (articles of a merged event or story
// take the surviving id).
func RunCorpus(docs []Doc, cfg Config) (events, stories map[string]string) {
	events, stories, _ = runCorpus(docs, cfg)
	return events, stories
}

// runCorpus is RunCorpus that also returns the clusterer.
func runCorpus(docs []Doc, cfg Config) (events, stories map[string]string, c *Clusterer) {
	c = New(cfg)
	events = make(map[string]string, len(docs))
	stories = make(map[string]string, len(docs))
	evDocs := map[string][]string{}
	stDocs := map[string][]string{}
	for _, d := range docs {
		a := c.Add(d)
		for _, m := range a.Merged {
			for _, id := range evDocs[m] {
				events[id] = a.EventID
			}
			evDocs[a.EventID] = append(evDocs[a.EventID], evDocs[m]...)
			delete(evDocs, m)
		}
		for _, m := range a.StoryMerged {
			for _, id := range stDocs[m] {
				stories[id] = a.StoryID
			}
			stDocs[a.StoryID] = append(stDocs[a.StoryID], stDocs[m]...)
			delete(stDocs, m)
		}
		// Articles of merged events follow their event into its story.
		for _, id := range evDocs[a.EventID] {
			if old := stories[id]; old != a.StoryID {
				stDocs[old] = slices.DeleteFunc(stDocs[old], func(x string) bool { return x == id })
				stories[id] = a.StoryID
				stDocs[a.StoryID] = append(stDocs[a.StoryID], id)
			}
		}
		events[d.ID] = a.EventID
		evDocs[a.EventID] = append(evDocs[a.EventID], d.ID)
		stories[d.ID] = a.StoryID
		stDocs[a.StoryID] = append(stDocs[a.StoryID], d.ID)
		applyMoves(a.Moved, events, stories, evDocs, stDocs)
	}
	con := c.Consolidate()
	for _, m := range con.Merged {
		for _, id := range evDocs[m.From] {
			events[id] = m.Into
		}
		evDocs[m.Into] = append(evDocs[m.Into], evDocs[m.From]...)
		delete(evDocs, m.From)
	}
	for _, m := range con.StoryMerged {
		for _, id := range stDocs[m.From] {
			stories[id] = m.Into
		}
		stDocs[m.Into] = append(stDocs[m.Into], stDocs[m.From]...)
		delete(stDocs, m.From)
	}
	applyMoves(con.Moved, events, stories, evDocs, stDocs)
	return events, stories, c
}

// applyMoves re-assigns moved articles the way the pipeline persists them.
func applyMoves(moves []Move, events, stories map[string]string, evDocs, stDocs map[string][]string) {
	for _, m := range moves {
		id := m.ArticleID
		evDocs[m.FromEvent] = slices.DeleteFunc(evDocs[m.FromEvent], func(x string) bool { return x == id })
		if len(evDocs[m.FromEvent]) == 0 {
			delete(evDocs, m.FromEvent)
		}
		events[id] = m.ToEvent
		evDocs[m.ToEvent] = append(evDocs[m.ToEvent], id)
		if old := stories[id]; old != m.ToStory {
			stDocs[old] = slices.DeleteFunc(stDocs[old], func(x string) bool { return x == id })
			stories[id] = m.ToStory
			stDocs[m.ToStory] = append(stDocs[m.ToStory], id)
		}
	}
}

// Baseline is the plain single-pass TF-IDF clusterer the event clusterer is
// measured against: textid terms, online IDF, cosine to every cluster
// centroid, join the best at threshold or open a new cluster. It returns
// article id -> cluster id.
func Baseline(docs []Doc, threshold float64) map[string]string {
	df := newSketch(20)
	type cl struct {
		id string
		c  centroid
	}
	var cls []*cl
	out := make(map[string]string, len(docs))
	for _, d := range docs {
		f := Analyze(d)
		df.n++
		for _, t := range f.Terms {
			df.inc(t.Key)
		}
		v := weigh(f.Terms, df.idf, 1<<30)
		var best *cl
		bestSim := -1.0
		for _, x := range cls {
			if s := x.c.cosVec(v); s > bestSim {
				best, bestSim = x, s
			}
		}
		if best == nil || bestSim < threshold {
			best = &cl{id: eventID(d.ID), c: newCentroid(1 << 30)}
			cls = append(cls, best)
		}
		best.c.add(v)
		out[d.ID] = best.id
	}
	return out
}
