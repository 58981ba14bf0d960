package pipeline

import (
	"context"
	"runtime"
	"sync"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/cluster"
	"github.com/warta-news/warta/internal/dedup"
)

// stored is one stored article on its way back into the indexes.
type stored struct {
	seq  int
	a    *article.Article
	fp   []byte
	seq2 int64 // the store's change number (catch-up), else 0
	// analyse: the article is new to the indexes, its features are needed.
	analyse bool
	sig     dedup.Signature
	doc     cluster.Doc
	feat    cluster.Features
}

// restoreParallel re-analyses stored articles on workers goroutines and
// applies them in the order given, on one goroutine: feed is called with
// a function that queues one article (analyse says whether its features
// are needed), apply receives each in order. The features are pure, and
// the indexes change only in apply, so the result is that of a
// sequential restore. An error of feed (or a cancelled ctx) is returned
// once the articles queued so far are applied.
func restoreParallel(ctx context.Context, workers int, feed func(queue func(s *stored) error) error, apply func(s *stored)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan *stored, 64*workers)
	done := make(chan *stored, 64*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				if s.analyse {
					s.sig = decodeSig(s.fp)
					s.doc = clusterDoc(s.a)
					s.feat = cluster.Analyze(s.doc)
				}
				done <- s
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	applied := make(chan struct{})
	go func() {
		defer close(applied)
		pending := map[int]*stored{}
		next := 0
		for s := range done {
			pending[s.seq] = s
			for {
				x, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				apply(x)
			}
		}
	}()
	n := 0
	err := feed(func(s *stored) error {
		s.seq = n
		select {
		case jobs <- s:
			n++
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(jobs)
	<-applied
	return err
}

// restoreAnalysed adds a stored article, analysed by restoreParallel, to
// the in-memory indexes.
func (in *ingester) restoreAnalysed(s *stored) {
	if s.sig != nil {
		in.dd.Add(s.a.ID, s.sig, s.a.Published)
	}
	in.cl.RestoreAnalyzed(s.doc, s.feat, s.a.EventID, s.a.StoryID)
}
