// Package cluster groups articles into events online and links events into
// storylines.
//
// API CONTRACT (the pipeline is written against it):
//
//	New(cfg Config) *Clusterer;  DefaultConfig() Config
//	(*Clusterer).Add(d Doc) Assignment           assign one new article (online)
//	(*Clusterer).Restore(d Doc, eventID, storyID string)  rebuild state from the store at start-up
//	InferDate(d Doc, members []Doc) (t time.Time, evidence string, ok bool)  date for an undated article from its event
//	Label(members []Doc) int                      index of the most central member (its title is the event label)
//
// Additions: Analyze + (*Clusterer).AddAnalyzed (features computed in
// parallel workers), Assignment.Merged and Assignment.Similarity,
// (*Clusterer).Stats, Timeline and EventInfo, RunCorpus and Baseline (the
// evaluation entry points).
//
// A Clusterer is not safe for concurrent use; the pipeline feeds it from one goroutine.
//
// # How an article is assigned
//
// Each article becomes three unit vectors: terms (textid.Terms of the body,
// title terms counted three times) weighted by TF-IDF with document
// frequencies that grow with the stream (a fixed-size count-min sketch, so
// online IDF needs no vocabulary map); entities (Doc.Entities plus
// capitalised words of the body, a proxy that needs no model); and numbers
// (death tolls, years). Similarity to an event is the weighted mean of the
// three cosines against the event's centroids, minus a penalty growing with
// the distance in publication time when both dates are known (beyond
// MaxEventGap it is never the same event). Only events found through an
// inverted index from each centroid's heaviest terms to events are scored,
// so the cost per article does not grow with the store.
//
// Order dependence of single-pass clustering is reduced in two ways:
// centroids (not single members) are compared, and when an event grows it
// is compared with its look-alikes and merged with them (at the article
// threshold for events of one or two articles — a second chance for an
// article that opened an event before its event existed — and at a higher
// threshold otherwise). A merge is reported in Assignment.Merged.
//
// Storylines are a second, coarser level on the same machinery: story
// centroids of subject terms and entities, without numbers and without time.
// A new event joins the most similar story above StoryThreshold; stories
// merge when their centroids become similar (Assignment.StoryMerged).
//
// Events retire after EventWindow articles or EventTimeWindow of
// publication time without a new member, stories after StoryWindow
// articles, so memory is bounded by the active window. Ids are derived from
// the first article: "e"+id for events, "s"+id for stories; the larger side
// of a merge keeps its id.
//
// Own code, standard library only: the clustering is specific to warta's
// features and no maintained Go library does online event clustering.
package cluster
