package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
)

func sample() *article.Article {
	return &article.Article{
		ID: "abc", Source: "in/a.txt", SourceID: "s1", Title: `Judul "kutip" <b>`, Outlet: "Kabar", OutletHow: "explicit",
		Published: time.Date(2025, 1, 4, 9, 45, 0, 0, time.FixedZone("WIB", 7*3600)), PublishedHow: "explicit",
		Paragraphs: []string{"Satu.", "Dua, tiga."}, Lang: "id",
		Removed: []article.Removed{{Text: "Baca juga: x", Kind: "related"}},
		Credits: []article.Credit{{Role: "source", Name: "Reuters"}},
		EventID: "e1", StoryID: "s1",
	}
}

func TestJSONLStableFields(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewWriter(&buf, "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(sample()); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(&article.Article{ID: "empty"}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "source", "source_id", "title", "outlet", "author", "dateline", "published", "published_how", "lang", "text", "removed", "credits", "event", "story", "duplicate_of", "entities", "quotes", "flags", "verification"} {
		if _, ok := m[k]; !ok {
			t.Errorf("field %q missing", k)
		}
	}
	if m["published"] != "2025-01-04T09:45:00+07:00" || m["text"] != "Satu.\n\nDua, tiga." || m["title"] != `Judul "kutip" <b>` {
		t.Errorf("values: %v", m)
	}
	var empty map[string]any
	_ = json.Unmarshal([]byte(lines[1]), &empty)
	if empty["published"] != "" || empty["removed"] == nil || empty["credits"] == nil {
		t.Errorf("empty article: %v (lists must be [] not null, published \"\")", empty)
	}
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewWriter(&buf, "csv")
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(sample()); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0][0] != "id" || recs[1][0] != "abc" || recs[1][len(recs[1])-1] != "Satu.\n\nDua, tiga." {
		t.Errorf("csv = %q", recs)
	}
	if _, err := NewWriter(&buf, "xml"); err == nil {
		t.Errorf("unknown format accepted")
	}
}
