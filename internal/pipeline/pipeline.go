// Package pipeline runs warta's stages in order: source -> extract ->
// analyze (entities, quotes, dates, fingerprints) in parallel across
// articles, then dedup and online clustering in input order on one
// goroutine, then the store in batched transactions.
//
// Each batch is one transaction, so an interrupted ingest loses nothing
// already committed and leaves the database consistent; a re-run skips
// stored articles (ids are content-derived) and finishes the job. Event
// and story summaries are derived data: they are refreshed for the events
// a run touched and for any left stale by an earlier interrupted run.
package pipeline

import (
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/cluster"
	"github.com/warta-news/warta/internal/dedup"
	"github.com/warta-news/warta/internal/entity"
	"github.com/warta-news/warta/internal/extract"
	"github.com/warta-news/warta/internal/quote"
	"github.com/warta-news/warta/internal/source"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/textid"
	"github.com/warta-news/warta/internal/verify"
	"github.com/warta-news/warta/internal/when"
)

// Options set an ingest run.
type Options struct {
	Format     string // auto, text, html, jsonl
	MaxSize    int64  // per file / JSONL line
	OutletFlag string // --outlet fallback
	Workers    int    // parallel extract/analyze workers; 0 = GOMAXPROCS
	BatchSize  int    // articles per transaction; 0 = 500
	// Restore is how many recent stored articles rebuild the in-memory
	// dedup and cluster indexes at start; 0 = 50,000.
	Restore int
	// Bad receives every bad input (never nil after Run starts).
	Bad func(error)
	// Progress is called after each stored batch with running totals.
	Progress func(Stats)
	Logger   *slog.Logger
	// Verify keeps each article's claims between verifications (nil: none).
	// A long-lived caller that runs the pipeline again and again on growing
	// events (watch, serve's POST) passes one cache to every run, so an
	// event that gains one article does not rebuild the claims of all the
	// others; a one-off run verifies each article once and gains nothing.
	Verify *verify.Cache
}

// Stats are the running totals of a run.
type Stats struct {
	Read      int   // documents read
	Stored    int   // new articles stored
	Known     int   // already stored (same content), source recorded
	NearDupes int   // stored, marked duplicate_of another article
	Failed    int   // bad input
	Bytes     int64 // raw bytes read
	Events    int   // events touched
	// Relabelled counts the articles whose event or story another process
	// changed, applied to this run's clusterer at catch-up.
	Relabelled int
}

// ErrSomeFailed is returned when a run finished but some input was bad.
var ErrSomeFailed = errors.New("some input could not be ingested")

type job struct {
	seq    int
	doc    source.Doc
	outlet string // fallback outlet of this input ("" = Options.OutletFlag)
}

type result struct {
	seq  int
	art  *article.Article
	doc  cluster.Doc // built once, in the worker
	sig  dedup.Signature
	feat cluster.Features
	err  error
}

// Run ingests paths (files and directories) into st.
func Run(ctx context.Context, st store.Store, paths []string, opt Options) (Stats, error) {
	so := source.Options{Format: opt.Format, MaxSize: opt.MaxSize}
	return run(ctx, st, opt, func(ctx context.Context, emit func(source.Doc, string) error, bad func(error)) error {
		return source.Walk(ctx, paths, so, func(d source.Doc) error { return emit(d, "") }, bad)
	})
}

// Input is one document held in memory: a fetched page, a request body.
type Input struct {
	// Source is what the input's articles record as their source and
	// what errors name: the page URL, "api:POST …". Required.
	Source string
	Data   []byte
	// Format is auto (or ""), text, html or jsonl (one article per
	// line); "" takes Options.Format.
	Format string
	// Outlet is this input's fallback outlet (like Options.OutletFlag,
	// which applies when it is "").
	Outlet string
}

