package verify

import (
	"strings"

	"github.com/warta-news/warta/internal/textid"
)

// conceptPairs is the small bilingual (en<->id) and synonym lexicon of
// verify, written for warta from general knowledge of news vocabulary. Each
// line is one concept: Indonesian words, "|", English words. Words are
// written in an ordinary form and stemmed at init with textid.Stem, so
// they meet the terms textid.Terms gives; every word of a line maps to the
// concept key (the first word's stem). It is a table of frequent news
// words, not a dictionary: words outside it still match themselves.
const conceptPairs = `
temu pertemuan rapat sidang pleno | meet meeting summit session
runding perundingan negosiasi berunding | negotiation negotiate negotiations
bicara pembicaraan dialog | talks talk dialogue speak speech
rahasia diam-diam | secret secretly covert
rudal misil | missile missiles
nuklir | nuclear
senjata persenjataan | weapon weapons arms
uji pengujian | test testing tested
seru menyerukan desak mendesak imbau | call urge urged appeal
ancam ancaman | threat threaten threatened
serang serangan | attack attacked strike
aman keamanan | security safe safety
daulat kedaulatan | sovereignty
sanksi | sanction sanctions penalty
cabut pencabutan | lift lifted revoke remove
militer tentara pasukan | military troops troop soldiers army
pimpin pemimpin | leader lead led
presiden | president
menteri kementerian | minister ministry
jubir | spokesman spokeswoman spokesperson
partai | party
ekonomi | economy economic
kecewa kekecewaan | disappointed disappointment
tolak menolak penolakan | reject rejected refuse refused deny denied
setuju sepakat kesepakatan persetujuan | agree agreed agreement deal
gagal kegagalan | fail failed failure collapse
umum mengumumkan pengumuman | announce announced announcement
tewas meninggal mati korban jiwa | dead died killed death deaths kill
luka terluka cedera | injured wounded injury injuries hurt
ungsi pengungsi mengungsi | evacuate evacuated refugees displaced
banjir | flood floods flooding
gempa | earthquake quake
kebakaran bakar terbakar dibakar | fire burned burnt blaze
hujan | rain rainfall
rumah | house houses home homes
tangkap ditangkap penangkapan | arrest arrested
tahan ditahan penahanan | detain detained detention
polisi kepolisian | police
hakim pengadilan | court judge
penjara | prison jail
korupsi | corruption corrupt
suap | bribe bribery
pilih pemilihan pemilu | election vote voted
menang kemenangan tundukkan taklukkan | win won victory beat beats
kalah kekalahan | lose lost defeat
harga | price prices
naik kenaikan meningkat | rise rose increase increased raise raised
turun penurunan menurun | fall fell decrease decreased cut drop dropped
bunga | interest
bank | bank
pajak | tax taxes
anggaran | budget
utang | debt
minyak | oil
listrik | electricity power
beras | rice
pangan makanan | food
jual penjualan | sell sold sale sales
beli pembelian | buy bought purchase
ekspor | export exports
impor | import imports
dagang perdagangan | trade
perusahaan usaha | company firm business
karyawan pekerja buruh | worker workers employee employees staff
kerja pekerjaan | work job jobs
sekolah | school schools
siswa murid pelajar | student students pupils
guru | teacher teachers
dokter | doctor doctors
pasien | patient patients
obat | drug drugs medicine
sakit penyakit | disease illness sick
kanker | cancer
virus | virus
vaksin | vaccine vaccines
warga penduduk masyarakat rakyat | residents citizens public inhabitants
kota | city
desa | village
jalan | road street
jembatan | bridge
pesawat | plane aircraft airplane
kapal | ship vessel boat
kereta | train
mobil | car cars
bandara | airport
pelabuhan | port harbour harbor
laut | sea
sungai | river
gunung | mountain volcano mount
letus letusan meletus erupsi | eruption erupt erupted
tsunami | tsunami
hutan | forest
air | water
dana uang | money funds fund
bantu bantuan | aid help assistance
bangun pembangunan membangun | build built construction
proyek | project
program | program programme
rencana berencana | plan plans planned
putus keputusan memutuskan | decide decided decision ruling
undang-undang uu | law
aturan peraturan regulasi | regulation rule rules
larang larangan dilarang | ban banned prohibit
izin | permit license licence permission
resmi | officially
pejabat | official officials
pemerintah | government
negara | country state nation
dunia | world global
damai perdamaian | peace
perang | war
konflik | conflict
protes demo demonstrasi pawai | protest protests protesters demonstration rally march marched marchers
tembak menembak penembakan | shoot shot shooting fired
bom ledak ledakan meledak | bomb explosion blast exploded
culik penculikan | kidnap kidnapped abduct abducted
bunuh pembunuhan | murder murdered
curi pencurian | steal stole theft
tipu penipuan | fraud scam
palsu | fake false
hoaks hoax | hoax
benar kebenaran | true truth
bohong kebohongan | lie lied
klaim | claim claimed
bukti | evidence proof
selidik penyelidikan | investigate investigation probe
periksa pemeriksaan | examine examined check inspection
laporan lapor melaporkan | report reported
kunjung kunjungan mengunjungi | visit visited
tiba | arrive arrived
berangkat | depart departed
kembali | return returned again
mulai memulai | start started begin began resume resumed
henti berhenti menghentikan | stop stopped halt halted suspend suspended
lanjut melanjutkan | continue continued
tunda menunda | delay delayed postpone postponed
batal membatalkan | cancel cancelled canceled
hari | day
pekan minggu | week
bulan | month
tahun | year
jam | hour hours
menit | minute minutes
orang | people person persons
anak | child children
perempuan wanita | woman women
pria | man men
ribu | thousand
juta | million
miliar | billion
persen | percent
besar | big large major
kecil | small minor
baru | new
lama | old long
pertama | first
terakhir | last final
tinggi | high
rendah | low
cepat | fast quick rapid
lambat | slow
positif | positive
negatif | negative
ofensif | offensive
langkah tindakan | step steps measure measures action
kebijakan | policy policies
denuklirisasi | denuclearization denuclearisation
tenggat | deadline
industri | industry
pabrik | factory plant
ponsel telepon | phone smartphone
bengkok melengkung lengkung | bend bent bending
jari | finger fingers
jarum | needle
tusuk | prick pierce
stroke | stroke
ikan | fish
daging | meat
babi | pig pork
sikat | brush
gigi | tooth teeth
bulu | bristle hair
masjid | mosque
masuk | enter entered
selatan | south southern
utara | north northern
timur | east eastern
barat | west western
pantai pesisir | coast coastal shore
pulau | island
lepas | off offshore
lebat deras | heavy torrential
terbang penerbangan | fly flew flight
darat mendarat pendaratan | land landed landing
darurat | emergency
mesin | engine
masalah | problem trouble issue
bawa membawa | carry carried carrying bring brought
tumpang penumpang | passenger passengers
maskapai | airline carrier
selamat | safe survived unharmed
pilot | pilot
jatuh | crash crashed
tenggelam karam | sink sank sunk sinking
cari pencarian | search searched
temukan ditemukan | found find
hilang | missing
abu | ash
udara | air sky
lontar melontarkan | spew spewed send sending hurl
kilometer km | kilometre kilometres kilometer kilometers km
meter | metre metres meter meters
derajat | degree degrees
persen | per cent
dolar | dollar dollars
rupiah | rupiah
tarif | tariff tariffs
pihak | side sides party
pangkas memangkas | slash slashed trim
produksi | production output produce
minyak bumi | crude
barel | barrel barrels
tahan menahan | hold held keep kept
resmikan meresmikan peresmian | inaugurate inaugurated open opened
jembatan | bridge
panjang sepanjang | long length
status | status
siaga waspada | alert alerts warning
gelar menggelar | hold held stage staged
pejabat otoritas berwenang | officials authorities
kutip dikutip | quoted cited
setempat lokal | local
konsulat | consulate
kedutaan | embassy
mahasiswa | student students
kampus | campus
pindah memindahkan | move moved relocate relocated
kampanye | campaign
suara | vote votes ballot
lawan | rival opponent opposition
gugat menggugat gugatan | challenge sue lawsuit
hasil | result results outcome
partisipasi | turnout
periode masa jabatan | term
kedua | second
ketiga | third
korban | victim victims casualties
rusak kerusakan | damage damaged destroyed
guncang mengguncang | shake shook struck strike hit jolt jolted
magnitudo | magnitude
peringatan | warning
kereta | rail railway
layanan | service services
tangguh tunda | suspend suspended
rapat pertemuan | meeting
setuju | approve approved
kembangkan dikembangkan | develop developed
universitas | university
harga | cost costs
dosis | dose doses
anak-anak | children
sel | cell cells
daging | flesh
pakan | feed
kolam | pond ponds
budidaya | farmed farming farm
dokter | physician
saraf | neurologist neurology
gejala | symptom symptoms
jam | hours
menit | minutes
tolong menolong pertolongan | help helped rescue
sembuh menyembuhkan | cure cured heal healed
ribuan | thousands
ratusan | hundreds
puluhan | dozens tens
reformasi reforma | reform reforms overhaul
pensiun | pension pensions
tolak | oppose opposed against
panas | heat hot heatwave swelter swelters sweltering scorching
ungsi evakuasi | flee fled flees fleeing evacuee evacuees evacuation shelter shelters
rendam merendam terendam genang tergenang | submerge submerged inundate inundated swamp swamped
banjir | floodwaters flooded
gempa lindu | temblor tremor
tanggul | embankment dike dyke levee
sungai kali | stream
jebol bobol | breach breached burst
tetap menetapkan penetapan | declare declared declares
tanggap | respond response
guncang | rattle rattled rattles rock rocked
longsor | landslide landslides mudslide
timbun menimbun tertimbun | bury buried
anjlok tergelincir | derail derailed derails
celaka kecelakaan | accident
sebab penyebab | cause causes caused
picu memicu dipicu | trigger triggered spark sparked
ringan | lightly slightly light slight
kepala | head chief
ketua | chairman chairwoman chairperson speaker
wali walikota | mayor
gubernur | governor
bupati | regent
camat kecamatan | subdistrict
kabupaten | regency district
provinsi | province
parlemen legislatif | parliament legislature lawmakers legislators
sah mengesahkan pengesahan disahkan | pass passed passes ratify ratified
ruu rancangan | bill bills draft
fraksi | faction factions
paripurna | plenary
rampas perampasan | seize seized seizure forfeiture confiscate confiscated
aset | asset assets
teken meneken tanda | sign signed signing
dukung dukungan mendukung | support supported backed backing
kritik mengkritik | criticise criticised criticize criticized criticism
tuduh tuduhan menuduh | accuse accused allegation allegations
dakwa dakwaan didakwa | charge charged indict indicted
vonis divonis | sentence sentenced verdict
mundur pengunduran | resign resigned resignation
calon kandidat | candidate candidates
koalisi | coalition
kabinet | cabinet
rampok perampokan merampok perampok | rob robbed robbery robber robbers
curi | stolen
tersangka | suspect suspects
sewa kontrak kontrakan | rent rented rental
lemah melemah pelemahan | weaken weakened weakens weak
kuat menguat penguatan | strengthen strengthened strong
acuan | benchmark
bunga | rate rates
inflasi | inflation
investasi | investment invest
saham | stock stocks shares
tumbuh pertumbuhan | growth grow grew
resesi | recession
angin | wind winds
puting beliung | tornado whirlwind twister
badai | storm
gelombang | wave waves
kios | kiosk stall stalls
pasar | market
dagang pedagang | trader traders vendor vendors merchant merchants
kapal perahu | boats
karet | rubber
kerah mengerahkan dikerahkan | deploy deployed deploys
dapur | kitchen kitchens
rugi kerugian | loss losses
dalam kedalaman | depth deep
pusat | centre center centred centered epicentre epicenter
baratlaut | northwest
timurlaut | northeast
baratdaya | southwest
tenggara | southeast
ancam potensi berpotensi | potential
genteng genting | tile tiles
atap | roof
rusak kerusakan | damaging
tewas | killing
luka melukai | injuring hurting
orang | individuals
selamat penyelamat | rescuer rescuers
balistik | ballistic
luncur meluncurkan peluncuran | launch launched
cuaca | weather
badan lembaga | agency agencies
kira perkira memperkirakan prakiraan | forecast forecasts predict predicted
`

