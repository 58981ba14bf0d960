package extract

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/warta-news/warta/internal/article"
)

// field returns one derived value of a as a string, for table checks.
//
//	title subtitle outlet outlet_how author dateline lang lang_how
//	published (RFC 3339) published_how precision published_from paras
//	para0 para_last removed:<kind> credit:<role>
func field(a *article.Article, name string) string {
	switch {
	case name == "title":
		return a.Title
	case name == "subtitle":
		return a.Subtitle
	case name == "outlet":
		return a.Outlet
	case name == "outlet_how":
		return a.OutletHow
	case name == "author":
		return a.Author
	case name == "dateline":
		return a.Dateline
	case name == "lang":
		return a.Lang
	case name == "lang_how":
		return a.LangHow
	case name == "published":
		return a.PublishedString()
	case name == "published_how":
		return a.PublishedHow
	case name == "precision":
		return a.PublishedPrecision
	case name == "published_from":
		return a.PublishedFrom
	case name == "paras":
		return fmt.Sprint(len(a.Paragraphs))
	case name == "para0":
		return a.Paragraphs[0]
	case name == "para_last":
		return a.Paragraphs[len(a.Paragraphs)-1]
	case strings.HasPrefix(name, "removed:"):
		var out []string
		for _, r := range a.Removed {
			if r.Kind == name[len("removed:"):] {
				out = append(out, r.Text)
			}
		}
		return strings.Join(out, " ‖ ")
	case strings.HasPrefix(name, "credit:"):
		var out []string
		for _, c := range a.Credits {
			if c.Role == name[len("credit:"):] {
				out = append(out, c.Name)
			}
		}
		return strings.Join(out, ", ")
	}
	panic("unknown field " + name)
}

// fixture reads testdata/<name>; the format follows the extension.
func fixture(t testing.TB, name string) Input {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	format := "text"
	if filepath.Ext(name) == ".html" {
		format = "html"
	}
	return Input{Source: name, Format: format, Body: b}
}

type ruleCase struct {
	rule  string
	file  string       // fixture under testdata/, or "" for body
	body  string       // inline text when file is ""
	hints func(*Input) // input hints (JSONL fields, flags)
	field string
	want  string
}

