package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/storetest"
)

func TestSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTest(t) })
}

func TestMigrateConcurrentOpen(t *testing.T) {
	u := testURL(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(ctx, u)
			if err == nil {
				s.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("open %d: %v", i, err)
		}
	}
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v, rows int
	if err := s.pool.QueryRow(ctx, "SELECT max(version), count(*) FROM schema_version").Scan(&v, &rows); err != nil {
		t.Fatal(err)
	}
	if v != len(migrations) || rows != 1 {
		t.Errorf("schema_version = %d in %d rows; want %d in 1", v, rows, len(migrations))
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	u := testURL(t)
	ctx := context.Background()
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, "UPDATE schema_version SET version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, u); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open(newer schema) = %v, want an error saying it is newer", err)
	}
}

func TestBadURL(t *testing.T) {
	for _, u := range []string{"postgres://nobody@127.0.0.1:1/x?connect_timeout=2&sslmode=disable", "postgres://%zz"} {
		if _, err := Open(context.Background(), u); err == nil {
			t.Errorf("Open(%q) succeeded", u)
		}
	}
}

func mkArticle(i int) *article.Article {
	a := &article.Article{Source: fmt.Sprintf("in/%d.txt", i), Format: "text", Raw: []byte("raw"),
		Title: fmt.Sprintf("Judul %d", i), Paragraphs: []string{fmt.Sprintf("Isi %d.", i)}, PublishedHow: article.HowUnknown,
		EventID: fmt.Sprintf("e%d", i%3), StoryID: "s1"}
	a.ID = article.ContentID(a.Title, a.Paragraphs)
	return a
}

func TestDirtyText(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a := mkArticle(1)
	a.Title, a.Outlet, a.Raw = "Ju\x00dul", "Kab\xffar", nil
	a.Paragraphs = []string{"Isi \x00 dengan NUL."}
	if err := s.Save(ctx, &store.Batch{Articles: []*article.Article{a}}); err != nil {
		t.Fatalf("save text with NUL and invalid UTF-8: %v", err)
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Paragraphs[0] != a.Paragraphs[0] {
		t.Errorf("paragraph = %q, want %q (the JSON document keeps the escaped NUL)", got.Paragraphs[0], a.Paragraphs[0])
	}
	if _, err := s.Article(ctx, "bad\x00id"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(NUL id) = %v, want ErrNotFound", err)
	}
}

func TestArticlePrefix(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	var arts []*article.Article
	for i := range 40 {
		arts = append(arts, mkArticle(i))
	}
	if err := s.Save(ctx, &store.Batch{Articles: arts}); err != nil {
		t.Fatal(err)
	}
	// Find two ids sharing a 1-character prefix and check that a short
	// ambiguous prefix is refused while a long unique one resolves.
	for _, a := range arts {
		got, err := s.Article(ctx, a.ID[:10])
		if err != nil || got.ID != a.ID {
			t.Fatalf("Article(%s) = %v, %v", a.ID[:10], got, err)
		}
	}
	if _, err := s.Article(ctx, arts[0].ID[:4]); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("4-character prefix: %v, want ErrNotFound (prefixes need 6)", err)
	}
}

