// Package bench measures warta end to end on generated corpora: it writes
// synthetic articles (internal/synth) as plain-text files, ingests them into
// a fresh SQLite store with the real pipeline, and reports articles/s, MB/s
// and the process's peak resident memory. `warta bench ingest` and the
// pipeline's Go benchmarks use it.
package bench

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/warta-news/warta/internal/pipeline"
	"github.com/warta-news/warta/internal/store/sqlite"
	"github.com/warta-news/warta/internal/synth"
)

// Corpus options used by every ingest benchmark: Indonesian and English,
// furniture, reprints, storylines over a year.
func Corpus() synth.Options {
	return synth.Options{LangMix: 0.3, ReprintRate: 0.1, StoryEvents: 3, Span: 365 * 24 * time.Hour, Furniture: true}
}

// WriteText writes n generated articles as plain-text files (title line,
// blank line, body) under dir, 1,000 per sub-directory, and returns the bytes written.
func WriteText(dir string, seed int64, n int) (int64, error) {
	var total int64
	err := synth.Each(seed, n, Corpus(), func(i int, a synth.Article) error {
		sub := filepath.Join(dir, fmt.Sprintf("%04d", i/1000))
		if i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
		}
		f, err := os.Create(filepath.Join(sub, a.ID+".txt"))
		if err != nil {
			return err
		}
		w := bufio.NewWriter(f)
		nw, _ := fmt.Fprintf(w, "%s\n\n%s\n", a.Title, a.Text)
		total += int64(nw)
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	})
	if err != nil {
		return total, fmt.Errorf("write corpus in %s: %w", dir, err)
	}
	return total, nil
}

// Result is one measured ingest.
type Result struct {
	Articles     int
	Bytes        int64
	Elapsed      time.Duration
	PeakRSSMB    float64 // the process's peak resident set (getrusage), MB
	HeapAllocMB  float64 // live heap after the run, MB
	ArticlesPerS float64
	MBPerS       float64
}

func (r Result) String() string {
	return fmt.Sprintf("%d articles, %.1f MB in %.2fs: %.0f articles/s, %.2f MB/s, peak RSS %.0f MB, heap after %.0f MB (GOMAXPROCS %d)",
		r.Articles, float64(r.Bytes)/(1<<20), r.Elapsed.Seconds(), r.ArticlesPerS, r.MBPerS, r.PeakRSSMB, r.HeapAllocMB, runtime.GOMAXPROCS(0))
}

// Ingest ingests dir into a new SQLite store at db and measures it.
func Ingest(ctx context.Context, dir, db string) (Result, error) {
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		return Result{}, err
	}
	defer st.Close()
	start := time.Now()
	stats, err := pipeline.Run(ctx, st, []string{dir}, pipeline.Options{})
	el := time.Since(start)
	if err != nil {
		return Result{}, fmt.Errorf("ingest %s: %w", dir, err)
	}
	r := Result{Articles: stats.Read, Bytes: stats.Bytes, Elapsed: el, PeakRSSMB: PeakRSSMB()}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	r.HeapAllocMB = float64(ms.HeapAlloc) / (1 << 20)
	r.ArticlesPerS = float64(r.Articles) / el.Seconds()
	r.MBPerS = float64(r.Bytes) / (1 << 20) / el.Seconds()
	return r, nil
}

// PeakRSSMB is this process's peak resident set size in MB.
func PeakRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // Linux reports KB
}
