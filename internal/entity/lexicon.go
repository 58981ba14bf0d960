package entity

import "strings"

// Word lists used by the rules. All entries are normal forms (lower case,
// diacritics folded, hyphens as spaces). They are built once at init and
// never change.

func wordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[strings.ReplaceAll(w, "_", " ")] = true
		}
	}
	return m
}

// calendar words are never entities, capitalised or not.
var calendar = wordSet(`
senin selasa rabu kamis jumat jum'at jumaat sabtu minggu ahad
januari februari maret april mei juni juli agustus september oktober november desember
jan feb mar apr jun jul agu agt ags sep sept okt nov des
monday tuesday wednesday thursday friday saturday sunday
january february march may june july august october december
mon tue tues wed thu thur thurs fri sat sun aug oct dec
wib wita wit gmt utc
`)

// orgNouns before a single unknown capitalised word make it an
// organisation ("software company Orbitel", "perusahaan rintisan X").
var orgNouns = wordSet(`company firm startup maker carrier airline lender bank insurer retailer automaker developer
producer manufacturer operator group perusahaan emiten perseroan startup maskapai produsen pengembang operator`)

// calendarNames are short month and day names that are also given names.
var calendarNames = wordSet(`jan jun sun`)

// common words are function words and frequent nouns, verbs and adjectives
// that are capitalised at sentence starts, in headings and in title-case
// headlines but are not names. A capitalised run made only of these is
// dropped, and they are stripped from the start of a sentence-initial run.
var common = wordSet(
	// Indonesian function words and frequent sentence starters
	`yang dan di ke dari pada untuk dengan dalam oleh itu ini ia dia mereka kami kita saya aku anda engkau
beliau para sang si sebuah seorang sejumlah beberapa banyak semua seluruh setiap tiap masing
namun tetapi tapi sedangkan sementara serta atau maupun juga pun lalu kemudian selanjutnya
menurut sebelumnya sesudahnya setelah sebelum sejak hingga sampai selama ketika saat waktu kala
jika jikalau kalau apabila bila bahwa karena sebab akibat sehingga maka agar supaya meski meskipun walaupun walau
adapun bahkan apalagi terlebih lagi sudah telah akan sedang masih belum tidak tak bukan jangan
ada adalah ialah merupakan yakni yaitu tentang terhadap atas bagi antara tanpa melalui lewat via
apa siapa mana dimana di_mana bagaimana mengapa kenapa kapan berapa manakah apakah siapakah
hal halnya kini sekarang nanti kemarin besok lusa tadi dulu dahulu pernah selalu sering jarang
hari tahun bulan pekan minggu jam menit detik pagi siang sore malam
baru lama besar kecil tinggi rendah utama penting pertama kedua ketiga terakhir lain lainnya
salah satu dua tiga empat lima enam tujuh delapan sembilan sepuluh ratusan ribuan jutaan
secara sekitar hampir lebih kurang paling sangat amat cukup terlalu hanya cuma saja sekadar
berita laporan kabar informasi foto video gambar grafis ilustrasi sumber baca simak lihat klik
topik terkait rekomendasi lainnya berita_terkait editor penulis reporter penerjemah pewarta
ekonomi politik hukum sosial budaya pendidikan kesehatan olahraga teknologi hiburan internasional nasional
independen global regional lokal daerah pusat negara pemerintah rakyat warga masyarakat publik
upaya langkah rencana program kebijakan sikap pernyataan keputusan hasil dampak kondisi situasi
seruan komentar pertemuan pembicaraan perundingan negosiasi kesepakatan perjanjian konferensi
organisasi lembaga partai komite dewan badan kementerian kantor perusahaan pasukan militer tentara
utara selatan timur barat tenggara barat_daya timur_laut tengah
tambahan amunisi ekspor impor senjata rudal nuklir perang damai perdamaian keamanan pertahanan
serukan siapkan adakan kunjungi cabut peringatkan bayar mahal buat jelang akhir awal
mengapa tetapi bukan pula toh kok sih dong
ya tidak oke baik
selamat terima kasih
dikutip dilansir dilaporkan disebutkan terkait berdasarkan sebagai seperti sebagaimana usai selain sedangkan kendati
artinya saham rapat tol harga data pihak petugas aparat sidang proyek aturan kenaikan penurunan jumlah total angka
kabar pesan surat rumah dinas uang dana anggaran biaya tarif pajak subsidi impor produksi penjualan kerja sama
menteri presiden kepala ketua wakil juru bicara anggota politikus politisi ekonom analis pengamat warga
bencana gempa banjir longsor kebakaran tsunami cuaca hujan angin suhu musim
shares stocks prices markets officials police people residents authorities government lawmakers analysts
meanwhile earlier later still separately elsewhere instead overall some most many`,
	// English function words and frequent sentence starters
	`the a an and or but nor so yet for of in on at to from by with without into onto over under
this that these those there here then than when where while why how what which who whom whose
he she it they we you i me him her them us our ours your yours his its their theirs my mine
is are was were be been being am do does did done has have had having will would shall should
can could may might must not no yes if unless because although though since until after before
as also only just even still already again however meanwhile moreover furthermore therefore thus
according despite during about above below between among against around across along through
all any each every some many much more most few several other another such both either neither
one two three four five six seven eight nine ten first second third last next new old
mr mrs ms dr
read more related photo video image file source sources update updated breaking live watch
news report reports story today yesterday tomorrow tonight morning evening night week month year
said says say told asked added`)

