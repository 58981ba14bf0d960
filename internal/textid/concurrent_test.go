package textid

import (
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentUse runs the analysis from several goroutines (run with
// -race) and checks every result equals the sequential one.
func TestConcurrentUse(t *testing.T) {
	texts := []string{benchText(), benchTextEN()}
	want := make([][]string, len(texts))
	for i, s := range texts {
		want[i] = Terms("", s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				if got := Terms("", texts[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- "Terms differs under concurrency"
					return
				}
				Stem("en", "negotiations")
				DetectLang(texts[i])
				SentenceSpans(texts[i])
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
