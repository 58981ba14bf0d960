package entity

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
)

// find runs Find on one paragraph and returns "text=id[/role]" items.
func find(lang, s string) []string {
	var out []string
	for _, m := range Find(lang, "", []string{s}) {
		item := m.Text + "=" + m.ID
		if m.Role != "" {
			item += "/" + m.Role
		}
		out = append(out, item)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"spellings of one person", "id",
			"Kim Jong-Un bertemu pejabat. Kemudian Kim Jong Un dan Kim Jong-un makan.",
			[]string{"Kim Jong-Un=person:kim-jong-un", "Kim Jong Un=person:kim-jong-un", "Kim Jong-un=person:kim-jong-un"}},
		{"abbreviation and country", "id",
			"Pemerintah AS menegaskan sikap Amerika Serikat terhadap Korut dan Korea Utara.",
			[]string{"AS=place:amerika-serikat", "Amerika Serikat=place:amerika-serikat", "Korut=place:korea-utara", "Korea Utara=place:korea-utara"}},
		{"acronym needs capitals", "en",
			"He told us that the talks went as planned in the US.",
			[]string{"US=place:amerika-serikat"}},
		{"title before name", "id",
			"Pertemuan itu dihadiri Presiden Vladimir Putin di Moskow.",
			[]string{"Vladimir Putin=person:vladimir-putin/presiden", "Moskow=place:moskow"}},
		{"long role with an organisation", "id",
			"Pada Minggu penasihat keamanan nasional Gedung Putih Robert O’Brien mengatakan hal itu.",
			[]string{"Gedung Putih=org:gedung-putih", "Robert O’Brien=person:robert-obrien/penasihat keamanan nasional Gedung Putih"}},
		{"unknown person with role", "id",
			"Hal itu disampaikan juru bicara kementerian Budi Santosa kepada wartawan.",
			[]string{"Budi Santosa=person:budi-santosa/juru bicara kementerian"}},
		{"minister title stripped", "id",
			"Menteri Luar Negeri Retno Marsudi tiba di Jenewa.",
			[]string{"Retno Marsudi=person:retno-marsudi/menteri luar negeri", "Jenewa=place:jenewa"}},
		{"english title", "en",
			"President Joe Biden met Secretary of State Antony Blinken in London.",
			[]string{"Joe Biden=person:joe-biden/president", "Antony Blinken=person:antony-blinken/secretary of state", "London=place:london"}},
		{"english title after a modifier", "en",
			"Finance Minister Arthur Pendleford said the budget was ready.",
			[]string{"Arthur Pendleford=person:arthur-pendleford/finance minister"}},
		{"surname after full name", "en",
			"Envoy Marcus Feldhaus arrived on Monday. Feldhaus said talks would resume.",
			[]string{"Marcus Feldhaus=person:marcus-feldhaus/envoy", "Feldhaus=person:marcus-feldhaus"}},
		{"gazetteer surname alone", "id",
			"Trump mengatakan hal itu kepada wartawan.",
			[]string{"Trump=person:donald-trump"}},
		{"surname of another family member", "en",
			"Melania Hartono Trump spoke first.",
			[]string{"Melania Hartono Trump=person:melania-hartono-trump"}},
		{"definition in parentheses", "id",
			"Lembaga Kajian Pangan Nusantara (LKPN) merilis data. Menurut LKPN, harga naik.",
			[]string{"Lembaga Kajian Pangan Nusantara=org:lembaga-kajian-pangan-nusantara", "LKPN=org:lembaga-kajian-pangan-nusantara", "LKPN=org:lembaga-kajian-pangan-nusantara"}},
		{"known agency by expansion", "id",
			"Menurut Kantor Berita Pusat Korea (KCNA), rapat berlanjut.",
			[]string{"Kantor Berita Pusat Korea=org:korean-central-news-agency", "KCNA=org:korean-central-news-agency"}},
		{"organisation cue", "id",
			"Data itu dirilis Komite Pengawas Anggaran Daerah pada Senin.",
			[]string{"Komite Pengawas Anggaran Daerah=org:komite-pengawas-anggaran-daerah"}},
		{"english organisation suffix", "en",
			"Shares of Harbourline Shipping Group rose after Northgate University published a study.",
			[]string{"Harbourline Shipping Group=org:harbourline-shipping-group", "Northgate University=org:northgate-university"}},
		{"place cue", "id",
			"Banjir melanda Kabupaten Sukamaju sejak pagi, kata warga di Sukamaju.",
			[]string{"Kabupaten Sukamaju=place:kabupaten-sukamaju", "Sukamaju=place:kabupaten-sukamaju"}},
		{"dateline", "id",
			"Seoul (ANTARA) - Kim mengadakan rapat.",
			[]string{"Seoul=place:seoul", "ANTARA=org:antara"}},
		{"weekdays, months and sentence starters", "id",
			"Namun pada Senin, 12 Januari, Sementara itu hujan turun. Menurut laporan, Pada Februari sepi.",
			nil},
		{"english sentence starters", "en",
			"The rain fell. But Monday was dry. However, in March it snowed.",
			nil},
		{"quote-initial word", "id",
			"“Kami siap bekerja,” katanya. “Negara harus hadir.”",
			nil},
		{"headline words are not names", "id",
			"Baca juga: Harga Cabai Naik Jelang Lebaran",
			nil},
		{"metonymy keeps the place", "id",
			"Washington dan Pyongyang gagal sepakat, kata Gedung Putih.",
			[]string{"Washington=place:washington", "Pyongyang=place:pyongyang", "Gedung Putih=org:gedung-putih"}},
		{"possessive", "en",
			"Putin's spokesman Dmitry Peskov said Moscow's position was clear.",
			[]string{"Putin=person:vladimir-putin", "Dmitry Peskov=person:dmitry-peskov/spokesman", "Moscow=place:moskow"}},
		{"glued agency name", "id",
			"Dikutip dari Associated PressKCNA mengatakan rapat diperpanjang.",
			[]string{"Associated Press=org:associated-press", "KCNA=org:korean-central-news-agency"}},
		{"ministry of another country", "id",
			"Kementerian Luar Negeri Rusia membantah laporan itu, sementara Kementerian Luar Negeri memantau.",
			[]string{"Kementerian Luar Negeri Rusia=org:kementerian-luar-negeri-rusia", "Kementerian Luar Negeri=org:kementerian-luar-negeri"}},
		{"age marks a person", "id",
			"Seorang warga, Sutarmin (45), mengaku rumahnya terendam.",
			[]string{"Sutarmin=person:sutarmin/warga"}},
		{"roman numeral is not a surname", "id",
			"Rapat Komisi XI DPR berlangsung alot.",
			[]string{"Komisi XI DPR=org:komisi-xi-dpr"}},
		{"person after an organisation head", "id",
			"Peneliti Institut Kajian Pesisir Agus Wiranata menilai banjir rob makin sering.",
			[]string{"Institut Kajian Pesisir=org:institut-kajian-pesisir", "Agus Wiranata=person:agus-wiranata/peneliti institut Kajian Pesisir"}},
		{"person after Tbk and a bracketed form", "id",
			"Direktur PT Sinar Abadi (Persero) Tbk Dewi Kartikasari menyebut laba naik.",
			[]string{"PT Sinar Abadi (Persero) Tbk=org:pt-sinar-abadi-persero-tbk", "Dewi Kartikasari=person:dewi-kartikasari/direktur PT Sinar Abadi (Persero) Tbk"}},
		{"organisation word after a role", "en",
			"CEO Brightwave Michael Tanaka said the plan was on track.",
			[]string{"Brightwave=org:brightwave", "Michael Tanaka=person:michael-tanaka/CEO Brightwave"}},
		{"person of an organisation", "en",
			"Economist Laura Pinsky of Halvard Capital said growth slowed.",
			[]string{"Laura Pinsky=person:laura-pinsky/economist", "Halvard Capital=org:halvard-capital"}},
		{"body of staff is not a person", "en",
			"The Joint Chiefs of Staff said the drill would go on.",
			[]string{"Joint Chiefs of Staff=org:joint-chiefs-of-staff"}},
		{"serial comma inside an organisation name", "id",
			"Badan Pengkajian, Penerapan, dan Pengembangan Teknologi merilis data.",
			[]string{"Badan Pengkajian, Penerapan, dan Pengembangan Teknologi=org:badan-pengkajian-penerapan-dan-pengembangan-teknologi"}},
		{"list ended by an agency word", "en",
			"The data came from the Forestry, Fisheries and Wildlife Agency on Tuesday.",
			[]string{"Forestry, Fisheries and Wildlife Agency=org:forestry-fisheries-and-wildlife-agency"}},
		{"short month name as a given name", "en",
			"Farmer Jun Dela Paz said the river rose on Jun 5.",
			[]string{"Jun Dela Paz=person:jun-dela-paz/farmer"}},
		{"state before an English department", "en",
			"Officials from the Oregon Department of Transportation closed the road.",
			[]string{"Oregon Department of Transportation=org:oregon-department-of-transportation"}},
		{"analysts at a firm", "en",
			"Analysts at Norwell Partners expect a rebound.",
			[]string{"Norwell Partners=org:norwell-partners"}},
		{"company word before a single name", "en",
			"The software company Zentrix cut jobs. Zentrix said more cuts may follow.",
			[]string{"Zentrix=org:zentrix", "Zentrix=org:zentrix"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := find(tc.lang, tc.text)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Find(%q)\n got: %q\nwant: %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestFindOffsetsAndTitle(t *testing.T) {
	title := "Kim Jong-un Serukan Langkah Ofensif"
	paras := []string{"Pemimpin Korea Utara Kim Jong-un berbicara di Pyongyang.", "Kim menegaskan sikapnya."}
	ms := Find("id", title, paras)
	if len(ms) == 0 || ms[0].Paragraph != -1 || ms[0].Text != "Kim Jong-un" {
		t.Fatalf("first mention = %+v, want Kim Jong-un in the title", ms)
	}
	for _, m := range ms {
		src := title
		if m.Paragraph >= 0 {
			src = paras[m.Paragraph]
		}
		if src[m.Start:m.End] != m.Text {
			t.Errorf("offsets of %q give %q", m.Text, src[m.Start:m.End])
		}
	}
	var kim []string
	for _, m := range ms {
		if m.ID == "person:kim-jong-un" {
			kim = append(kim, fmt.Sprintf("%d:%s:%s", m.Paragraph, m.Text, m.Role))
		}
	}
	want := []string{"-1:Kim Jong-un:", "0:Kim Jong-un:pemimpin Korea Utara", "1:Kim:"}
	if strings.Join(kim, "|") != strings.Join(want, "|") {
		t.Errorf("Kim mentions = %q, want %q", kim, want)
	}
	for _, m := range ms {
		if m.Text == "Serukan" || m.Text == "Langkah Ofensif" {
			t.Errorf("headline word taken as entity: %+v", m)
		}
	}
}

func TestGovt(t *testing.T) {
	tests := []struct{ id, want string }{
		{"place:washington", "place:amerika-serikat"},
		{"org:gedung-putih", "place:amerika-serikat"},
		{"org:kremlin", "place:rusia"},
		{"place:pyongyang", "place:korea-utara"},
		{"place:korea-utara", "place:korea-utara"},
		{"place:new-york", ""},
		{"person:nobody", ""},
	}
	for _, tc := range tests {
		if got := Govt(tc.id); got != tc.want {
			t.Errorf("Govt(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
	ms := Find("id", "", []string{"Washington menolak usul itu."})
	if len(ms) != 1 || ms[0].Govt != "place:amerika-serikat" {
		t.Errorf("Mention.Govt for Washington = %+v", ms)
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct{ in, id, name, typ string }{
		{"AS", "place:amerika-serikat", "Amerika Serikat", "place"},
		{"as", "person:as", "as", "person"},
		{"Korut", "place:korea-utara", "Korea Utara", "place"},
		{"Kim Jong Un", "person:kim-jong-un", "Kim Jong-un", "person"},
		{"Robert O’Brien", "person:robert-obrien", "Robert O'Brien", "person"},
		{"O'Brien", "person:robert-obrien", "Robert O'Brien", "person"},
		{"Presiden Joko Widodo", "person:joko-widodo", "Joko Widodo", "person"},
		{"Tiongkok", "place:china", "China", "place"},
		{"United Nations", "org:perserikatan-bangsa-bangsa", "Perserikatan Bangsa-Bangsa", "org"},
		{"Lee Sang-Min", "person:lee-sang-min", "Lee Sang-Min", "person"},
		{"Partai Harapan Baru", "org:partai-harapan-baru", "Partai Harapan Baru", "org"},
		{"Kota Sukamaju", "place:kota-sukamaju", "Kota Sukamaju", "place"},
		{"  ", "", "", ""},
	}
	for _, tc := range tests {
		id, name, typ := Canonical(tc.in)
		if id != tc.id || name != tc.name || typ != tc.typ {
			t.Errorf("Canonical(%q) = %q, %q, %q; want %q, %q, %q", tc.in, id, name, typ, tc.id, tc.name, tc.typ)
		}
	}
}

func TestSummarize(t *testing.T) {
	paras := []string{
		"Presiden AS Donald Trump bertemu Kim Jong-un di Singapura.",
		"Trump mengatakan pertemuan itu berhasil. Kim tidak berkomentar.",
		"Kim Jong Un kemudian kembali ke Pyongyang.",
	}
	es := Summarize(Find("id", "", paras))
	if len(es) < 3 {
		t.Fatalf("Summarize = %+v", es)
	}
	if es[0].ID != "person:kim-jong-un" || es[0].Count != 3 {
		t.Errorf("first entity = %+v, want Kim Jong-un with 3 mentions", es[0])
	}
	if got, want := strings.Join(es[0].Aliases, "|"), "Kim Jong-un|Kim|Kim Jong Un"; got != want {
		t.Errorf("aliases = %q, want %q", got, want)
	}
	var trump bool
	for _, e := range es {
		if e.ID == "person:donald-trump" {
			trump = true
			if e.Role != "presiden AS" || e.Count != 2 || e.Name != "Donald Trump" {
				t.Errorf("Trump entity = %+v", e)
			}
		}
	}
	if !trump {
		t.Errorf("no Trump entity in %+v", es)
	}
	for i := 1; i < len(es); i++ {
		if es[i].Count > es[i-1].Count {
			t.Errorf("not sorted by count: %+v", es)
		}
	}
	if got := Summarize(nil); len(got) != 0 {
		t.Errorf("Summarize(nil) = %+v", got)
	}
}

func TestNormalizeAndSlug(t *testing.T) {
	tests := []struct{ in, norm, slug string }{
		{"Kim Jong-un", "kim jong un", "kim-jong-un"},
		{"Kim Jong-Un", "kim jong un", "kim-jong-un"},
		{"Robert O’Brien", "robert obrien", "robert-obrien"},
		{"U.S.", "us", "us"},
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan", "recep-tayyip-erdogan"},
		{"Kompas.com", "kompascom", "kompascom"},
		{"George W. Bush", "george w bush", "george-w-bush"},
	}
	for _, tc := range tests {
		if got := normalize(tc.in); got != tc.norm {
			t.Errorf("normalize(%q) = %q, want %q", tc.in, got, tc.norm)
		}
		if got := slug(tc.in); got != tc.slug {
			t.Errorf("slug(%q) = %q, want %q", tc.in, got, tc.slug)
		}
	}
}

func TestGazetteer(t *testing.T) {
	if len(gaz.dups) > 0 {
		t.Errorf("aliases claimed by two entries:\n%s", strings.Join(gaz.dups, "\n"))
	}
	es := Entries()
	if len(es) < 500 {
		t.Errorf("gazetteer has %d entries, want several hundred", len(es))
	}
	for _, e := range es {
		if want := makeID(e.Type, e.Name); e.ID != want {
			t.Errorf("entry %q: id %q, want %q (ids are type:slug(canonical))", e.Name, e.ID, want)
		}
		if e.Govt != "" {
			if _, ok := Lookup(e.Govt); !ok {
				t.Errorf("entry %q: govt %q is not an entry", e.Name, e.Govt)
			}
		}
	}
	if _, err := loadGazetteer("place\tX"); err == nil {
		t.Error("loadGazetteer accepted a short row")
	}
	if _, err := loadGazetteer("\tthing\tX\t\t\t"); err == nil {
		t.Error("loadGazetteer accepted an unknown type")
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Presiden Vladimir Putin bertemu Kim Jong-un di Pyongyang.",
		"Kantor Berita Pusat Korea (KCNA) -- “Kami siap,” kata O’Brien.",
		"U.S. President Joe Biden's aide, Dr. Jane Roe, said (52) ...",
		"Associated PressKCNA ,,, ((( ))) ‘’ -- - Rusia-China",
		"\xff\xfe Kim \u0301 A.B.C. x.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms := Find("id", s, []string{s, s})
		for _, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad offsets %+v in %q", m, s)
			}
			if m.ID == "" || m.Type == "" || m.Name == "" {
				t.Fatalf("incomplete mention %+v", m)
			}
		}
		Summarize(ms)
		Canonical(s)
	})
}

// benchArticle is a 4 KB article written for the benchmark.
var benchArticle = func() []string {
	base := []string{
		"Jakarta (ANTARA) - Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang Fumio Kishida di Istana Kepresidenan, Senin, untuk membahas kerja sama ekonomi dan keamanan kawasan.",
		"Menurut Menteri Luar Negeri Retno Marsudi, kedua pemimpin sepakat memperkuat kemitraan strategis, termasuk di bidang energi dan infrastruktur.",
		"“Indonesia dan Jepang memiliki kepentingan yang sama untuk menjaga stabilitas di Asia Tenggara,” kata Retno kepada wartawan.",
		"Kishida juga dijadwalkan bertemu Ketua DPR Puan Maharani dan pimpinan Kamar Dagang dan Industri Indonesia (Kadin) sebelum bertolak ke Manila.",
		"Sementara itu, juru bicara Kementerian Luar Negeri Jepang Hikaru Tanabe mengatakan Tokyo ingin memperluas investasi di Kalimantan Timur.",
		"Pertemuan ini berlangsung di tengah ketegangan di Laut China Selatan dan uji coba rudal Korea Utara yang dikecam Dewan Keamanan PBB.",
	}
	var out []string
	n := 0
	for n < 4096 {
		for _, p := range base {
			out = append(out, p)
			n += len(p)
		}
	}
	return out
}()

func BenchmarkFind4KB(b *testing.B) {
	size := 0
	for _, p := range benchArticle {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	start := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find("id", "Jokowi Terima Kunjungan PM Jepang", benchArticle)
	}
	b.StopTimer()
	// CPU time per op: wall time is unreliable on a shared, loaded machine
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// cpuTime is the process's user+system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
