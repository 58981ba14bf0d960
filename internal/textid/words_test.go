package textid

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ,. ", nil},
		{"Kim Jong-un bertemu Trump", []string{"kim", "jong", "un", "bertemu", "trump"}},
		{"kim jong un", []string{"kim", "jong", "un"}},
		{"anak-anak bermain", []string{"anak", "anak", "bermain"}},
		{"O’Brien and O'Neill", []string{"o'brien", "and", "o'neill"}},
		{"Kim's visit, Kim’s talks", []string{"kim", "visit", "kim", "talks"}},
		{"the students' books", []string{"the", "students", "books"}},
		{"don't", []string{"don't"}},
		{"Jum'at", []string{"jum'at"}},
		{"Rp 10.000 dan 1,000,000 orang", []string{"rp", "10000", "dan", "1000000", "orang"}},
		{"naik 3,5 persen atau 3.5%", []string{"naik", "3.5", "persen", "atau", "3.5"}},
		{"tahun 2019. Lalu", []string{"tahun", "2019", "lalu"}},
		{"pukul 10.30 WIB", []string{"pukul", "10.30", "wib"}},
		{"COVID-19 dan G20", []string{"covid", "19", "dan", "g20"}},
		{"31/12/2019", []string{"31", "12", "2019"}},
		{"ÉCOLE Pelé", []string{"école", "pelé"}},
		{"pemerin\u00adtah", []string{"pemerintah"}},
		{"“Kami,” katanya—lalu pergi…", []string{"kami", "katanya", "lalu", "pergi"}},
		{"bad\xffbyte", []string{"bad", "byte"}},
		{"U.S. troops", []string{"u", "s", "troops"}},
	}
	for _, tt := range tests {
		got := Words(tt.in)
		if len(got) == 0 && len(tt.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAppendWordsReuse(t *testing.T) {
	dst := []string{"x"}
	dst = AppendWords(dst, "Halo dunia")
	if want := []string{"x", "halo", "dunia"}; !reflect.DeepEqual(dst, want) {
		t.Errorf("AppendWords = %q, want %q", dst, want)
	}
}

func TestIsStopword(t *testing.T) {
	tests := []struct {
		lang, w string
		want    bool
	}{
		{"id", "yang", true},
		{"id", "tersebut", true},
		{"id", "the", false},
		{"id", "perundingan", false},
		{"ms", "kerana", true},
		{"ms", "yang", true},
		{"id", "kerana", false},
		{"en", "the", true},
		{"en", "yang", false},
		{"en", "summit", false},
		{"", "yang", true},
		{"", "the", true},
		{"", "nuklir", false},
	}
	for _, tt := range tests {
		if got := IsStopword(tt.lang, tt.w); got != tt.want {
			t.Errorf("IsStopword(%q, %q) = %v, want %v", tt.lang, tt.w, got, tt.want)
		}
	}
}

func TestStopListsSize(t *testing.T) {
	if len(stopID) < 250 || len(stopEN) < 250 {
		t.Errorf("stop lists too small: id %d, en %d", len(stopID), len(stopEN))
	}
	for w := range stopID {
		if got := Words(w); len(got) != 1 || got[0] != w {
			t.Errorf("id stop word %q is not a single Words token: %q", w, got)
		}
	}
	for w := range stopEN {
		if got := Words(w); len(got) != 1 || got[0] != w {
			t.Errorf("en stop word %q is not a single Words token: %q", w, got)
		}
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"Kim Jong-un", "10.000,5", "O’Brien's", "a\u00ad", "\xff'", "x'", "1.", "É'S"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ws := Words(s)
		for _, w := range ws {
			if w == "" || !utf8.ValidString(w) {
				t.Fatalf("bad token %q from %q", w, s)
			}
			if strings.ToLower(w) != w && strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				t.Fatalf("token %q not lower-cased", w)
			}
			if strings.ContainsAny(w, " -\t\n") {
				t.Fatalf("token %q has a separator", w)
			}
		}
		// tokens are stable: tokenising them again gives them back
		if again := Words(strings.Join(ws, " ")); !reflect.DeepEqual(again, ws) && len(ws) > 0 {
			t.Fatalf("Words(%q) = %q, again %q", s, ws, again)
		}
	})
}

func BenchmarkWords(b *testing.B) {
	s := benchText()
	b.SetBytes(int64(len(s)))
	var dst []string
	for b.Loop() {
		dst = AppendWords(dst[:0], s)
	}
}

// benchText is about 4 KB of text written for these tests.
func benchText() string {
	p := "Presiden Korea Utara Kim Jong-un menyerukan perundingan baru dengan Amerika Serikat, " +
		"kata kantor berita resmi KCNA pada Selasa (31/12/2019). Pertemuan itu membahas denuklirisasi " +
		"Semenanjung Korea dan kekhawatiran soal persenjataan yang ditangguhkan sejak 2018. " +
		"“Kami siap berunding,” kata Kim. Dr. Budi Santoso dari Jl. Merdeka No. 5 mengatakan bahwa " +
		"kebijakan tersebut menelan biaya Rp 10.000 miliar dan naik 3,5 persen.\n"
	var sb strings.Builder
	for sb.Len() < 4096 {
		sb.WriteString(p)
	}
	return sb.String()
}
