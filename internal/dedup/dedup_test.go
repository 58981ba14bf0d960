package dedup

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"
)

var t0 = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

func TestSignShape(t *testing.T) {
	tests := []struct {
		text     string
		shingles int
	}{
		{"", 0},
		{" ,.;- ", 0},
		{"banjir", 1},
		{"banjir besar", 1},
		{"banjir besar melanda", 1},
		{"banjir besar melanda kota", 2},
		{"a b c a b c a b c", 3}, // abc, bca, cab repeat
	}
	for _, tt := range tests {
		sig := Sign(tt.text)
		if len(sig) != SigLen {
			t.Fatalf("Sign(%q): len %d, want %d", tt.text, len(sig), SigLen)
		}
		if got := sig.Shingles(); got != tt.shingles {
			t.Errorf("Sign(%q).Shingles() = %d, want %d", tt.text, got, tt.shingles)
		}
	}
}

// TestSignStable pins signature values: they are stored, so a change in
// hashing must be deliberate (and means recomputing stored signatures).
func TestSignStable(t *testing.T) {
	sig := Sign("Banjir merendam ratusan rumah di tepi sungai")
	got := fmt.Sprint(sig[:4], sig[Perms])
	const want = "[924484936 1730442575 107148335 480796339] 5"
	if got != want {
		t.Errorf("Sign(...)[:4], count = %s, want %s", got, want)
	}
}

func TestSignNormalises(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Hello, World! The fire spread.", "hello world the fire spread", true},
		{"JAKARTA—Banjir   merendam\n\nrumah warga", "jakarta banjir merendam rumah warga", true},
		{"Über Café in Zürich", "über café in zürich", true},
		{"Rp 1.500.000 untuk 3 korban", "rp 1 500 000 untuk 3 korban", true},
		{"banjir merendam rumah warga", "banjir merendam rumah petani", false},
		{"fire in the harbour district", "fire in the harbor district", false},
	}
	for _, tt := range tests {
		same := Similar(Sign(tt.a), Sign(tt.b)) == 1
		if same != tt.same {
			t.Errorf("Similar(%q, %q) == 1: %v, want %v", tt.a, tt.b, same, tt.same)
		}
	}
}

// randomText draws n words from a vocabulary of size v.
func randomText(r *rand.Rand, n, v int) string {
	var sb strings.Builder
	for range n {
		fmt.Fprintf(&sb, "w%d ", r.IntN(v))
	}
	return sb.String()
}

func TestSimilarEstimate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var sumErr, maxErr float64
	const trials = 200
	for i := range trials {
		a := randomText(r, 400, 5000)
		// keep a prefix of a, then new words: a spread of similarities
		words := strings.Fields(a)
		keep := 20 + i*380/trials
		b := strings.Join(words[:keep], " ") + " " + randomText(r, 400-keep, 5000)
		exact := exactJaccard(a, b, Shingle)
		est := Similar(Sign(a), Sign(b))
		e := math.Abs(est - exact)
		sumErr += e
		maxErr = max(maxErr, e)
	}
	mean := sumErr / trials
	t.Logf("MinHash estimate vs exact Jaccard: mean abs error %.3f, max %.3f", mean, maxErr)
	// Standard error of a 128-value estimate is at most 0.044.
	if mean > 0.045 || maxErr > 0.2 {
		t.Errorf("estimate error mean %.3f max %.3f, want <= 0.045 and <= 0.2", mean, maxErr)
	}
}

func TestContainment(t *testing.T) {
	a := readFixture(t, "banjir_a.txt")
	ps := paragraphs(a)
	half := strings.Join(ps[:len(ps)/2], "\n\n")
	c := Containment(Sign(half), Sign(a))
	j := Similar(Sign(half), Sign(a))
	t.Logf("first half vs whole: Jaccard %.2f containment %.2f", j, c)
	if c < 0.8 || j > 0.7 {
		t.Errorf("first half vs whole: containment %.2f (want >= 0.8), Jaccard %.2f (want <= 0.7)", c, j)
	}
	if got := Containment(Sign(a), Sign(readFixture(t, "banjir_b.txt"))); got > 0.3 {
		t.Errorf("independent texts: containment %.2f, want <= 0.3", got)
	}
}

func TestEditsFound(t *testing.T) {
	fixtures := []string{"banjir_a.txt", "banjir_b.txt", "fire_a.txt", "fire_b.txt"}
	for _, name := range fixtures {
		orig := readFixture(t, name)
		for _, e := range edits {
			x := NewIndex(Config{})
			x.Add("orig", Sign(orig), t0)
			x.Add("other", Sign(readFixture(t, otherFixture(name))), t0)
			edited := e.fn(orig)
			id, sim, ok := x.Find(Sign(edited))
			exact := exactJaccard(orig, edited, Shingle)
			if !ok || id != "orig" {
				t.Errorf("%s, %s: Find = %q, %.2f, %v; want orig (exact J %.2f)", name, e.name, id, sim, ok, exact)
				continue
			}
			t.Logf("%-12s %-24s est %.2f exact %.2f", name, e.name, sim, exact)
		}
	}
}

