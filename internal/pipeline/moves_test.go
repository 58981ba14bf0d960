package pipeline

import (
	"maps"
	"testing"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
)

// TestMoveStoryChains: story merges recorded in one batch are chained, so
// Save (which applies them in id order) leaves no article in a story that
// was merged away.
func TestMoveStoryChains(t *testing.T) {
	tests := []struct {
		name        string
		merges      [][2]string // from, into, in order
		wantMoves   map[string]string
		wantArticle string // story of the queued article (first in "s1")
		wantMove    string // story of the queued article move (first to "s1")
	}{
		{name: "one merge", merges: [][2]string{{"s1", "s2"}},
			wantMoves: map[string]string{"s1": "s2"}, wantArticle: "s2", wantMove: "s2"},
		{name: "chain against id order", merges: [][2]string{{"s3", "s1"}, {"s1", "s2"}},
			wantMoves: map[string]string{"s3": "s2", "s1": "s2"}, wantArticle: "s2", wantMove: "s2"},
		{name: "unrelated merges", merges: [][2]string{{"s1", "s2"}, {"s4", "s5"}},
			wantMoves: map[string]string{"s1": "s2", "s4": "s5"}, wantArticle: "s2", wantMove: "s2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &ingester{}
			in.resetBatch()
			a := &article.Article{ID: "a", EventID: "e1", StoryID: "s1"}
			in.batch.Articles = []*article.Article{a}
			in.batch.ArticleMoves = []store.ArticleMove{{ArticleID: "b", EventID: "e1", StoryID: "s1"}}
			for _, m := range tt.merges {
				in.moveStory(m[0], m[1])
			}
			if !maps.Equal(in.batch.StoryMoves, tt.wantMoves) {
				t.Errorf("StoryMoves = %v, want %v", in.batch.StoryMoves, tt.wantMoves)
			}
			if a.StoryID != tt.wantArticle {
				t.Errorf("queued article in story %s, want %s", a.StoryID, tt.wantArticle)
			}
			if got := in.batch.ArticleMoves[0].StoryID; got != tt.wantMove {
				t.Errorf("queued move to story %s, want %s", got, tt.wantMove)
			}
		})
	}
}
