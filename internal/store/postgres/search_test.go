package postgres

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
)

// searchArticles returns n stored articles, each naming entity "e:all"
// and every third one "e:third" (quoted once).
func searchArticles(t *testing.T, s *Store, n int) []store.TextDoc {
	t.Helper()
	var arts []*article.Article
	var docs []store.TextDoc
	for i := range n {
		a := &article.Article{ID: fmt.Sprintf("art-%03d", i), Source: "t", Format: "text", Raw: []byte("x"),
			Title: fmt.Sprintf("judul %d", i), Lang: "id", Paragraphs: []string{"isi"},
			Entities: []article.Entity{{ID: "e:all", Name: "Semua", Type: "org", Count: 1}}}
		if i%3 == 0 {
			a.Entities = append(a.Entities, article.Entity{ID: "e:third", Name: "Ketiga", Type: "person", Count: 2})
			a.Quotes = []article.Quote{{SpeakerID: "e:third", Text: "kata"}}
		}
		arts = append(arts, a)
		docs = append(docs, store.TextDoc{Article: a, Title: fmt.Sprintf("judul n%d", i), Body: "isi"})
	}
	if err := s.Save(context.Background(), &store.Batch{Articles: arts}); err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestIndexTextConcurrent indexes the same articles from several
// goroutines at once, in different orders: each is indexed once and the
// entity counts add up.
func TestIndexTextConcurrent(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	const n = 60
	docs := searchArticles(t, s, n)
	var wg sync.WaitGroup
	added := make([]int, 4)
	errs := make([]error, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := append([]store.TextDoc(nil), docs...)
			rand.Shuffle(len(mine), func(i, j int) { mine[i], mine[j] = mine[j], mine[i] })
			for len(mine) > 0 {
				k := min(len(mine), 7)
				m, err := s.IndexText(ctx, mine[:k])
				added[w] += m
				if err != nil {
					errs[w] = err
					return
				}
				mine = mine[k:]
			}
		}()
	}
	wg.Wait()
	total := 0
	for w := range added {
		if errs[w] != nil {
			t.Fatalf("indexer %d: %v", w, errs[w])
		}
		total += added[w]
	}
	if total != n {
		t.Errorf("indexers added %d in all, want %d", total, n)
	}
	if ind, stored, err := s.TextIndexState(ctx); err != nil || ind != n || stored != n {
		t.Errorf("TextIndexState = %d, %d, %v; want %d, %d", ind, stored, err, n, n)
	}
	tests := []struct {
		id               string
		name, typ        string
		articles, quotes int
	}{
		{"e:all", "Semua", "org", n, 0},
		{"e:third", "Ketiga", "person", n / 3, n / 3},
	}
	for _, tt := range tests {
		e, err := s.Entity(ctx, tt.id)
		if err != nil || e.Name != tt.name || e.Type != tt.typ || e.Articles != tt.articles || e.Quotes != tt.quotes {
			t.Errorf("Entity(%s) = %+v, %v; want %s %s, %d articles, %d quotes", tt.id, e, err, tt.name, tt.typ, tt.articles, tt.quotes)
		}
	}
	if arts, err := s.EntityArticles(ctx, "e:third", true, 1000); err != nil || len(arts) != n/3 || arts[0].Mentions != 2 {
		t.Errorf("EntityArticles(e:third, quoted) = %d rows, %v", len(arts), err)
	}
	hits, err := s.SearchText(ctx, store.TextQuery{Match: store.TextMatch{Groups: []store.TermGroup{{Alts: []string{"n7"}}}}})
	if err != nil || len(hits) != 1 || hits[0].ArticleID != "art-007" || hits[0].Entities != "e:all" {
		t.Errorf("SearchText(n7) = %+v, %v", hits, err)
	}
}

// TestArticleIDsSince checks that only articles stored after the cursor
// are listed, not older ones relabelled since.
func TestArticleIDsSince(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	old := &article.Article{ID: "old", Source: "t", Format: "text", Raw: []byte("x"), EventID: "ev-1"}
	if err := s.Save(ctx, &store.Batch{Articles: []*article.Article{old}}); err != nil {
		t.Fatal(err)
	}
	cursor, err := s.MaxSeq(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fresh := &article.Article{ID: "new", Source: "t", Format: "text", Raw: []byte("y"), EventID: "ev-2"}
	b := &store.Batch{Articles: []*article.Article{fresh}, EventMoves: map[string]string{"ev-1": "ev-2"}}
	if err := s.Save(ctx, b); err != nil {
		t.Fatal(err)
	}
	ids, err := s.ArticleIDsSince(ctx, cursor, 10)
	if err != nil || len(ids) != 1 || ids[0] != "new" {
		t.Errorf("ArticleIDsSince = %q, %v; want [new]", ids, err)
	}
}
