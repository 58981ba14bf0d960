package verify

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/entity"
	"github.com/warta-news/warta/internal/extract"
	"github.com/warta-news/warta/internal/quote"
)

// seedDir holds the real articles (third-party text, read only, never copied).
const seedDir = "../../../shared/seeds"

// analyze fills entities and quotes as pipeline.Analyze does.
func analyze(a *article.Article) {
	ms := entity.Find(a.Lang, a.Title, a.Paragraphs)
	a.Entities = entity.Summarize(ms)
	a.Quotes = quote.Find(a.Lang, a.Paragraphs, ms)
}

// loadSeeds extracts and analyses the seeds numbered ns ("000" ...),
// skipping the test when the folder is absent.
func loadSeeds(t testing.TB, ns ...string) []*article.Article {
	t.Helper()
	var out []*article.Article
	for _, n := range ns {
		files, _ := filepath.Glob(filepath.Join(seedDir, n+"_*.txt"))
		if len(files) == 0 {
			t.Skipf("seed %s not found under %s (shared seeds absent)", n, seedDir)
		}
		b, err := os.ReadFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Extract(extract.Input{Source: files[0], Format: "text", Body: b})
		if err != nil {
			t.Fatalf("extract seed %s: %v", n, err)
		}
		analyze(a)
		out = append(out, a)
	}
	return out
}
