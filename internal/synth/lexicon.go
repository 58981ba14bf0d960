package synth

// Vocabularies, all written for this package: no real article text. Place
// names are common Indonesian place-name elements; people, outlets and
// organisations are invented.

var (
	firstNames = []string{
		"Agus", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah", "Joko",
		"Kartika", "Lestari", "Made", "Nur", "Oki", "Putri", "Rahmat", "Sari", "Teguh", "Utami",
		"Wahyu", "Yanti", "Zainal", "Andi", "Bambang", "Dian", "Endang", "Farida", "Gunawan", "Hendra",
		"Ika", "Komang", "Lukman", "Maya", "Nyoman", "Purnama", "Ratna", "Slamet", "Taufik", "Umar",
		"Vina", "Wulan", "Yusuf", "Arief", "Bayu", "Cahya", "Dodi", "Erna", "Fitri", "Galih",
		"Hasan", "Irfan", "Jihan", "Kurnia", "Laila", "Mulyadi", "Nanda", "Oktaviani", "Prasetyo", "Rina",
		"Siti", "Tri", "Usman", "Wawan", "Yogi", "Zulkifli", "Ayu", "Bagus", "Daniel", "Margaret",
		"Peter", "Sarah", "Thomas", "Helen", "James", "Laura", "Michael", "Anna", "David", "Grace",
	}
	nameSyl  = []string{"har", "su", "wi", "ja", "ya", "na", "ra", "di", "ma", "to", "no", "ti", "sa", "ka", "lu", "pra", "wan", "dja", "ri", "gu", "se", "ba", "ko", "me", "li", "te", "ha", "bu", "ro", "ni"}
	nameTail = []string{"to", "no", "di", "ti", "wan", "ni", "ah", "an", "ja", "dy", "ri", "na", "son", "man", "ya", "sih"}

	cities = []string{
		"Jakarta", "Bandung", "Surabaya", "Semarang", "Yogyakarta", "Medan", "Makassar", "Palembang", "Denpasar", "Malang",
		"Padang", "Pekanbaru", "Pontianak", "Banjarmasin", "Samarinda", "Balikpapan", "Manado", "Kupang", "Mataram", "Ambon",
		"Jayapura", "Kendari", "Palu", "Jambi", "Bengkulu", "Serang", "Bogor", "Depok", "Bekasi", "Tangerang",
		"Cirebon", "Tegal", "Solo", "Madiun", "Kediri", "Jember", "Banyuwangi", "Garut", "Tasikmalaya", "Sukabumi",
		"Purwokerto", "Magelang", "Batam", "Tanjungpinang", "Pangkalpinang", "Ternate", "Gorontalo", "Mamuju", "Sorong", "Merauke",
	}
	placePrefix = []string{"Suka", "Sido", "Karang", "Tanjung", "Sumber", "Mekar", "Cipta", "Banyu", "Wono", "Tegal", "Pasir", "Rawa", "Bukit", "Muara", "Kali", "Lubuk", "Talang", "Pulau", "Batu", "Air"}
	placeRoot   = []string{"maju", "makmur", "jaya", "rejo", "sari", "mulya", "asri", "harjo", "agung", "indah", "baru", "lestari", "raya", "tengah", "wangi", "kencana", "permai", "sejahtera", "damai", "luhur"}
	provinces   = []string{"Jawa Barat", "Jawa Tengah", "Jawa Timur", "Sumatera Utara", "Sumatera Barat", "Sulawesi Selatan", "Kalimantan Timur", "Nusa Tenggara Barat", "Bali", "Riau", "Lampung", "Papua", "Maluku", "Banten", "Aceh"}

	orgHead = []string{"PT", "CV", "Koperasi", "Yayasan", "Perum"}
	orgBody = []string{"Sinar", "Bumi", "Karya", "Mitra", "Cahaya", "Nusa", "Prima", "Tirta", "Graha", "Mega", "Bina", "Surya"}
	orgTail = []string{"Abadi", "Sentosa", "Perkasa", "Utama", "Mandiri", "Lestari", "Persada", "Gemilang", "Nusantara", "Jaya"}

	outletsID = []string{"Kabar Nusantara", "Warta Harian", "Suara Timur", "Berita Kota", "Pelita Daerah", "Obor Rakyat Digital", "Kilas Sembilan", "Cakrawala News", "Jurnal Pagi", "Detak Nusa", "Gema Rakyat", "Lintas Raya"}
	outletsEN = []string{"Jakarta Daily Post", "Archipelago Times", "Island Herald", "Equator Wire", "Southeast Ledger", "Nusantara Tribune"}

	daysID   = []string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}
	monthsID = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
)

