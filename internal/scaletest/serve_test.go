package scaletest

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/store/postgres"
	"github.com/warta-news/warta/internal/store/postgres/pgtest"
	"github.com/warta-news/warta/internal/web"
)

// TestServeDuringIngest measures the event page on PostgreSQL while
// several ingest worker processes write to the same database: 32 clients
// open events (sampled from the latest 500, refreshed as ingest goes on)
// through a web server on loopback for as long as the workers run, then
// for the same time on the finished store. WARTA_SCALE_SERVE=N sets the
// corpus size; WARTA_SCALE_SERVE_WORKERS the number of workers (default
// 2); WARTA_SCALE_NICE=10 runs the workers at a lower CPU priority, as
// batch work sharing a machine with a web server should.
func TestServeDuringIngest(t *testing.T) {
	n := envInt("WARTA_SCALE_SERVE", 0)
	if n == 0 {
		t.Skip("set WARTA_SCALE_SERVE=N to measure")
	}
	workers := envInt("WARTA_SCALE_SERVE_WORKERS", 2)
	const clients = 32
	db := pgtest.URL(t)
	c, err := WriteCorpus(t.TempDir(), 13, n, workers, 0.5)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st, err := postgres.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := web.New(web.Config{Store: st, Search: search.New(st), Logger: slog.New(slog.DiscardHandler)})
	srv := httptest.NewServer(h)
	defer srv.Close()
	hc := srv.Client()
	hc.Transport.(*http.Transport).MaxIdleConnsPerHost = clients

	// ids holds the events clients pick from, refreshed from the store.
	var ids atomic.Pointer[[]string]
	refresh := func() {
		evs, err := st.RecentEvents(ctx, 500, 0)
		if err != nil || len(evs) == 0 {
			return
		}
		list := make([]string, len(evs))
		for i, e := range evs {
			list[i] = e.ID
		}
		ids.Store(&list)
	}
	run := func(stop <-chan struct{}) (lat []time.Duration, errs, notFound int) {
		var mu sync.Mutex
		var wg sync.WaitGroup
		for w := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				rng := rand.New(rand.NewPCG(uint64(w), 7))
				for {
					select {
					case <-stop:
						return
					default:
					}
					list := ids.Load()
					if list == nil {
						time.Sleep(50 * time.Millisecond)
						continue
					}
					id := (*list)[rng.IntN(len(*list))]
					start := time.Now()
					resp, err := hc.Get(srv.URL + "/events/" + url.PathEscape(id))
					code := 0
					if err == nil {
						_, err = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						code = resp.StatusCode
					}
					el := time.Since(start)
					mu.Lock()
					switch {
					case err != nil || (code != 200 && code != 404):
						errs++
					case code == 404: // merged away since the list was read
						notFound++
					default:
						lat = append(lat, el)
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		return lat, errs, notFound
	}
	report := func(name string, lat []time.Duration, errs, notFound int, el time.Duration) {
		slices.Sort(lat)
		p := func(q int) time.Duration {
			if len(lat) == 0 {
				return 0
			}
			return lat[min(len(lat)-1, len(lat)*q/100)].Round(100 * time.Microsecond)
		}
		cs := h.CacheStats()
		t.Logf("%-28s %2d clients %6d pages %5.0f/s  p50 %v  p90 %v  p99 %v  max %v  (%d not found, %d errors; page cache so far: %d hits, %d of them stale, %d misses)",
			name, clients, len(lat), float64(len(lat))/el.Seconds(), p(50), p(90), p(99), p(100), notFound, errs, cs.Hits, cs.Stale, cs.Misses)
		if errs > 0 {
			t.Errorf("%s: %d failed requests", name, errs)
		}
	}

	// During ingest.
	groups := make([][]string, workers)
	for i, p := range c.Parts {
		groups[i%workers] = append(groups[i%workers], p)
	}
	stop := make(chan struct{})
	refreshed := make(chan struct{})
	go func() {
		defer close(refreshed)
		for {
			refresh()
			select {
			case <-stop:
				return
			case <-time.After(500 * time.Millisecond):
			}
		}
	}()
	type result struct {
		lat           []time.Duration
		errs, missing int
	}
	during := make(chan result, 1)
	go func() {
		lat, errs, nf := run(stop)
		during <- result{lat, errs, nf}
	}()
	stats, el := runWorkers(t, db, groups)
	close(stop)
	<-refreshed
	r := <-during
	t.Logf("ingest: %d workers, %d articles read, %d stored in %.1fs (%.0f articles/s) while serving", workers, stats.Read, stats.Stored,
		el.Seconds(), float64(stats.Read)/el.Seconds())
	report("event page during ingest", r.lat, r.errs, r.missing, el)

	// The finished store, same duration (capped), cache as ingest left it.
	refresh()
	idle := min(el, 20*time.Second)
	stop2 := make(chan struct{})
	time.AfterFunc(idle, func() { close(stop2) })
	lat, errs, nf := run(stop2)
	report("event page after ingest", lat, errs, nf, idle)
}
