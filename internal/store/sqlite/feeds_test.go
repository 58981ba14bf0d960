package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/storetest"
)

func TestFeeds(t *testing.T) {
	storetest.RunFeeds(t, func(t *testing.T) store.FeedStore {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