func TestEachSinceAndMaxSeq(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	var arts []*article.Article
	fps := map[string][]byte{}
	for i := range 2500 {
		a := mkArticle(i)
		arts = append(arts, a)
		fps[a.ID] = []byte{byte(i), byte(i >> 8), 0, 0}
	}
	if err := s.Save(ctx, &store.Batch{Articles: arts[:1200], Fingerprints: fps}); err != nil {
		t.Fatal(err)
	}
	mid, err := s.MaxSeq(ctx)
	if err != nil || mid == 0 {
		t.Fatalf("MaxSeq = %d, %v", mid, err)
	}
	if err := s.Save(ctx, &store.Batch{Articles: arts[1200:], Fingerprints: fps}); err != nil {
		t.Fatal(err)
	}
	var got []string
	last := mid
	err = s.EachSince(ctx, mid, func(a *article.Article, fp []byte, seq int64) error {
		if seq <= last {
			t.Fatalf("seq %d after %d: not increasing", seq, last)
		}
		last = seq
		if string(fp) != string(fps[a.ID]) || a.Raw != nil {
			t.Fatalf("article %s: fingerprint %v raw %q", a.ID, fp, a.Raw)
		}
		got = append(got, a.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1300 || got[0] != arts[1200].ID || got[1299] != arts[2499].ID {
		t.Errorf("EachSince gave %d articles, want 1300 in save order", len(got))
	}
	stop := errors.New("stop")
	n := 0
	if err := s.EachSince(ctx, 0, func(*article.Article, []byte, int64) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("EachSince stop: err %v after %d calls", err, n)
	}
	var recent []string
	if err := s.EachRecent(ctx, 3, func(a *article.Article, _ []byte) error { recent = append(recent, a.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(recent) != 3 || recent[2] != arts[2499].ID || recent[0] != arts[2497].ID {
		t.Errorf("EachRecent(3) = %v", recent)
	}
}

func TestEventMoves(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	arts := []*article.Article{mkArticle(0), mkArticle(1), mkArticle(2)}
	if err := s.Save(ctx, &store.Batch{Articles: arts}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveEvents(ctx, []store.Event{{ID: "e1", StoryID: "s1", Articles: 1}}, nil, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(ctx, &store.Batch{EventMoves: map[string]string{"e1": "e0"}}); err != nil {
		t.Fatal(err)
	}
	members, err := s.EventArticles(ctx, "e0")
	if err != nil || len(members) != 2 {
		t.Errorf("after merge e0 has %d articles (%v), want 2", len(members), err)
	}
	if _, err := s.Event(ctx, "e1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("merged event e1 still there: %v", err)
	}
}

// TestSaveEventsChangeCursor: an event refresh that rewrites an
// article's story is a relabel other workers must see through EachSince;
// one that leaves the story alone is not.
func TestSaveEventsChangeCursor(t *testing.T) {
	tests := []struct {
		name  string
		story string // the story the refresh writes
		want  int    // articles EachSince returns after the refresh
	}{
		{name: "story changed", story: "s9", want: 1},
		{name: "story unchanged", story: "s1", want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			ctx := context.Background()
			a := mkArticle(0)
			if err := s.Save(ctx, &store.Batch{Articles: []*article.Article{a}}); err != nil {
				t.Fatal(err)
			}
			seq, err := s.MaxSeq(ctx)
			if err != nil {
				t.Fatal(err)
			}
			up := *a
			up.StoryID = tt.story
			if err := s.SaveEvents(ctx, []store.Event{{ID: a.EventID, StoryID: tt.story, Articles: 1}}, nil, []*article.Article{&up}); err != nil {
				t.Fatal(err)
			}
			var got []*article.Article
			if err := s.EachSince(ctx, seq, func(x *article.Article, _ []byte, _ int64) error {
				got = append(got, x)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.want {
				t.Fatalf("EachSince after the refresh gave %d articles, want %d", len(got), tt.want)
			}
			if len(got) == 1 && got[0].StoryID != tt.story {
				t.Errorf("relabelled article in story %s, want %s", got[0].StoryID, tt.story)
			}
		})
	}
}

func TestExclusive(t *testing.T) {
	u := testURL(t)
	ctx := context.Background()
	// Three "processes" (separate pools, separate sessions), four goroutines each.
	var stores []*Store
	for range 3 {
		s, err := Open(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores = append(stores, s)
	}
	var inside, maxInside, runs atomic.Int32
	var wg sync.WaitGroup
	for _, s := range stores {
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 5 {
					err := s.Exclusive(ctx, func(ctx context.Context) error {
						n := inside.Add(1)
						for {
							m := maxInside.Load()
							if n <= m || maxInside.CompareAndSwap(m, n) {
								break
							}
						}
						// Use the store inside: must not deadlock on the pool.
						if _, err := s.Count(ctx); err != nil {
							return err
						}
						time.Sleep(time.Millisecond)
						inside.Add(-1)
						runs.Add(1)
						return nil
					})
					if err != nil {
						t.Error(err)
					}
				}
			}()
		}
	}
	wg.Wait()
	if maxInside.Load() != 1 || runs.Load() != 60 {
		t.Errorf("max holders at once = %d (want 1), runs = %d (want 60)", maxInside.Load(), runs.Load())
	}
	// An error from fn is returned and the lock is released.
	boom := errors.New("boom")
	if err := stores[0].Exclusive(ctx, func(context.Context) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("Exclusive error = %v, want boom", err)
	}
	done := make(chan error, 1)
	go func() { done <- stores[1].Exclusive(ctx, func(context.Context) error { return nil }) }()
	select {
	case err := <-done:
		if err != nil {
			t.Error(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("lock not released after fn failed")
	}
	// A waiter gives up when its context ends.
	hold := make(chan struct{})
	held := make(chan struct{})
	go stores[0].Exclusive(ctx, func(context.Context) error { close(held); <-hold; return nil })
	<-held
	cctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	err := stores[1].Exclusive(cctx, func(context.Context) error { return nil })
	cancel()
	close(hold)
	if err == nil {
		t.Error("Exclusive while another process holds the lock returned without waiting")
	}
	if err := stores[1].Exclusive(ctx, func(context.Context) error { return nil }); err != nil {
		t.Errorf("Exclusive after a cancelled wait: %v", err)
	}
}

func TestFeeds(t *testing.T) {
	storetest.RunFeeds(t, func(t *testing.T) store.FeedStore { return openTest(t) })
}

func TestEachSinceSeesRelabels(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	arts := []*article.Article{mkArticle(0), mkArticle(1), mkArticle(2), mkArticle(3)} // events e0 e1 e2 e0
	if err := s.Save(ctx, &store.Batch{Articles: arts}); err != nil {
		t.Fatal(err)
	}
	cur, err := s.MaxSeq(ctx)
	if err != nil {
		t.Fatal(err)
	}
	since := func() map[string]string {
		got := map[string]string{}
		if err := s.EachSince(ctx, cur, func(a *article.Article, _ []byte, seq int64) error {
			got[a.ID] = a.EventID + "/" + a.StoryID
			cur = max(cur, seq)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := since(); len(got) != 0 {
		t.Fatalf("nothing changed, EachSince = %v", got)
	}
	if err := s.Save(ctx, &store.Batch{EventMoves: map[string]string{"e0": "e1"}}); err != nil {
		t.Fatal(err)
	}
	got := since()
	if len(got) != 2 || got[arts[0].ID] != "e1/s1" || got[arts[3].ID] != "e1/s1" {
		t.Errorf("after event merge EachSince = %v, want articles 0 and 3 in e1", got)
	}
	if err := s.Save(ctx, &store.Batch{ArticleMoves: []store.ArticleMove{{ArticleID: arts[2].ID, EventID: "e1", StoryID: "s1"}}}); err != nil {
		t.Fatal(err)
	}
	if got := since(); len(got) != 1 || got[arts[2].ID] != "e1/s1" {
		t.Errorf("after article move EachSince = %v, want article 2 in e1", got)
	}
	if err := s.Save(ctx, &store.Batch{StoryMoves: map[string]string{"s1": "s7"}}); err != nil {
		t.Fatal(err)
	}
	if got := since(); len(got) != 4 {
		t.Errorf("after story merge EachSince = %v, want all 4 articles", got)
	}
	// Ingest order is unchanged by relabels.
	var ids []string
	s.EachArticle(ctx, func(a *article.Article) error { ids = append(ids, a.ID); return nil })
	for i, a := range arts {
		if ids[i] != a.ID {
			t.Errorf("EachArticle order changed by relabels: %v", ids)
			break
		}
	}
}

func TestConcurrentSaveEventsNoDeadlock(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	var arts []*article.Article
	for i := range 60 {
		arts = append(arts, mkArticle(i))
	}
	if err := s.Save(ctx, &store.Batch{Articles: arts}); err != nil {
		t.Fatal(err)
	}
	rev := slices.Clone(arts)
	slices.Reverse(rev)
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			order := arts
			if i%2 == 1 {
				order = rev
			}
			errs <- s.SaveEvents(ctx, []store.Event{{ID: "e0", StoryID: "s1", Articles: i}}, nil, order)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent SaveEvents: %v", err)
		}
	}
}
