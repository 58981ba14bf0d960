package pipeline

import (
	"context"
	"sync"
	"testing"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/source"
	"github.com/warta-news/warta/internal/store/postgres"
	"github.com/warta-news/warta/internal/store/postgres/pgtest"
)

// Articles written for this test: a flood and two reports of a budget vote.
var (
	sharedFlood = "Flood in Riverton kills 12\n\nHeavy rain flooded Riverton on Monday. Mayor Alma Quist said 12 people died and 340 homes were damaged along the Tessa river."
	sharedVote1 = "Parliament passes budget\n\nLawmakers in Norland approved the 2031 budget by 211 votes to 90 after a long debate over fuel subsidies and teacher pay."
	sharedVote2 = "Norland budget approved\n\nNorland's parliament approved the 2031 budget, 211 to 90. The opposition said fuel subsidies and teacher pay were cut."
)

func analyzed(t *testing.T, texts ...string) []result {
	t.Helper()
	var out []result
	for i, s := range texts {
		r := analyze(job{seq: i, doc: source.Doc{Source: "test-" + s[:8], Format: source.FormatText, Raw: []byte(s), Body: []byte(s)}}, Options{})
		if r.err != nil {
			t.Fatalf("analyze %q: %v", s[:8], r.err)
		}
		out = append(out, r)
	}
	return out
}

// openShared opens the PostgreSQL store at u as one more process would:
// its own pool and sessions, closed when the test ends.
func openShared(t *testing.T, u string) *postgres.Store {
	t.Helper()
	st, err := postgres.Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestSharedStoreFollowsMerge: two ingesters share a PostgreSQL store;
// when the first merges an event, the second applies the merge at its
// next catch-up and never adds to the merged-away event.
func TestSharedStoreFollowsMerge(t *testing.T) {
	u := pgtest.URL(t) // skips without DATABASE_URL, fails in CI
	ctx := context.Background()
	open := func() *postgres.Store { return openShared(t, u) }
	stA, stB := open(), open() // two processes: two pools, two sessions
	newIn := func(st *postgres.Store) *ingester {
		in, err := newIngester(ctx, st, Options{Restore: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if in.coord == nil {
			t.Fatal("the PostgreSQL store is not a Coordinator")
		}
		return in
	}
	inA, inB := newIn(stA), newIn(stB)
	var mu sync.Mutex
	var stats Stats
	bad := func(err error) { t.Errorf("bad input: %v", err) }

	first := analyzed(t, sharedFlood, sharedVote1)
	flood, vote1 := first[0].art, first[1].art
	if err := inA.process(ctx, first, &stats, &mu, bad); err != nil {
		t.Fatal(err)
	}
	if flood.EventID == vote1.EventID {
		t.Fatalf("flood and vote share event %s: the fixture needs two events", flood.EventID)
	}
	if err := inB.process(ctx, nil, &stats, &mu, bad); err != nil {
		t.Fatal(err)
	}
	if ev, _, ok := inB.cl.Assigned(vote1.ID); !ok || ev != vote1.EventID {
		t.Fatalf("B after catching up: vote in %q (active %v), want %s", ev, ok, vote1.EventID)
	}

	// A merges the vote's event into the flood's, the way it records its
	// clusterer's merges.
	merged := vote1.EventID
	err := inA.coord.Exclusive(ctx, func(ctx context.Context) error {
		if err := inA.catchUp(ctx); err != nil {
			return err
		}
		inA.moveEvent(merged, flood.EventID, flood.StoryID)
		return inA.flush(ctx, &stats, Options{})
	})
	if err != nil {
		t.Fatal(err)
	}

	// B ingests another report of the vote: it catches up first.
	next := analyzed(t, sharedVote2)
	if err := inB.process(ctx, next, &stats, &mu, bad); err != nil {
		t.Fatal(err)
	}
	if ev, story, _ := inB.cl.Assigned(vote1.ID); ev != flood.EventID || story != flood.StoryID {
		t.Errorf("B holds the merged vote in %s/%s, want %s/%s", ev, story, flood.EventID, flood.StoryID)
	}
	if got := next[0].art.EventID; got == merged {
		t.Errorf("B added the second vote report to event %s, merged away by A", merged)
	}
	// B's clusterer agrees with the store on every article.
	n := 0
	err = stB.EachArticle(ctx, func(a *article.Article) error {
		n++
		ev, story, ok := inB.cl.Assigned(a.ID)
		if !ok || ev != a.EventID || story != a.StoryID {
			t.Errorf("article %s: B holds %s/%s (active %v), the store %s/%s", a.ID, ev, story, ok, a.EventID, a.StoryID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("%d articles stored, want 3", n)
	}
}

// racingStore is a shared store on which another process adds an article
// to an event just after this one read the event's articles for a refresh.
type racingStore struct {
	*postgres.Store
	once   sync.Once
	before func() // runs once, after the first EventArticles read
}

func (r *racingStore) EventArticles(ctx context.Context, id string) ([]*article.Article, error) {
	arts, err := r.Store.EventArticles(ctx, id)
	r.once.Do(r.before)
	return arts, err
}

// TestSharedRefreshRevalidates: A refreshes an event outside the ingest
// lock while B adds an article to it; A's refresh, written under the lock,
// must see that the membership changed and refresh the event again, so the
// stored summary counts B's article too.
func TestSharedRefreshRevalidates(t *testing.T) {
	u := pgtest.URL(t) // skips without DATABASE_URL, fails in CI
	ctx := context.Background()
	open := func() *postgres.Store { return openShared(t, u) }
	var mu sync.Mutex
	var stats Stats
	bad := func(err error) { t.Errorf("bad input: %v", err) }
	inB, err := newIngester(ctx, open(), Options{Restore: 1000})
	if err != nil {
		t.Fatal(err)
	}
	second := analyzed(t, sharedVote2)
	stA := &racingStore{Store: open(), before: func() {
		if err := inB.process(ctx, second, &stats, &mu, bad); err != nil {
			t.Error(err)
		}
	}}
	inA, err := newIngester(ctx, stA, Options{Restore: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if inA.coord == nil {
		t.Fatal("the racing store is not a Coordinator")
	}
	first := analyzed(t, sharedVote1)
	if err := inA.process(ctx, first, &stats, &mu, bad); err != nil {
		t.Fatal(err)
	}
	var aStats Stats
	if err := inA.refreshShared(ctx, &aStats); err != nil {
		t.Fatal(err)
	}
	ev := first[0].art.EventID
	if got := second[0].art.EventID; got != ev {
		t.Fatalf("the two vote reports are in events %s and %s: the fixture needs one", ev, got)
	}
	e, err := stA.Event(ctx, ev)
	if err != nil {
		t.Fatal(err)
	}
	if e.Articles != 2 {
		t.Errorf("event %s summary counts %d articles, want 2 (B's article, added during A's refresh, is missing)", ev, e.Articles)
	}
	if stale, err := stA.StaleEvents(ctx); err != nil || len(stale) != 0 {
		t.Errorf("stale events after A's refresh: %v, %v", stale, err)
	}
	arts, err := stA.EventArticles(ctx, ev)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if a.Verification == nil {
			t.Errorf("article %s was not verified", a.ID)
		}
	}
}
