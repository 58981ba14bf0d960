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
// parallel workers), Assignment.Merged, Assignment.Moved and
// Assignment.Similarity, (*Clusterer).Consolidate,
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
// Re-assignment (second chance and consolidation). The vectors of the
// last RecentDocs articles are kept (keys copied into one string, so the
// article text is not retained). When an article lands in an event, the
// latest members of the look-alike events it was scored against are
// re-checked: a member moves to the article's event when it is more
// similar to it than to its own event without it (leave-one-out centroid)
// by MoveMargin. Every ConsolidateEvery articles the articles that arrived
// one to two periods earlier are re-checked against all candidate events,
// and Consolidate (called by RunCorpus at the end, and by the pipeline at
// the end of a batch) merges converged events and re-checks every recent
// article, up to three rounds. Moves are reported in Assignment.Moved and
// Consolidation.Moved ({ArticleID, FromEvent, ToEvent, ToStory}); the
// pipeline persists them. An event left with no article is dropped.
//
// The time windows retire an event only after MinIdle articles without a
// new member as well: in a mixed-order backfill (and in the shuffled
// corpora) events of an older year were retired as soon as one newer
// article arrived, and their later articles opened new events. This was
// the main cause of order dependence (ECB+ events 0.79 -> 0.98).
//
// Years are time, not counts: they go to the year channel only, no longer
// also to numbers. A lower-case part joined by a hyphen to a capitalised
// word is part of the name ("Jong-un" = "Jong Un").
//
// Scores (B-cubed F1; `go test -run 'TestCorpora|TestShuffle' -v`):
//
//	                              before  now    baseline (best threshold)
//	ECB+ events (file order)      0.874   0.881  0.845
//	ECB+ events (shuffled)        ~0.80   0.89   -
//	ECB+ topics vs stories        0.866   0.866  0.848
//	id-hoax topics vs stories     0.977   0.980  0.901
//	two shuffles, ECB+ ev/story   0.79/0.90  0.97/0.91-0.94
//	two shuffles, hoax ev/story   0.67/1.00  0.80-0.88/0.99-1.00
//
// Known gaps: ECB+ events stay below 0.92 (precision 0.85: look-alike
// events of one topic merge; years named in the text as soft time and a
// within-story contrast were tried for the seeds and did not separate
// them). Seed 003 (undated, 2024) stays in the 2019 event: it shares more
// names (Kim Jong Un, Korea Utara, Washington) and background years
// (2018, 2019) with the 2019 articles than with 004, so the second chance
// does not move it; only its subject terms (defence exhibition, Russia)
// point to 004.
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
