package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/warta-news/warta/internal/pipeline"
	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/source"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	_, err := ingest(ctx, e, "ingest", args)
	return err
}

func ingest(ctx context.Context, e *env, name string, args []string) (string, error) {
	var db, format, outlet string
	var maxMB float64
	var workers int
	fs := flags(e, name, &db)
	fs.StringVar(&format, "format", "auto", "input format: auto, text, html or jsonl")
	fs.StringVar(&outlet, "outlet", "", "outlet name for articles that do not state one")
	fs.Float64Var(&maxMB, "max-size", 10, "largest file (and JSONL line) to read, in MB")
	fs.IntVar(&workers, "workers", 0, "parallel extract workers (0 = number of CPUs)")
	var noIndex bool
	fs.BoolVar(&noIndex, "no-index", false, "do not update the search index now (search and serve bring it up to date when they start)")
	if err := parse(fs, args); err != nil {
		return db, err
	}
	if fs.NArg() == 0 {
		return db, usageError{errors.New("no PATH given")}
	}
	st, err := openStore(ctx, db)
	if err != nil {
		return db, err
	}
	defer st.Close()

	var mu sync.Mutex
	bad := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		var se *source.Error
		if errors.As(err, &se) {
			fmt.Fprintf(e.stderr, "warta: skipped %s\n", se.Error())
		} else {
			fmt.Fprintf(e.stderr, "warta: skipped: %v\n", err)
		}
	}
	prog := newProgress(e)
	start := time.Now()
	stats, err := pipeline.Run(ctx, st, fs.Args(), pipeline.Options{
		Format: format, MaxSize: int64(maxMB * (1 << 20)), OutletFlag: outlet, Workers: workers,
		Bad: bad, Progress: prog.update, Logger: e.log,
	})
	prog.done()
	if b, ok := st.(search.Backend); ok && !noIndex && (err == nil || errors.Is(err, pipeline.ErrSomeFailed)) {
		if _, ierr := search.New(b).Sync(ctx); ierr != nil {
			return db, fmt.Errorf("update the search index: %w", ierr)
		}
	}
	el := time.Since(start)
	fmt.Fprintf(e.stderr, "ingested into %s: %d read, %d new, %d already stored, %d near-duplicates, %d failed, %d events updated (%.1fs, %.0f articles/s)\n",
		db, stats.Read, stats.Stored, stats.Known, stats.NearDupes, stats.Failed, stats.Events, el.Seconds(), float64(stats.Read)/el.Seconds())
	if errors.Is(err, pipeline.ErrSomeFailed) {
		return db, errReported
	}
	return db, err
}

// progress shows a bar on a terminal and periodic log lines otherwise
// (progressbar redraws with \r even when stderr is not a terminal).
type progress struct {
	e    *env
	bar  *progressbar.ProgressBar
	last time.Time
}

func newProgress(e *env) *progress {
	p := &progress{e: e, last: time.Now()}
	if f, ok := e.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(f), progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	}
	return p
}

func (p *progress) update(s pipeline.Stats) {
	if p.bar != nil {
		_ = p.bar.Set(s.Read)
		return
	}
	if time.Since(p.last) >= 5*time.Second {
		p.last = time.Now()
		p.e.log.Info("ingesting", "read", s.Read, "new", s.Stored, "failed", s.Failed)
	}
}

func (p *progress) done() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
