package when

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const seedDir = "../../../shared/seeds"

// readSeed returns the seed whose file name starts with prefix, skipping
// the test when the seed folder is absent.
func readSeed(t *testing.T, prefix string) string {
	t.Helper()
	if _, err := os.Stat(seedDir); err != nil {
		t.Skipf("seed folder %s absent: %v", seedDir, err)
	}
	files, err := filepath.Glob(filepath.Join(seedDir, prefix+"_*.txt"))
	if err != nil || len(files) != 1 {
		t.Fatalf("seed %s: found %d files (%v)", prefix, len(files), err)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatalf("read seed: %v", err)
	}
	return string(b)
}

// lineWith returns the first line of s containing sub.
func lineWith(t *testing.T, s, sub string) string {
	t.Helper()
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	t.Fatalf("no line containing %q", sub)
	return ""
}

func TestSeedFindExplicit(t *testing.T) {
	tests := []struct {
		seed, lineSub string
		loc           *time.Location
		want          string
	}{
		{"001", "CNN Indonesia |", time.UTC, "2019-12-31T18:19:00+07:00"},
		{"004", "\u2022", WIB, "2024-11-22T14:26:00+07:00"},
	}
	for _, tt := range tests {
		line := lineWith(t, readSeed(t, tt.seed), tt.lineSub)
		got, prec, _, ok := FindExplicit(line, tt.loc)
		if !ok || got.Format(time.RFC3339) != tt.want || prec != PrecisionMinute {
			t.Errorf("seed %s: FindExplicit = %s %s %v, want %s minute", tt.seed, got.Format(time.RFC3339), prec, ok, tt.want)
		}
	}
}

func TestSeedInferPublished(t *testing.T) {
	tests := []struct {
		seed string
		cy   int
		want string // "" = not ok
	}{
		{"002", 2019, "2019-12-30"},
		{"000", 0, ""},
		{"003", 0, ""},
	}
	for _, tt := range tests {
		got, ev, ok := InferPublished(readSeed(t, tt.seed), tt.cy, WIB)
		switch {
		case tt.want == "" && ok:
			t.Errorf("seed %s: InferPublished = %s (%q), want not ok", tt.seed, got.Format("2006-01-02"), ev)
		case tt.want != "" && (!ok || got.Format("2006-01-02") != tt.want):
			t.Errorf("seed %s: InferPublished = %s %v (%q), want %s", tt.seed, got.Format("2006-01-02"), ok, ev, tt.want)
		}
	}
}

// TestSeedMentions checks that every seed yields sane mentions.
func TestSeedMentions(t *testing.T) {
	base := time.Date(2019, 12, 30, 12, 0, 0, 0, WIB)
	for _, seed := range []string{"000", "001", "002", "003", "004"} {
		text := readSeed(t, seed)
		ms := Mentions(text, base)
		if len(ms) == 0 {
			t.Errorf("seed %s: no mentions", seed)
		}
		for _, m := range ms {
			if text[m.Start:m.End] != m.Text || !m.From.Before(m.To) {
				t.Errorf("seed %s: bad mention %+v", seed, m)
			}
		}
	}
}