// connectors may join capitalised words inside one name
// ("Bank of England", "Ludwig van Beethoven", "Osama bin Laden").
var connectors = wordSet(`of for van von der den de da das do dos del della di_la bin binti ibn al el la le du y`)

// roleHeads start a title or role phrase before a person's name.
var roleHeads = wordSet(
	`presiden wapres wakil_presiden perdana menteri menko mendagri menlu menhan menkeu
menkes mendikbud mendikdasmen mendiktisaintek menag mensos mendag menperin mentan menhub menkominfo menkomdigi
menpora menaker menparekraf menkumham menpan menkopolhukam mensesneg menseskab wakapolri kabareskrim kapuspen
kadis kaban kalapas kadiv kasatreskrim wabup
pemimpin pimpinan ketua kepala direktur dirut gubernur wagub wali walikota bupati camat lurah
jenderal jendral letjen mayjen brigjen marsekal laksamana kolonel kol letkol mayor kapten
komisaris kompol akbp kombes irjen komjen aiptu bripka iptu ipda brigadir
kapolri kapolda kapolres kapolsek panglima kasad kasal kasau pangdam danrem dandim
senator anggota duta dubes utusan perwakilan diplomat konsul
juru jubir penasihat penasehat staf sekretaris sekjen sekda kabag kabid kasubdit dirjen deputi
profesor prof guru_besar dosen peneliti pengamat analis pakar ahli ekonom ilmuwan dokter
raja ratu pangeran putri sultan kaisar paus kardinal uskup imam ulama kiai kyai ustaz habib
kanselir hakim jaksa pengacara advokat kuasa_hukum
ceo pendiri founder pemilik owner bos komisaris_utama chairman manajer pelatih kapten
komandan wartawan jurnalis koresponden editor pewarta penulis aktivis politikus politisi
tersangka terdakwa terpidana korban saksi pelaku
prime
president premier minister secretary chancellor leader chief head director governor mayor
senator sen rep representative congressman congresswoman ambassador envoy spokesman spokeswoman spokesperson
adviser advisor aide general gen lt col colonel admiral commander captain sergeant officer
king queen prince princess emperor pope cardinal bishop sheikh
judge justice prosecutor attorney lawyer professor researcher analyst expert economist scientist
chairman chairwoman chair founder owner executive coach manager correspondent reporter
candidate lawmaker legislator diplomat official
suspect defendant
warga penduduk petani nelayan pedagang sopir mahasiswa siswa pelajar pak bu bapak ibu mas mbak bang kak
tuan nyonya sdr saudara saudari capt lt sgt maj adm gov prof rev reverend sir dame lord lady
mr mrs ms miss resident student farmer witness survivor neighbor neighbour victim teacher nurse doctor
pastor imam activist`)

// orgRoles are roles that name the organisation they belong to right
// after them ("CEO Acme Daniel Smith").
var orgRoles = wordSet(`ceo cfo coo cto presdir dirut direktur chairman chairwoman founder pendiri pemilik owner
manajer manager ekonom economist analis analyst pengamat peneliti researcher jubir spokesman spokeswoman
spokesperson komisaris bos pelatih coach executive`)

// regionHeads are titles that take a place name before the person's name
// ("Bupati Batu Raya Samsul Bahri").
var regionHeads = wordSet(`gubernur wagub bupati wabup walikota wali camat lurah kapolda kapolres kapolsek pangdam danrem dandim kajati kajari`)

// miscHeads start capitalised names that are not people, places or
// organisations: laws, programmes, storms, events.
var miscHeads = wordSet(`undang uu ruu perppu perpres perda permen pp pasal kuhp kuhap kasus program operasi festival piala
topan badai siklon typhoon hurricane storm cyclone tropical operation act bill amendment covid virus
perang war hari day pekan week tahun year konferensi conference ktt summit olimpiade olympics
grup group_stage`)

// roleMods may precede a role head ("mantan presiden", "former president").
var roleMods = wordSet(`mantan eks bekas calon plt pj penjabat pelaksana former acting deputy vice interim then`)

