package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/store"
)

// RunFeeds runs the feed-state cases; open returns a new, empty store.
func RunFeeds(t *testing.T, open func(t *testing.T) store.FeedStore) {
	ctx := context.Background()
	t.Run("FeedState", func(t *testing.T) {
		s := open(t)
		f, err := s.FeedState(ctx, "http://x/feed")
		if err != nil || f.URL != "http://x/feed" || !f.LastSuccess.IsZero() || f.ItemsSeen != 0 {
			t.Fatalf("FeedState(never polled) = %+v, %v; want zero state", f, err)
		}
		now := time.Now().UTC().Truncate(time.Millisecond)
		f.Outlet, f.ETag, f.LastModified, f.LastSuccess, f.LastPoll, f.ItemsSeen = "Kabar", `"v1"`, "Mon, 02 Jan 2006 15:04:05 GMT", now, now, 2
		if err := s.SaveFeedState(ctx, f, []string{"a", "b"}); err != nil {
			t.Fatal(err)
		}
		f.LastError, f.LastErrorAt, f.Failures = "HTTP 500", now.Add(time.Minute), 1
		if err := s.SaveFeedState(ctx, f, []string{"b", "c"}); err != nil {
			t.Fatal(err)
		}
		got, err := s.FeedState(ctx, "http://x/feed")
		if err != nil {
			t.Fatal(err)
		}
		want := f
		if got.URL != want.URL || got.Outlet != want.Outlet || got.ETag != want.ETag || got.LastModified != want.LastModified ||
			!got.LastSuccess.Equal(want.LastSuccess) || !got.LastPoll.Equal(want.LastPoll) || !got.LastErrorAt.Equal(want.LastErrorAt) ||
			got.LastError != want.LastError || got.Failures != want.Failures || got.ItemsSeen != want.ItemsSeen {
			t.Errorf("FeedState\n got %+v\nwant %+v", got, want)
		}
		seen, err := s.SeenItems(ctx, "http://x/feed", []string{"a", "c", "d"})
		if err != nil || !seen["a"] || !seen["c"] || seen["d"] {
			t.Errorf("SeenItems = %v, %v; want a and c", seen, err)
		}
		if seen, _ := s.SeenItems(ctx, "http://other/feed", []string{"a"}); seen["a"] {
			t.Error("items are seen per feed, not globally")
		}
		if err := s.SaveFeedState(ctx, store.FeedState{URL: "http://a/first", LastError: "boom", LastErrorAt: now}, nil); err != nil {
			t.Fatal(err)
		}
		all, err := s.FeedStates(ctx)
		if err != nil || len(all) != 2 || all[0].URL != "http://a/first" || all[0].LastError != "boom" {
			t.Errorf("FeedStates = %+v, %v; want 2 by URL", all, err)
		}
	})
}
