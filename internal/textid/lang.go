package textid

import (
	"strings"
	"unicode/utf8"
)

// DetectLang identifies the language of s: "id" (Indonesian), "ms" (Malay)
// or "en" (English), with a confidence in [0, 1]. It returns "" and 0 when s
// has too few function words to tell (under about four) or when English and
// Indonesian/Malay are mixed evenly. Only the first 4 KB of s are read.
//
// The classifier is a function-word profile written for warta: English
// function words against the function words Indonesian and Malay share,
// then words that only one of the two uses (Malay "kerana", "bahawa",
// "iaitu", "sahaja", "selepas", "kerajaan"... against Indonesian "karena",
// "bahwa", "tersebut", "bisa", "setelah"...). Text with no Malay
// markers is Indonesian.
func DetectLang(s string) (string, float64) {
	const maxBytes = 4096
	if len(s) > maxBytes {
		cut := maxBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	var en, malay, idOnly, msOnly float64
	scanWords(s, func(tok string, buf []byte, _ uint8) {
		var m uint8
		if buf != nil {
			m = langMarkers[string(buf)]
		} else {
			m = langMarkers[tok]
		}
		if m&mEN != 0 {
			en++
		}
		if m&mIDMS != 0 {
			malay++
		}
		if m&mID != 0 {
			idOnly++
		}
		if m&mMS != 0 {
			msOnly++
		}
	})
	total := en + malay
	if total < 4 {
		return "", 0
	}
	// amount of evidence: reaches 1 at about 20 function words
	evidence := total / 20
	if evidence > 1 {
		evidence = 1
	}
	if en > malay {
		share := en / total
		if share < 0.65 {
			return "", 0
		}
		return "en", round2(share * (0.5 + 0.5*evidence))
	}
	share := malay / total
	if share < 0.65 {
		return "", 0
	}
	conf := share * (0.5 + 0.5*evidence)
	if msOnly >= 2 && msOnly > 1.5*idOnly {
		side := msOnly / (msOnly + idOnly)
		return "ms", round2(conf * side)
	}
	side := 1.0
	if idOnly+msOnly > 0 {
		side = (idOnly + 1) / (idOnly + msOnly + 1)
	}
	return "id", round2(conf * side)
}

func round2(x float64) float64 {
	return float64(int(x*100+0.5)) / 100
}

const (
	mEN   = 1 << iota // English function word
	mIDMS             // function word of Indonesian or Malay
	mID               // used in Indonesian, not (or rarely) in Malay
	mMS               // used in Malay, not (or rarely) in Indonesian
)

var langMarkers = buildMarkers()

func buildMarkers() map[string]uint8 {
	m := make(map[string]uint8, 512)
	add := func(flag uint8, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= flag
		}
	}
	add(mEN, `the of and to in is that for was on with as by it he she said at from his her an
be are have has were this which not but they had who will their been would its also after
than more when there about into over could can after we you our what these those out up
while where did do does should may only just very because told says such other new`)
	add(mIDMS, `yang dan di ini itu dengan untuk dari dalam pada akan ke ada juga oleh telah
sebagai kepada mereka kami kita atau bagi para serta namun tetapi bahwa bahawa karena kerana
tidak tak sudah belum lagi masih hanya seperti antara ialah adalah iaitu yaitu daripada
tersebut beliau sahaja saja bisa boleh harus mesti kata katanya berkata mengatakan menurut
selepas setelah semasa ketika saat manakala sementara sejak hingga sampai kerajaan pemerintah
ia dia saya anda kamu apa siapa mana bagaimana mengapa kenapa bila apabila jika kalau
sangat amat lebih paling banyak semua setiap pun lah tahun hari orang negara`)
	add(mID, `bahwa karena tersebut bisa saat setelah pemerintah kemarin nggak enggak gak bilang
dong sih kok banget gimana kantor polisi senin kamis jumat minggu uang mobil rupiah harus ujar
tutur kayak lho`)
	add(mMS, `kerana bahawa iaitu sahaja boleh daripada kerajaan selepas semasa manakala pelbagai
sebarang sekiranya memandangkan menerusi berhubung kakitangan mesyuarat polis wang ringgit
isnin khamis jumaat universiti encik awak hendaklah tempatan bahagian mahupun seramai mengikut
hospital baharu`)
	return m
}