// rules: one row per extraction rule. Rows whose want depends on
// textid.DetectLang (language, WIB for id without a zone in the text) are
// marked "lang" in the rule name.
var rules = []ruleCase{
	// Title and subtitle.
	{rule: "title/first line", file: "text/cnn_style.txt", field: "title", want: "Menteri Keuangan Umumkan Paket Stimulus untuk Pelaku UMKM"},
	{rule: "title/dateline lede is body", file: "text/antara_style.txt", field: "title", want: ""},
	{rule: "title/dateline lede kept intact", file: "text/antara_style.txt", field: "para0", want: "Surabaya (ANTARA) - Pemerintah Provinsi Jawa Timur membuka posko kesehatan tambahan di tiga kabupaten yang terdampak banjir bandang sejak awal pekan ini."},
	{rule: "title/comma dateline lede is body", file: "text/place_comma.txt", field: "title", want: ""},
	{rule: "title/caption first is not title", file: "text/medcom_style.txt", field: "title", want: ""},
	{rule: "title/sentence is body", file: "text/sentence_first.txt", field: "title", want: ""},
	{rule: "title/sentence kept as paragraph", file: "text/sentence_first.txt", field: "para0", want: "Another long night in the harbour town ended with fishermen counting their losses."},
	{rule: "title/input title wins and first line dropped", body: "Banjir di Kota Lama\nAir setinggi lutut menggenangi jalan utama sejak pagi.\n", hints: func(in *Input) { in.Title = "Banjir di  Kota Lama" }, field: "paras", want: "1"},
	{rule: "title/input title kept as given", body: "Air setinggi lutut menggenangi jalan utama sejak pagi.\n", hints: func(in *Input) { in.Title = "Banjir di Kota Lama" }, field: "title", want: "Banjir di Kota Lama"},
	{rule: "title/colon headline is a title", body: "Menteri: Harga Beras Akan Turun Bulan Depan\nHarga beras di pasar induk mulai turun pekan ini, kata menteri perdagangan kepada wartawan.\n", field: "title", want: "Menteri: Harga Beras Akan Turun Bulan Depan"},
	{rule: "title/headline alone is the body", body: "December 5, 2023\nRiver floods three villages after storm\n", field: "para0", want: "River floods three villages after storm"},
	{rule: "title/hard-wrapped lines joined", body: "Warga desa di lereng gunung mulai kembali ke rumah\nmereka setelah status siaga diturunkan pada Senin.\n", field: "paras", want: "1"},
	{rule: "title/cut line is not a title", body: "Info penting bagi pengguna jalan tol,\nSegera cek saldo kartu sebelum berangkat karena gerbang tidak menerima uang tunai.\n", field: "title", want: ""},
	{rule: "subtitle/deck before dateline lede", file: "text/cnn_style.txt", field: "subtitle", want: "Pemerintah menyiapkan paket stimulus senilai Rp12 triliun untuk membantu usaha kecil yang terdampak kenaikan harga bahan baku."},
	{rule: "subtitle/title-case deck", file: "text/deck_style.txt", field: "subtitle", want: "Pelatih Puji Semangat Juang Para Pemain Muda."},
	{rule: "subtitle/sentence lede is not a deck", body: "Tim SAR Temukan Pendaki yang Hilang\nSeorang pendaki yang hilang sejak Jumat ditemukan selamat oleh tim gabungan pada Minggu pagi.\nIa dibawa ke puskesmas terdekat untuk diperiksa.\n", field: "subtitle", want: ""},
	{rule: "body/question heading kept", file: "text/deck_style.txt", field: "paras", want: "3"},
	{rule: "body/section heading kept", file: "text/antara_foreign.txt", field: "paras", want: "5"},

	// Furniture.
	{rule: "related/Baca juga and Baca Juga", file: "text/antara_style.txt", field: "removed:related", want: "Baca juga: Banjir bandang rendam ratusan rumah di lereng gunung ‖ Baca juga: Jalur evakuasi di lereng gunung diperbaiki ‖ Baca Juga: Relawan dirikan dapur umum di balai desa"},
	{rule: "related/Lihat juga", file: "text/kompas_style.txt", field: "removed:related", want: "Baca juga: Stok Beras Aman hingga Lebaran, Kata Bulog ‖ Lihat juga: Daftar Harga Pangan Hari Ini"},
	{rule: "related/Related:", file: "text/reuters_style.txt", field: "removed:related", want: "Related: Markets rally after jobs report beats forecasts"},
	{rule: "related/Read also:", file: "text/ap_style.txt", field: "removed:related", want: "Read also: Heat wave breaks records across the region"},
	{rule: "related/Simak juga", file: "text/detik_style.txt", field: "removed:related", want: "Simak juga Video: Antrean Kendaraan Mengular di Sekitar Pancoran"},
	{rule: "section/TOPIK TERKAIT REKOMENDASI LAINNYA DI", file: "text/cnn_style.txt", field: "removed:section", want: "TOPIK TERKAIT ‖ REKOMENDASI ‖ LAINNYA DI DETIKNETWORK"},
	{rule: "section/Berita Terkait and Most Read", file: "text/detik_style.txt", field: "removed:section", want: "Berita Terkait ‖ Most Read"},
	{rule: "section/Most Read mid-body", file: "text/ap_style.txt", field: "removed:section", want: "Most Read"},
	{rule: "section/Artikel Terkait", body: "Warga kota menanam seribu pohon di bantaran sungai pada hari Minggu pagi.\nArtikel Terkait\n", field: "removed:section", want: "Artikel Terkait"},
	{rule: "section/tagline after credits", file: "text/antara_style.txt", field: "removed:section", want: "Siaga bencana di musim hujan"},
	{rule: "boilerplate/ADVERTISEMENT and scroll", file: "text/detik_style.txt", field: "removed:boilerplate", want: "Senin, 06 Mar 2023 14:30 WIB ‖ ADVERTISEMENT ‖ SCROLL TO CONTINUE WITH CONTENT"},
	{rule: "boilerplate/header line", file: "text/cnn_style.txt", field: "removed:boilerplate", want: "CNN Indonesia | Rabu, 14/02/2024 09:05 WIB"},
	{rule: "media/Gambas", file: "text/cnn_style.txt", field: "removed:media", want: "[Gambas:Video CNN]"},
	{rule: "media/embed and Video", file: "text/detik_style.txt", field: "removed:media", want: "(Video: Detik-detik petugas memasang pembatas jalan) ‖ [embed]https://video.example/embed/12345[/embed]"},
	{rule: "media/Gambas inside a line", body: "Warga memadati alun-alun kota sejak sore. [Gambas:Video Kabar] Panitia menyiapkan panggung utama.\n", field: "para0", want: "Warga memadati alun-alun kota sejak sore. Panitia menyiapkan panggung utama."},
	{rule: "caption/glued to a sentence: caption cut", file: "text/cnn_style.txt", field: "removed:caption", want: "Suasana pasar tradisional di Jakarta Timur. (CNN Indonesia/Andi Pratama)"},
	{rule: "caption/whole line Getty-style", file: "text/medcom_style.txt", field: "removed:caption", want: "Para menteri luar negeri ASEAN berfoto bersama sebelum pertemuan di Vientiane. (AFP Photo/Somchai Vong)"},
	{rule: "caption/ANTARA FOTO", file: "text/antara_style.txt", field: "removed:caption", want: "Warga antre pemeriksaan kesehatan di posko pengungsian Desa Sumberwuluh. (ANTARA FOTO/Rudi Hartono)"},
	{rule: "caption/Foto: line", file: "text/kompas_style.txt", field: "removed:caption", want: "Foto: Tumpukan cabai di lapak pedagang Pasar Induk Kramat Jati."},
	{rule: "caption/Photo: Reuters", file: "text/ap_style.txt", field: "removed:caption", want: "Photo: Reuters"},
	{rule: "caption/Getty Images", body: "Seorang pekerja memeriksa panel surya di atap gedung. (Getty Images)\nPemerintah menargetkan kapasitas listrik tenaga surya naik dua kali lipat pada akhir dekade ini.\n", field: "removed:caption", want: "Seorang pekerja memeriksa panel surya di atap gedung. (Getty Images)"},
	{rule: "source_link/Source link", file: "text/london_dash.txt", field: "removed:source_link", want: "Source link"},
	{rule: "copyright/ANTARA", file: "text/antara_style.txt", field: "removed:copyright", want: "Copyright © ANTARA 2023"},
	{rule: "copyright/© Reuters", file: "text/reuters_style.txt", field: "removed:copyright", want: "© 2024 Reuters. All rights reserved."},
	{rule: "copyright/Hak Cipta", file: "text/witaline.txt", field: "removed:copyright", want: "Hak Cipta © 2024 Kabar Timur"},
	{rule: "credit/credit lines removed", file: "text/antara_foreign.txt", field: "removed:credit", want: "Sumber: Reuters ‖ Penerjemah: Nadia Putri ‖ Editor: Agus Salim"},
	{rule: "credit/initials cut from last paragraph", file: "text/cnn_style.txt", field: "para_last", want: "Kebijakan ini akan dievaluasi setiap tiga bulan oleh kementerian bersama Bank Indonesia dan Otoritas Jasa Keuangan."},
	{rule: "credit/advertorial label is not an author", body: "Produk perawatan kulit terbaru kini hadir di seluruh gerai kecantikan di Jakarta. (adv)\n", field: "author", want: ""},
	{rule: "credit/initials kept in Removed", file: "text/cnn_style.txt", field: "removed:credit", want: "(ari/wiw)"},

	// Credits.
	{rule: "credits/Sumber is source", file: "text/antara_foreign.txt", field: "credit:source", want: "Reuters"},
	{rule: "credits/Penerjemah", file: "text/antara_foreign.txt", field: "credit:translator", want: "Nadia Putri"},
	{rule: "credits/Editor", file: "text/antara_style.txt", field: "credit:editor", want: "Sri Handayani"},
	{rule: "credits/Pewarta", file: "text/antara_style.txt", field: "credit:reporter", want: "Dimas Pranowo"},
	{rule: "credits/Reporter", file: "text/witaline.txt", field: "credit:reporter", want: "Lalu Ahmad Fauzi"},
	{rule: "credits/Translator Source Writer", file: "text/sentence_first.txt", field: "credit:translator", want: "Maria Lopez"},
	{rule: "credits/Source: agency", file: "text/sentence_first.txt", field: "credit:source", want: "Reuters"},
	{rule: "credits/Reporting by", file: "text/reuters_style.txt", field: "credit:reporter", want: "Jane Morrow, Tom Ellis"},
	{rule: "credits/Editing by", file: "text/reuters_style.txt", field: "credit:editor", want: "Ruth Kane"},
	{rule: "credits/photo", file: "text/cnn_style.txt", field: "credit:photo", want: "CNN Indonesia/Andi Pratama"},
	{rule: "via/dilansir", file: "text/cnn_style.txt", field: "credit:via", want: "Reuters"},
	{rule: "via/mengutip AP and dikutip dari AFP", file: "text/antara_foreign.txt", field: "credit:via", want: "AP, AFP"},
	{rule: "via/dikutip dari Kyodo", file: "text/medcom_style.txt", field: "credit:via", want: "Kyodo"},
	{rule: "via/according to", file: "text/ap_style.txt", field: "credit:via", want: "Yonhap"},
	{rule: "via/glued agency name", body: "Dikutip dari Associated PressKCNA mengatakan rapat itu berlanjut pada hari keempat.\n", field: "credit:via", want: "AP"},
	{rule: "via/agency in dateline when outlet is other", file: "text/agency_dateline.txt", hints: func(in *Input) { in.Outlet = "Tempo" }, field: "credit:via", want: "AFP"},
	{rule: "via/no via for own agency", file: "text/antara_style.txt", field: "credit:via", want: ""},

	// Outlet.
	{rule: "outlet/dateline agency", file: "text/agency_dateline.txt", field: "outlet", want: "AFP"},
	{rule: "outlet/dateline agency explicit", file: "text/agency_dateline.txt", field: "outlet_how", want: "explicit"},
	{rule: "outlet/dateline Place, Outlet --", file: "text/dateline_outlet.txt", field: "outlet", want: "CNN Indonesia"},
	{rule: "outlet/header line", file: "text/witaline.txt", field: "outlet", want: "Kabar Timur"},
	{rule: "outlet/header known outlet", file: "text/detik_style.txt", field: "outlet", want: "detikcom"},
	{rule: "outlet/copyright line", body: "Warga kota menanam seribu pohon di bantaran sungai pada hari Minggu pagi.\n© 2023 Warta Selatan\n", field: "outlet", want: "Warta Selatan"},
	{rule: "outlet/copyright normalised agency", file: "text/ap_style.txt", field: "outlet", want: "AP"},
	{rule: "outlet/input wins", file: "text/agency_dateline.txt", hints: func(in *Input) { in.Outlet = "Tempo" }, field: "outlet", want: "Tempo"},
	{rule: "outlet/flag is fallback", file: "text/london_dash.txt", hints: func(in *Input) { in.OutletFlag = "The Guardian" }, field: "outlet", want: "The Guardian"},
	{rule: "outlet/flag loses to text", file: "text/agency_dateline.txt", hints: func(in *Input) { in.OutletFlag = "Kabar Lain" }, field: "outlet", want: "AFP"},
	{rule: "outlet/Sumber is not the outlet", file: "text/sentence_first.txt", field: "outlet", want: ""},
	{rule: "outlet/unknown", file: "text/sentence_first.txt", field: "outlet_how", want: "unknown"},

	// Dateline.
	{rule: "dateline/Place (AGENCY) -", file: "text/antara_style.txt", field: "dateline", want: "Surabaya"},
	{rule: "dateline/Place, Outlet --", file: "text/cnn_style.txt", field: "dateline", want: "Jakarta"},
	{rule: "dateline/Place:", file: "text/medcom_style.txt", field: "dateline", want: "Vientiane"},
	{rule: "dateline/Place, Country —", file: "text/place_comma.txt", field: "dateline", want: "Bangkok, Thailand"},
	{rule: "dateline/WASHINGTON (Reuters) -", file: "text/reuters_style.txt", field: "dateline", want: "Washington"},
	{rule: "dateline/LONDON —", file: "text/london_dash.txt", field: "dateline", want: "London"},
	{rule: "dateline/SEOUL, South Korea (AP) —", file: "text/ap_style.txt", field: "dateline", want: "Seoul, South Korea"},
	{rule: "dateline/JAKARTA, KOMPAS.com -", file: "text/kompas_style.txt", field: "dateline", want: "Jakarta"},
	{rule: "dateline/Jakarta -", file: "text/detik_style.txt", field: "dateline", want: "Jakarta"},
	{rule: "dateline/none", file: "text/sentence_first.txt", field: "dateline", want: ""},

	// Author.
	{rule: "author/byline Name • date", file: "text/medcom_style.txt", field: "author", want: "Siti Rahmawati"},
	{rule: "author/By X", file: "text/reuters_style.txt", field: "author", want: "Jane Morrow"},
	{rule: "author/Oleh: X", file: "text/deck_style.txt", field: "author", want: "Bayu Kurniawan"},
	{rule: "author/Penulis: X", file: "text/kompas_style.txt", field: "author", want: "Laras Anindita"},
	{rule: "author/Reporter: X", file: "text/witaline.txt", field: "author", want: "Lalu Ahmad Fauzi"},
	{rule: "author/Name - outlet header", file: "text/detik_style.txt", field: "author", want: "Rahmat Hidayat"},
	{rule: "author/Writer: X", file: "text/sentence_first.txt", field: "author", want: "Paul Grant"},
	{rule: "author/initials when nothing else", file: "text/cnn_style.txt", field: "author", want: "ari"},
	{rule: "author/input wins", file: "text/medcom_style.txt", hints: func(in *Input) { in.Author = "Redaksi Medcom" }, field: "author", want: "Redaksi Medcom"},

	// Language.
	{rule: "lang/input explicit", file: "text/cnn_style.txt", hints: func(in *Input) { in.Lang = "id-ID" }, field: "lang", want: "id"},
	{rule: "lang/input how", file: "text/cnn_style.txt", hints: func(in *Input) { in.Lang = "id" }, field: "lang_how", want: "explicit"},
	{rule: "lang/detected id", file: "text/cnn_style.txt", field: "lang", want: "id"},
	{rule: "lang/detected how", file: "text/cnn_style.txt", field: "lang_how", want: "inferred"},
	{rule: "lang/detected en", file: "text/reuters_style.txt", field: "lang", want: "en"},

	// Published.
	{rule: "published/input", file: "text/sentence_first.txt", hints: func(in *Input) { in.Published = "2019-07-31T12:38:00+07:00" }, field: "published", want: "2019-07-31T12:38:00+07:00"},
	{rule: "published/input how", file: "text/sentence_first.txt", hints: func(in *Input) { in.Published = "2019-07-31T12:38:00+07:00" }, field: "published_how", want: "explicit"},
	{rule: "published/input wins over header", file: "text/cnn_style.txt", hints: func(in *Input) { in.Published = "2024-02-15T10:00:00+07:00" }, field: "published", want: "2024-02-15T10:00:00+07:00"},
	{rule: "published/header WIB", file: "text/cnn_style.txt", field: "published", want: "2024-02-14T09:05:00+07:00"},
	{rule: "published/header how", file: "text/cnn_style.txt", field: "published_how", want: "explicit"},
	{rule: "published/header precision", file: "text/cnn_style.txt", field: "precision", want: "minute"},
	{rule: "published/header evidence", file: "text/cnn_style.txt", field: "published_from", want: "Rabu, 14/02/2024 09:05 WIB"},
	{rule: "published/header WITA", file: "text/witaline.txt", field: "published", want: "2024-01-12T07:20:00+08:00"},
	{rule: "published/Kompas header", file: "text/kompas_style.txt", field: "published", want: "2023-03-05T10:15:00+07:00"},
	{rule: "published/date line", file: "text/detik_style.txt", field: "published", want: "2023-03-06T14:30:00+07:00"},
	{rule: "published/byline, lang WIB", file: "text/medcom_style.txt", field: "published", want: "2024-07-18T09:40:00+07:00"},
	{rule: "published/English byline date is UTC", body: "Bridge reopens after repairs\nBy Anna Bell\nMarch 5, 2024 10:30\nLONDON — The bridge reopened to traffic on Tuesday after six months of repairs, the city council said.\n", hints: func(in *Input) { in.Lang = "en" }, field: "published", want: "2024-03-05T10:30:00Z"},
	{rule: "published/not from body paragraphs", body: "Pameran buku dibuka\nPameran buku internasional dibuka pada Kamis, 21 November 2024, dan berlangsung selama sepekan di pusat kota.\n", hints: func(in *Input) { in.Lang = "id" }, field: "published_how", want: "inferred"},
	{rule: "published/date in the dateline", body: "Jakarta, 12 Januari 2024 - Pemerintah membuka pendaftaran beasiswa bagi mahasiswa dari daerah tertinggal mulai pekan depan.\n", hints: func(in *Input) { in.Lang = "id" }, field: "published", want: "2024-01-12T00:00:00+07:00"},
	{rule: "published/date in the dateline is explicit", body: "Jakarta, 12 Januari 2024 - Pemerintah membuka pendaftaran beasiswa bagi mahasiswa dari daerah tertinggal mulai pekan depan.\n", hints: func(in *Input) { in.Lang = "id" }, field: "published_how", want: "explicit"},
	{rule: "dateline/Place, date -", body: "Jakarta, 12 Januari 2024 - Pemerintah membuka pendaftaran beasiswa bagi mahasiswa dari daerah tertinggal mulai pekan depan.\n", field: "dateline", want: "Jakarta"},
	{rule: "published/Diterbitkan line at the end", body: "Warga kota menanam seribu pohon di bantaran sungai pada hari Minggu pagi.\nDiterbitkan: 7 Januari 2024 08:15 WIB\n", field: "published", want: "2024-01-07T08:15:00+07:00"},
	{rule: "published/Diterbitkan line removed", body: "Warga kota menanam seribu pohon di bantaran sungai pada hari Minggu pagi.\nDiterbitkan: 7 Januari 2024 08:15 WIB\n", field: "removed:boilerplate", want: "Diterbitkan: 7 Januari 2024 08:15 WIB"},
	{rule: "published/inferred from body and copyright (lang WIB)", file: "text/antara_style.txt", field: "published", want: "2023-10-11T00:00:00+07:00"},
	{rule: "published/inferred how", file: "text/antara_style.txt", field: "published_how", want: "inferred"},
	{rule: "published/inferred precision", file: "text/antara_style.txt", field: "precision", want: "day"},
	{rule: "published/unknown", file: "text/sentence_first.txt", field: "published_how", want: "unknown"},

	// HTML.
	{rule: "html/title from metadata", file: "html/cnnlike.html", field: "title", want: "Banjir Rob Genangi Pesisir Semarang, Ribuan Warga Mengungsi"},
	{rule: "html/site name outlet", file: "html/cnnlike.html", field: "outlet", want: "Kabar Harian"},
	{rule: "html/meta author", file: "html/cnnlike.html", field: "author", want: "Rina Wulandari"},
	{rule: "html/meta date", file: "html/cnnlike.html", field: "published", want: "2024-02-14T09:05:00+07:00"},
	{rule: "html/meta date how", file: "html/cnnlike.html", field: "published_how", want: "explicit"},
	{rule: "html/lang attribute", file: "html/cnnlike.html", field: "lang", want: "id"},
	{rule: "html/dateline", file: "html/cnnlike.html", field: "dateline", want: "Semarang"},
	{rule: "html/paragraphs kept, nav and footer gone", file: "html/cnnlike.html", field: "paras", want: "6"},
	{rule: "html/related in body", file: "html/cnnlike.html", field: "removed:related", want: "Baca juga: Tanggul Laut Semarang Ditargetkan Rampung Tahun Depan"},
	{rule: "html/media in body", file: "html/cnnlike.html", field: "removed:media", want: "[Gambas:Video Kabar Harian]"},
	{rule: "html/initials", file: "html/cnnlike.html", field: "removed:credit", want: "(rwl/asa)"},
	{rule: "html/jsonl html body sniffed", file: "html/cnnlike.html", hints: func(in *Input) { in.Format = "jsonl" }, field: "outlet", want: "Kabar Harian"},
}

