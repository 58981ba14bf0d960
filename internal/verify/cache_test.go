package verify

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/warta-news/warta/internal/article"
)

// namedEvent is one event of the equivalence tests.
type namedEvent struct {
	name string
	arts []*article.Article
}

// equivalenceEvents gathers the events whose reports must not depend on
// the cache: every hand-written case, the seeds, the id-hoax-600 topics
// (when the shared corpus is present) and generated events, one big.
func equivalenceEvents(t testing.TB) []namedEvent {
	t.Helper()
	var evs []namedEvent
	for _, c := range loadCases(t) {
		arts := make([]*article.Article, len(c.keys))
		for i, k := range c.keys {
			arts[i] = c.arts[k]
		}
		evs = append(evs, namedEvent{c.file + "/" + c.name, arts})
	}
	if seeds := trySeeds(); len(seeds) > 0 {
		evs = append(evs, namedEvent{"seeds", seeds})
	}
	if hoax := tryHoax(t); len(hoax) > 0 {
		topics := make([]string, 0, len(hoax))
		for k := range hoax {
			topics = append(topics, k)
		}
		sort.Strings(topics)
		for _, k := range topics {
			evs = append(evs, namedEvent{"hoax/" + k, hoax[k]})
		}
	}
	evs = append(evs, namedEvent{"synth-50", synthEvent(50)})
	evs = append(evs, namedEvent{"synth-60-sources", synthEventWith(60, 0, false)})
	if !testing.Short() {
		evs = append(evs, namedEvent{"synth-500", synthEvent(500)})
	}
	return evs
}

// trySeeds loads seeds 000-002 as one event, or nothing when absent.
func trySeeds() (out []*article.Article) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	var sk skipTB
	return loadSeeds(&sk, "000", "001", "002")
}

// tryHoax loads the id-hoax-600 topics, or nothing when absent.
func tryHoax(t testing.TB) (out map[string][]*article.Article) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	sk := skipTB{TB: t}
	ev, _ := loadHoax(&sk)
	return ev
}

// skipTB turns Skip into a panic that try* recover from, so a missing
// shared corpus drops its events instead of skipping the whole test.
type skipTB struct{ testing.TB }

func (s *skipTB) Helper()                   {}
func (s *skipTB) Skipf(string, ...any)      { panic("skip") }
func (s *skipTB) Fatal(args ...any)         { panic(fmt.Sprint(args...)) }
func (s *skipTB) Fatalf(f string, a ...any) { panic(fmt.Sprintf(f, a...)) }

// cloneArts copies the articles (Event writes Origin, Flags and
// Verification in place), sharing their read-only text.
func cloneArts(arts []*article.Article) []*article.Article {
	out := make([]*article.Article, len(arts))
	for i, a := range arts {
		c := *a
		c.Flags, c.Verification, c.Origin = nil, nil, ""
		out[i] = &c
	}
	return out
}

// reportJSON is everything Event produces: the report and what it sets on
// each article.
func reportJSON(t testing.TB, arts []*article.Article, rep Report) []byte {
	t.Helper()
	type artOut struct {
		ID           string
		Origin       string
		Flags        []article.Flag
		Verification *article.Verification
	}
	out := struct {
		Report   Report
		Articles []artOut
	}{Report: rep}
	for _, a := range arts {
		out.Articles = append(out.Articles, artOut{a.ID, a.Origin, a.Flags, a.Verification})
	}
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatalf("marshal report: %v", err)
	}
	return b
}

// TestCacheSameReports verifies every event without the cache and with it
// in several states, and requires the same JSON: claims come from the
// cache with this event's feature ids, so weights, orders and labels must
// not change.
func TestCacheSameReports(t *testing.T) {
	events := equivalenceEvents(t)
	shared := NewCache(1 << 30) // across events, as in the pipeline
	tests := []struct {
		name string
		run  func(arts []*article.Article) Report
	}{
		{"cold", func(arts []*article.Article) Report { return NewCache(1 << 30).Event(arts) }},
		{"warm", func(arts []*article.Article) Report {
			c := NewCache(1 << 30)
			c.Event(cloneArts(arts))
			return c.Event(arts)
		}},
		{"evicting", func(arts []*article.Article) Report {
			c := NewCache(256 << 10)
			c.Event(cloneArts(arts))
			return c.Event(arts)
		}},
		{"after-adding-one", func(arts []*article.Article) Report {
			c := NewCache(1 << 30)
			c.Event(cloneArts(arts[:len(arts)-1]))
			return c.Event(arts)
		}},
		{"reversed-warm", func(arts []*article.Article) Report {
			c := NewCache(1 << 30)
			c.Event(cloneArts(slicesReversed(arts)))
			return c.Event(arts)
		}},
		{"shared-across-events", func(arts []*article.Article) Report { return shared.Event(arts) }},
		{"concurrent", func(arts []*article.Article) Report {
			c := NewCache(1 << 30)
			done := make(chan struct{})
			go func() { c.Event(cloneArts(arts)); close(done) }()
			rep := c.Event(arts)
			<-done
			return rep
		}},
	}
	for _, ev := range events {
		if len(ev.arts) == 0 {
			continue
		}
		direct := cloneArts(ev.arts)
		want := reportJSON(t, direct, (*Cache)(nil).Event(direct))
		for _, tt := range tests {
			arts := cloneArts(ev.arts)
			got := reportJSON(t, arts, tt.run(arts))
			if !bytes.Equal(got, want) {
				t.Errorf("%s, %s: report differs from the uncached one at byte %d of %d", ev.name, tt.name, firstDiff(got, want), len(want))
			}
		}
	}
	if s := shared.Stats(); s.Hits == 0 || s.Entries == 0 {
		t.Errorf("shared cache unused: %+v", s)
	}
}

func slicesReversed(arts []*article.Article) []*article.Article {
	out := make([]*article.Article, len(arts))
	for i, a := range arts {
		out[len(arts)-1-i] = a
	}
	return out
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestCacheBounded: the cache stays within its budget, evicts the least
// recently used entries, and a changed text is a new entry.
func TestCacheBounded(t *testing.T) {
	arts := synthEvent(60)
	c := NewCache(256 << 10)
	c.Event(arts)
	s := c.Stats()
	if s.Bytes > 256<<10 || s.Entries == 0 || s.Entries >= len(arts) {
		t.Fatalf("60 articles in a 256 KB cache: %+v", s)
	}
	a := *arts[len(arts)-1]
	b1 := c.get(&a)
	a.Paragraphs = append(slices.Clone(a.Paragraphs), "Satu kalimat lagi ditambahkan pada Senin.")
	if b2 := c.get(&a); b2 == b1 {
		t.Error("changed text got the cached claims of the old one")
	}
	a.Lang = "en"
	if b3 := c.get(&a); b3 == b1 || b3.lang != "en" {
		t.Error("changed language got cached claims of another")
	}
}
