package when

import (
	"strings"
	"testing"
	"time"
)

// A 200-byte header line without a date, and one with a date at its end.
var (
	benchLineNoDate = strings.Repeat("Kantor Berita Nasional | Rubrik Ekonomi dan Bisnis | Penulis: Tim Redaksi 24 ", 3)[:200]
	benchLineDate   = benchLineNoDate[:170] + " Selasa, 31/12/2019 18:19 WIB"
)

// benchArticle is a 4 KB body of sentences written for the benchmark, with
// date expressions in a realistic density.
var benchArticle = func() string {
	parts := []string{
		"Pemerintah daerah menggelar rapat koordinasi pada hari Senin untuk membahas harga pangan yang naik sejak awal tahun ini.",
		"Menurut data dinas perdagangan, harga beras naik 12 persen dibanding Juni 2018 dan tetap tinggi hingga Februari tahun ini.",
		"Kepala dinas mengatakan kepada wartawan, Selasa (26/11), bahwa pasokan dari sentra produksi berkurang dua minggu lalu.",
		"Para pedagang di pasar induk mengeluhkan sepinya pembeli dalam beberapa bulan terakhir karena daya beli melemah.",
		"Gubernur meminta semua pihak menyiapkan cadangan beras sebelum akhir tahun ini agar harga tidak melonjak saat libur panjang.",
		"Operasi pasar akan digelar pada Kamis, 28 November 2024 di sembilan kecamatan dengan melibatkan Bulog dan koperasi desa.",
		"The governor said on Monday that prices had risen since 2017 and would be reviewed by the end of this year.",
		"Petani di wilayah selatan melaporkan panen yang terlambat akibat hujan yang turun terus-menerus sejak pekan lalu.",
	}
	var b strings.Builder
	for b.Len() < 4096 {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()[:4096]
}()

func BenchmarkFindExplicitNoDate(b *testing.B) {
	b.SetBytes(int64(len(benchLineNoDate)))
	for b.Loop() {
		FindExplicit(benchLineNoDate, WIB)
	}
}

func BenchmarkFindExplicitDate(b *testing.B) {
	if _, _, _, ok := FindExplicit(benchLineDate, WIB); !ok {
		b.Fatal("no date found")
	}
	b.SetBytes(int64(len(benchLineDate)))
	for b.Loop() {
		FindExplicit(benchLineDate, WIB)
	}
}

func BenchmarkParseExplicit(b *testing.B) {
	for b.Loop() {
		ParseExplicit("Tue, 31 Dec 2019 18:19:00 WIB", time.UTC)
	}
}

func BenchmarkMentions4KB(b *testing.B) {
	base := time.Date(2024, 11, 26, 10, 0, 0, 0, WIB)
	if n := len(Mentions(benchArticle, base)); n < 20 {
		b.Fatalf("only %d mentions", n)
	}
	b.SetBytes(int64(len(benchArticle)))
	for b.Loop() {
		Mentions(benchArticle, base)
	}
}

func BenchmarkInferPublished4KB(b *testing.B) {
	b.SetBytes(int64(len(benchArticle)))
	for b.Loop() {
		InferPublished(benchArticle, 2024, WIB)
	}
}