func TestRules(t *testing.T) {
	for _, tc := range rules {
		t.Run(tc.rule, func(t *testing.T) {
			var in Input
			if tc.file != "" {
				in = fixture(t, tc.file)
			} else {
				in = Input{Source: "inline", Format: "text", Body: []byte(tc.body)}
			}
			if tc.hints != nil {
				tc.hints(&in)
			}
			a, err := Extract(in)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if got := field(a, tc.field); got != tc.want {
				t.Errorf("%s:\n got  %q\n want %q", tc.field, got, tc.want)
			}
		})
	}
}

// noFurniture lists strings that must not remain in any paragraph.
var noFurniture = []string{
	"Baca juga", "Baca Juga", "TOPIK TERKAIT", "REKOMENDASI", "LAINNYA DI", "[Gambas", "[embed]",
	"(AFP Photo", "(Getty Images)", "(ANTARA FOTO", "Source link", "Copyright", "©", "Penerjemah:",
	"Editor:", "Sumber:", "Pewarta:", "ADVERTISEMENT", "SCROLL TO CONTINUE", "Most Read", "Related:",
	"Read also", "Reporting by", "(Video:", "Foto:", "Photo:", "Reporter:", "Writer:", "Source:",
}

func TestFixturesNoFurnitureLeft(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		in := fixture(t, strings.TrimPrefix(f, "testdata/"))
		a, err := Extract(in)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		checkNoFurniture(t, f, a)
		if a.ID != article.ContentID(a.Title, a.Paragraphs) {
			t.Errorf("%s: ID %q is not the content id", f, a.ID)
		}
	}
}

