package search

import (
	"context"
	"database/sql"
	"reflect"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/warta-news/warta/internal/store/sqlite"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"perundingan", `(("runding" OR "perundingan"))`},
		{"Banjir Jakarta", `(("banjir") AND ("jakarta"))`},
		{"negotiations", `(("negotiations" OR "negoti"))`},
		{`"balai desa" -banjir`, `(("balai desa")) NOT (("banjir"))`},
		{"negot*", `(("negot"*))`},
		{"mengungsi*", `(("mengungsi"* OR "ungsi"*))`},
		{"yang dan the", ``},
		{`Kim Jong-un`, `(("kim") AND ("jong") AND ("un"))`},
		{`O'Brien`, `(("obrien"))`},
		{`") OR "x`, ``},
		{`title:banjir NEAR(x)`, `(("title" OR "titl") AND ("banjir") AND ("near"))`},
	}
	for _, tt := range tests {
		got := sqlite.FTS5Match(ParseQuery(tt.in).Text())
		if got != tt.want {
			t.Errorf("FTS5Match(ParseQuery(%q)) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParseQueryGroups(t *testing.T) {
	got := ParseQuery(`berunding "perundingan damai" -hujan`)
	want := Query{
		Groups: []Group{{Alts: []string{"runding", "berund"}}, {Alts: []string{"runding damai", "perundingan damai"}, Phrase: true}},
		Not:    []Group{{Alts: []string{"hujan"}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseQuery = %+v\nwant %+v", got, want)
	}
}

// FuzzParseQuery checks that no input breaks the parser or produces an
// FTS5 expression SQLite rejects (internal/store/postgres fuzzes its
// tsquery rendering of parsed queries the same way).
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"perundingan", `"a b" -c d*`, `"unterminated`, `-`, `*`, `""`, `NEAR(a b)`, `a AND OR NOT`, "\xff\xfe", `col:x`, `^x`, `x"y"z`} {
		f.Add(s)
	}
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`CREATE VIRTUAL TABLE t USING fts5(title, body, content='')`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := ParseQuery(s)
		m := sqlite.FTS5Match(q.Text())
		if q.Empty() != (m == "") {
			t.Fatalf("Empty() = %v but FTS5Match = %q", q.Empty(), m)
		}
		if len(q.Groups) > maxGroups {
			t.Fatalf("%d groups", len(q.Groups))
		}
		if m == "" {
			return
		}
		rows, err := db.QueryContext(context.Background(), "SELECT rowid FROM t WHERE t MATCH ?", m)
		if err != nil {
			t.Fatalf("FTS5Match(ParseQuery(%q)) = %s: %v", s, m, err)
		}
		rows.Close()
	})
}

func TestSnippetCut(t *testing.T) {
	long := "Awal paragraf yang panjang sekali tanpa kata yang dicari. "
	for range 10 {
		long += "Kalimat pengisi agar paragraf menjadi panjang. "
	}
	long += "Di sini akhirnya perundingan disebut. "
	for range 10 {
		long += "Lalu kalimat pengisi lagi sampai akhir paragraf. "
	}
	segs := snippet(ParseQuery("berunding").matcher(), "id", []string{"Paragraf pertama tanpa kecocokan.", long})
	text := ""
	hits := 0
	for _, s := range segs {
		text += s.Text
		if s.Hit {
			hits++
			if s.Text != "perundingan" {
				t.Errorf("marked %q", s.Text)
			}
		}
	}
	if hits != 1 || segs[0].Text != "…" || segs[len(segs)-1].Text != "…" || len(text) > snippetLen+20 {
		t.Errorf("snippet = %q (%d hits)", text, hits)
	}
}

func BenchmarkAnalyze(b *testing.B) {
	a := fixtures()[0]
	for range 40 {
		a.Paragraphs = append(a.Paragraphs, "Kedua pihak sepakat melanjutkan perundingan di Jakarta setelah pertemuan panjang.")
	}
	b.SetBytes(int64(len(a.Text())))
	for b.Loop() {
		Analyze(a)
	}
}
