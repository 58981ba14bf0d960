package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/warta-news/warta/internal/bench"
)

func runBench(ctx context.Context, e *env, args []string) error {
	var db string
	var n int
	var keep bool
	fs := flags(e, "bench", &db)
	fs.IntVar(&n, "n", 20000, "articles to generate and ingest")
	fs.BoolVar(&keep, "keep", false, "keep the generated corpus and database")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || fs.Arg(0) != "ingest" {
		return usageError{fmt.Errorf("want: bench ingest [--n N]")}
	}
	dir, err := os.MkdirTemp("", "warta-bench-")
	if err != nil {
		return err
	}
	if !keep {
		defer os.RemoveAll(dir)
	}
	corpus := filepath.Join(dir, "corpus")
	size, err := bench.WriteText(corpus, 1, n)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "generated %d articles (%.1f MB) in %s\n", n, float64(size)/(1<<20), corpus)
	r, err := bench.Ingest(ctx, corpus, filepath.Join(dir, "bench.db"))
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, r)
	return nil
}
