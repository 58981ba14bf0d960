package textid

import (
	"testing"
	"unicode/utf8"
)

// idStemCases are Indonesian words with the stems warta expects, written for
// these tests. The first block is the list from DEPENDENCIES.md.
var idStemCases = []struct{ word, want string }{
	{"menyerukan", "seru"}, {"perundingan", "runding"}, {"berunding", "runding"},
	{"kekhawatiran", "khawatir"}, {"pembicaraan", "bicara"}, {"pertemuan", "temu"},
	{"mengadakan", "ada"}, {"denuklirisasi", "denuklirisasi"}, {"persenjataan", "senjata"},
	{"ditangguhkan", "tangguh"}, {"pemimpin", "pimpin"}, {"kepemimpinan", "pimpin"},
	{"menyelesaikan", "selesai"}, {"kebijakan", "bijak"}, {"menuduh", "tuduh"},
	{"penegakan", "tegak"}, {"mengatakan", "kata"}, {"dikatakan", "kata"},
	{"perdamaian", "damai"}, {"pengujian", "uji"},

	{"membaca", "baca"}, {"dibaca", "baca"}, {"pembaca", "baca"}, {"bacaan", "baca"},
	{"menulis", "tulis"}, {"ditulis", "tulis"}, {"penulis", "tulis"}, {"tulisan", "tulis"},
	{"mengambil", "ambil"}, {"diambil", "ambil"}, {"pengambilan", "ambil"},
	{"mengirim", "kirim"}, {"dikirim", "kirim"}, {"pengiriman", "kirim"}, {"kiriman", "kirim"},
	{"menangkap", "tangkap"}, {"ditangkap", "tangkap"}, {"penangkapan", "tangkap"},
	{"memukul", "pukul"}, {"dipukul", "pukul"}, {"pemukulan", "pukul"},
	{"menyebut", "sebut"}, {"disebut", "sebut"}, {"menyebutkan", "sebut"}, {"sebutan", "sebut"},
	{"menyatakan", "nyata"}, {"pernyataan", "nyata"}, {"kenyataan", "nyata"},
	{"menggunakan", "guna"}, {"digunakan", "guna"}, {"penggunaan", "guna"}, {"pengguna", "guna"},
	{"melakukan", "laku"}, {"dilakukan", "laku"}, {"pelaku", "laku"},
	{"membangun", "bangun"}, {"pembangunan", "bangun"}, {"bangunan", "bangun"},
	{"memberikan", "beri"}, {"diberikan", "beri"}, {"pemberian", "beri"},
	{"mendapatkan", "dapat"}, {"pendapatan", "dapat"}, {"didapat", "dapat"},
	{"menjadi", "jadi"}, {"kejadian", "jadi"}, {"terjadi", "jadi"},
	{"bekerja", "kerja"}, {"pekerja", "kerja"}, {"pekerjaan", "kerja"}, {"dikerjakan", "kerja"},
	{"belajar", "ajar"}, {"pelajaran", "ajar"}, {"mengajar", "ajar"}, {"pengajar", "ajar"},
	{"berjalan", "jalan"}, {"perjalanan", "jalan"}, {"menjalankan", "jalan"}, {"dijalankan", "jalan"},
	{"bermain", "main"}, {"permainan", "main"}, {"mainan", "main"},
	{"berbicara", "bicara"}, {"dibicarakan", "bicara"}, {"membicarakan", "bicara"},
	{"pemerintah", "perintah"}, {"pemerintahan", "perintah"}, {"memerintahkan", "perintah"},
	{"kepolisian", "polisi"}, {"kejaksaan", "jaksa"}, {"pengadilan", "adil"}, {"keadilan", "adil"},
	{"kementerian", "menteri"}, {"kesehatan", "sehat"}, {"keamanan", "aman"}, {"pengamanan", "aman"},
	{"kecelakaan", "celaka"}, {"kematian", "mati"}, {"kemerdekaan", "merdeka"},
	{"perusahaan", "usaha"}, {"pengusaha", "usaha"}, {"berusaha", "usaha"},
	{"pertanian", "tani"}, {"petani", "tani"}, {"perekonomian", "ekonomi"},
	{"menunggu", "tunggu"}, {"ditunggu", "tunggu"}, {"menolak", "tolak"}, {"penolakan", "tolak"},
	{"menanam", "tanam"}, {"tanaman", "tanam"}, {"penanaman", "tanam"},
	{"memakan", "makan"}, {"makanan", "makan"}, {"dimakan", "makan"},
	{"meminta", "minta"}, {"permintaan", "minta"}, {"diminta", "minta"},
	{"memilih", "pilih"}, {"pemilihan", "pilih"}, {"pilihan", "pilih"}, {"terpilih", "pilih"},
	{"menjual", "jual"}, {"penjualan", "jual"}, {"dijual", "jual"},
	{"membeli", "beli"}, {"pembelian", "beli"}, {"dibeli", "beli"},
	{"mengungkapkan", "ungkap"}, {"diungkapkan", "ungkap"}, {"terungkap", "ungkap"},
	{"menjelaskan", "jelas"}, {"penjelasan", "jelas"}, {"dijelaskan", "jelas"},
	{"menegaskan", "tegas"}, {"ditegaskan", "tegas"}, {"penegasan", "tegas"},
	{"memperbaiki", "baik"}, {"perbaikan", "baik"}, {"kebaikan", "baik"},
	{"mempertahankan", "tahan"}, {"pertahanan", "tahan"}, {"ditahan", "tahan"}, {"penahanan", "tahan"},
	{"memperkenalkan", "kenal"}, {"diperkenalkan", "kenal"}, {"perkenalan", "kenal"},
	{"keberhasilan", "hasil"}, {"berhasil", "hasil"}, {"menghasilkan", "hasil"},
	{"berkelanjutan", "lanjut"}, {"melanjutkan", "lanjut"}, {"kelanjutan", "lanjut"},
	{"mengalami", "alam"}, {"pengalaman", "alam"},
	{"memulai", "mulai"}, {"dimulai", "mulai"},
	{"mengenai", "kena"}, {"dikenai", "kena"},
	{"menyanyi", "nyanyi"}, {"penyanyi", "nyanyi"},
	{"mengebom", "bom"}, {"pengeboman", "bom"},
	{"mengkritik", "kritik"}, {"dikritik", "kritik"},
	{"mempunyai", "punya"}, {"kepunyaan", "punya"},
	{"menguji", "uji"}, {"diuji", "uji"}, {"ujian", "uji"},
	{"pembunuhan", "bunuh"}, {"dibunuh", "bunuh"}, {"membunuh", "bunuh"},
	{"pencurian", "curi"}, {"mencuri", "curi"}, {"dicuri", "curi"},
	{"penyelidikan", "selidik"}, {"menyelidiki", "selidik"}, {"diselidiki", "selidik"},
	{"penyidikan", "sidik"}, {"penyidik", "sidik"},
	{"penembakan", "tembak"}, {"menembak", "tembak"}, {"ditembak", "tembak"}, {"tembakan", "tembak"},
	{"ledakan", "ledak"}, {"meledak", "ledak"}, {"diledakkan", "ledak"},
	{"kebakaran", "bakar"}, {"terbakar", "bakar"}, {"membakar", "bakar"},
	{"pengungsi", "ungsi"}, {"mengungsi", "ungsi"}, {"pengungsian", "ungsi"},
	{"bantuan", "bantu"}, {"membantu", "bantu"}, {"dibantu", "bantu"},
	{"penduduk", "duduk"}, {"kedudukan", "duduk"},
	{"sebagian", "bagi"}, {"pembagian", "bagi"}, {"dibagikan", "bagi"},
	{"bersama", "sama"}, {"kerja sama", "kerja sama"}, {"persamaan", "sama"},
	{"rumahnya", "rumah"}, {"bukunya", "buku"}, {"miliknya", "milik"},
	{"bukankah", "bukan"}, {"apakah", "apa"}, {"adalah", "ada"}, {"ialah", "ialah"},
	{"kapanpun", "kapan"}, {"lakukanlah", "laku"}, {"anak-anak", "anak"}, {"buku-bukunya", "buku"},
	{"pemilu", "pemilu"}, {"pesawat", "pesawat"}, {"penting", "penting"}, {"perempuan", "perempuan"},
	{"berita", "berita"}, {"sekolah", "sekolah"}, {"masalah", "masalah"}, {"tersangka", "tersangka"},
	{"kepala", "kepala"}, {"keluarga", "keluarga"}, {"menteri", "menteri"}, {"media", "media"},
	{"jakarta", "jakarta"}, {"trump", "trump"}, {"korea", "korea"},
	{"ketua", "ketua"}, {"peserta", "peserta"}, {"anggaran", "anggaran"},
	{"pengkhianatan", "khianat"}, {"keterlambatan", "lambat"}, {"ketidakpastian", "pasti"},
	{"mengikuti", "ikut"}, {"pengikut", "ikut"}, {"diikuti", "ikut"},
	{"menyampaikan", "sampai"}, {"disampaikan", "sampai"}, {"penyampaian", "sampai"},
	{"mengharapkan", "harap"}, {"harapan", "harap"}, {"berharap", "harap"},
	{"menghadapi", "hadap"}, {"dihadapi", "hadap"}, {"terhadap", "hadap"},
	{"perselisihan", "selisih"}, {"persetujuan", "setuju"}, {"menyetujui", "setuju"},
	{"dipersenjatai", "senjata"}, {"bersenjata", "senjata"},
}

