package textid

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"   ", nil},
		{"Satu kalimat saja", []string{"Satu kalimat saja"}},
		{"Kim tiba. Trump menyusul! Apa hasilnya? Belum jelas.",
			[]string{"Kim tiba.", "Trump menyusul!", "Apa hasilnya?", "Belum jelas."}},
		{"Dr. Budi dan Prof. Ani hadir. Mereka bicara.",
			[]string{"Dr. Budi dan Prof. Ani hadir.", "Mereka bicara."}},
		{"H. Agus dan Hj. Siti tinggal di Jl. Sudirman No. 5 Jakarta. Tn. Ali dan Ny. Ani juga.",
			[]string{"H. Agus dan Hj. Siti tinggal di Jl. Sudirman No. 5 Jakarta.", "Tn. Ali dan Ny. Ani juga."}},
		{"Mr. Smith met Mrs. Jones in the U.S. Capitol at 9 a.m. Monday. They talked.",
			[]string{"Mr. Smith met Mrs. Jones in the U.S. Capitol at 9 a.m. Monday.", "They talked."}},
		{"e.g. This and i.e. That stay.", []string{"e.g. This and i.e. That stay."}},
		{"It happened on Jan. 5 and Feb. 7. Then it stopped.",
			[]string{"It happened on Jan. 5 and Feb. 7.", "Then it stopped."}},
		{"Kata O. Brien, inflasi 3.5 persen. Naik lagi.",
			[]string{"Kata O. Brien, inflasi 3.5 persen.", "Naik lagi."}},
		{"“Kami siap berunding,” kata Kim. Trump diam.",
			[]string{"“Kami siap berunding,” kata Kim.", "Trump diam."}},
		{"“Kami siap!” kata Kim. Trump diam.",
			[]string{"“Kami siap!” kata Kim.", "Trump diam."}},
		{"Dia berkata, “Kami siap.” Trump diam.",
			[]string{"Dia berkata, “Kami siap.”", "Trump diam."}},
		{"\"Saya... Tidak tahu,\" katanya. Lalu pergi.",
			[]string{"\"Saya... Tidak tahu,\" katanya.", "Lalu pergi."}},
		{"“Entahlah… Mungkin besok,” ujarnya.",
			[]string{"“Entahlah… Mungkin besok,” ujarnya."}},
		{"Dia menunggu... Lalu pergi.", []string{"Dia menunggu...", "Lalu pergi."}},
		{"Dia pergi. \"Saya capek,\" katanya.", []string{"Dia pergi.", "\"Saya capek,\" katanya."}},
		{"Tahun 2019. 30 orang tewas. Pada 2020.", []string{"Tahun 2019. 30 orang tewas.", "Pada 2020."}},
		{"Korban tewas. 30 orang hilang.", []string{"Korban tewas.", "30 orang hilang."}},
		{"baris satu\nmasih sama. Baru", []string{"baris satu\nmasih sama.", "Baru"}},
		{"Judul tanpa titik\n\nParagraf baru.", []string{"Judul tanpa titik", "Paragraf baru."}},
		{"huruf kecil. lanjut terus", []string{"huruf kecil. lanjut terus"}},
		{"Apa?! Ya.", []string{"Apa?!", "Ya."}},
		{"(Dia pergi.) Kami tinggal.", []string{"(Dia pergi.)", "Kami tinggal."}},
	}
	for _, tt := range tests {
		got := Sentences(tt.in)
		if len(got) == 0 && len(tt.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func checkSpans(t *testing.T, s string, spans [][2]int) {
	t.Helper()
	prev := 0
	for _, sp := range spans {
		if sp[0] < prev || sp[1] <= sp[0] || sp[1] > len(s) {
			t.Fatalf("bad span %v after %d in %q (spans %v)", sp, prev, s, spans)
		}
		if strings.TrimFunc(s[prev:sp[0]], unicode.IsSpace) != "" {
			t.Fatalf("gap %q before span %v is not space in %q", s[prev:sp[0]], sp, s)
		}
		if strings.TrimFunc(s[sp[0]:sp[1]], unicode.IsSpace) != s[sp[0]:sp[1]] {
			t.Fatalf("span %q not trimmed", s[sp[0]:sp[1]])
		}
		prev = sp[1]
	}
	if strings.TrimFunc(s[prev:], unicode.IsSpace) != "" {
		t.Fatalf("tail %q not covered in %q (spans %v)", s[prev:], s, spans)
	}
}

func TestSentenceSpansCover(t *testing.T) {
	for _, s := range []string{benchText(), "  a. B  ", "\n\n\nX.\n\n", "\"\" . \" A"} {
		checkSpans(t, s, SentenceSpans(s))
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{benchText(), "A. B", "“x… Y” Z.", "1. 2. 3", "Dr. X\n\nY", "\xff. A", "a.\u00a0B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans := SentenceSpans(s)
		checkSpans(t, s, spans)
		if got := Sentences(s); len(got) != len(spans) {
			t.Fatalf("Sentences gave %d, spans %d", len(got), len(spans))
		}
	})
}

func BenchmarkSentenceSpans(b *testing.B) {
	s := benchText()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		SentenceSpans(s)
	}
}