func checkNoFurniture(t *testing.T, name string, a *article.Article) {
	t.Helper()
	for i, p := range a.Paragraphs {
		for _, f := range noFurniture {
			if strings.Contains(p, f) {
				t.Errorf("%s: paragraph %d still has %q: %q", name, i, f, p)
			}
		}
		if p != strings.TrimSpace(p) || strings.Contains(p, "  ") || strings.ContainsRune(p, '\u00a0') {
			t.Errorf("%s: paragraph %d has uncollapsed space: %q", name, i, p)
		}
	}
}

func TestNoText(t *testing.T) {
	cases := []struct{ name, format, body string }{
		{"empty", "text", ""},
		{"blank", "text", " \n\u00a0\n\t\n"},
		{"furniture only", "text", "Baca juga: Sesuatu yang lain\nTOPIK TERKAIT\nCopyright © ANTARA 2019\n"},
		{"empty html", "html", "<html><body><nav>Beranda</nav></body></html>"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(Input{Source: "src/" + tc.name, Format: tc.format, Body: []byte(tc.body)})
			if !errors.Is(err, ErrNoText) {
				t.Fatalf("got err %v, want ErrNoText", err)
			}
			if !strings.Contains(err.Error(), "src/"+tc.name) {
				t.Errorf("error %q does not name the source", err)
			}
		})
	}
}

