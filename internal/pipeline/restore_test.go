package pipeline

import (
	"context"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"testing"

	"github.com/warta-news/warta/internal/cluster"
	"github.com/warta-news/warta/internal/store/sqlite"
)

// BenchmarkRestore measures start-up: rebuilding the dedup and cluster
// indexes from the most recent articles of the SQLite store named by
// WARTA_RESTORE_DB (for example the bench.db `warta bench ingest --n
// 20000 --keep` leaves behind). Without it the benchmark is skipped.
//
//	WARTA_RESTORE_DB=/tmp/warta-bench-…/bench.db go test -run '^$' -bench Restore -benchtime 3x ./internal/pipeline/
func BenchmarkRestore(b *testing.B) {
	path := os.Getenv("WARTA_RESTORE_DB")
	if path == "" {
		b.Skip("WARTA_RESTORE_DB is not set")
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var articles int
	for b.Loop() {
		in, err := newIngester(ctx, st, Options{Restore: 50000, Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			b.Fatal(err)
		}
		articles = in.cl.Stats().Articles
	}
	b.ReportMetric(float64(articles), "articles")
}

// TestRestoreParallel: restoring with several workers gives the indexes
// one worker gives.
func TestRestoreParallel(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := Run(ctx, st, []string{"../../testdata/sample"}, Options{}); err != nil {
		t.Fatal(err)
	}
	type state struct {
		stats  cluster.Stats
		labels map[string]string
	}
	restoreWith := func(workers int) state {
		in, err := newIngester(ctx, st, Options{Workers: workers, Restore: 1000})
		if err != nil {
			t.Fatal(err)
		}
		s := state{stats: in.cl.Stats(), labels: map[string]string{}}
		for id := range in.seen {
			ev, story, _ := in.cl.Assigned(id)
			s.labels[id] = ev + "/" + story
		}
		return s
	}
	one := restoreWith(1)
	if one.stats.Articles != 8 {
		t.Fatalf("restored %d articles, want 8", one.stats.Articles)
	}
	for _, w := range []int{2, 4, 16} {
		got := restoreWith(w)
		if got.stats != one.stats || !maps.Equal(got.labels, one.labels) {
			t.Errorf("%d workers: %+v %v, one worker: %+v %v", w, got.stats, got.labels, one.stats, one.labels)
		}
	}
}