// Roles of the people quoted, by language; the same index means the same role.
var (
	rolesID = []string{"Kepala Dinas", "Camat", "Bupati", "Wali Kota", "Kapolres", "juru bicara kepolisian", "Ketua DPRD", "pengamat", "warga", "saksi mata", "Kepala Desa", "anggota DPR", "Direktur Utama", "peneliti", "Sekretaris Daerah", "relawan"}
	rolesEN = []string{"head of the local agency", "district chief", "regent", "mayor", "police chief", "police spokesperson", "council speaker", "analyst", "resident", "witness", "village head", "member of parliament", "chief executive", "researcher", "regional secretary", "volunteer"}
)

// topic holds what differs between kinds of events, per language.
type topic struct {
	nounID, nounEN     []string // what happened
	unitID, unitEN     string   // what the main number counts
	kwID, kwEN         []string // things named with a generated name
	stagesID, stagesEN []string // storyline stages
	titlesID, titlesEN []string
	leadsID, leadsEN   []string
	factsID, factsEN   []string
	quotesID, quotesEN []string
}

// Template slots: {actor} {role} {actor2} {role2} {place} {city} {prov}
// {org} {num} {num2} {kw} {noun} {stage} {day} {date} {time}.
var topics = []topic{
	{ // flood
		nounID: []string{"banjir", "luapan sungai", "genangan air"}, nounEN: []string{"flood", "flooding", "river overflow"},
		unitID: "rumah", unitEN: "homes",
		kwID: []string{"Sungai", "Bendungan", "Kali"}, kwEN: []string{"River", "Dam", "Creek"},
		stagesID: []string{"air mulai naik", "warga mengungsi", "air surut dan warga membersihkan rumah"},
		stagesEN: []string{"the water began to rise", "residents were evacuated", "the water receded and the clean-up began"},
		titlesID: []string{"{noun} rendam {num} rumah di {place}", "{kw} meluap, ribuan warga {place} mengungsi", "{place} kembali dilanda {noun}, {num} rumah terendam", "warga {place} bertahan di pengungsian setelah {noun}"},
		titlesEN: []string{"{noun} swamps {num} homes in {place}", "{kw} bursts its banks near {city}", "Thousands flee as {noun} hits {place}", "{place} residents shelter after {noun}"},
		leadsID:  []string{"{noun} merendam {num} rumah di {place}, {city}, pada {day} ({date}) setelah {kw} meluap akibat hujan deras.", "Hujan yang turun sejak {day} malam membuat {kw} meluap dan menggenangi {num} rumah warga di {place}.", "Sedikitnya {num} rumah di {place} terendam {noun} dengan ketinggian air mencapai {num2} sentimeter."},
		leadsEN:  []string{"{noun} swamped {num} homes in {place} near {city} on {day} after heavy rain sent the {kw} over its banks.", "Rain that began on {day} night pushed the {kw} over its banks and flooded {num} homes in {place}.", "At least {num} homes in {place} were under water on {day}, with the water reaching {num2} centimetres."},
		factsID:  []string{"Ketinggian air di sejumlah titik mencapai {num2} sentimeter.", "Sebanyak {num} rumah terdampak dan {num2} keluarga mengungsi ke balai desa.", "Tanggul di tepi {kw} jebol sepanjang {num2} meter."},
		factsEN:  []string{"The water reached {num2} centimetres in some streets.", "{num} homes were affected and {num2} families moved to the village hall.", "An embankment along the {kw} gave way over {num2} metres."},
		quotesID: []string{"kami sudah mengerahkan perahu karet untuk mengevakuasi warga", "air naik sangat cepat sehingga warga tidak sempat menyelamatkan barang", "bantuan logistik sudah kami kirim ke {place}"},
		quotesEN: []string{"we have sent rubber boats to get people out", "the water rose so fast that people could not save their belongings", "food and clean water are on their way to {place}"},
	},
	{ // earthquake
		nounID: []string{"gempa", "gempa bumi", "guncangan gempa"}, nounEN: []string{"earthquake", "quake", "tremor"},
		unitID: "bangunan", unitEN: "buildings",
		kwID: []string{"Sesar", "Lempeng", "Patahan"}, kwEN: []string{"Fault", "Ridge", "Trench"},
		stagesID: []string{"gempa utama mengguncang", "gempa susulan terus terjadi", "rehabilitasi rumah dimulai"},
		stagesEN: []string{"the main shock struck", "aftershocks continued", "rebuilding of homes began"},
		titlesID: []string{"{noun} magnitudo 5,{num2} guncang {city}, {num} bangunan rusak", "{noun} di {place}, warga berhamburan keluar rumah", "{num} bangunan rusak akibat {noun} di {city}"},
		titlesEN: []string{"Magnitude 5.{num2} {noun} rocks {city}", "{noun} damages {num} buildings in {place}", "Residents flee homes as {noun} hits {city}"},
		leadsID:  []string{"{noun} berkekuatan magnitudo 5,{num2} mengguncang {city} dan sekitarnya pada {day} ({date}) pukul {time}.", "Warga {place} berhamburan keluar rumah ketika {noun} mengguncang wilayah itu pada {day} pagi.", "Sebanyak {num} bangunan di {place} dilaporkan rusak setelah {noun} yang berpusat di {kw}."},
		leadsEN:  []string{"A magnitude 5.{num2} {noun} shook {city} and the surrounding area at {time} on {day}.", "Residents of {place} ran into the streets when the {noun} struck on {day} morning.", "{num} buildings in {place} were damaged by the {noun}, which was centred on the {kw}."},
		factsID:  []string{"Pusat gempa berada di kedalaman {num2} kilometer.", "Tercatat {num} bangunan rusak, termasuk sekolah dan tempat ibadah.", "Badan Meteorologi mencatat {num2} kali gempa susulan."},
		factsEN:  []string{"The quake was {num2} kilometres deep.", "{num} buildings were damaged, among them schools and a mosque.", "The weather and geophysics agency recorded {num2} aftershocks."},
		quotesID: []string{"gempa ini tidak berpotensi tsunami", "warga diminta tidak kembali ke rumah yang retak", "kami masih mendata kerusakan di {place}"},
		quotesEN: []string{"there is no threat of a tsunami", "people should stay out of cracked houses", "we are still counting the damage in {place}"},
	},
	{ // fire
		nounID: []string{"kebakaran", "api", "si jago merah"}, nounEN: []string{"fire", "blaze", "flames"},
		unitID: "kios", unitEN: "stalls",
		kwID: []string{"Pasar", "Gudang", "Kompleks"}, kwEN: []string{"Market", "Warehouse", "Complex"},
		stagesID: []string{"api berkobar", "pedagang kehilangan tempat usaha", "pembangunan kembali dimulai"},
		stagesEN: []string{"the fire broke out", "traders lost their stalls", "rebuilding began"},
		titlesID: []string{"{noun} hanguskan {num} kios di {kw}", "{kw} terbakar, pedagang {place} merugi", "{num} kios ludes dilalap {noun} di {city}"},
		titlesEN: []string{"{noun} destroys {num} stalls at {kw}", "Traders count losses after {kw} {noun}", "{noun} guts {num} stalls in {city}"},
		leadsID:  []string{"{noun} menghanguskan {num} kios di {kw}, {place}, pada {day} ({date}) dini hari.", "Ratusan pedagang di {kw} kehilangan tempat usaha setelah {noun} melanda pada {day} malam.", "Sebanyak {num2} unit mobil pemadam dikerahkan untuk menjinakkan {noun} di {kw}, {city}."},
		leadsEN:  []string{"A {noun} destroyed {num} stalls at the {kw} in {place} early on {day}.", "Hundreds of traders at the {kw} lost their livelihoods when a {noun} tore through it on {day} night.", "{num2} fire engines were sent to fight the {noun} at the {kw} in {city}."},
		factsID:  []string{"Api baru dapat dipadamkan setelah {num2} jam.", "Kerugian ditaksir mencapai Rp {num2} miliar.", "Sebanyak {num} kios hangus dan tidak dapat digunakan."},
		factsEN:  []string{"It took {num2} hours to put the fire out.", "Losses were put at {num2} billion rupiah.", "{num} stalls burned down and cannot be used."},
		quotesID: []string{"dugaan sementara api berasal dari korsleting listrik", "kami akan membangun tempat penampungan sementara bagi pedagang", "semua barang dagangan saya habis terbakar"},
		quotesEN: []string{"an electrical fault is the likely cause", "we will set up temporary stalls for the traders", "everything I had to sell is gone"},
	},
	{ // corruption
		nounID: []string{"korupsi", "dugaan korupsi", "penyelewengan dana"}, nounEN: []string{"corruption", "graft", "embezzlement"},
		unitID: "miliar rupiah", unitEN: "billion rupiah",
		kwID: []string{"Proyek", "Dana Hibah", "Pengadaan"}, kwEN: []string{"Project", "Grant", "Procurement"},
		stagesID: []string{"penyidik menggeledah kantor", "tersangka ditahan", "majelis hakim menjatuhkan vonis"},
		stagesEN: []string{"investigators searched the offices", "the suspect was detained", "the court handed down its verdict"},
		titlesID: []string{"kasus {noun} {kw}, {actor} ditetapkan tersangka", "kerugian negara {num} miliar, {org} digeledah", "{actor} ditahan terkait {noun} di {city}"},
		titlesEN: []string{"{actor} named suspect in {kw} {noun} case", "{org} offices searched over {num} billion rupiah losses", "{actor} detained in {city} {noun} probe"},
		leadsID:  []string{"Penyidik menetapkan {actor}, {role} {city}, sebagai tersangka kasus {noun} {kw} dengan kerugian negara {num} miliar rupiah.", "Kantor {org} di {city} digeledah pada {day} ({date}) terkait dugaan {noun} {kw}.", "{actor} resmi ditahan setelah diperiksa selama {num2} jam dalam kasus {noun} {kw}."},
		leadsEN:  []string{"Investigators named {actor}, the {role} of {city}, a suspect in a {noun} case over the {kw}, with state losses of {num} billion rupiah.", "The offices of {org} in {city} were searched on {day} in connection with suspected {noun} in the {kw}.", "{actor} was detained after {num2} hours of questioning in the {kw} {noun} case."},
		factsID:  []string{"Kerugian negara dalam kasus ini ditaksir {num} miliar rupiah.", "Penyidik menyita {num2} dokumen dan sejumlah perangkat elektronik.", "Tersangka terancam hukuman hingga {num2} tahun penjara."},
		factsEN:  []string{"State losses in the case are estimated at {num} billion rupiah.", "Investigators seized {num2} documents and several computers.", "The suspect faces up to {num2} years in prison."},
		quotesID: []string{"kami menghormati proses hukum yang sedang berjalan", "penyidik sudah mengantongi dua alat bukti yang cukup", "klien kami akan kooperatif selama pemeriksaan"},
		quotesEN: []string{"we respect the legal process", "investigators have enough evidence to proceed", "my client will cooperate fully"},
	},
	{ // road accident
		nounID: []string{"kecelakaan", "tabrakan", "kecelakaan beruntun"}, nounEN: []string{"crash", "collision", "pile-up"},
		unitID: "korban", unitEN: "victims",
		kwID: []string{"Jalan Raya", "Tol", "Simpang"}, kwEN: []string{"Highway", "Toll Road", "Junction"},
		stagesID: []string{"bus terguling", "polisi memeriksa sopir", "sopir dijatuhi hukuman"},
		stagesEN: []string{"the bus overturned", "police questioned the driver", "the driver was sentenced"},
		titlesID: []string{"{noun} di {kw}, {num} orang luka-luka", "bus terguling di {place}, {num} penumpang dirawat", "{num} korban {noun} di {kw} dibawa ke rumah sakit"},
		titlesEN: []string{"{num} hurt in {noun} on {kw}", "Bus overturns near {place}, {num} passengers injured", "{noun} on {kw} leaves {num} in hospital"},
		leadsID:  []string{"Sebuah bus terguling di {kw} {place} pada {day} ({date}) sore dan menyebabkan {num} penumpang luka-luka.", "{noun} melibatkan {num2} kendaraan terjadi di {kw}, {city}, pada {day} pagi.", "Sebanyak {num} orang menjadi korban {noun} di {kw} dekat {place}."},
		leadsEN:  []string{"A bus overturned on the {kw} at {place} on {day} afternoon, injuring {num} passengers.", "A {noun} involving {num2} vehicles happened on the {kw} in {city} on {day} morning.", "{num} people were hurt in a {noun} on the {kw} near {place}."},
		factsID:  []string{"Korban dibawa ke rumah sakit terdekat dan {num2} di antaranya dirawat inap.", "Polisi menduga rem bus tidak berfungsi.", "Arus lalu lintas di {kw} tersendat hingga {num2} kilometer."},
		factsEN:  []string{"The injured were taken to hospital and {num2} of them were kept in.", "Police suspect the brakes failed.", "Traffic on the {kw} backed up for {num2} kilometres."},
		quotesID: []string{"sopir diduga mengantuk saat mengemudi", "kami masih memeriksa kelaikan kendaraan itu", "tiba-tiba bus oleng lalu terguling ke kiri"},
		quotesEN: []string{"the driver may have fallen asleep", "we are still checking whether the vehicle was roadworthy", "the bus suddenly swayed and rolled onto its side"},
	},
	{ // protest
		nounID: []string{"unjuk rasa", "demonstrasi", "aksi protes"}, nounEN: []string{"protest", "demonstration", "rally"},
		unitID: "orang", unitEN: "people",
		kwID: []string{"Alun-alun", "Gedung", "Bundaran"}, kwEN: []string{"Square", "Hall", "Roundabout"},
		stagesID: []string{"massa turun ke jalan", "perwakilan massa bertemu pejabat", "tuntutan massa dikabulkan"},
		stagesEN: []string{"crowds took to the streets", "protest leaders met officials", "the demands were granted"},
		titlesID: []string{"ribuan warga gelar {noun} di {kw} {city}", "{noun} tolak kenaikan tarif, {num} orang turun ke jalan", "massa {noun} di {city} ditemui {actor}"},
		titlesEN: []string{"Thousands stage {noun} at {kw} in {city}", "{num} march against fare rise in {city}", "{actor} meets {noun} leaders in {city}"},
		leadsID:  []string{"Sekitar {num} orang menggelar {noun} di {kw} {city} pada {day} ({date}) menolak kenaikan tarif air.", "Massa {noun} memadati {kw} sejak pukul {time} dan menuntut bertemu {actor}.", "{noun} yang diikuti {num} orang berlangsung tertib di {kw}, {city}."},
		leadsEN:  []string{"About {num} people held a {noun} at the {kw} in {city} on {day} against a rise in water charges.", "Protesters filled the {kw} from {time} and demanded to see {actor}.", "A {noun} of some {num} people passed off peacefully at the {kw} in {city}."},
		factsID:  []string{"Polisi mengerahkan {num2} personel untuk mengamankan aksi.", "Massa membawa spanduk dan poster berisi tuntutan.", "Aksi berakhir menjelang pukul {time}."},
		factsEN:  []string{"Police deployed {num2} officers to keep order.", "The crowd carried banners and placards.", "The protest ended shortly before {time}."},
		quotesID: []string{"kami hanya ingin didengar oleh pemerintah", "tuntutan warga akan kami bahas bersama dewan", "kenaikan tarif ini memberatkan warga kecil"},
		quotesEN: []string{"we just want the government to listen", "we will discuss these demands with the council", "this rise hurts ordinary families"},
	},
	{ // prices
		nounID: []string{"kenaikan harga", "lonjakan harga", "harga pangan"}, nounEN: []string{"price rise", "price spike", "food prices"},
		unitID: "rupiah per kilogram", unitEN: "rupiah a kilogram",
		kwID: []string{"Pasar Induk", "Pasar", "Gudang Bulog"}, kwEN: []string{"Central Market", "Market", "Depot"},
		stagesID: []string{"harga mulai naik", "pemerintah menggelar operasi pasar", "harga kembali stabil"},
		stagesEN: []string{"prices began to climb", "the government held market operations", "prices settled again"},
		titlesID: []string{"harga cabai di {kw} tembus Rp {num} ribu per kilogram", "{noun} bikin pedagang {city} mengeluh", "operasi pasar digelar di {city} untuk tekan {noun}"},
		titlesEN: []string{"Chilli hits {num} thousand rupiah a kilo at {kw}", "Traders in {city} feel the {noun}", "Market operation in {city} aims to curb {noun}"},
		leadsID:  []string{"Harga cabai rawit di {kw} {city} naik menjadi Rp {num} ribu per kilogram pada {day} ({date}).", "Pedagang di {kw} mengeluhkan {noun} yang membuat pembeli berkurang.", "Pemerintah kota {city} menggelar operasi pasar untuk menekan {noun}."},
		leadsEN:  []string{"The price of bird's eye chilli at the {kw} in {city} rose to {num} thousand rupiah a kilogram on {day}.", "Traders at the {kw} say the {noun} has kept buyers away.", "The {city} administration held a market operation to curb {noun}."},
		factsID:  []string{"Sepekan sebelumnya harga masih Rp {num2} ribu per kilogram.", "Pasokan dari daerah sentra turun karena cuaca buruk.", "Operasi pasar menyediakan {num2} ton bahan pokok."},
		factsEN:  []string{"A week earlier the price was {num2} thousand rupiah.", "Supplies from growing areas fell because of bad weather.", "The operation put {num2} tonnes of staples on sale."},
		quotesID: []string{"pembeli sekarang hanya membeli seperempat kilo", "stok aman hingga akhir bulan", "kami akan mengawasi distribusi agar tidak ada penimbunan"},
		quotesEN: []string{"customers now buy only a quarter of a kilo", "stocks will last to the end of the month", "we will watch distribution to stop hoarding"},
	},
	{ // outbreak
		nounID: []string{"wabah", "kasus demam berdarah", "penyebaran penyakit"}, nounEN: []string{"outbreak", "dengue cases", "spread of disease"},
		unitID: "kasus", unitEN: "cases",
		kwID: []string{"Puskesmas", "Rumah Sakit", "Klinik"}, kwEN: []string{"Health Centre", "Hospital", "Clinic"},
		stagesID: []string{"kasus pertama ditemukan", "status kejadian luar biasa ditetapkan", "jumlah kasus menurun"},
		stagesEN: []string{"the first cases were found", "an emergency was declared", "the number of cases fell"},
		titlesID: []string{"{num} kasus demam berdarah di {city}, {kw} kewalahan", "{noun} meluas, {city} tetapkan status KLB", "warga {place} diminta waspada {noun}"},
		titlesEN: []string{"{num} dengue cases in {city} stretch {kw}", "{city} declares emergency as {noun} spreads", "{place} residents told to beware of {noun}"},
		leadsID:  []string{"Dinas Kesehatan {city} mencatat {num} {noun} sejak awal bulan.", "{kw} di {place} merawat {num2} pasien yang diduga terjangkit {noun}.", "Pemerintah {city} menetapkan status kejadian luar biasa setelah {noun} mencapai {num} kasus."},
		leadsEN:  []string{"The {city} health office has recorded {num} {noun} since the start of the month.", "The {kw} in {place} is treating {num2} patients with suspected {noun}.", "{city} declared an emergency after the {noun} reached {num} cases."},
		factsID:  []string{"Sebanyak {num2} pasien masih dirawat inap.", "Petugas melakukan pengasapan di {num2} titik.", "Sebagian besar pasien adalah anak-anak."},
		factsEN:  []string{"{num2} patients are still in hospital.", "Workers carried out fogging at {num2} sites.", "Most of the patients are children."},
		quotesID: []string{"warga harus menguras bak mandi dan menutup tempat air", "ruang perawatan kami sudah penuh", "kami menambah tenaga kesehatan di {place}"},
		quotesEN: []string{"people must empty water tanks and cover containers", "our wards are full", "we are sending more health workers to {place}"},
	},
}

