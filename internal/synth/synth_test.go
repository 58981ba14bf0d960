package synth

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestDeterministic(t *testing.T) {
	opts := Options{Events: 20, LangMix: 0.4, ReprintRate: 0.3, StoryEvents: 2, Furniture: true}
	a := Generate(42, 300, opts)
	b := Generate(42, 300, opts)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed: different output")
	}
	var c []Article
	if err := Each(42, 300, opts, func(i int, x Article) error {
		c = append(c, x)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, c) {
		t.Fatal("Each and Generate differ")
	}
	d := Generate(43, 300, opts)
	same := 0
	for i := range d {
		if d[i].Text == a[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Errorf("seed 43: %d of 300 texts equal to seed 42's", same)
	}
}

func TestDistributions(t *testing.T) {
	const n, events = 20_000, 1000
	start := time.Date(2024, 5, 1, 0, 0, 0, 0, WIB)
	span := 30 * 24 * time.Hour
	opts := Options{Events: events, LangMix: 0.3, ReprintRate: 0.2, StoryEvents: 3, Span: span, Start: start, Furniture: true}
	arts := Generate(7, n, opts)
	if len(arts) != n {
		t.Fatalf("got %d articles, want %d", len(arts), n)
	}
	size := map[string]int{}
	storyOf := map[string]string{}
	eventsOf := map[string]map[string]bool{}
	en, reprints := 0, 0
	var lens []int
	zones := map[string]int{}
	for _, a := range arts {
		size[a.Event]++
		if s, ok := storyOf[a.Event]; ok && s != a.Story {
			t.Fatalf("event %s in stories %s and %s", a.Event, s, a.Story)
		}
		storyOf[a.Event] = a.Story
		if eventsOf[a.Story] == nil {
			eventsOf[a.Story] = map[string]bool{}
		}
		eventsOf[a.Story][a.Event] = true
		if a.Lang == "en" {
			en++
		}
		if a.DuplicateOf != "" {
			reprints++
		}
		lens = append(lens, len(a.Text))
		zone, _ := a.Published.Zone()
		zones[zone]++
		if a.Published.Before(start) || a.Published.After(start.Add(span+5*24*time.Hour)) {
			t.Errorf("%s published %v, outside the span", a.ID, a.Published)
		}
		if a.Title == "" || a.Outlet == "" {
			t.Errorf("%s: empty title or outlet", a.ID)
		}
	}
	check := func(name string, got, lo, hi float64) {
		t.Logf("%-28s %.3f (want %.3f..%.3f)", name, got, lo, hi)
		if got < lo || got > hi {
			t.Errorf("%s = %.3f, want in [%.3f, %.3f]", name, got, lo, hi)
		}
	}
	check("distinct events", float64(len(size)), events, events)
	check("storylines", float64(len(eventsOf)), 334, 334)
	maxEv := 0
	for _, evs := range eventsOf {
		maxEv = max(maxEv, len(evs))
	}
	check("max events per storyline", float64(maxEv), 3, 3)
	check("English share", float64(en)/n, 0.27, 0.33)
	check("reprint share", float64(reprints)/n, 0.17, 0.21)
	slices.Sort(lens)
	check("text bytes p5", float64(lens[n/20]), 1800, 3000)
	check("text bytes p95", float64(lens[n*19/20]), 4000, 6000)
	sizes := make([]int, 0, len(size))
	for _, s := range size {
		sizes = append(sizes, s)
	}
	slices.Sort(sizes)
	check("largest / median event", float64(sizes[len(sizes)-1])/float64(sizes[len(sizes)/2]), 10, math.Inf(1))
	if zones["WIB"] == 0 || zones["UTC"] == 0 {
		t.Errorf("zones %v, want both WIB and UTC", zones)
	}
	// Articles come out in order of publication, reprints aside.
	last := time.Time{}
	for _, a := range arts {
		if a.DuplicateOf != "" {
			continue
		}
		if a.Published.Before(last) {
			t.Fatalf("%s published %v before the previous original (%v)", a.ID, a.Published, last)
		}
		last = a.Published
	}
}

func TestReprints(t *testing.T) {
	arts := Generate(3, 3000, Options{Events: 100, LangMix: 0.5, ReprintRate: 0.3, Furniture: true})
	byID := map[string]int{}
	n := 0
	for i, a := range arts {
		byID[a.ID] = i
		if a.DuplicateOf == "" {
			if a.Edits != nil {
				t.Errorf("%s: original with edits %v", a.ID, a.Edits)
			}
			continue
		}
		n++
		j, ok := byID[a.DuplicateOf]
		if !ok {
			t.Fatalf("%s reprints %s, not an earlier article", a.ID, a.DuplicateOf)
		}
		o := arts[j]
		if o.DuplicateOf != "" || o.Event != a.Event || o.Lang != a.Lang || o.Outlet == a.Outlet || a.Published.Before(o.Published) {
			t.Fatalf("reprint %s of %s: orig dup %q, event %s/%s, lang %s/%s, outlet %s/%s, time %v/%v",
				a.ID, o.ID, o.DuplicateOf, o.Event, a.Event, o.Lang, a.Lang, o.Outlet, a.Outlet, o.Published, a.Published)
		}
		if a.Edits[0] != "outlet" {
			t.Errorf("%s: edits %v, want outlet first", a.ID, a.Edits)
		}
		if slices.Contains(a.Edits, "title") == (a.Title == o.Title) {
			t.Errorf("%s: edits %v but title %q vs %q", a.ID, a.Edits, a.Title, o.Title)
		}
		// Most of the original's paragraphs are in the reprint.
		paras := strings.Split(o.Text, "\n\n")
		kept := 0
		for _, p := range paras {
			if strings.Contains(a.Text, p) {
				kept++
			}
		}
		if kept < len(paras)*6/10 {
			t.Errorf("%s keeps %d of %d paragraphs of %s", a.ID, kept, len(paras), o.ID)
		}
	}
	if n == 0 {
		t.Fatal("no reprints")
	}
}

func TestFurniture(t *testing.T) {
	with := Generate(5, 500, Options{Events: 30, LangMix: 0.5, ReprintRate: 0.2, Furniture: true})
	without := Generate(5, 500, Options{Events: 30, LangMix: 0.5, ReprintRate: 0.2})
	kinds := map[string]int{}
	for i, a := range with {
		if len(a.Furniture) == 0 {
			t.Errorf("%s: no furniture", a.ID)
		}
		for _, f := range a.Furniture {
			if !strings.Contains(a.Text, f) {
				t.Errorf("%s: furniture %q not in text", a.ID, f)
			}
			for _, k := range []string{"Baca juga: ", "Read also: ", "Copyright ©", " | ", " -- ", ") - ", "Penerjemah: ", "Editor: ", "Reporting by "} {
				if strings.Contains(f, k) {
					kinds[k]++
				}
			}
		}
		b := without[i]
		if b.Furniture != nil || strings.Contains(b.Text, "Copyright") || strings.Contains(b.Text, "Baca juga") {
			t.Errorf("%s without furniture: %v", b.ID, b.Furniture)
		}
		if b.Title != a.Title || b.Event != a.Event {
			t.Errorf("%s: furniture changed title or event", a.ID)
		}
	}
	for k, c := range kinds {
		t.Logf("furniture %q: %d", k, c)
	}
	if len(kinds) < 8 {
		t.Errorf("furniture kinds seen: %v, want all 9", kinds)
	}
}

func TestEventsDistinguishable(t *testing.T) {
	p := newPlan(11, 1, Options{Events: 12_000})
	seen := map[string]int{}
	for e, ev := range p.events {
		key := ev.place + "|" + ev.kwName + "|" + ev.actors[1].name + "|" + ev.actors[2].name
		if prev, ok := seen[key]; ok {
			t.Errorf("events %d and %d share place, landmark and actors", prev, e)
		}
		seen[key] = e
	}
	names := map[string]bool{}
	for _, ev := range p.events {
		for _, a := range ev.actors[1:] {
			names[a.name] = true
		}
	}
	t.Logf("12,000 events: %d distinct secondary actor names of %d", len(names), 3*len(p.events))
	if len(names) < 2*len(p.events) {
		t.Errorf("%d distinct names, want >= %d", len(names), 2*len(p.events))
	}
}

func TestEachStops(t *testing.T) {
	calls := 0
	err := Each(1, 100, Options{}, func(i int, a Article) error {
		calls++
		if i == 9 {
			return ErrStop
		}
		return nil
	})
	if err != nil || calls != 10 {
		t.Errorf("ErrStop: err %v, calls %d; want nil, 10", err, calls)
	}
	boom := errors.New("boom")
	err = Each(1, 100, Options{}, func(i int, a Article) error { return boom })
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom", err)
	}
	if got := Generate(1, 0, Options{}); len(got) != 0 {
		t.Errorf("n=0: %d articles", len(got))
	}
}

