package extract

import (
	"os"
	"strings"
	"testing"
)

// benchText builds a ~4 KB plain-text article from the fixtures: a header,
// body paragraphs and the usual furniture.
func benchText(b *testing.B) []byte {
	var sb strings.Builder
	for _, f := range []string{"testdata/text/cnn_style.txt", "testdata/text/antara_style.txt", "testdata/text/medcom_style.txt"} {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteByte('\n')
	}
	s := sb.String()
	for len(s) < 4096 {
		s += s
	}
	return []byte(s[:4096])
}

func BenchmarkExtractText(b *testing.B) {
	body := benchText(b)
	in := Input{Source: "bench", Format: "text", Body: body}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractTextLangGiven(b *testing.B) {
	body := benchText(b)
	in := Input{Source: "bench", Format: "text", Body: body, Lang: "id"}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractSeeds(b *testing.B) {
	var ins []Input
	for _, n := range []string{"000", "001", "002", "003", "004"} {
		ins = append(ins, readSeed(b, n))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range ins {
			if _, err := Extract(in); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkExtractHTML(b *testing.B) {
	in := fixture(b, "html/cnnlike.html")
	b.SetBytes(int64(len(in.Body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLineFilter measures this package's own work on a 4 KB text
// (line split, furniture, header, title, dateline, via), without language
// detection, date parsing and ContentID.
func BenchmarkLineFilter(b *testing.B) {
	body := string(benchText(b))
	in := Input{Source: "bench", Format: "text"}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		d := newDoc(&in)
		d.readText(body)
		for _, l := range d.lines {
			if l.kind == "" {
				d.findVia(l.text)
			}
		}
	}
}