// Generic sentences, by language, for background and colour. Slots as above.
var (
	backgroundID = []string{
		"Peristiwa serupa pernah terjadi di {place} beberapa tahun lalu.",
		"Wilayah {place} berada sekitar {num2} kilometer dari pusat {city}.",
		"Pemerintah daerah {prov} telah menyiapkan anggaran darurat.",
		"Menurut catatan setempat, penduduk {place} sebagian besar bekerja sebagai petani dan pedagang.",
		"Informasi tentang kejadian itu cepat menyebar melalui media sosial.",
		"Aparat desa ikut membantu mendata warga yang terdampak.",
		"Sejumlah relawan dari {city} berdatangan untuk membantu.",
		"Hingga berita ini diturunkan, petugas masih berada di lokasi.",
	}
	backgroundEN = []string{
		"Something similar happened in {place} a few years ago.",
		"{place} lies about {num2} kilometres from the centre of {city}.",
		"The {prov} provincial government has set aside emergency funds.",
		"Most people in {place} make a living from farming and trade.",
		"News of the incident spread quickly on social media.",
		"Village officials helped to list the families affected.",
		"Volunteers from {city} arrived to help.",
		"Officials were still at the scene at the time of writing.",
	}
	// Combinatorial filler, word by word (subject, qualifier, verb, object,
	// modifier, preposition, place or time, qualifier), so that independent
	// articles share few runs of three words, as real independent reports.
	fillSubjID  = []string{"petugas", "warga", "aparat", "relawan", "pedagang", "pejabat", "tokoh", "pengurus", "perawat", "teknisi", "sopir", "mahasiswa", "nelayan", "petani", "guru", "karyawan", "pemuda", "kader", "penyuluh", "pengemudi"}
	fillQualID  = []string{"setempat", "desa", "kecamatan", "gabungan", "kota", "senior", "muda", "lapangan", "sukarela", "kabupaten", "provinsi", "terdekat"}
	fillVerbID  = []string{"memantau", "membenahi", "mencatat", "menyiapkan", "memeriksa", "mengawasi", "membahas", "meninjau", "mengevaluasi", "mendata", "mengumpulkan", "membagikan", "memperbaiki", "menyusun", "menghitung", "mengamankan", "mengangkut", "membersihkan", "mengantar", "menimbang", "merapikan", "menjaga", "menata", "mengusulkan"}
	fillObjID   = []string{"bantuan", "data", "laporan", "jalur", "fasilitas", "pasokan", "kebutuhan", "rencana", "anggaran", "peralatan", "dokumen", "lokasi", "kendaraan", "tenda", "logistik", "obat", "selimut", "beras", "pompa", "generator", "jembatan", "saluran", "tanggul", "gerobak", "papan", "karung", "perahu", "dapur", "tikar", "sepatu"}
	fillModID   = []string{"warga", "darurat", "harian", "tambahan", "sementara", "cadangan", "bekas", "baru", "lama", "umum", "pribadi", "sekolah", "kelurahan", "bersama", "pinjaman", "sumbangan", "milik", "kecil", "besar", "utama"}
	fillPrepID  = []string{"di", "sejak", "hingga", "bersama", "untuk", "dari", "menjelang", "selama", "dekat", "menuju"}
	fillWhereID = []string{"pagi", "sore", "malam", "posko", "balai", "kantor", "pekan", "gudang", "lapangan", "masjid", "sekolah", "pasar", "terminal", "pelabuhan", "kampung", "gang", "perempatan", "puskesmas", "musala", "aula"}
	fillTailID  = []string{"utama", "lama", "baru", "timur", "barat", "selatan", "utara", "tengah", "ini", "itu", "terdekat", "sebelah", "atas", "bawah"}

	fillSubjEN  = []string{"officials", "residents", "police", "volunteers", "traders", "workers", "nurses", "engineers", "drivers", "students", "fishermen", "farmers", "teachers", "clerks", "soldiers", "medics", "neighbours", "inspectors", "guards", "cooks"}
	fillQualEN  = []string{"local", "young", "senior", "district", "village", "city", "unpaid", "off-duty", "tired", "extra", "visiting", "regional"}
	fillVerbEN  = []string{"checked", "prepared", "counted", "repaired", "delivered", "reviewed", "cleared", "guarded", "sorted", "loaded", "unloaded", "listed", "carried", "mended", "weighed", "stacked", "cleaned", "moved", "painted", "tested", "measured", "collected", "shared", "sealed"}
	fillObjEN   = []string{"supplies", "records", "routes", "tents", "generators", "pumps", "blankets", "bags", "boats", "trucks", "crates", "rice", "medicine", "ladders", "cables", "pipes", "tools", "forms", "maps", "radios", "barriers", "carts", "mattresses", "tarpaulins", "buckets", "lamps", "boots", "stoves", "benches", "signs"}
	fillModEN   = []string{"spare", "borrowed", "donated", "new", "old", "heavy", "small", "wet", "dry", "broken", "rented", "emergency", "second-hand", "plastic", "wooden", "metal", "paper", "long", "short", "green"}
	fillPrepEN  = []string{"at", "near", "behind", "outside", "inside", "beside", "across", "around", "past", "below"}
	fillWhereEN = []string{"the main post", "the village hall", "the market", "the school", "the mosque", "the clinic", "the bridge", "the harbour", "the station", "the depot", "the square", "the river bank", "the crossroads", "the field", "the office", "the warehouse", "the terminal", "the stadium", "the temple", "the church"}
	fillTailEN  = []string{"in the morning", "at noon", "after lunch", "in the evening", "at night", "before dawn", "all day", "on foot", "by hand", "in turns", "in the rain", "without pay", "for hours", "once more"}

	saysID   = []string{"kata", "ujar", "ungkap", "jelas", "tutur", "tegas", "sebut"}
	saysEN   = []string{"said", "told reporters", "added", "explained", "said on {day}"}
	openID   = []string{"Menurut dia,", "Ia menambahkan,", "Di sisi lain,", "Sementara itu,", "Selain itu,", "Dalam keterangannya,", "Lebih lanjut,", "Pada kesempatan itu,"}
	openEN   = []string{"According to", "Meanwhile,", "In addition,", "Separately,", "At the same time,", "Speaking later,", "Earlier,"}
	closeID  = []string{"Pihak berwenang berjanji akan menyampaikan perkembangan terbaru.", "Warga diminta tetap tenang dan mengikuti arahan petugas.", "Penanganan akan dievaluasi pekan depan.", "Kasus ini masih terus dipantau."}
	closeEN  = []string{"The authorities promised further updates.", "People were asked to stay calm and follow official advice.", "The response will be reviewed next week.", "The situation is being monitored."}
	insertID = []string{"Catatan redaksi: artikel ini diperbarui dengan keterangan terbaru dari petugas di lapangan.", "Hingga {time}, belum ada keterangan resmi tambahan dari {org}.", "Informasi ini juga telah dikonfirmasi oleh {role} {actor}."}
	insertEN = []string{"Editor's note: this article has been updated with the latest information from officials.", "As of {time}, {org} had made no further statement.", "The information was also confirmed by {actor}, the {role}."}
)

// Statements anyone in any story might make, by language.
var (
	quotesGenID = []string{
		"situasi sekarang sudah mulai terkendali",
		"kami terus berkoordinasi dengan pemerintah provinsi",
		"warga tidak perlu panik dan jangan mudah percaya kabar bohong",
		"semua pihak harus bekerja sama menangani persoalan ini",
		"data yang kami miliki masih bisa berubah",
		"kami sudah melaporkan kejadian ini kepada atasan",
		"anggaran untuk penanganan sudah kami siapkan",
		"saya berharap kejadian seperti ini tidak terulang",
	}
	quotesGenEN = []string{
		"the situation is now under control",
		"we are working closely with the provincial government",
		"there is no need to panic or to believe rumours",
		"everyone has to work together on this",
		"our figures may still change",
		"we have reported this to our superiors",
		"the money for the response is ready",
		"I hope nothing like this happens again",
	}
)
