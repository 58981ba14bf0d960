package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/warta-news/warta/internal/feed"
	"github.com/warta-news/warta/internal/pipeline"
	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/source"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/verify"
)

func runWatch(ctx context.Context, e *env, args []string) error {
	var db, feedsFile string
	var interval, politeness, timeout time.Duration
	var once bool
	fs := flags(e, "watch", &db)
	fs.StringVar(&feedsFile, "feeds", "", "feeds file: one URL per line, optional outlet name after it, # comments")
	fs.DurationVar(&interval, "interval", 5*time.Minute, "time between polls")
	fs.DurationVar(&politeness, "politeness", 2*time.Second, "at most one request per host this often")
	fs.DurationVar(&timeout, "timeout", 30*time.Second, "timeout of one HTTP request")
	fs.BoolVar(&once, "once", false, "poll once and exit (exit status 1 if a feed failed)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if feedsFile == "" {
		return usageError{errors.New("--feeds FILE is required")}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	if interval <= 0 || politeness < 0 || timeout <= 0 {
		return usageError{errors.New("--interval and --timeout must be positive, --politeness not negative")}
	}
	f, err := os.Open(feedsFile)
	if err != nil {
		return fmt.Errorf("feeds file: %w", err)
	}
	srcs, err := feed.ParseList(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("feeds file %s: %w", feedsFile, err)
	}
	if len(srcs) == 0 {
		return fmt.Errorf("feeds file %s lists no feeds", feedsFile)
	}
	st, err := openStore(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	fst, ok := st.(store.FeedStore)
	if !ok {
		return fmt.Errorf("the store at %s cannot keep feed state", db)
	}
	var mu sync.Mutex
	bad := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		var se *source.Error
		if errors.As(err, &se) {
			e.log.Warn("feed item skipped", "item", se.Source, "err", se.Reason)
			return
		}
		e.log.Warn("feed item skipped", "err", err)
	}
	// One claims cache for the whole watch: each poll re-verifies the
	// events its items join, which mostly hold articles verified before.
	opt := pipeline.Options{Bad: bad, Logger: e.log, Verify: verify.NewCache(verify.DefaultCacheBytes)}
	ing := pipelineIngester(st, opt, func(s pipeline.Stats, el time.Duration) {
		e.log.Info("ingested feed items", "read", s.Read, "new", s.Stored, "known", s.Known, "near_duplicates", s.NearDupes,
			"failed", s.Failed, "events", s.Events, "took", el.Round(time.Millisecond))
	})
	if b, ok := st.(search.Backend); ok {
		idx := search.New(b)
		inner := ing
		ing = func(ctx context.Context, pages []feed.Page) error {
			if err := inner(ctx, pages); err != nil {
				return err
			}
			if _, err := idx.Sync(ctx); err != nil {
				return fmt.Errorf("update the search index: %w", err)
			}
			return nil
		}
	}
	w := &feed.Watcher{Feeds: srcs, State: fst, Fetcher: feed.NewFetcher(timeout, politeness), Ingest: ing, Log: e.log}
	if once {
		stats, err := w.Poll(ctx)
		fmt.Fprintf(e.stderr, "polled: %s\n", stats)
		return err
	}
	e.log.Info("watching feeds", "feeds", len(srcs), "interval", interval, "db", db)
	return w.Run(ctx, interval)
}

// pipelineIngester stores feed pages with the ingest pipeline, each as
// one in-memory JSONL input named by its URL (the articles' source), so
// extraction, dedup, clustering and verification are exactly those of
// `warta ingest`. Pages the pipeline rejects (no article text) go to
// opt.Bad and are not an error. done, when not nil, receives each run's stats.
func pipelineIngester(st store.Store, opt pipeline.Options, done func(pipeline.Stats, time.Duration)) feed.Ingester {
	return func(ctx context.Context, pages []feed.Page) error {
		inputs := make([]pipeline.Input, 0, len(pages))
		for i := range pages {
			line, err := pages[i].JSONL()
			if err != nil {
				return err
			}
			inputs = append(inputs, pipeline.Input{Source: pages[i].Name(), Data: line, Format: source.FormatJSONL})
		}
		start := time.Now()
		stats, err := pipeline.RunInputs(ctx, st, inputs, opt)
		if done != nil {
			done(stats, time.Since(start))
		}
		if err != nil && !errors.Is(err, pipeline.ErrSomeFailed) {
			return fmt.Errorf("ingest %d feed items: %w", len(pages), err)
		}
		return nil
	}
}

func runFeeds(ctx context.Context, e *env, args []string) error {
	var db string
	var asJSON bool
	fs := flags(e, "feeds", &db)
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	st, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	fst, ok := st.(store.FeedStore)
	if !ok {
		return fmt.Errorf("the store at %s cannot keep feed state", db)
	}
	states, err := fst.FeedStates(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		if states == nil {
			states = []store.FeedState{}
		}
		return writeJSON(e.stdout, states)
	}
	if len(states) == 0 {
		fmt.Fprintln(e.stderr, "no feeds polled yet (warta watch --feeds FILE)")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tOUTLET\tLAST SUCCESS\tITEMS\tFAILURES\tLAST ERROR")
	for _, s := range states {
		errText := "-"
		if s.LastError != "" {
			errText = s.LastErrorAt.Local().Format("2006-01-02 15:04") + " " + oneLine(s.LastError, 120)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", s.URL, dash(s.Outlet), when(s.LastSuccess), s.ItemsSeen, s.Failures, errText)
	}
	return tw.Flush()
}

func when(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Local().Format("2006-01-02 15:04:05")
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string, n int) string {
	r := []rune(s)
	for i, c := range r {
		if c == '\n' || c == '\t' {
			r[i] = ' '
		}
	}
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return string(r)
}
