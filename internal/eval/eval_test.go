package eval

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func nearScores(a, b Scores) bool { return near(a.P, b.P) && near(a.R, b.R) && near(a.F1, b.F1) }

func TestCompare(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred map[string]string
		b3, pw     Scores
		goldN      int
		predN      int
	}{
		{
			name: "perfect",
			gold: map[string]string{"a": "1", "b": "1", "c": "2"},
			pred: map[string]string{"a": "x", "b": "x", "c": "y"},
			b3:   Scores{1, 1, 1}, pw: Scores{1, 1, 1}, goldN: 2, predN: 2,
		},
		{
			// cells (1,x)=2 (2,x)=1 (2,y)=1; |x|=3 |y|=1; gold sizes 2,2.
			// B3 P = (4/3+1/3+1)/4 = 2/3, R = (4/2+1/2+1/2)/4 = 3/4, F1 = 12/17.
			// pairs: TP=1, predicted 3, gold 2 -> P=1/3, R=1/2, F1=0.4.
			name: "one wrong merge",
			gold: map[string]string{"a": "1", "b": "1", "c": "2", "d": "2"},
			pred: map[string]string{"a": "x", "b": "x", "c": "x", "d": "y"},
			b3:   Scores{2.0 / 3, 0.75, 12.0 / 17}, pw: Scores{1.0 / 3, 0.5, 0.4}, goldN: 2, predN: 2,
		},
		{
			name: "all singletons",
			gold: map[string]string{"a": "1", "b": "1", "c": "1"},
			pred: map[string]string{"a": "x", "b": "y", "c": "z"},
			b3:   Scores{1, 1.0 / 3, 0.5}, pw: Scores{1, 0, 0}, goldN: 1, predN: 3,
		},
		{
			name: "everything together",
			gold: map[string]string{"a": "1", "b": "1", "c": "2", "d": "2"},
			pred: map[string]string{"a": "x", "b": "x", "c": "x", "d": "x"},
			b3:   Scores{0.5, 1, 2.0 / 3}, pw: Scores{1.0 / 3, 1, 0.5}, goldN: 2, predN: 1,
		},
		{
			// b has no prediction: a singleton. Extra predicted item z is ignored.
			name: "missing and extra predictions",
			gold: map[string]string{"a": "1", "b": "1"},
			pred: map[string]string{"a": "x", "z": "x"},
			b3:   Scores{1, 0.5, 2.0 / 3}, pw: Scores{1, 0, 0}, goldN: 1, predN: 2,
		},
		{
			name: "empty",
			gold: map[string]string{},
			pred: map[string]string{"a": "x"},
			b3:   Scores{1, 1, 1}, pw: Scores{1, 1, 1}, goldN: 0, predN: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(tt.gold, tt.pred)
			if !nearScores(got.BCubed, tt.b3) {
				t.Errorf("BCubed = %v, want %v", got.BCubed, tt.b3)
			}
			if !nearScores(got.Pairwise, tt.pw) {
				t.Errorf("Pairwise = %v, want %v", got.Pairwise, tt.pw)
			}
			if got.GoldClusters != tt.goldN || got.PredClusters != tt.predN {
				t.Errorf("clusters gold=%d pred=%d, want %d %d", got.GoldClusters, got.PredClusters, tt.goldN, tt.predN)
			}
			if b := BCubed(tt.gold, tt.pred); !nearScores(b, tt.b3) {
				t.Errorf("BCubed() = %v, want %v", b, tt.b3)
			}
			if p := Pairwise(tt.gold, tt.pred); !nearScores(p, tt.pw) {
				t.Errorf("Pairwise() = %v, want %v", p, tt.pw)
			}
		})
	}
}

func TestSymmetry(t *testing.T) {
	// Swapping gold and prediction swaps precision and recall.
	a := map[string]string{"1": "a", "2": "a", "3": "b", "4": "b", "5": "b", "6": "c"}
	b := map[string]string{"1": "x", "2": "y", "3": "y", "4": "y", "5": "z", "6": "z"}
	ab, ba := Compare(a, b), Compare(b, a)
	if !near(ab.BCubed.P, ba.BCubed.R) || !near(ab.BCubed.R, ba.BCubed.P) {
		t.Errorf("B3 not symmetric: %v vs %v", ab.BCubed, ba.BCubed)
	}
	if !near(ab.Pairwise.P, ba.Pairwise.R) || !near(ab.Pairwise.R, ba.Pairwise.P) {
		t.Errorf("pairwise not symmetric: %v vs %v", ab.Pairwise, ba.Pairwise)
	}
}