// otherFixture is the independent report of the same event.
func otherFixture(name string) string {
	return map[string]string{
		"banjir_a.txt": "banjir_b.txt", "banjir_b.txt": "banjir_a.txt",
		"fire_a.txt": "fire_b.txt", "fire_b.txt": "fire_a.txt",
	}[name]
}

func TestIndependentReportsNotFound(t *testing.T) {
	for _, pair := range [][2]string{{"banjir_a.txt", "banjir_b.txt"}, {"fire_a.txt", "fire_b.txt"}} {
		a, b := readFixture(t, pair[0]), readFixture(t, pair[1])
		x := NewIndex(Config{})
		x.Add(pair[0], Sign(a), t0)
		if id, sim, ok := x.Find(Sign(b)); ok {
			t.Errorf("%s vs %s: found %q at %.2f, want no match", pair[0], pair[1], id, sim)
		}
		t.Logf("%s vs %s: estimated J %.2f, exact %.2f", pair[0], pair[1], Similar(Sign(a), Sign(b)), exactJaccard(a, b, Shingle))
	}
}

func TestShortTexts(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"identical caption", "Foto: Warga mengungsi ke balai desa setelah banjir", "Foto: Warga mengungsi ke balai desa setelah banjir", true},
		{"one word changed, short", "Warga Desa Karang Anyar mengungsi ke balai desa setelah banjir besar melanda pada Selasa malam", "Warga Desa Karang Anyar mengungsi ke masjid desa setelah banjir besar melanda pada Selasa malam", false},
		{"same template different facts", "Harga emas hari ini naik Rp 5.000 menjadi Rp 1.200.000 per gram", "Harga emas hari ini turun Rp 3.000 menjadi Rp 1.150.000 per gram", false},
	}
	for _, tt := range tests {
		x := NewIndex(Config{})
		x.Add("a", Sign(tt.a), t0)
		_, sim, ok := x.Find(Sign(tt.b))
		if ok != tt.want {
			t.Errorf("%s: found %v (J %.2f), want %v", tt.name, ok, sim, tt.want)
		}
	}
	// The same one-word change in a long text is a near-duplicate.
	long := readFixture(t, "fire_a.txt")
	x := NewIndex(Config{})
	x.Add("a", Sign(long), t0)
	if _, _, ok := x.Find(Sign(strings.Replace(long, "timber", "wooden", 1))); !ok {
		t.Error("one word changed in a long text: not found")
	}
}

func TestThresholdRamp(t *testing.T) {
	x := NewIndex(Config{Threshold: 0.5})
	tests := []struct {
		words int
		want  float64
	}{{1, 1}, {30, 0.5}, {100, 0.5}, {0, 1}}
	for _, tt := range tests {
		got := x.threshold(tt.words)
		if tt.words == 0 {
			got = min(got, 1)
		}
		if math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("threshold(%d) = %.3f, want %.3f", tt.words, got, tt.want)
		}
	}
	if got := x.threshold(15); got <= 0.5 || got >= 1 {
		t.Errorf("threshold(15) = %.3f, want between 0.5 and 1", got)
	}
}

func TestIndexLifecycle(t *testing.T) {
	texts := []string{readFixture(t, "banjir_a.txt"), readFixture(t, "banjir_b.txt"), readFixture(t, "fire_a.txt"), readFixture(t, "fire_b.txt")}
	x := NewIndex(Config{})
	for i, s := range texts {
		x.Add(fmt.Sprint("d", i), Sign(s), t0.Add(time.Duration(i)*time.Hour))
	}
	x.Add("empty", Sign(""), t0)  // ignored
	x.Add("", Sign(texts[0]), t0) // ignored
	if got := x.Len(); got != 4 {
		t.Fatalf("Len = %d, want 4", got)
	}
	// Re-adding an id replaces it.
	x.Add("d0", Sign(texts[0]), t0.Add(10*time.Hour))
	if got := x.Len(); got != 4 {
		t.Fatalf("Len after re-add = %d, want 4", got)
	}
	x.Evict(t0.Add(2 * time.Hour)) // drops d1 (1h); d0 is now at 10h
	if got := x.Len(); got != 3 {
		t.Fatalf("Len after Evict = %d, want 3", got)
	}
	if _, _, ok := x.Find(Sign(texts[1])); ok {
		t.Error("evicted d1 still found")
	}
	if id, _, ok := x.Find(Sign(texts[0])); !ok || id != "d0" {
		t.Errorf("Find(d0 text) = %q, %v; want d0", id, ok)
	}
	if !x.Remove("d2") || x.Remove("d2") {
		t.Error("Remove(d2): want true then false")
	}
	if m, ok := x.FindMatch(Sign(texts[3])); !ok || m.ID != "d3" || m.Similarity != 1 || m.Containment != 1 || !m.At.Equal(t0.Add(3*time.Hour)) {
		t.Errorf("FindMatch(d3 text) = %+v, %v", m, ok)
	}
	x.Evict(t0.Add(100 * time.Hour))
	if got := x.Len(); got != 0 {
		t.Fatalf("Len after evicting all = %d, want 0", got)
	}
	// Slots are reused.
	x.Add("again", Sign(texts[2]), t0)
	if id, _, ok := x.Find(Sign(texts[2])); !ok || id != "again" {
		t.Errorf("after reuse: Find = %q, %v", id, ok)
	}
}

