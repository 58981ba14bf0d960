package dedup

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestMeasureShingle prints, for shingle sizes 3..5, the exact Jaccard of
// edited copies and the largest Jaccard between distinct corpus articles.
// Run with DEDUP_MEASURE=1 -v.
func TestMeasureShingle(t *testing.T) {
	if os.Getenv("DEDUP_MEASURE") == "" {
		t.Skip("set DEDUP_MEASURE=1 to measure")
	}
	for _, name := range []string{"ecbplus", "id-hoax-600"} {
		docs := readCorpus(t, name)
		for _, k := range []int{3, 4, 5} {
			// edits
			for _, e := range edits {
				var js []float64
				for _, d := range docs {
					if len(paragraphs(d.Text)) < 3 {
						continue
					}
					js = append(js, exactJaccard(d.Text, e.fn(d.Text), k))
				}
				slices.Sort(js)
				t.Logf("%s k=%d %-24s n=%d p5=%.2f p50=%.2f min=%.2f", name, k, e.name, len(js), js[len(js)/20], js[len(js)/2], js[0])
			}
			// distinct pairs
			var js []float64
			for i := range docs {
				for j := i + 1; j < len(docs); j++ {
					if docs[i].URL != "" && docs[i].URL == docs[j].URL {
						continue
					}
					js = append(js, exactJaccard(docs[i].Text, docs[j].Text, k))
				}
			}
			slices.Sort(js)
			n := len(js)
			t.Logf("%s k=%d distinct pairs n=%d p99.9=%.3f max top5=%.2f", name, k, n, js[n-n/1000], js[n-5:])
		}
	}
}

// TestMeasureHist prints the histogram of exact Jaccard over all corpus
// pairs and lists the k=4 pairs between 0.2 and 0.6.
func TestMeasureHist(t *testing.T) {
	if os.Getenv("DEDUP_MEASURE") == "" {
		t.Skip("set DEDUP_MEASURE=1 to measure")
	}
	bins := []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01}
	for _, name := range []string{"ecbplus", "id-hoax-600"} {
		docs := readCorpus(t, name)
		for _, k := range []int{3, 4, 5} {
			h := make([]int, len(bins))
			for i := range docs {
				for j := i + 1; j < len(docs); j++ {
					x := exactJaccard(docs[i].Text, docs[j].Text, k)
					for b := range bins {
						if x < bins[b] {
							h[b]++
							break
						}
					}
					if k == 4 && x >= 0.2 && x < 0.6 {
						t.Logf("%s %s %s J=%.2f url=%v", name, docs[i].ID, docs[j].ID, x, docs[i].URL == docs[j].URL && docs[i].URL != "")
					}
				}
			}
			var sb strings.Builder
			for b := range bins {
				fmt.Fprintf(&sb, " <%.2f:%d", bins[b], h[b])
			}
			t.Logf("%s k=%d%s", name, k, sb.String())
		}
	}
}
