package quote

import "strings"

// enID maps common English news words (base forms) to the Indonesian
// stems textid.Terms gives for their usual translations, so an English
// and an Indonesian report of one statement share terms ("missile" and
// "rudal", "talks" and "pembicaraan" -> "bicara"). Written for warta from
// general knowledge; it is a small table of frequent news vocabulary, not
// a dictionary. Built once at init, never changed.
var enID = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(enIDPairs, "\n") {
		f := strings.Fields(line)
		for i := 0; i+1 < len(f); i += 2 {
			m[f[i]] = f[i+1]
		}
	}
	return m
}()

// enIDPairs: English base form, Indonesian stem; pairs on a line.
const enIDPairs = `
negotiation runding negotiate runding talk bicara sanction sanksi missile rudal rocket roket
nuclear nuklir war perang weapon senjata attack serang threat ancam threaten ancam
government perintah victim korban kill tewas killed tewas dead tewas injure luka injured luka
evacuate ungsi evacuated ungsi refugee ungsi aid bantu assistance bantu arrest tangkap
arrested tangkap detain tahan detained tahan detention tahan suspect tersangka corruption korupsi
bribe suap bribery suap election pilih vote suara protection lindung protect lindung fine denda
flood banjir earthquake gempa quake gempa policy bijak certainty pasti
cut pangkas raise naik increase naik rise naik decrease turun lower turun fall turun
growth tumbuh grow tumbuh economy ekonomi market pasar stock saham share saham investment investasi
trade dagang tariff tarif export ekspor import impor tax pajak budget anggaran debt utang
price harga oil minyak fuel bakar electricity listrik food pangan rice beras inflation inflasi
interest bunga rate bunga stability stabilitas stable stabil priority prioritas target sasar
range kisar room ruang wait tunggu waiting tunggu path arah layoff phk worker kerja job kerja
employee karyawan decision putus decide putus hard berat difficult berat time waktu
right tepat slow lambat late lambat gradual tahap gradually tahap remove cabut removed cabut
scrap cabut warning ingat warn ingat test uji launch luncur launched luncur fire tembak fired tembak
violation langgar violate langgar breach langgar resolution resolusi security aman council dewan
peace damai ceasefire gencatan troop pasuk military militer army tentara bomb bom explosion ledak
blast ledak rain hujan wind angin live jiwa life jiwa die tinggal died tinggal missing hilang
home rumah house rumah school sekolah hospital sakit player main goal gol win menang won menang
lose kalah lost kalah match tanding coach latih victory menang team tim
subsidy subsidi three tiga two dua four empat five lima six enam ten sepuluh year tahun day hari
month bulan week pekan global global cash tunai seize sita seized sita document dokumen
received terima receive terima money uang central pusat bank bank tsunami tsunami potential potensi
data data law uu bill ruu regulation aturan agency lembaga body lembaga
company usaha business usaha corporation korporasi penalty sanksi citizen warga people warga
water air river sungai

fly terbang flew terbang flight terbang kilometer kilometer km kilometer mile mil
`

// bilingualTerm maps an English term to its Indonesian stem when the
// table has it, trying the word itself and then simple inflections
// ("missiles", "talks", "seized", "waiting"); other words lose a plural
// "-s" so "cuts" meets "cut".
func bilingualTerm(t string) string {
	if v, ok := enID[t]; ok {
		return v
	}
	n := len(t)
	if n < 4 {
		return t
	}
	try := func(base string) (string, bool) {
		v, ok := enID[base]
		return v, ok
	}
	switch {
	case strings.HasSuffix(t, "ies"):
		if v, ok := try(t[:n-3] + "y"); ok {
			return v
		}
	case strings.HasSuffix(t, "ing") && n > 5:
		if v, ok := try(t[:n-3]); ok {
			return v
		}
		if v, ok := try(t[:n-3] + "e"); ok {
			return v
		}
	case strings.HasSuffix(t, "ed"):
		if v, ok := try(t[:n-2]); ok {
			return v
		}
		if v, ok := try(t[:n-1]); ok {
			return v
		}
	}
	if strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") {
		if v, ok := try(t[:n-1]); ok {
			return v
		}
		if strings.HasSuffix(t, "es") {
			if v, ok := try(t[:n-2]); ok {
				return v
			}
		}
	}
	return t
}