// numberWords are spelled-out numbers in Indonesian and English.
var numberWords = map[string]string{
	"satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6",
	"tujuh": "7", "delapan": "8", "sembilan": "9", "sepuluh": "10", "sebelas": "11",
	"seratus": "100", "seribu": "1000", "sejuta": "1000000",
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
	"hundred": "100", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16",
	"seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
	"fifty": "50",
}

// multipliers scale the number before them ("10 ribu", "2.5 million").
var multipliers = map[string]float64{
	"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12,
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// negations mark a sentence as saying the opposite.
var negations = map[string]bool{
	"tidak": true, "tak": true, "bukan": true, "belum": true, "tiada": true, "enggan": true,
	"not": true, "never": true, "no": true, "nor": true, "cannot": true, "didn't": true,
	"doesn't": true, "don't": true, "isn't": true, "wasn't": true, "won't": true, "aren't": true,
	"weren't": true, "hasn't": true, "haven't": true, "can't": true, "denied": true, "membantah": true,
	"dibantah": true, "bantah": true,
}

// weekdays and months (Indonesian and English) give date keys.
var weekdays = map[string]string{
	"senin": "wd1", "selasa": "wd2", "rabu": "wd3", "kamis": "wd4", "jumat": "wd5", "sabtu": "wd6", "minggu": "wd7", "ahad": "wd7",
	"monday": "wd1", "tuesday": "wd2", "wednesday": "wd3", "thursday": "wd4", "friday": "wd5", "saturday": "wd6", "sunday": "wd7",
}

var months = map[string]string{
	"januari": "m01", "februari": "m02", "maret": "m03", "april": "m04", "mei": "m05", "juni": "m06",
	"juli": "m07", "agustus": "m08", "september": "m09", "oktober": "m10", "november": "m11", "desember": "m12",
	"january": "m01", "february": "m02", "march": "m03", "may": "m05", "june": "m06",
	"july": "m07", "august": "m08", "october": "m10", "december": "m12",
}

// concepts maps a stem (either language) to its concept key. Built once at
// init, never changed.
var concepts = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(conceptPairs, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		idPart, enPart, _ := strings.Cut(line, "|")
		var key string
		add := func(lang, w string) {
			for _, t := range textid.Terms(lang, w) {
				if key == "" {
					key = t
				}
				if _, ok := m[t]; !ok {
					m[t] = key
				}
			}
			// the plain lower-case word too (names path of Terms keeps it)
			lw := strings.ToLower(w)
			if _, ok := m[lw]; !ok && key != "" {
				m[lw] = key
			}
		}
		for _, w := range strings.Fields(idPart) {
			add("id", w)
		}
		for _, w := range strings.Fields(enPart) {
			add("en", w)
		}
	}
	return m
}()

// concept returns the concept key of a term.
func concept(t string) string {
	if k, ok := concepts[t]; ok {
		return k
	}
	return t
}

// lightWords are generic headline words (new, big, latest, gets ...) that
// carry little of a claim; their weight is halved so that a headline is
// not judged on them. Stems are added at init.
var lightWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`baru terbaru besar kecil kembali lagi ini itu bisa dapat gelar jadi menjadi
		sejumlah beberapa banyak ada hal soal terkait usai jelang kini akhirnya resmi
		new latest big major small back again gets get got makes make says amid over after leave leaves
		more most just still now set
		sebut menyebut catat mencatat capai mencapai`) {
		for _, lang := range []string{"id", "en"} {
			for _, t := range textid.Terms(lang, w) {
				m[concept(t)] = true
			}
		}
	}
	return m
}()