// RunInputs ingests in-memory inputs into st: the same path as Run,
// without files. Bad input (an empty or binary document, a malformed
// JSONL line, no article text) goes to Options.Bad naming the input's
// Source, and the rest goes on; the run then returns ErrSomeFailed.
func RunInputs(ctx context.Context, st store.Store, inputs []Input, opt Options) (Stats, error) {
	return run(ctx, st, opt, func(ctx context.Context, emit func(source.Doc, string) error, bad func(error)) error {
		for i, in := range inputs {
			name := in.Source
			if name == "" {
				name = fmt.Sprintf("input %d", i+1)
			}
			so := source.Options{Format: cmp.Or(in.Format, opt.Format), MaxSize: opt.MaxSize}
			err := source.Bytes(ctx, name, in.Data, so, func(d source.Doc) error { return emit(d, in.Outlet) }, bad)
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// reader emits the documents of a run, with the fallback outlet of each
// ("" for Options.OutletFlag), and passes bad input to bad.
type reader func(ctx context.Context, emit func(d source.Doc, outlet string) error, bad func(error)) error

// run is Run and RunInputs: read -> analyse in parallel -> assign and
// store in input order -> refresh touched events.
func run(ctx context.Context, st store.Store, opt Options, read reader) (Stats, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 500
	}
	if opt.Restore <= 0 {
		opt.Restore = 50000
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	var stats Stats
	var mu sync.Mutex
	bad := func(err error) {
		mu.Lock()
		stats.Failed++
		mu.Unlock()
		if opt.Bad != nil {
			opt.Bad(err)
		}
	}

	started := time.Now()
	in, err := newIngester(ctx, st, opt)
	if err != nil {
		return stats, err
	}

	// Read -> jobs.
	readCtx, stopRead := context.WithCancel(ctx)
	defer stopRead()
	jobs := make(chan job, 4*opt.Workers)
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		seq := 0
		readErr <- read(readCtx, func(d source.Doc, outlet string) error {
			select {
			case jobs <- job{seq, d, outlet}:
				seq++
				return nil
			case <-readCtx.Done():
				return readCtx.Err()
			}
		}, bad)
	}()

	// jobs -> results, in parallel.
	// A deep buffer lets the workers go on analysing while the collector
	// waits on a transaction.
	results := make(chan result, 256*opt.Workers)
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- analyze(j, opt)
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// results -> store, in input order.
	pending := map[int]result{}
	next := 0
	var chunk []result
	var runErr error
	flushChunk := func() {
		if runErr == nil && len(chunk) > 0 {
			runErr = in.process(ctx, chunk, &stats, &mu, bad)
		}
		if opt.Progress != nil {
			mu.Lock()
			s := stats
			mu.Unlock()
			opt.Progress(s)
		}
		chunk = chunk[:0]
	}
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			chunk = append(chunk, r)
			if len(chunk) >= 256 {
				flushChunk()
			}
		}
		if runErr != nil || ctx.Err() != nil {
			stopRead()
		}
	}
	flushChunk()
	if runErr == nil && stats.Stored > 0 {
		if in.coord != nil {
			// The bulk of the catch-up outside the lock, as in process.
			runErr = in.catchUp(context.WithoutCancel(ctx))
		}
		if in.coord != nil && runErr == nil {
			runErr = in.coord.Exclusive(context.WithoutCancel(ctx), func(ctx context.Context) error {
				// Consolidate what the store holds now, not what this
				// process last saw.
				if err := in.catchUp(ctx); err != nil {
					return err
				}
				in.consolidate()
				return in.flush(ctx, &stats, opt)
			})
		} else if in.coord == nil {
			in.consolidate()
		}
	}
	if runErr == nil {
		runErr = in.flush(context.WithoutCancel(ctx), &stats, opt)
	}
	if err := <-readErr; err != nil && runErr == nil && !errors.Is(err, context.Canceled) {
		runErr = err
	}
	opt.Logger.Debug("articles stored", "read", stats.Read, "stored", stats.Stored, "took", time.Since(started).Round(time.Millisecond))
	if runErr == nil {
		refreshStart := time.Now()
		if in.coord != nil {
			runErr = in.refreshShared(context.WithoutCancel(ctx), &stats)
		} else {
			runErr = in.refreshEvents(context.WithoutCancel(ctx), &stats)
		}
		opt.Logger.Debug("events summarised and verified", "events", stats.Events, "took", time.Since(refreshStart).Round(time.Millisecond))
	}
	stats.Relabelled = in.relabelled
	if runErr == nil && ctx.Err() != nil {
		runErr = ctx.Err()
	}
	if runErr == nil && stats.Failed > 0 {
		runErr = ErrSomeFailed
	}
	return stats, runErr
}

// analyze is the pure, parallel part: extract, entities, quotes, dates, fingerprint.
func analyze(j job, opt Options) result {
	d := j.doc
	a, err := extract.Extract(extract.Input{
		Source: d.Source, SourceID: d.SourceID, Format: d.Format, Raw: d.Raw, Body: d.Body,
		Title: d.Title, Outlet: d.Outlet, Author: d.Author, Published: d.Published, Lang: d.Lang, URL: d.URL,
		OutletFlag: cmp.Or(j.outlet, opt.OutletFlag),
	})
	if err != nil {
		var se *source.Error
		if !errors.As(err, &se) {
			err = &source.Error{Source: d.Source, Line: d.Line, Reason: err.Error(), Err: err}
		}
		return result{seq: j.seq, err: err}
	}
	if a.Format == "" {
		a.Format = d.Format
	}
	Analyze(a)
	// The clean text is joined once and shared by the fingerprint and the
	// cluster features.
	doc := clusterDoc(a)
	return result{seq: j.seq, art: a, doc: doc, sig: dedup.Sign(doc.Text), feat: cluster.Analyze(doc)}
}

// Analyze fills the entities, quotes and resolved date mentions of a.
func Analyze(a *article.Article) {
	ms := entity.Find(a.Lang, a.Title, a.Paragraphs)
	a.Entities = entity.Summarize(ms)
	a.Quotes = quote.Find(a.Lang, a.Paragraphs, ms)
	a.Dates = a.Dates[:0]
	if !a.Published.IsZero() {
		for i, p := range a.Paragraphs {
			for _, m := range when.Mentions(p, a.Published) {
				a.Dates = append(a.Dates, article.DateRef{Text: m.Text, Sentence: sentenceAt(p, m.Start, m.End), Start: m.From, End: m.To, Paragraph: i})
			}
		}
	}
}

// sentenceAt returns the sentence of p around the byte span [start, end).
func sentenceAt(p string, start, end int) string {
	s := start
	for s > 0 && !(p[s-1] == '.' || p[s-1] == '!' || p[s-1] == '?') {
		s--
	}
	e := end
	for e < len(p) && !(p[e] == '.' || p[e] == '!' || p[e] == '?') {
		e++
	}
	if e < len(p) {
		e++
	}
	for s < e && p[s] == ' ' {
		s++
	}
	return p[s:e]
}

// Coordinator is implemented by stores that several processes share (the
// PostgreSQL store). Assignment to duplicates and events is serialised
// across processes: each chunk is assigned and saved inside Exclusive,
// after catching up with what the other processes stored meanwhile, so no
// event is split because two workers founded it at the same moment.
// Events are refreshed outside Exclusive and their summaries written
// inside it, each only if the event's membership (EventMemberships, see
// store.Membership) is still the one the refresh read.
type Coordinator interface {
	Exclusive(ctx context.Context, fn func(ctx context.Context) error) error
	EachSince(ctx context.Context, afterSeq int64, fn func(a *article.Article, fingerprint []byte, seq int64) error) error
	EventMemberships(ctx context.Context, ids []string) (map[string]string, error)
}

// ingester holds the sequential state of a run: the dedup and cluster
// indexes and the batch being built.
type ingester struct {
	workers int // analysis goroutines of a restore or catch-up
	st      store.Store
	dd      *dedup.Index
	cl      *cluster.Clusterer
	seen    map[string]bool // ids stored or queued in this run
	batch   store.Batch
	touched map[string]bool // events changed in this run
	verify  *verify.Cache   // nil: claims built anew
	log     *slog.Logger
	coord   Coordinator // nil for a single-process store
	lastSeq int64       // with coord: the last stored article seen
	// relabelled counts articles moved to follow other processes.
	relabelled int

	sinceConsolidate int
}

func newIngester(ctx context.Context, st store.Store, opt Options) (*ingester, error) {
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	in := &ingester{
		workers: opt.Workers,
		st:      st,
		dd:      dedup.NewIndex(dedup.Config{}),
		cl:      cluster.New(cluster.DefaultConfig()),
		seen:    map[string]bool{},
		touched: map[string]bool{},
		verify:  opt.Verify,
		log:     opt.Logger,
	}
	in.resetBatch()
	var err error
	if c, ok := st.(Coordinator); ok {
		in.coord = c
		if ms, ok := st.(interface {
			MaxSeq(ctx context.Context) (int64, error)
		}); ok {
			// Restore the recent window and take the cursor under the
			// lock, so no other process's write falls between the two.
			err = c.Exclusive(ctx, func(ctx context.Context) error {
				seq, err := ms.MaxSeq(ctx)
				if err != nil {
					return err
				}
				in.lastSeq = seq
				return in.restoreRecent(ctx, opt.Restore)
			})
		} else {
			err = in.catchUp(ctx)
		}
	} else {
		err = in.restoreRecent(ctx, opt.Restore)
	}
	n := len(in.seen)
	if err != nil {
		return nil, fmt.Errorf("rebuild indexes: %w", err)
	}
	if n > 0 {
		in.log.Debug("indexes rebuilt", "articles", n)
	}
	stale, err := st.StaleEvents(ctx)
	if err != nil {
		return nil, err
	}
	for _, id := range stale {
		in.touched[id] = true
	}
	return in, nil
}

// restoreRecent rebuilds the indexes from the n most recent stored
// articles, analysed in parallel and restored in order.
func (in *ingester) restoreRecent(ctx context.Context, n int) error {
	return restoreParallel(ctx, in.workers, func(queue func(*stored) error) error {
		return in.st.EachRecent(ctx, n, func(a *article.Article, fp []byte) error {
			in.seen[a.ID] = true
			return queue(&stored{a: a, fp: fp, analyse: true})
		})
	}, in.restoreAnalysed)
}

// catchUp adds the articles other processes stored since the last call,
// and applies their relabels: an article seen before comes again when
// another process moved it to another event or storyline (an event or
// story merge, or a move by consolidation), and the clusterer follows.
// New articles are analysed in parallel, and applied in change order.
func (in *ingester) catchUp(ctx context.Context) error {
	relabelled := 0
	err := restoreParallel(ctx, in.workers, func(queue func(*stored) error) error {
		return in.coord.EachSince(ctx, in.lastSeq, func(a *article.Article, fp []byte, seq int64) error {
			isNew := !in.seen[a.ID]
			in.seen[a.ID] = true
			return queue(&stored{a: a, fp: fp, seq2: seq, analyse: isNew})
		})
	}, func(s *stored) {
		in.lastSeq = max(in.lastSeq, s.seq2)
		if s.analyse {
			in.restoreAnalysed(s)
		}
		if in.relabel(s.a) {
			relabelled++
		}
	})
	if err != nil {
		return fmt.Errorf("catch up: %w", err)
	}
	in.relabelled += relabelled
	if relabelled > 0 {
		in.log.Debug("relabels of other processes applied", "articles", relabelled)
	}
	return nil
}

// relabel makes the clusterer agree with a's stored event and story.
// An event this run touched that lost a's article to another event
// leaves the other one to refresh too.
func (in *ingester) relabel(a *article.Article) bool {
	if a.EventID == "" {
		return false
	}
	ev, story, ok := in.cl.Assigned(a.ID)
	if !ok || (ev == a.EventID && story == a.StoryID) {
		return false
	}
	if !in.cl.Relabel(clusterDoc(a), a.EventID, a.StoryID) {
		return false
	}
	if in.touched[ev] {
		in.touched[a.EventID] = true
	}
	return true
}

func (in *ingester) resetBatch() {
	in.batch = store.Batch{Fingerprints: map[string][]byte{}, EventMoves: map[string]string{}, StoryMoves: map[string]string{}, EventStories: map[string]string{}}
}

// process handles a chunk of results in input order. With a Coordinator
// the chunk is assigned and saved under the store-wide lock. Catching up
// with the other processes is done first without the lock (analysing
// their articles is most of its cost), then under it for what they wrote
// meanwhile: every write to a shared store is made under the lock, so
// change numbers commit in order and a read outside it sees a prefix of
// them, from which the cursor carries on.
func (in *ingester) process(ctx context.Context, chunk []result, stats *Stats, mu *sync.Mutex, bad func(error)) error {
	if in.coord == nil {
		return in.assign(ctx, chunk, stats, mu, bad)
	}
	if err := in.catchUp(ctx); err != nil {
		return err
	}
	return in.coord.Exclusive(ctx, func(ctx context.Context) error {
		if err := in.catchUp(ctx); err != nil {
			return err
		}
		if err := in.assign(ctx, chunk, stats, mu, bad); err != nil {
			return err
		}
		return in.flush(ctx, stats, Options{})
	})
}

// assign dedups and clusters a chunk and adds it to the batch.
func (in *ingester) assign(ctx context.Context, chunk []result, stats *Stats, mu *sync.Mutex, bad func(error)) error {
	ids := make([]string, 0, len(chunk))
	for _, r := range chunk {
		if r.err == nil && !in.seen[r.art.ID] {
			ids = append(ids, r.art.ID)
		}
	}
	known, err := in.st.Known(ctx, ids)
	if err != nil {
		return err
	}
	// Articles that carry their own date anchor events in time: within a
	// chunk they are assigned before undated ones, so an undated article
	// meets the events of its period rather than whichever came first.
	ordered := make([]result, 0, len(chunk))
	for _, r := range chunk {
		if r.err == nil && !r.art.Published.IsZero() {
			ordered = append(ordered, r)
		}
	}
	for _, r := range chunk {
		if r.err != nil || r.art.Published.IsZero() {
			ordered = append(ordered, r)
		}
	}
	for _, r := range ordered {
		mu.Lock()
		stats.Read++
		mu.Unlock()
		if r.err != nil {
			bad(r.err)
			continue
		}
		a := r.art
		stats.Bytes += int64(len(a.Raw))
		in.batch.Sources = append(in.batch.Sources, store.SourceRef{ArticleID: a.ID, Source: a.Source, SourceID: a.SourceID})
		if known[a.ID] || in.seen[a.ID] {
			stats.Known++
			continue
		}
		in.seen[a.ID] = true
		if id, _, ok := in.dd.Find(r.sig); ok {
			a.DuplicateOf = id
			stats.NearDupes++
		}
		in.dd.Add(a.ID, r.sig, a.Published)
		r.doc.DuplicateOf = a.DuplicateOf
		as := in.cl.AddAnalyzed(r.doc, r.feat)
		a.EventID, a.StoryID = as.EventID, as.StoryID
		in.touched[as.EventID] = true
		in.apply(as.Merged, as.EventID, as.StoryID, as.StoryMerged, as.Moved)
		if in.sinceConsolidate++; in.sinceConsolidate >= consolidateEvery {
			in.consolidate()
		}
		in.batch.Fingerprints[a.ID] = encodeSig(r.sig)
		in.batch.Articles = append(in.batch.Articles, a)
		stats.Stored++
	}
	if len(in.batch.Articles) >= 500 || len(in.batch.Sources) >= 2000 {
		return in.flush(ctx, stats, Options{})
	}
	return nil
}

// consolidateEvery is how many assigned articles pass between two
// consolidations of recent events.
const consolidateEvery = 2048

// apply records what clustering changed besides the new article: events
// merged into event, stories merged into story, single articles moved.
func (in *ingester) apply(merged []string, event, story string, storyMerged []string, moved []cluster.Move) {
	for _, old := range merged {
		in.moveEvent(old, event, story)
	}
	for _, old := range storyMerged {
		in.moveStory(old, story)
	}
	for _, m := range moved {
		in.touched[m.FromEvent] = true
		in.touched[m.ToEvent] = true
		queued := false
		for _, a := range in.batch.Articles {
			if a.ID == m.ArticleID {
				a.EventID, a.StoryID, queued = m.ToEvent, m.ToStory, true
			}
		}
		if !queued {
			in.batch.ArticleMoves = append(in.batch.ArticleMoves, store.ArticleMove{ArticleID: m.ArticleID, EventID: m.ToEvent, StoryID: m.ToStory})
		}
	}
}

// consolidate merges recent events that converged and re-checks recent articles.
func (in *ingester) consolidate() {
	in.sinceConsolidate = 0
	c := in.cl.Consolidate()
	for _, m := range c.Merged {
		in.moveEvent(m.From, m.Into, "")
	}
	for _, m := range c.StoryMerged {
		in.apply(nil, "", m.Into, []string{m.From}, nil)
	}
	in.apply(nil, "", "", nil, c.Moved)
}

// moveStory records that story from was merged into story to. Stories
// merged into from earlier in the batch now go to to as well: Save applies
// story moves in id order, and a chain s1 -> s2 -> s3 must not leave
// articles in s2.
func (in *ingester) moveStory(from, to string) {
	in.batch.StoryMoves[from] = to
	for k, v := range in.batch.StoryMoves {
		if v == from {
			in.batch.StoryMoves[k] = to
		}
	}
	for _, a := range in.batch.Articles {
		if a.StoryID == from {
			a.StoryID = to
		}
	}
	for i, m := range in.batch.ArticleMoves {
		if m.StoryID == from {
			in.batch.ArticleMoves[i].StoryID = to
		}
	}
}

// moveEvent records that event from was merged into event to: stored
// articles move when the batch is saved, queued ones now.
func (in *ingester) moveEvent(from, to, story string) {
	in.batch.EventMoves[from] = to
	for k, v := range in.batch.EventMoves {
		if v == from {
			in.batch.EventMoves[k] = to
		}
	}
	if story == "" {
		for _, a := range in.batch.Articles {
			if a.EventID == to {
				story = a.StoryID
				break
			}
		}
	}
	for _, a := range in.batch.Articles {
		if a.EventID == from {
			a.EventID = to
			if story != "" {
				a.StoryID = story
			}
		}
	}
	// Save applies event merges before single moves: a move into from,
	// queued earlier, must go to to.
	for i, m := range in.batch.ArticleMoves {
		if m.EventID == from {
			in.batch.ArticleMoves[i].EventID = to
			if story != "" {
				in.batch.ArticleMoves[i].StoryID = story
			}
		}
	}
	delete(in.touched, from)
	in.touched[to] = true
}

// flush writes the batch in one transaction.
func (in *ingester) flush(ctx context.Context, stats *Stats, _ Options) error {
	if len(in.batch.Articles) == 0 && len(in.batch.Sources) == 0 && len(in.batch.StoryMoves) == 0 && len(in.batch.EventMoves) == 0 && len(in.batch.ArticleMoves) == 0 {
		return nil
	}
	// Articles in this batch that moved story before being stored.
	for _, a := range in.batch.Articles {
		if to, ok := in.batch.StoryMoves[a.StoryID]; ok {
			a.StoryID = to
		}
	}
	// A merged event's articles take the story the clusterer holds the
	// surviving event in, not that of whichever stored article the store
	// would find first.
	for _, to := range in.batch.EventMoves {
		if s, ok := in.cl.EventStory(to); ok {
			in.batch.EventStories[to] = s
		}
	}
	if err := in.st.Save(ctx, &in.batch); err != nil {
		return err
	}
	in.resetBatch()
	return nil
}

// refreshed is one event refreshed from the articles it had when read.
type refreshed struct {
	ev      store.Event
	arts    []*article.Article
	members string // store.Membership of arts as read, before the refresh
}

// refreshEvents recomputes the summaries of touched events and their
// stories, infers dates of undated articles from their events, and
// verifies each touched event. Events are independent, so they are
// processed in parallel; results are written in batches.
func (in *ingester) refreshEvents(ctx context.Context, stats *Stats) error {
	ids := sortedKeys(in.touched)
	stats.Events = len(ids)
	storyIDs := map[string]bool{}
	err := in.refreshParallel(ctx, ids, func(group []refreshed) error {
		return in.saveRefreshed(ctx, group, storyIDs)
	})
	if err != nil {
		return err
	}
	return in.saveStories(ctx, storyIDs)
}

// saveRefreshed writes refreshed events with the articles their refresh
// changed, and records their stories in storyIDs.
func (in *ingester) saveRefreshed(ctx context.Context, group []refreshed, storyIDs map[string]bool) error {
	events := make([]store.Event, 0, len(group))
	var updated []*article.Article
	for _, r := range group {
		events = append(events, r.ev)
		updated = append(updated, r.arts...)
		storyIDs[r.ev.StoryID] = true
	}
	return in.st.SaveEvents(ctx, events, nil, updated)
}

// refreshChanged refreshes event id from its articles arts. The result
// keeps only the articles the refresh changed: refreshing an event whose
// articles did not change gives the same documents, which need not be
// written again (with several workers each refreshes every event it added
// to, so most events are refreshed more than once).
func refreshChanged(cache *verify.Cache, id string, arts []*article.Article) refreshed {
	members := store.Membership(arts)
	before := make([]derived, len(arts))
	for i, a := range arts {
		before[i] = derivedOf(a)
	}
	ev := refreshEvent(cache, id, arts)
	var changed []*article.Article
	for i, a := range arts {
		if !derivedOf(a).equal(before[i]) {
			changed = append(changed, a)
		}
	}
	return refreshed{ev: ev, arts: changed, members: members}
}

// derived is what an event refresh sets on an article: Summarize infers
// the publication time of undated articles and puts every article in the
// event's story; verification sets origin, flags and verification summary.
// Comparing these, not whole encoded documents, keeps refreshChanged off
// the per-article hot path (TestDerivedCoversRefresh checks that nothing
// else changes).
type derived struct {
	published, how, precision, from, story, origin string
	flags                                          []article.Flag
	verification                                   article.Verification
	verified                                       bool
}

func derivedOf(a *article.Article) derived {
	d := derived{published: a.PublishedString(), how: a.PublishedHow, precision: a.PublishedPrecision,
		from: a.PublishedFrom, story: a.StoryID, origin: a.Origin, flags: a.Flags}
	if a.Verification != nil {
		d.verification, d.verified = *a.Verification, true
	}
	return d
}

func (d derived) equal(e derived) bool {
	return d.published == e.published && d.how == e.how && d.precision == e.precision && d.from == e.from &&
		d.story == e.story && d.origin == e.origin && d.verified == e.verified && d.verification == e.verification &&
		flagsEqual(d.flags, e.flags)
}

func flagsEqual(a, b []article.Flag) bool {
	return slices.EqualFunc(a, b, func(x, y article.Flag) bool {
		return x.Kind == y.Kind && x.Text == y.Text && x.Reason == y.Reason && x.Paragraph == y.Paragraph && slices.Equal(x.Compared, y.Compared)
	})
}

// refreshShared is refreshEvents for a store several processes write.
// Reading an event's articles, summarising and verifying them (most of a
// run's CPU) happen outside the store-wide lock, so other workers assign
// meanwhile; each batch of results is written under the lock, and only for
// events whose membership (articles and their storylines) is still the one
// read: an event another process changed in between is refreshed again
// under the lock. So every summary written matches the event's articles at
// the moment it is written, and the last refresh of an event still comes
// after the last article anyone added to it (that process refreshes it
// after adding). Story summaries are computed under the lock at the end.
func (in *ingester) refreshShared(ctx context.Context, stats *Stats) error {
	ids := sortedKeys(in.touched)
	stats.Events = len(ids)
	storyIDs := map[string]bool{}
	again := 0
	err := in.refreshParallel(ctx, ids, func(group []refreshed) error {
		gids := make([]string, len(group))
		for i, r := range group {
			gids[i] = r.ev.ID
		}
		return in.coord.Exclusive(ctx, func(ctx context.Context) error {
			current, err := in.coord.EventMemberships(ctx, gids)
			if err != nil {
				return err
			}
			kept := group[:0]
			for _, r := range group {
				if current[r.ev.ID] != r.members {
					again++
					arts, err := in.st.EventArticles(ctx, r.ev.ID)
					if err != nil {
						return err
					}
					if len(arts) == 0 {
						continue // merged away meanwhile
					}
					r = refreshChanged(in.verify, r.ev.ID, arts)
				}
				kept = append(kept, r)
			}
			return in.saveRefreshed(ctx, kept, storyIDs)
		})
	})
	if err != nil {
		return err
	}
	if again > 0 {
		in.log.Debug("events changed by other processes while refreshed, refreshed again under the lock", "events", again)
	}
	return in.coord.Exclusive(ctx, func(ctx context.Context) error {
		return in.saveStories(ctx, storyIDs)
	})
}

// refreshParallel refreshes the events ids on GOMAXPROCS goroutines and
// hands the results to save in groups of about 1,000 changed articles (at
// most 250 events).
func (in *ingester) refreshParallel(ctx context.Context, ids []string, save func([]refreshed) error) error {
	type done struct {
		r   refreshed
		err error
	}
	work := make(chan string)
	procs := runtime.GOMAXPROCS(0)
	// Buffered, so refreshing goes on while a group is being saved.
	out := make(chan done, 4*procs)
	var wg sync.WaitGroup
	for range procs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range work {
				arts, err := in.st.EventArticles(ctx, id)
				if err != nil || len(arts) == 0 {
					out <- done{err: err}
					continue
				}
				out <- done{r: refreshChanged(in.verify, id, arts)}
			}
		}()
	}
	stop := make(chan struct{})
	go func() {
		defer close(work)
		for _, id := range ids {
			select {
			case work <- id:
			case <-ctx.Done():
				return
			case <-stop:
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()

	var group []refreshed
	articles := 0
	var firstErr error
	flush := func() {
		if firstErr == nil && len(group) > 0 {
			if firstErr = save(group); firstErr != nil {
				close(stop)
			}
		}
		group, articles = group[:0], 0
	}
	for d := range out {
		if d.err != nil && firstErr == nil {
			firstErr = d.err
			close(stop)
		}
		if d.r.ev.ID == "" {
			continue
		}
		group = append(group, d.r)
		articles += len(d.r.arts)
		if articles >= 1000 || len(group) >= 250 {
			flush()
		}
	}
	flush()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return firstErr
}

// saveStories recomputes and saves the summaries of the stories.
func (in *ingester) saveStories(ctx context.Context, storyIDs map[string]bool) error {
	var stories []store.Story
	for _, sid := range sortedKeys(storyIDs) {
		evs, err := in.st.StoryEvents(ctx, sid)
		if err != nil {
			return err
		}
		stories = append(stories, StorySummary(sid, evs))
	}
	return in.st.SaveEvents(ctx, nil, stories, nil)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// RefreshEvent derives an event's summary from its articles, infers the
// dates of its undated articles from it, and verifies it: the articles are
// updated in place (dates, origin, flags, verification summary).
func RefreshEvent(id string, arts []*article.Article) store.Event {
	return refreshEvent(nil, id, arts)
}

// refreshEvent is RefreshEvent taking claims from cache.
func refreshEvent(cache *verify.Cache, id string, arts []*article.Article) store.Event {
	ev := Summarize(id, arts)
	rep := cache.Event(arts)
	for _, a := range arts {
		ev.Flags += len(a.Flags)
	}
	if b, err := json.Marshal(rep); err == nil {
		ev.Claims = b
	}
	return ev
}

// Summarize derives an event's summary from its articles and sets the
// publication times of its undated articles, inferred from the event.
func Summarize(id string, arts []*article.Article) store.Event {
	docs := make([]cluster.Doc, len(arts))
	for i, a := range arts {
		docs[i] = clusterDoc(a)
	}
	for i, a := range arts {
		if a.PublishedHow != article.HowUnknown && !fromEvent(a) {
			continue
		}
		t, why, ok := cluster.InferDate(docs[i], docs)
		if !ok {
			continue
		}
		a.Published, a.PublishedHow, a.PublishedPrecision, a.PublishedFrom = t, article.HowInferred, article.PrecisionDay, "event "+id+": "+why
	}
	// All articles of an event belong to one story: the one most of them
	// are in (ties: the smallest id). Several processes, or a merge one
	// process did not see yet, can leave a few articles behind.
	story := majorityStory(arts)
	for _, a := range arts {
		a.StoryID = story
	}
	ev := store.Event{ID: id, StoryID: story, Articles: len(arts)}
	outlets := map[string]bool{}
	for _, a := range arts {
		if a.Outlet != "" && !outlets[a.Outlet] {
			outlets[a.Outlet] = true
			ev.Outlets = append(ev.Outlets, a.Outlet)
		}
		if !a.Published.IsZero() {
			if ev.Start.IsZero() || a.Published.Before(ev.Start) {
				ev.Start = a.Published
			}
			if a.Published.After(ev.End) {
				ev.End = a.Published
			}
		}
	}
	sort.Strings(ev.Outlets)
	if i := centralHeadline(arts); i >= 0 {
		ev.LabelArticle = arts[i].ID
		ev.Label = Headline(arts[i])
	}
	return ev
}

// majorityStory is the story most articles of an event are in.
func majorityStory(arts []*article.Article) string {
	n := map[string]int{}
	best := ""
	for _, a := range arts {
		n[a.StoryID]++
		if c := n[a.StoryID]; c > n[best] || (c == n[best] && a.StoryID < best) {
			best = a.StoryID
		}
	}
	return best
}

// centralHeadline picks the event's label: the headline (or, without a
// title, the lede's first sentence) sharing the most stemmed terms with
// the other members' headlines, preferring articles with a title and
// originals over reprints. Only the first 60 members are compared, so the
// cost stays bounded on big events.
func centralHeadline(arts []*article.Article) int {
	n := min(len(arts), 60)
	if n == 0 {
		return -1
	}
	sets := make([]map[string]bool, n)
	for i := range n {
		sets[i] = map[string]bool{}
		for _, t := range textid.Terms(arts[i].Lang, Headline(arts[i])) {
			sets[i][t] = true
		}
	}
	best, bestScore := 0, -1.0
	for i := range n {
		score := 0.0
		for j := range n {
			if i == j {
				continue
			}
			for t := range sets[i] {
				if sets[j][t] {
					score++
				}
			}
		}
		if len(sets[i]) > 0 {
			score /= float64(len(sets[i]))
		}
		if arts[i].Title != "" {
			score += 1000
		}
		if arts[i].DuplicateOf == "" {
			score += 100
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// fromEvent reports whether a's date was inferred from its event (and so may be re-inferred).
func fromEvent(a *article.Article) bool {
	return a.PublishedHow == article.HowInferred && len(a.PublishedFrom) > 6 && a.PublishedFrom[:6] == "event "
}

// Headline is the article's title, or its first sentence when it has none.
func Headline(a *article.Article) string {
	if a.Title != "" {
		return a.Title
	}
	if len(a.Paragraphs) == 0 {
		return ""
	}
	p := a.Paragraphs[0]
	s := sentenceAt(p, 0, 0)
	if len(s) > 160 {
		cut := 157
		for cut > 0 && (p[cut]&0xC0) == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// StorySummary derives a storyline's summary from its events.
func StorySummary(id string, evs []store.Event) store.Story {
	s := store.Story{ID: id, Events: len(evs)}
	best := -1
	for i, e := range evs {
		s.Articles += e.Articles
		if !e.Start.IsZero() && (s.Start.IsZero() || e.Start.Before(s.Start)) {
			s.Start = e.Start
		}
		if e.End.After(s.End) {
			s.End = e.End
		}
		if best < 0 || e.Articles > evs[best].Articles || (e.Articles == evs[best].Articles && e.End.After(evs[best].End)) {
			best = i
		}
	}
	if best >= 0 {
		s.Label = evs[best].Label
	}
	return s
}

func clusterDoc(a *article.Article) cluster.Doc {
	d := cluster.Doc{
		ID: a.ID, Lang: a.Lang, Title: a.Title, Text: a.Text(), Outlet: a.Outlet,
		Published: a.Published, DateKnown: !a.Published.IsZero() && !fromEvent(a),
		DuplicateOf: a.DuplicateOf,
	}
	for _, e := range a.Entities {
		d.Entities = append(d.Entities, e.ID)
	}
	return d
}

func encodeSig(sig dedup.Signature) []byte {
	if len(sig) == 0 {
		return nil
	}
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func decodeSig(b []byte) dedup.Signature {
	if len(b) == 0 || len(b)%4 != 0 {
		return nil
	}
	sig := make(dedup.Signature, len(b)/4)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig
}