func TestIDStableAcrossFormats(t *testing.T) {
	a, err := Extract(Input{Source: "a.txt", Format: "text", Body: []byte("Judul Berita Hari Ini\n\nParagraf  pertama berisi kabar.\r\nParagraf kedua.\n")})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Extract(Input{Source: "b.jsonl", Format: "jsonl", Title: "Judul Berita Hari Ini", Body: []byte("Paragraf pertama berisi kabar.\n\nParagraf kedua.")})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != b.ID {
		t.Errorf("ids differ: %s vs %s (%q %q / %q %q)", a.ID, b.ID, a.Title, a.Paragraphs, b.Title, b.Paragraphs)
	}
}

func TestCleanAuthor(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Tim Redaksi; Selasa", "Tim Redaksi"},
		{"Rina Wulandari", "Rina Wulandari"},
		{"Budi Santoso | 31/12/2019 18:19", "Budi Santoso"},
		{"https://example.com/author/budi", ""},
		{"Selasa, 31 Desember 2019", ""},
	}
	for _, tc := range cases {
		if got := cleanAuthor(tc.in); got != tc.want {
			t.Errorf("cleanAuthor(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNormSpace(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"  two  spaces\there ", "two spaces here"},
		{"no\u00a0break\u200b here\u00a0", "no break here"},
		{"\u00a0", ""},
	}
	for _, tc := range cases {
		if got := normSpace(tc.in); got != tc.want {
			t.Errorf("normSpace(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMatchDateline(t *testing.T) {
	none := func(string) bool { return false }
	cases := []struct {
		in                  string
		place, outlet, agcy string
		ok                  bool
	}{
		{"Seoul (ANTARA) - Kim berkata.", "Seoul", "", "ANTARA", true},
		{"Jakarta (ANTARA/AFP) - Kim berkata.", "Jakarta", "", "ANTARA,AFP", true},
		{"Jakarta, CNN Indonesia -- Kim berkata.", "Jakarta", "CNN Indonesia", "", true},
		{"TEMPO.CO, Jakarta - Kim berkata.", "Jakarta", "Tempo", "", true},
		{"KOMPAS.com - Kim berkata.", "", "Kompas.com", "", true},
		{"NEW YORK (Reuters) - Stocks rose.", "New York", "", "Reuters", true},
		{"Pyongyang: Kim berkata.", "Pyongyang", "", "", true},
		{"Kim Jong-un berbicara di Pyongyang.", "", "", "", false},
		{"Menurut dia, harga naik.", "", "", "", false},
	}
	for _, tc := range cases {
		m, ok := matchDateline(tc.in, none)
		if ok != tc.ok || m.place != tc.place || m.outlet != tc.outlet || strings.Join(m.agencies, ",") != tc.agcy {
			t.Errorf("matchDateline(%q) = %+v %v, want place %q outlet %q agencies %q %v", tc.in, m, ok, tc.place, tc.outlet, tc.agcy, tc.ok)
		}
	}
}

// Concurrency: Extract must be safe to call from many goroutines.
func TestConcurrent(t *testing.T) {
	ins := []Input{fixture(t, "text/cnn_style.txt"), fixture(t, "text/antara_style.txt"), fixture(t, "html/cnnlike.html")}
	want := make([]string, len(ins))
	for i, in := range ins {
		a, err := Extract(in)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = a.ID + a.PublishedString() + a.Outlet
	}
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for k := 0; k < 20; k++ {
				i := (g + k) % len(ins)
				a, err := Extract(ins[i])
				if err != nil {
					errs <- err
					return
				}
				if got := a.ID + a.PublishedString() + a.Outlet; got != want[i] {
					errs <- fmt.Errorf("input %d: got %q want %q", i, got, want[i])
					return
				}
			}
			errs <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestDateish(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Selasa, 31/12/2019 18:19 WIB", true},
		{"22 November 2024 14:26", true},
		{"22 November 2024", true},
		{"Nov 22, 2024", true},
		{"2019-12-31", true},
		{"pukul 18.19", true},
		{"06 Mar 2023", true},
		{"sebanyak 2.300 warga", false},
		{"magnitudo 5,1", false},
		{"Rp12 triliun", false},
		{"CNN Indonesia", false},
		{"tahun 2019", false},
	}
	for _, tc := range cases {
		if got := dateish(tc.in); got != tc.want {
			t.Errorf("dateish(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestSplitHeader(t *testing.T) {
	got := strings.Join(splitHeader("A B | Selasa, 31/12/2019 • X - Y — Z|W"), "/")
	if want := "A B/Selasa, 31/12/2019/X/Y/Z/W"; got != want {
		t.Errorf("splitHeader = %q, want %q", got, want)
	}
}