func TestWriters(t *testing.T) {
	arts := Generate(9, 20, Options{LangMix: 0.5, Furniture: true})
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, arts); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	i := 0
	for sc.Scan() {
		var rec map[string]string
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		a := arts[i]
		want := map[string]string{"id": a.ID, "title": a.Title, "text": a.Text, "outlet": a.Outlet, "published": a.Published.Format(time.RFC3339), "lang": a.Lang}
		if !reflect.DeepEqual(rec, want) {
			t.Errorf("line %d: got %v\nwant %v", i, rec, want)
		}
		if _, err := time.Parse(time.RFC3339, rec["published"]); err != nil {
			t.Errorf("line %d: published: %v", i, err)
		}
		i++
	}
	if i != len(arts) {
		t.Errorf("%d lines, want %d", i, len(arts))
	}

	dir := t.TempDir()
	if err := WriteText(dir, arts); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, arts[3].ID+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	if want := arts[3].Title + "\n\n" + arts[3].Text + "\n"; string(got) != want {
		t.Errorf("text file:\n%s\nwant\n%s", got, want)
	}

	buf.Reset()
	if err := WriteGold(&buf, arts); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != len(arts)+1 || !strings.HasPrefix(lines[0], "id\tevent\tstory\tduplicate_of") {
		t.Errorf("gold: %d lines, header %q", len(lines), lines[0])
	}
}

func BenchmarkEach(b *testing.B) {
	opts := Options{Events: 2000, LangMix: 0.3, ReprintRate: 0.15, StoryEvents: 3, Furniture: true}
	const n = 20_000
	var bytes int64
	cpu0 := cpuTime()
	for b.Loop() {
		bytes = 0
		_ = Each(1, n, opts, func(i int, a Article) error {
			bytes += int64(len(a.Text))
			return nil
		})
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	// CPU time (all threads, GC included) is steadier than wall time on a
	// shared machine.
	b.ReportMetric(float64(n)*float64(b.N)/(cpuTime()-cpu0).Seconds(), "articles/cpu-s")
	b.ReportMetric(float64(bytes)/n, "bytes/article")
}

// cpuTime is the user+system CPU time of the process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
