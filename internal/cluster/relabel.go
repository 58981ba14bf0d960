package cluster

import "slices"

// Assigned returns the event and storyline article id is a member of, when
// it is in an active event.
func (c *Clusterer) Assigned(id string) (eventID, storyID string, ok bool) {
	e := c.docEvent[id]
	if e == nil || e.retired {
		return "", "", false
	}
	return e.id, e.story.id, true
}

// EventStory returns the storyline of event eventID, when it is active.
func (c *Clusterer) EventStory(eventID string) (storyID string, ok bool) {
	e := c.events[eventID]
	if e == nil || e.retired {
		return "", false
	}
	return e.story.id, true
}

// Relabel applies an assignment made elsewhere — another process sharing
// the store merged d's event into another, moved d to another event, or
// merged its storyline — so the active window agrees with the store: d's
// features leave its current event (dropped when emptied) and join
// eventID, created under storyID when it is not active here; when the
// event is already in the right place but its storyline differs, the
// event moves to storyID (and a storyline left without active events
// folds into it). An empty storyID keeps the storyline of the target
// event.
//
// d's vector is taken from the recent articles when it is still kept
// there; otherwise it is re-derived from d with the current document
// frequencies (an approximation, as centroids are). Articles that are not
// in an active event are left alone. Relabel reports whether anything
// changed.
func (c *Clusterer) Relabel(d Doc, eventID, storyID string) bool {
	f := c.docEvent[d.ID]
	if f == nil || f.retired || eventID == "" || !slices.Contains(f.members, d.ID) {
		return false
	}
	if f.id == eventID {
		if storyID == "" || f.story.id == storyID {
			return false
		}
		c.restory(f, storyID)
		return true
	}
	e := c.events[eventID]
	if e == nil {
		e = c.newEvent(eventID)
		e.lastSeq = c.seq
		if storyID == "" {
			storyID = f.story.id
		}
		s := c.stories[storyID]
		if s == nil {
			s = c.newStory(storyID)
		}
		s.lastSeq = max(s.lastSeq, c.seq)
		c.attach(e, s)
	} else if storyID != "" && e.story.id != storyID {
		c.restory(e, storyID)
	}
	r := c.recent[d.ID]
	if r == nil {
		r = &recentDoc{seq: c.seq}
		if d.DateKnown {
			r.ds.add(d.Published)
		}
		// A reprint joined its original's event without adding to the
		// centroids (addReprint): it has nothing to take away either.
		if d.DuplicateOf == "" {
			r.v = c.weigh(Analyze(d))
		}
	}
	old := f.story
	var a Assignment
	c.move(d.ID, r, f, e, &a)
	c.dropIfEmpty(old)
	return true
}

// restory moves event e to storyline storyID. When e is the last active
// event of its storyline, the whole storyline folds into storyID (the way
// another process merged it); otherwise only e's share moves.
func (c *Clusterer) restory(e *event, storyID string) {
	from := e.story
	to := c.stories[storyID]
	if to == nil {
		to = c.newStory(storyID)
	}
	if to == from {
		return
	}
	if len(from.events) == 1 && from.events[0] == e {
		c.absorbStory(to, from)
		return
	}
	from.events = slices.DeleteFunc(from.events, func(x *event) bool { return x == e })
	from.nEvents--
	from.n -= e.n
	from.terms.sub(e.terms.top(len(e.terms.w)))
	from.ents.sub(e.ents.top(len(e.ents.w)))
	c.reindexStory(from)
	to.n += e.n
	to.terms.addCentroid(&e.terms)
	to.ents.addCentroid(&e.ents)
	to.dates.merge(e.dates)
	to.lastSeq = max(to.lastSeq, e.lastSeq, c.seq)
	c.attach(e, to)
	c.reindexStory(to)
}

// dropIfEmpty drops a storyline left with no active event and no article.
func (c *Clusterer) dropIfEmpty(s *story) {
	if s != nil && !s.retired && len(s.events) == 0 && s.n <= 0 {
		c.dropStory(s)
	}
}
