package postgres

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/warta-news/warta/internal/store"
)

func TestTsvectorLiteral(t *testing.T) {
	tests := []struct {
		title, body, want string
	}{
		{"banjir jakarta", "banjir rendam", `'banjir':1A,4 'jakarta':2A 'rendam':5`},
		{"", "a b a", `'a':2,4 'b':3`},
		{"o'brien", `x\y`, `'o''brien':1A 'x\\y':3`},
		{"Café CAFE", "cafe\u0301", `'cafe':1A,2A,4`},
		{"", "", ``},
		{strings.Repeat("x", maxLexeme+1) + " ok", "", `'ok':2A`},
	}
	for _, tt := range tests {
		if got := tsvectorLiteral(tt.title, tt.body); got != tt.want {
			t.Errorf("tsvectorLiteral(%q, %q) = %s, want %s", tt.title, tt.body, got, tt.want)
		}
	}
}

func TestTsqueryLiteral(t *testing.T) {
	g := func(prefix, phrase bool, alts ...string) store.TermGroup {
		return store.TermGroup{Alts: alts, Prefix: prefix, Phrase: phrase}
	}
	tests := []struct {
		name string
		m    store.TextMatch
		want string
	}{
		{"one", store.TextMatch{Groups: []store.TermGroup{g(false, false, "banjir")}}, `('banjir')`},
		{"and or", store.TextMatch{Groups: []store.TermGroup{g(false, false, "runding", "perundingan"), g(false, false, "damai")}}, `('runding' | 'perundingan') & ('damai')`},
		{"not", store.TextMatch{Groups: []store.TermGroup{g(false, false, "a")}, Not: []store.TermGroup{g(false, false, "b")}}, `('a') & !('b')`},
		{"phrase", store.TextMatch{Groups: []store.TermGroup{g(false, true, "balai desa", "balai des")}}, `(('balai' <-> 'desa') | ('balai' <-> 'des'))`},
		{"prefix", store.TextMatch{Groups: []store.TermGroup{g(true, false, "negot")}}, `('negot':*)`},
		{"prefix phrase", store.TextMatch{Groups: []store.TermGroup{g(true, true, "kim jon")}}, `(('kim' <-> 'jon':*))`},
		{"quotes", store.TextMatch{Groups: []store.TermGroup{g(false, false, `o'brien`, `a\b`)}}, `('o''brien' | 'a\\b')`},
		{"duplicate alts fold", store.TextMatch{Groups: []store.TermGroup{g(false, false, "café", "cafe")}}, `('cafe')`},
		{"empty", store.TextMatch{}, ``},
		{"only not", store.TextMatch{Not: []store.TermGroup{g(false, false, "a")}}, ``},
		{"required group cannot match", store.TextMatch{Groups: []store.TermGroup{g(false, false, "a"), g(false, false, "")}}, ``},
		{"empty not dropped", store.TextMatch{Groups: []store.TermGroup{g(false, false, "a")}, Not: []store.TermGroup{g(false, false, " ")}}, `('a')`},
	}
	for _, tt := range tests {
		if got := tsqueryLiteral(tt.m); got != tt.want {
			t.Errorf("%s: tsqueryLiteral(%+v) = %s, want %s", tt.name, tt.m, got, tt.want)
		}
	}
}

// parseTsvector reads tsvectorLiteral's output back: lexemes with their
// positions, to check that escaping round-trips.
func parseTsvector(t *testing.T, s string) map[string]int {
	t.Helper()
	out := map[string]int{}
	for i := 0; i < len(s); {
		if s[i] != '\'' {
			t.Fatalf("literal %q: want a quote at %d", s, i)
		}
		var lex strings.Builder
		i++
		for {
			if i >= len(s) {
				t.Fatalf("literal %q: unterminated lexeme", s)
			}
			c := s[i]
			if c == '\\' && i+1 < len(s) {
				lex.WriteByte(s[i+1])
				i += 2
				continue
			}
			if c == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					lex.WriteByte('\'')
					i += 2
					continue
				}
				i++
				break
			}
			lex.WriteByte(c)
			i++
		}
		n := 0
		if i < len(s) && s[i] == ':' {
			i++
			for i < len(s) && s[i] != ' ' {
				if s[i] == ',' {
					n++
				}
				i++
			}
			n++
		}
		out[lex.String()] = n
		if i < len(s) && s[i] == ' ' {
			i++
		}
	}
	return out
}

