package cluster

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// synthStream generates a synthetic news stream: events that live for a
// while, each with its own topic words, names and numbers, written into
// ≈4 KB articles over a Zipf background vocabulary.
type synthStream struct {
	r      *rand.Rand
	zipf   *rand.Zipf
	vocab  []string
	events []synthEvent
	next   int
	t      time.Time
	// lastEvent is the gold event of the last article returned.
	lastEvent string
	nEvents   int
}

type synthEvent struct {
	id           string
	words, names []string
	nums         []string
	left         int
}

func newSynthStream(seed uint64) *synthStream {
	r := rand.New(rand.NewPCG(seed, 7))
	s := &synthStream{r: r, t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	syl := []string{"ka", "ri", "pu", "ta", "se", "mo", "lan", "dir", "bu", "ng", "ar", "ti", "ko", "me", "ra", "si", "tu", "ga", "pe", "no"}
	seen := map[string]bool{}
	for len(s.vocab) < 60000 {
		n := 2 + r.IntN(3)
		var b strings.Builder
		for range n {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			s.vocab = append(s.vocab, w)
		}
	}
	s.zipf = rand.NewZipf(r, 1.1, 2, uint64(len(s.vocab)-1))
	return s
}

func (s *synthStream) word() string { return s.vocab[s.zipf.Uint64()] }

func (s *synthStream) newEvent() synthEvent {
	s.nEvents++
	e := synthEvent{id: fmt.Sprint("g", s.nEvents), left: 1 + s.r.IntN(12)}
	for range 25 {
		e.words = append(e.words, s.vocab[1000+s.r.IntN(len(s.vocab)-1000)])
	}
	for range 4 {
		w := s.vocab[s.r.IntN(len(s.vocab))]
		e.names = append(e.names, strings.ToUpper(w[:1])+w[1:])
	}
	for range 3 {
		e.nums = append(e.nums, fmt.Sprint(10+s.r.IntN(5000)))
	}
	return e
}

// Doc returns the next article of the stream.
func (s *synthStream) Doc() Doc {
	if len(s.events) < 50 || s.r.IntN(4) == 0 {
		s.events = append(s.events, s.newEvent())
	}
	i := len(s.events) - 1 - s.r.IntN(min(len(s.events), 50))
	e := &s.events[i]
	e.left--
	s.lastEvent = e.id
	var b strings.Builder
	for b.Len() < 4000 {
		for j := range 12 {
			switch {
			case j == 0:
				b.WriteString(e.names[s.r.IntN(len(e.names))])
			case j == 5 && s.r.IntN(3) == 0:
				b.WriteString(e.nums[s.r.IntN(len(e.nums))])
			case s.r.IntN(4) == 0:
				b.WriteString(e.words[s.r.IntN(len(e.words))])
			default:
				b.WriteString(s.word())
			}
			b.WriteByte(' ')
		}
		b.WriteString(". ")
	}
	title := e.names[0] + " " + e.words[0] + " " + e.words[1] + " " + s.word()
	if e.left <= 0 {
		s.events[i] = s.events[len(s.events)-1]
		s.events = s.events[:len(s.events)-1]
	}
	s.next++
	s.t = s.t.Add(13 * time.Second)
	return Doc{ID: fmt.Sprintf("%016x", s.next), Lang: "id", Title: title, Text: b.String(),
		Published: s.t, DateKnown: s.next%3 == 0}
}

// BenchmarkAdd200k times Add (Analyze inline) over 200,000 articles;
// BenchmarkAddAnalyzed200k times AddAnalyzed alone, the way the pipeline
// calls it after Analyze in parallel workers.
func BenchmarkAdd200k(b *testing.B) { benchStream(b, false) }

func BenchmarkAddAnalyzed200k(b *testing.B) { benchStream(b, true) }

func benchStream(b *testing.B, preAnalyzed bool) {
	const chunk = 2000
	n := 200000
	if v, err := strconv.Atoi(os.Getenv("WARTA_BENCH_N")); err == nil && v > 0 {
		n = v // shorter runs for profiling
	}
	for range b.N {
		b.StopTimer()
		s := newSynthStream(1)
		c := New(DefaultConfig())
		docs := make([]Doc, chunk)
		feats := make([]Features, chunk)
		var elapsed time.Duration
		var peak uint64
		var ms runtime.MemStats
		for done := 0; done < n; done += chunk {
			for i := range docs {
				docs[i] = s.Doc()
				if preAnalyzed {
					feats[i] = Analyze(docs[i])
				}
			}
			b.StartTimer()
			t0 := time.Now()
			for i, d := range docs {
				if preAnalyzed {
					c.AddAnalyzed(d, feats[i])
				} else {
					c.Add(d)
				}
			}
			elapsed += time.Since(t0)
			b.StopTimer()
			if done%(20*chunk) == 0 {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		}
		st := c.Stats()
		b.ReportMetric(float64(n)/elapsed.Seconds(), "articles/s")
		b.ReportMetric(float64(peak)/(1<<20), "heapMB")
		b.ReportMetric(float64(st.ActiveEvents), "activeEvents")
		b.ReportMetric(float64(st.ActiveStories), "activeStories")
		b.ReportMetric(float64(st.IndexedDocs), "indexedDocs")
		b.ReportMetric(float64(len(c.evPost)+len(c.stPost)), "postingKeys")
	}
}