func TestPRF(t *testing.T) {
	tests := []struct {
		tp, fp, fn int
		want       Scores
	}{
		{8, 2, 2, Scores{0.8, 0.8, 0.8}},
		{3, 1, 0, Scores{0.75, 1, 6.0 / 7}},
		{0, 0, 0, Scores{1, 1, 1}},
		{0, 5, 5, Scores{0, 0, 0}},
	}
	for _, tt := range tests {
		if got := PRF(tt.tp, tt.fp, tt.fn); !nearScores(got, tt.want) {
			t.Errorf("PRF(%d,%d,%d) = %v, want %v", tt.tp, tt.fp, tt.fn, got, tt.want)
		}
	}
	if got := F1(0, 0); got != 0 {
		t.Errorf("F1(0,0) = %v, want 0", got)
	}
	if got := Clusters(map[string]string{"a": "1", "b": "1", "c": "2"}); got != 2 {
		t.Errorf("Clusters = %d, want 2", got)
	}
}

func TestReadGold(t *testing.T) {
	const file = "id\ttopic\tevent\n" +
		"d1\t1\t1-a\r\n" +
		"\n" +
		"d2\t1\t1-b\n" +
		"d3\t2\t\n"
	tests := []struct {
		column string
		want   map[string]string
	}{
		{"topic", map[string]string{"d1": "1", "d2": "1", "d3": "2"}},
		{"event", map[string]string{"d1": "1-a", "d2": "1-b"}},
	}
	for _, tt := range tests {
		got, err := ReadGold(strings.NewReader(file), tt.column)
		if err != nil {
			t.Fatalf("ReadGold(%s): %v", tt.column, err)
		}
		if len(got) != len(tt.want) {
			t.Errorf("ReadGold(%s) = %v, want %v", tt.column, got, tt.want)
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("ReadGold(%s)[%s] = %q, want %q", tt.column, k, got[k], v)
			}
		}
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct{ name, file, column string }{
		{"empty", "", "topic"},
		{"no id header", "doc\ttopic\nd1\t1\n", "topic"},
		{"missing column", "id\ttopic\nd1\t1\n", "event"},
		{"short row", "id\ttopic\tevent\nd1\t1\n", "event"},
		{"repeated id", "id\ttopic\nd1\t1\nd1\t2\n", "topic"},
		{"empty id", "id\ttopic\n\t1\n", "topic"},
	}
	for _, tt := range tests {
		if _, err := ReadGold(strings.NewReader(tt.file), tt.column); err == nil {
			t.Errorf("%s: ReadGold succeeded, want an error", tt.name)
		}
	}
	_, err := ReadGold(strings.NewReader("id\ttopic\n"), "event")
	if !errors.Is(err, ErrNoColumn) {
		t.Errorf("missing column error = %v, want ErrNoColumn", err)
	}
	if _, err := ReadGoldFile("testdata/does-not-exist.tsv", "topic"); err == nil {
		t.Error("ReadGoldFile of a missing file succeeded")
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add("id\ttopic\nd1\t1\n", "topic")
	f.Add("id\ttopic\tevent\nd1\t1\t1-a\nd2\t1\n", "event")
	f.Add("\ufeffid\tx\r\n\r\n", "x")
	f.Fuzz(func(t *testing.T, file, column string) {
		m, err := ReadGold(strings.NewReader(file), column)
		if err != nil {
			return
		}
		for k, v := range m {
			if k == "" || v == "" {
				t.Fatalf("empty key or label in %q", m)
			}
		}
		// Scoring any gold against itself is perfect.
		if r := Compare(m, m); !near(r.BCubed.F1, 1) || !near(r.Pairwise.F1, 1) {
			t.Fatalf("self comparison not perfect: %v", r)
		}
	})
}

func BenchmarkCompare(b *testing.B) {
	gold := map[string]string{}
	pred := map[string]string{}
	for i := range 100000 {
		id := string(rune('a'+i%26)) + strings.Repeat("x", i%7) + string(rune(i))
		gold[id] = string(rune(i % 500))
		pred[id] = string(rune(i % 700))
	}
	b.ResetTimer()
	for range b.N {
		Compare(gold, pred)
	}
}