// TestSharedBuckets adds many copies of one text: they share every band
// bucket (overflow lists), and removal must keep the lists consistent.
func TestSharedBuckets(t *testing.T) {
	text := readFixture(t, "fire_a.txt")
	sig := Sign(text)
	x := NewIndex(Config{})
	for i := range 300 {
		x.Add(fmt.Sprint("c", i), sig, t0.Add(time.Duration(i)*time.Minute))
	}
	all := x.FindAll(sig)
	if len(all) != maxPerBucket {
		t.Errorf("FindAll: %d matches, want the %d most recent", len(all), maxPerBucket)
	}
	x.Evict(t0.Add(299 * time.Minute))
	if got := x.Len(); got != 1 {
		t.Fatalf("Len = %d, want 1", got)
	}
	if id, _, ok := x.Find(sig); !ok || id != "c299" {
		t.Errorf("Find = %q, %v; want c299", id, ok)
	}
	if len(x.freeL) != len(x.lists) {
		t.Errorf("%d of %d overflow lists free, want all", len(x.freeL), len(x.lists))
	}
}

// TestEvictOrder adds entries out of time order, removes and replaces
// some, and checks Evict against a plain scan after every step.
func TestEvictOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	x := NewIndex(Config{})
	want := map[string]time.Time{}
	for step := range 3000 {
		id := fmt.Sprint("e", r.IntN(800))
		switch k := r.IntN(10); {
		case k < 6:
			at := t0.Add(time.Duration(r.IntN(10_000)) * time.Second)
			x.Add(id, randomSig(r), at)
			want[id] = at
		case k < 7:
			if x.Remove(id) != (want[id] != time.Time{}) {
				t.Fatalf("step %d: Remove(%s) disagrees", step, id)
			}
			delete(want, id)
		default:
			before := t0.Add(time.Duration(step*3) * time.Second)
			x.Evict(before)
			for id, at := range want {
				if at.Before(before) {
					delete(want, id)
				}
			}
		}
		if x.Len() != len(want) {
			t.Fatalf("step %d: Len = %d, want %d", step, x.Len(), len(want))
		}
	}
	if len(x.byAge) > 2*len(want)+1024 {
		t.Errorf("heap holds %d items for %d entries", len(x.byAge), len(want))
	}
}

func TestFindAllOrder(t *testing.T) {
	a := readFixture(t, "banjir_a.txt")
	x := NewIndex(Config{})
	x.Add("copy-late", Sign(a), t0.Add(time.Hour))
	x.Add("copy-early", Sign(a), t0)
	x.Add("edited", Sign(insertLine(a)), t0)
	x.Add("other", Sign(readFixture(t, "banjir_b.txt")), t0)
	var got []string
	for _, m := range x.FindAll(Sign(a)) {
		got = append(got, m.ID)
	}
	want := "copy-early copy-late edited"
	if strings.Join(got, " ") != want {
		t.Errorf("FindAll order = %v, want %s", got, want)
	}
}

func TestConcurrent(t *testing.T) {
	texts := []string{readFixture(t, "banjir_a.txt"), readFixture(t, "fire_a.txt")}
	x := NewIndex(Config{})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 200 {
				s := texts[(g+i)%2]
				x.Add(fmt.Sprint(g, "-", i), Sign(s), t0.Add(time.Duration(i)*time.Second))
				x.Find(Sign(s))
				if i%50 == 49 {
					x.Evict(t0.Add(time.Duration(i-20) * time.Second))
				}
				x.Len()
			}
		})
	}
	wg.Wait()
	x.Evict(t0.Add(time.Hour))
	if x.Len() != 0 {
		t.Errorf("Len = %d after evicting all, want 0", x.Len())
	}
}

func FuzzSign(f *testing.F) {
	f.Add("Banjir merendam ratusan rumah warga, kata Rudi.")
	f.Add("")
	f.Add("Über Café — «quoted» ١٢٣ 漢字 text\x00\xff\xfe")
	f.Add(strings.Repeat("a ", 1000))
	f.Fuzz(func(t *testing.T, s string) {
		sig := Sign(s)
		if len(sig) != SigLen {
			t.Fatalf("len %d", len(sig))
		}
		again := Sign(s)
		if Similar(sig, again) != 1 && sig.Shingles() > 0 {
			t.Fatalf("not deterministic")
		}
		if sig.Shingles() > len(strings.Fields(s))+len(s) {
			t.Fatalf("%d shingles from %d bytes", sig.Shingles(), len(s))
		}
		// Case and punctuation do not matter.
		if sig.Shingles() > 0 && Similar(sig, Sign(strings.ToUpper(s)+" .")) != 1 {
			// ToUpper can change letters irreversibly (e.g. 'ı'); only ASCII must hold.
			if isASCII(s) {
				t.Fatalf("upper-case ASCII text signs differently")
			}
		}
	})
}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