// roleWords may continue a role phrase between its head and the name.
var roleWords = wordSet(
	`luar negeri dalam keamanan nasional pertahanan keuangan perdagangan khusus jenderal besar tinggi
urusan utama senior koordinator bidang politik hukum ekonomi agama kesehatan pendidikan pusat umum
eksekutif militer kepresidenan istana komunikasi bicara tugas terpilih sementara harian
digital transportasi perhubungan energi pariwisata perindustrian pertanian sosial tenaga kerja investasi
finance transport defence health education energy environment interior labor labour agriculture
commerce treasury industry culture justice immigration homeland japanese chinese russian american british
french german korean indonesian israeli iranian ukrainian indian australian district federal circuit supreme
kementerian kantor partai dewan fraksi komisi badan komite majelis mahkamah agung
angkatan darat laut udara kepolisian polisi daerah provinsi kota kabupaten wilayah tertinggi
besar muda madya pratama kabinet negara republik rakyat pemerintah pemerintahan pimpinan
kelompok tim gerakan organisasi lembaga perusahaan bank yayasan universitas institut
luar_negeri hubungan internasional intelijen informasi riset strategis kebijakan
of for the state foreign national security defense defence home interior affairs general special
white house department ministry treasury justice trade commerce council committee party senate
senior chief executive deputy representative commission central bank army navy air force police
elect designate nominee press secretary staff`)

// orgHeads start an organisation name.
var orgHeads = wordSet(
	`kementerian kemenko departemen partai universitas univ institut sekolah akademi politeknik
komite komisi dewan badan lembaga majelis mahkamah pengadilan kejaksaan kepolisian polda polres polsek
kodam korem kodim bank pt cv perum persero yayasan asosiasi ikatan himpunan persatuan perhimpunan
serikat gabungan federasi konfederasi organisasi gerakan front aliansi koalisi forum kantor biro
direktorat inspektorat sekretariat rumah_sakit rs puskesmas pusat kedutaan konsulat angkatan pasukan
tentara brigade batalyon divisi klub perkumpulan lembaga_swadaya komunitas masjid gereja pesantren
ministry department party university college institute school academy committee commission council
agency board court bank corporation company association union federation foundation league
organization organisation movement front alliance coalition forum office bureau embassy army navy
hospital church club group gedung_pusat rutan lapas`)

// orgTails end an organisation name.
var orgTails = wordSet(
	`inc corp corporation co ltd llc plc gmbh ag sa nv tbk group holdings company bank party university
institute agency committee council commission foundation association union federation league
organization organisation network news times post journal press tribune herald daily television tv
radio airlines airways motors energy foundation fc
securities capital partners staff coalition alliance investments consulting research labs technologies persero`)

// placeHeads start a place name.
var placeHeads = wordSet(
	`kota kabupaten kab provinsi prov desa kelurahan kecamatan dusun kampung pulau kepulauan gunung
sungai danau teluk selat laut samudra samudera tanjung semenanjung lembah pantai jalan jl bandara pelabuhan
city county province state island islands mount mt river lake bay gulf strait sea ocean
valley street st avenue ave airport port
gedung kompleks komplek stadion pintu bendungan terminal stasiun rutan lapas lembaga_pemasyarakatan pasar kampung perumahan`)

// placePreps before a capitalised word suggest a place ("di Seoul", "in London").
var placePreps = wordSet(`di ke dari menuju asal in at near from to into across toward towards`)

// speechBefore: a word before a name that marks the name as a speaker ("kata Biegun").
var speechBefore = wordSet(`kata ujar ucap tutur ungkap jelas tegas imbuh tambah sebut lanjut katanya said says told according_to`)

// speechAfter: a word after a name that marks it as a speaker ("Biegun mengatakan").
var speechAfter = wordSet(`mengatakan menyatakan berkata menegaskan menjelaskan mengungkapkan menyebut menyebutkan
menuturkan menambahkan mengaku mengklaim menilai meminta mendesak menyerukan berharap membantah menolak
said says told added stated claimed argued warned urged wrote asked noted`)

// isCommonForm reports a word that is common by its shape alone: Indonesian
// derived nouns (pe-…-an, ke-…-an) and prefixed verbs (me-, di-, ber-, ter-)
// of some length. Only applied to unknown words in runs that need it.
func isCommonForm(w string) bool {
	if strings.IndexByte(w, ' ') >= 0 {
		// a hyphenated word: common when every part is common or a number
		for _, p := range strings.Fields(w) {
			if !isCommonForm(p) && !isNumber(p) {
				return false
			}
		}
		return true
	}
	if common[w] || calendar[w] {
		return true
	}
	if len(w) < 7 {
		return false
	}
	if strings.HasSuffix(w, "an") {
		for _, p := range [...]string{"pe", "ke"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	if !strings.HasSuffix(w, "kan") && !strings.HasSuffix(w, "nya") {
		return false
	}
	for _, p := range [...]string{"me", "di", "ber", "ter", "se"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// isRoleNoun reports a role or its English plural ("analysts").
func isRoleNoun(w string) bool {
	if roleHeads[w] {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && roleHeads[w[:len(w)-1]]
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
