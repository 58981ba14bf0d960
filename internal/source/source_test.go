package source

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func walk(t *testing.T, opt Options, paths ...string) ([]Doc, []error) {
	t.Helper()
	var docs []Doc
	var bad []error
	err := Walk(context.Background(), paths, opt, func(d Doc) error { docs = append(docs, d); return nil }, func(e error) { bad = append(bad, e) })
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return docs, bad
}

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, format string
		in           []byte
		want         string // body, or the error reason
		enc          string
		wantErr      bool
	}{
		{"utf8", FormatText, []byte("Judul\n\nIsi berita."), "Judul\n\nIsi berita.", "", false},
		{"bom", FormatText, []byte("\xef\xbb\xbfJudul\n\nIsi."), "Judul\n\nIsi.", "", false},
		{"latin1", FormatText, []byte("Caf\xe9 di Bandung\n\nHarga naik."), "Café di Bandung\n\nHarga naik.", "windows-1252", false},
		{"cp1252 quotes", FormatText, []byte("\x93Kami siap,\x94 katanya."), "“Kami siap,” katanya.", "windows-1252", false},
		{"utf16le", FormatText, []byte{0xff, 0xfe, 'H', 0, 'a', 0, 'i', 0}, "Hai", "utf-16", false},
		{"html declared charset", FormatHTML, []byte("<html><head><meta charset=\"iso-8859-2\"></head><body><p>\xb1</p></body></html>"), "ą", "iso-8859-2", false},
		{"empty", FormatText, nil, "empty file", "", true},
		{"white space", FormatText, []byte(" \n\t\n"), "empty file", "", true},
		{"binary", FormatText, []byte("PK\x03\x04\x00\x00\x08\x00binarystuff"), "binary data, not text", "", true},
		{"control chars", FormatText, bytes.Repeat([]byte{0x01, 0x02, 'a'}, 100), "binary data, not text", "", true},
	}
	for _, tt := range tests {
		d, err := Decode("in/"+tt.name, tt.format, tt.in)
		if tt.wantErr {
			var se *Error
			if !errors.As(err, &se) || !strings.Contains(se.Reason, tt.want) || se.Source != "in/"+tt.name {
				t.Errorf("%s: err = %v, want *Error naming the input with %q", tt.name, err, tt.want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !strings.Contains(string(d.Body), tt.want) || d.Encoding != tt.enc {
			t.Errorf("%s: body %q enc %q, want %q %q", tt.name, d.Body, d.Encoding, tt.want, tt.enc)
		}
		if !bytes.Equal(d.Raw, tt.in) {
			t.Errorf("%s: raw input changed", tt.name)
		}
	}
}

func TestWalkFormatsAndOrder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b/2.txt", []byte("Dua\n\nIsi dua."))
	write(t, dir, "a.html", []byte("<!doctype html><html><body><p>Isi</p></body></html>"))
	write(t, dir, "b/1.txt", []byte("Satu\n\nIsi satu."))
	write(t, dir, "noext", []byte("<html><body>x</body></html>"))
	write(t, dir, "dump.ndjson", []byte("{\"id\": 7, \"title\": \"T\", \"text\": \"Isi.\"}\n\n{\"id\": \"x\", \"html\": \"<p>Isi</p>\", \"outlet\": \"O\", \"published\": \"2025-01-02\"}\n"))
	write(t, dir, "sniffed", []byte("{\"id\": \"s\", \"text\": \"Isi.\"}\n"))
	write(t, dir, ".hidden/skip.txt", []byte("tidak dibaca"))
	docs, bad := walk(t, Options{}, dir)
	if len(bad) != 0 {
		t.Fatalf("bad: %v", bad)
	}
	var got []string
	for _, d := range docs {
		got = append(got, filepath.Base(d.Source)+":"+d.Format+":"+d.SourceID)
	}
	wantList := []string{"a.html:html:", "1.txt:text:", "2.txt:text:", "dump.ndjson:text:7", "dump.ndjson:html:x", "noext:html:", "sniffed:text:s"}
	if strings.Join(got, " ") != strings.Join(wantList, " ") {
		t.Errorf("docs\n got %v\nwant %v", got, wantList)
	}
	for _, d := range docs {
		if d.SourceID == "x" && (d.Outlet != "O" || d.Published != "2025-01-02" || d.Line != 3) {
			t.Errorf("jsonl fields: %+v", d)
		}
	}
}

func TestWalkBadInput(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "big.txt", bytes.Repeat([]byte("kata "), 3000))
	write(t, dir, "lines.jsonl", []byte("{\"id\": \"ok\", \"text\": \"baik\"}\n{\"id\": \n[1,2]\n{\"id\": \"n\"}\n{\"id\": \"two\", \"text\": \"a\"} {\"x\": 1}\n"+`{"id": "long", "text": "`+strings.Repeat("x", 20000)+`"}`+"\n"))
	docs, bad := walk(t, Options{MaxSize: 10000}, dir, filepath.Join(dir, "missing.txt"))
	if len(docs) != 1 || docs[0].SourceID != "ok" {
		t.Errorf("docs = %v, want only lines.jsonl:1", docs)
	}
	wants := []string{
		"big.txt: file is 14.6 KB, over the 9.8 KB size limit",
		"lines.jsonl:2: malformed JSON",
		"lines.jsonl:3: malformed JSON",
		"lines.jsonl:4: no text or html field",
		"lines.jsonl:5: malformed JSON: more than one value",
		"lines.jsonl:6: line is over the 9.8 KB size limit",
		"missing.txt: cannot read: no such file or directory",
	}
	var msgs []string
	for _, e := range bad {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, w := range wants {
		if !strings.Contains(all, w) {
			t.Errorf("errors lack %q:\n%s", w, all)
		}
	}
	if len(bad) != len(wants) {
		t.Errorf("%d errors, want %d:\n%s", len(bad), len(wants), all)
	}
}

func TestWalkCancel(t *testing.T) {
	dir := t.TempDir()
	for i := range 5 {
		write(t, dir, string(rune('a'+i))+".txt", []byte("Judul\n\nIsi."))
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Walk(ctx, []string{dir}, Options{}, func(Doc) error {
		n++
		if n == 2 {
			cancel()
		}
		return nil
	}, func(error) {})
	if !errors.Is(err, context.Canceled) || n != 2 {
		t.Errorf("Walk after cancel: n=%d err=%v", n, err)
	}
	if err := Walk(context.Background(), []string{dir}, Options{Format: "pdf"}, func(Doc) error { return nil }, func(error) {}); err == nil {
		t.Errorf("unknown format accepted")
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte("{\"id\": \"a\", \"text\": \"isi\"}\n"))
	f.Add([]byte("{\"id\": 1, \"html\": \"<p>x</p>\", \"published\": 2024}\n\n{bad\n"))
	f.Add([]byte("\xff\xfe{\"text\": \"caf\xe9\"}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		err := ReadJSONL(context.Background(), "f.jsonl", bytes.NewReader(b), 4096, func(d Doc) error {
			if len(d.Body) == 0 || !utf8.Valid(d.Body) {
				t.Fatalf("emitted a doc with an empty or invalid body: %q", d.Body)
			}
			return nil
		}, func(e error) {
			var se *Error
			if !errors.As(e, &se) || se.Source != "f.jsonl" {
				t.Fatalf("bad input error does not name the input: %v", e)
			}
		})
		if err != nil {
			t.Fatalf("ReadJSONL: %v", err)
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("Judul\n\nIsi."), false)
	f.Add([]byte("<html><meta charset=koi8-r><p>\xc1</p>"), true)
	f.Add([]byte{0xff, 0xfe, 0x41}, false)
	f.Fuzz(func(t *testing.T, b []byte, html bool) {
		format := FormatText
		if html {
			format = FormatHTML
		}
		d, err := Decode("x", format, b)
		if err == nil && !utf8.Valid(d.Body) {
			t.Fatalf("body is not UTF-8: %q", d.Body)
		}
	})
}