func TestStemIDTargets(t *testing.T) {
	for _, c := range idStemCases[:20] {
		if got := Stem("id", c.word); got != c.want {
			t.Errorf("Stem(id, %q) = %q, want %q", c.word, got, c.want)
		}
	}
}

func TestStemIDAccuracy(t *testing.T) {
	if len(idStemCases) < 150 {
		t.Fatalf("only %d cases", len(idStemCases))
	}
	right := 0
	for _, c := range idStemCases {
		got := Stem("id", c.word)
		if got == c.want {
			right++
		} else {
			t.Logf("Stem(id, %q) = %q, want %q", c.word, got, c.want)
		}
	}
	acc := float64(right) / float64(len(idStemCases))
	t.Logf("Indonesian stemmer: %d/%d right (%.1f%%)", right, len(idStemCases), 100*acc)
	if acc < 0.95 {
		t.Errorf("accuracy %.3f below 0.95", acc)
	}
}

func TestStemEnglish(t *testing.T) {
	tests := []struct{ in, want string }{
		{"talks", "talk"}, {"negotiations", "negoti"}, {"suspended", "suspend"},
		{"running", "run"}, {"nuclear", "nuclear"}, {"the", "the"}, {"abc", "abc"},
	}
	for _, tt := range tests {
		if got := Stem("en", tt.in); got != tt.want {
			t.Errorf("Stem(en, %q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStemLeavesNamesAndShortWords(t *testing.T) {
	for _, w := range []string{"Kim", "Megawati", "KPK", "ada", "di", "2019", "x1y"} {
		if got := Stem("id", w); got != w {
			t.Errorf("Stem(id, %q) = %q, want unchanged", w, got)
		}
	}
}

func TestRootsList(t *testing.T) {
	if len(rootsID) < 3000 {
		t.Errorf("root list has %d words", len(rootsID))
	}
	for w := range rootsID {
		if !isLowerWord(w) {
			t.Errorf("root %q is not a lower-case word", w)
		}
	}
}

func FuzzStem(f *testing.F) {
	for _, s := range []string{"menyerukan", "pengeboman", "memper", "ber", "meng", "peny", "a-a", "\xff", "kan", "nya"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"id", "en", "ms", ""} {
			got := Stem(lang, s)
			if utf8.ValidString(s) && !utf8.ValidString(got) {
				t.Fatalf("Stem(%q, %q) = %q: invalid UTF-8", lang, s, got)
			}
			if len(got) > len(s)+2 {
				t.Fatalf("Stem(%q, %q) = %q: grew", lang, s, got)
			}
		}
		// the same bytes as a lower-case ASCII word, to reach the rules
		b := []byte(s)
		for i := range b {
			b[i] = "aaeiioubdgkmnprstlnyhcjw"[int(b[i])%24]
		}
		w := string(b)
		got := Stem("id", w)
		if len(w) > 0 && got == "" || len(got) > len(w)+2 {
			t.Fatalf("Stem(id, %q) = %q", w, got)
		}
	})
}

func FuzzTerms(f *testing.F) {
	f.Add("Pertemuan itu ditangguhkan. Warga Semarang mengungsi.", "id")
	f.Add("The talks were suspended.", "en")
	f.Add("\xffMENYERUKAN-nya", "")
	f.Fuzz(func(t *testing.T, s, lang string) {
		for _, w := range Terms(lang, s) {
			if w == "" || !utf8.ValidString(w) {
				t.Fatalf("Terms(%q, %q) gave %q", lang, s, w)
			}
		}
		if l, c := DetectLang(s); c < 0 || c > 1 || l == "" && c != 0 {
			t.Fatalf("DetectLang(%q) = %q, %v", s, l, c)
		}
	})
}

func BenchmarkStemID(b *testing.B) {
	words := make([]string, len(idStemCases))
	for i, c := range idStemCases {
		words[i] = c.word
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Stem("id", words[i%len(words)])
	}
}

func BenchmarkStemEN(b *testing.B) {
	words := []string{"negotiations", "talks", "suspended", "nuclear", "weapons", "leaders", "summit"}
	for i := 0; b.Loop(); i++ {
		Stem("en", words[i%len(words)])
	}
}
