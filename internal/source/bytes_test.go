package source

import (
	"context"
	"slices"
	"testing"
)

func TestBytes(t *testing.T) {
	tests := []struct {
		name, source, format, data string
		maxSize                    int64
		formats                    []string // of the documents emitted
		lines                      []int
		bad                        []string
	}{
		{name: "URL names HTML", source: "https://kabar.test/a/1.html", data: "<p>Hujan deras</p>", formats: []string{"html"}, lines: []int{0}},
		{name: "sniffed HTML", source: "https://kabar.test/a/1", data: "<!doctype html><p>Hujan deras</p>", formats: []string{"html"}, lines: []int{0}},
		{name: "sniffed text", source: "api:POST 1", data: "Judul\n\nIsi berita.", formats: []string{"text"}, lines: []int{0}},
		{name: "JSONL by format", source: "api:POST 2", format: "jsonl", data: `{"title":"a","text":"b"}` + "\n" + `{"title":"c"}` + "\n",
			formats: []string{"text"}, lines: []int{1}, bad: []string{"api:POST 2:2: no text or html field"}},
		{name: "empty", source: "https://kabar.test/a/2", data: " \n", bad: []string{"https://kabar.test/a/2: empty file"}},
		{name: "over the limit", source: "api:POST 3", format: "text", data: "0123456789", maxSize: 4,
			bad: []string{"api:POST 3: document is 10 bytes, over the 4 bytes size limit"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var formats, bad []string
			var lines []int
			err := Bytes(context.Background(), tt.source, []byte(tt.data), Options{Format: tt.format, MaxSize: tt.maxSize}, func(d Doc) error {
				if d.Source != tt.source {
					t.Errorf("document source %q, want %q", d.Source, tt.source)
				}
				formats, lines = append(formats, d.Format), append(lines, d.Line)
				return nil
			}, func(err error) { bad = append(bad, err.Error()) })
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(formats, tt.formats) || !slices.Equal(lines, tt.lines) || !slices.Equal(bad, tt.bad) {
				t.Errorf("formats %q lines %v bad %q; want %q %v %q", formats, lines, bad, tt.formats, tt.lines, tt.bad)
			}
		})
	}
	if err := Bytes(context.Background(), "x", []byte("a"), Options{Format: "pdf"}, func(Doc) error { return nil }, func(error) {}); err == nil {
		t.Error("unknown format: no error")
	}
}
