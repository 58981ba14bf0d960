package search

import (
	"context"
	"os"
	"testing"

	"github.com/warta-news/warta/internal/search/searchtest"
	"github.com/warta-news/warta/internal/store/sqlite"
)

// BenchmarkRebuild indexes 2,000 generated articles per iteration.
func BenchmarkRebuild(b *testing.B) {
	st := openStore(b)
	ctx := context.Background()
	if _, err := searchtest.Fill(ctx, st, nil, 1, 2000); err != nil {
		b.Fatal(err)
	}
	idx := New(st)
	b.ResetTimer()
	for b.Loop() {
		n, err := idx.Rebuild(ctx)
		if err != nil || n == 0 {
			b.Fatal(n, err)
		}
	}
	b.ReportMetric(float64(2000*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkSearch runs the judged queries round-robin against the store at
// WARTA_SEARCH_DB (built by TestMeasure), top 10 with facets.
func BenchmarkSearch(b *testing.B) {
	path := os.Getenv("WARTA_SEARCH_DB")
	if path == "" {
		b.Skip("set WARTA_SEARCH_DB to a store built by TestMeasure")
	}
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	idx := New(st)
	i := 0
	for b.Loop() {
		if _, err := idx.Search(context.Background(), Request{Q: judged[i%len(judged)].Q, Limit: 10}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
