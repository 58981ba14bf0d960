package postgres

import (
	"context"
	"testing"

	"github.com/warta-news/warta/internal/store/postgres/pgtest"
)

// testURL returns a URL for a fresh, empty schema that is dropped when
// the test ends (pgtest.URL: skipped without DATABASE_URL, failed in CI).
func testURL(t testing.TB) string {
	t.Helper()
	return pgtest.URL(t)
}

// openTest opens a store on a fresh schema.
func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), testURL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