// fuzzDB returns a connection for the fuzz targets when PostgreSQL is
// available (always in CI); nil otherwise, and only the Go checks run.
func fuzzDB(f *testing.F) *pgx.Conn {
	if os.Getenv("DATABASE_URL") == "" && os.Getenv("CI") != "true" {
		return nil
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, testURL(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// FuzzTsvectorLiteral checks that any terms render to a literal that
// reads back to the same folded terms, in Go and in PostgreSQL.
func FuzzTsvectorLiteral(f *testing.F) {
	for _, s := range [][2]string{{"banjir jakarta", "banjir"}, {"o'brien", `a\b`}, {"''", `\\ \'`}, {"café", "\x00x \xff"}, {"a:1 b:2A", "'x':1"}, {"é", "e\u0301"}} {
		f.Add(s[0], s[1])
	}
	conn := fuzzDB(f)
	f.Fuzz(func(t *testing.T, title, body string) {
		lit := tsvectorLiteral(title, body)
		want := map[string]bool{}
		for _, s := range []string{title, body} {
			for _, w := range strings.Fields(s) {
				if w = foldTerm(w); w != "" {
					want[w] = true
				}
			}
		}
		got := parseTsvector(t, lit)
		if len(got) != len(want) {
			t.Fatalf("tsvectorLiteral(%q, %q) = %q: %d lexemes, want %d", title, body, lit, len(got), len(want))
		}
		for w := range want {
			if got[w] == 0 {
				t.Fatalf("tsvectorLiteral(%q, %q) = %q lacks %q", title, body, lit, w)
			}
			if !utf8.ValidString(w) || strings.IndexByte(w, 0) >= 0 {
				t.Fatalf("lexeme %q is not valid PostgreSQL text", w)
			}
		}
		if conn == nil {
			return
		}
		var lexemes []string
		if err := conn.QueryRow(context.Background(), "SELECT tsvector_to_array($1::tsvector)", lit).Scan(&lexemes); err != nil {
			t.Fatalf("tsvectorLiteral(%q, %q) = %q: PostgreSQL: %v", title, body, lit, err)
		}
		for _, w := range lexemes {
			if !want[w] {
				t.Fatalf("PostgreSQL read %q from %q; want one of %v", w, lit, want)
			}
		}
		if len(lexemes) != len(want) {
			t.Fatalf("PostgreSQL read %d lexemes from %q, want %d", len(lexemes), lit, len(want))
		}
	})
}

// FuzzTsqueryLiteral checks that any group renders to a tsquery that
// PostgreSQL accepts and that matches a document holding those terms
// (so query and document escape alike).
func FuzzTsqueryLiteral(f *testing.F) {
	for _, s := range []string{"banjir", "balai desa", "o'brien", `a\b`, `'`, `\`, "x:*", "a & b | !c", "(", "café", "\x00", "\xff"} {
		f.Add(s, false, false)
		f.Add(s, true, true)
	}
	conn := fuzzDB(f)
	f.Fuzz(func(t *testing.T, alt string, phrase, prefix bool) {
		if len(alt) > 1000 {
			return // long phrases only cost PostgreSQL time
		}
		m := store.TextMatch{Groups: []store.TermGroup{{Alts: []string{alt}, Phrase: phrase, Prefix: prefix}}}
		q := tsqueryLiteral(m)
		var terms []string
		for _, w := range strings.Fields(alt) {
			terms = append(terms, foldTerm(w))
		}
		if (q == "") != (len(terms) == 0 || slices.Contains(terms, "")) {
			t.Fatalf("tsqueryLiteral(%q) = %q", alt, q)
		}
		if q == "" || conn == nil {
			return
		}
		doc := tsvectorLiteral("", alt)
		var ok bool
		if err := conn.QueryRow(context.Background(), "SELECT $1::tsvector @@ $2::tsquery", doc, q).Scan(&ok); err != nil {
			t.Fatalf("tsqueryLiteral(%q) = %q: PostgreSQL: %v", alt, q, err)
		}
		if !ok && len(terms) <= maxPositions {
			t.Fatalf("%q does not match document %q", q, doc)
		}
	})
}
