package bench

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"testing"
)

// BenchmarkIngest ingests a generated corpus of plain-text files end to end
// (read, clean, extract metadata, analyze, dedup, cluster, store). Size it
// with WARTA_BENCH_N (default 20000).
//
//	go test -run '^$' -bench Ingest -benchtime 1x ./internal/bench/
func BenchmarkIngest(b *testing.B) {
	n := 20000
	if s := os.Getenv("WARTA_BENCH_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	debug.SetMemoryLimit(256 << 20) // as the warta command does
	dir := b.TempDir()
	if _, err := WriteText(filepath.Join(dir, "corpus"), 1, n); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var last Result
	for i := 0; i < b.N; i++ {
		r, err := Ingest(context.Background(), filepath.Join(dir, "corpus"), filepath.Join(dir, "w"+strconv.Itoa(i)+".db"))
		if err != nil {
			b.Fatal(err)
		}
		if r.Articles != n {
			b.Fatalf("ingested %d of %d", r.Articles, n)
		}
		last = r
	}
	b.ReportMetric(last.ArticlesPerS, "articles/s")
	b.ReportMetric(last.MBPerS, "MB/s")
	b.ReportMetric(last.PeakRSSMB, "peakRSS-MB")
	b.Log(last)
}

func TestWriteTextSmall(t *testing.T) {
	dir := t.TempDir()
	n, err := WriteText(dir, 1, 50)
	if err != nil || n == 0 {
		t.Fatalf("WriteText = %d, %v", n, err)
	}
	r, err := Ingest(context.Background(), dir, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Articles != 50 || r.ArticlesPerS <= 0 {
		t.Errorf("Ingest = %+v", r)
	}
}
