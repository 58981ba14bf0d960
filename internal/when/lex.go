package when

import (
	"math"
	"time"
	"unicode"
	"unicode/utf8"
)

// tokKind tells words, numbers and punctuation apart.
type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// kw identifies the function words the grammar looks at.
type kw uint8

const (
	kwNone kw = iota
	kwPada
	kwHari
	kwTanggal
	kwOn
	kwIn
	kwAt
	kwSejak
	kwSince
	kwPukul
	kwLalu
	kwYang
	kwSilam
	kwIni
	kwDepan
	kwMendatang
	kwLagi
	kwKemarin
	kwYesterday
	kwToday
	kwBesok
	kwTomorrow
	kwLusa
	kwAgo
	kwLast
	kwThis
	kwNext
	kwOf
	kwThe
	kwEnd
	kwBeginning
	kwMiddle
	kwAkhir
	kwAwal
	kwPertengahan
	kwEarly
	kwLate
	kwEarlier
	kwLater
	kwMid
	kwTonight
	kwNight
	kwMorning
	kwDaypart // pagi, siang, sore, malam, afternoon, evening
	kwDini
	kwAM
	kwPM
	kwConj // dan, and, atau, or, hingga, sampai, to
	kwTerakhir
	kwPast
	kwTahun
	kwBulan
	kwVague // beberapa, several, per, tiap, setiap, selama, sepanjang, dalam, ...
	kwAfterWeek
	kwT
	kwOrdinal
	kwTrigger // hingga, sampai, until, by, sebelum, setelah, before, after, ...
	kwFrom
	kwNow
	kwPkl
	kwFuture // akan, dijadwalkan, will, scheduled: marks a planned date
)

// unit is a calendar unit named by a word.
type unit uint8

const (
	uNone unit = iota
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uYear
)

// wordInfo is what the static word table knows about a lower-cased word.
type wordInfo struct {
	kw     kw
	kw2    kw   // a second role (e.g. "tahun" is a unit and a year trigger)
	mon    int8 // 1..12
	wd     int8 // time.Weekday+1; 0 = none
	num    int8 // number word value
	unit   unit
	abbr   bool // abbreviated month or weekday
	amb    bool // also an ordinary word: needs a capital letter when no digits anchor it
	isZone bool
	zone   uint8 // index in zoneLocs
	start  bool  // may begin a Mentions expression
}

// token is one word, digit run or punctuation rune of the input.
type token struct {
	s, e  int32 // byte offsets
	nd    int32 // digits in a number
	val   int32 // value of a number (-1 when too long)
	kind  tokKind
	capit bool // word starts with an upper-case ASCII letter
	w     wordInfo
}

// words is the static table, built at init and never changed.
var words map[string]wordInfo

// zoneLocs holds the named zones; wordInfo.zone indexes it.
var zoneLocs = []*time.Location{nil}

// lenMask[a][b] has bit n set when some table word of n bytes starts with
// the letters a, b: a cheap test that skips most words without hashing.
var lenMask [26][27]uint32

// offsetZones caches fixed zones for numeric offsets in 15-minute steps
// from -14:00 to +14:00, so parsing "+0700" allocates nothing.
var offsetZones [113]*time.Location

func init() {
	words = make(map[string]wordInfo, 400)
	set := func(k string, f func(*wordInfo)) {
		w := words[k]
		f(&w)
		words[k] = w
	}
	months := [][]string{
		{"januari", "january", "*jan"},
		{"februari", "pebruari", "february", "*feb", "*peb", "*pebr", "*febr"},
		{"maret", "!march", "*mar", "*mrt"},
		{"april", "*apr"},
		{"mei", "!may"},
		{"juni", "june", "*jun"},
		{"juli", "july", "*jul"},
		{"agustus", "august", "*agu", "*agt", "*ags", "*agst", "*agus", "*aug"},
		{"september", "*sep", "*sept", "*spt"},
		{"oktober", "october", "*okt", "*oct"},
		{"november", "nopember", "*nov", "*nop"},
		{"desember", "december", "*des", "*dec"},
	}
	for i, names := range months {
		for _, n := range names {
			abbr, amb := false, false
			switch n[0] {
			case '*':
				abbr, n = true, n[1:]
			case '!':
				amb, n = true, n[1:]
			}
			m := int8(i + 1)
			set(n, func(w *wordInfo) { w.mon, w.abbr, w.amb = m, abbr, amb })
		}
	}
	weekdays := [][]string{ // Sunday first, as time.Weekday
		{"minggu", "ahad", "sunday", "*sun", "*min"},
		{"senin", "monday", "*mon", "*sen"},
		{"selasa", "tuesday", "*tue", "*tues", "*sel"},
		{"rabu", "wednesday", "*wed", "*rab"},
		{"kamis", "thursday", "*thu", "*thur", "*thurs", "*kam"},
		{"jumat", "jumaat", "friday", "*fri", "*jum"},
		{"sabtu", "saturday", "*sat", "*sab"},
	}
	for i, names := range weekdays {
		for _, n := range names {
			abbr := n[0] == '*'
			if abbr {
				n = n[1:]
			}
			d := int8(i + 1)
			set(n, func(w *wordInfo) {
				w.wd = d
				if abbr {
					w.abbr = true
				}
			})
		}
	}
	// "minggu" is also the word for week.
	set("minggu", func(w *wordInfo) { w.amb = true; w.unit = uWeek })

	nums := [][]string{
		{"satu", "one", "a", "an"},
		{"dua", "two"}, {"tiga", "three"}, {"empat", "four"}, {"lima", "five"},
		{"enam", "six"}, {"tujuh", "seven"}, {"delapan", "eight"},
		{"sembilan", "nine"}, {"sepuluh", "ten"}, {"sebelas", "eleven"}, {"duabelas", "twelve"},
	}
	for i, names := range nums {
		for _, n := range names {
			v := int8(i + 1)
			set(n, func(w *wordInfo) { w.num = v })
		}
	}
	units := map[unit][]string{
		uMinute: {"menit", "minute", "minutes"},
		uHour:   {"jam", "hour", "hours"},
		uDay:    {"hari", "day", "days"},
		uWeek:   {"pekan", "week", "weeks"},
		uMonth:  {"bulan", "month", "months"},
		uYear:   {"tahun", "year", "years"},
	}
	for u, names := range units {
		for _, n := range names {
			set(n, func(w *wordInfo) { w.unit = u })
		}
	}
	// se- forms: one of the unit.
	for n, u := range map[string]unit{"sehari": uDay, "seminggu": uWeek, "sepekan": uWeek,
		"sebulan": uMonth, "setahun": uYear, "sejam": uHour} {
		set(n, func(w *wordInfo) { w.num, w.unit = 1, u })
	}
	kws := map[kw][]string{
		kwPada: {"pada"}, kwHari: {"hari"}, kwTanggal: {"tanggal", "tgl"},
		kwOn: {"on"}, kwIn: {"in"}, kwAt: {"at"},
		kwSejak: {"sejak", "semenjak"}, kwSince: {"since"},
		kwPukul: {"pukul", "jam"}, kwPkl: {"pkl", "pk"},
		kwLalu: {"lalu", "kemarin"}, kwYang: {"yang"}, kwSilam: {"silam"},
		kwIni: {"ini"}, kwDepan: {"depan"}, kwMendatang: {"mendatang", "nanti"},
		kwLagi: {"lagi"}, kwYesterday: {"yesterday"}, kwToday: {"today"},
		kwBesok: {"besok", "esok"}, kwTomorrow: {"tomorrow"}, kwLusa: {"lusa"},
		kwAgo: {"ago"}, kwLast: {"last"}, kwThis: {"this"}, kwNext: {"next"},
		kwOf: {"of"}, kwThe: {"the"}, kwEnd: {"end"}, kwBeginning: {"beginning", "start"},
		kwMiddle: {"middle"},
		kwAkhir:  {"akhir", "penghujung"}, kwAwal: {"awal", "permulaan"},
		kwPertengahan: {"pertengahan"},
		kwEarly:       {"early"}, kwLate: {"late"}, kwEarlier: {"earlier"}, kwLater: {"later"},
		kwMid: {"mid"}, kwTonight: {"tonight"}, kwNight: {"night"}, kwMorning: {"morning"},
		kwDaypart: {"pagi", "siang", "sore", "malam", "afternoon", "evening"},
		kwDini:    {"dini"}, kwAM: {"am"}, kwPM: {"pm"},
		kwConj:     {"dan", "and", "atau", "or", "serta"},
		kwTerakhir: {"terakhir"}, kwPast: {"past"},
		kwVague:     {"beberapa", "several", "berapa", "per", "tiap", "setiap", "selama", "sepanjang", "dalam", "every", "each", "few"},
		kwAfterWeek: {"ke", "berikutnya", "sebelumnya", "pertama", "kedua", "ketiga", "keempat", "kelima"},
		kwT:         {"t"}, kwOrdinal: {"st", "nd", "rd", "th"},
		kwTrigger: {"hingga", "sampai", "until", "till", "by", "sebelum", "setelah", "sesudah", "before", "after",
			"during", "between", "jelang", "menjelang"},
		kwFrom: {"from", "dari"}, kwNow: {"now"},
		kwFuture: {"akan", "bakal", "dijadwalkan", "direncanakan", "rencananya", "will", "scheduled",
			"due", "tenggat", "deadline", "batas", "mulai"},
	}
	for k, names := range kws {
		for _, n := range names {
			set(n, func(w *wordInfo) {
				if w.kw != kwNone {
					w.kw2 = k
					return
				}
				w.kw = k
			})
		}
	}
	// "kemarin" is yesterday on its own and "last" after a period word.
	set("kemarin", func(w *wordInfo) { w.kw2 = kwKemarin })
	set("tahun", func(w *wordInfo) { w.kw = kwTahun })
	set("bulan", func(w *wordInfo) { w.kw = kwBulan })

	for i := range offsetZones {
		offsetZones[i] = time.FixedZone("", (i-56)*900)
	}
	zones := map[string]*time.Location{
		"wib": WIB, "wita": WITA, "wit": WIT,
		"gmt": time.UTC, "utc": time.UTC, "ut": time.UTC, "z": time.UTC,
	}
	for name, off := range map[string]int{
		"est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
		"cet": 1, "cest": 2, "eet": 2, "eest": 3, "bst": 1, "jst": 9, "kst": 9, "sgt": 8,
		"hkt": 8, "aest": 10, "aedt": 11, "ict": 7, "myt": 8, "pht": 8,
	} {
		zones[name] = time.FixedZone(upperASCII(name), off*3600)
	}
	for name, loc := range zones {
		zoneLocs = append(zoneLocs, loc)
		idx := uint8(len(zoneLocs) - 1)
		set(name, func(w *wordInfo) { w.isZone, w.zone = true, idx })
	}
	for k, w := range words {
		switch {
		case w.mon != 0 || w.wd != 0 || w.num != 0 || w.unit != uNone || w.kw2 == kwKemarin:
			w.start = true
		default:
			switch w.kw {
			case kwPada, kwHari, kwTanggal, kwOn, kwIn, kwSejak, kwSince, kwYesterday, kwToday,
				kwBesok, kwTomorrow, kwLusa, kwLast, kwThis, kwNext, kwThe, kwEnd, kwBeginning,
				kwMiddle, kwAkhir, kwAwal, kwPertengahan, kwEarly, kwLate, kwEarlier, kwLater, kwMid,
				kwTonight, kwDaypart, kwMorning, kwTahun, kwBulan, kwPast:
				w.start = true
			}
		}
		words[k] = w
		a, b := k[0]-'a', 26
		if len(k) > 1 {
			b = int(k[1] - 'a')
		}
		if a < 26 && b <= 26 && len(k) < 32 {
			lenMask[a][b] |= 1 << len(k)
		}
	}
	buildWtab()
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

// fixedOffset returns a cached zone for an offset in seconds, or nil when
// the offset is out of range or not a multiple of 15 minutes.
func fixedOffset(sec int) *time.Location {
	if sec%900 != 0 || sec < -14*3600 || sec > 14*3600 {
		return nil
	}
	return offsetZones[sec/900+56]
}

func isSpaceRune(r rune) bool {
	return r != '\n' && (unicode.IsSpace(r) || r == 0x200b || r == 0xfeff)
}

// tokenize appends the tokens of s to toks. New lines become punctuation
// tokens so that no expression spans two lines.
func tokenize(s string, toks []token) []token {
	if len(s) > math.MaxInt32 {
		s = s[:math.MaxInt32] // offsets are int32
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				i++
				continue
			case c >= '0' && c <= '9':
				j, v := i, 0
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					if j-i < 9 {
						v = v*10 + int(s[j]-'0')
					}
					j++
				}
				if j-i > 9 {
					v = -1
				}
				toks = append(toks, token{s: int32(i), e: int32(j), kind: tNum, nd: int32(min(j-i, 1<<20)), val: int32(v)})
				i = j
				continue
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				j := scanWord(s, i)
				toks = append(toks, wordToken(s, i, j))
				i = j
				continue
			default:
				toks = append(toks, token{s: int32(i), e: int32(i + 1), kind: tPunct})
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpaceRune(r):
			i += n
		case unicode.IsLetter(r):
			j := scanWord(s, i)
			toks = append(toks, wordToken(s, i, j))
			i = j
		default:
			toks = append(toks, token{s: int32(i), e: int32(i + n), kind: tPunct})
			i += n
		}
	}
	return toks
}

// scanWord returns the end of the word starting at i: letters, with
// apostrophes inside (Jum'at, Monday's).
func scanWord(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				i++
				continue
			}
			if c == '\'' && i+1 < len(s) && isLetterAt(s, i+1) {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || (r == '\u2019' && i+n < len(s) && isLetterAt(s, i+n)) {
			i += n
			continue
		}
		return i
	}
	return i
}

func isLetterAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// wordToken builds the token for s[i:j] and looks the word up in the
// table: lower-cased ASCII, apostrophes dropped, a possessive 's removed.
func wordToken(s string, i, j int) token {
	t := token{s: int32(i), e: int32(j), kind: tWord, capit: s[i] >= 'A' && s[i] <= 'Z'}
	if j-i > 24 {
		return t
	}
	var buf [16]byte
	n := 0
	apos := -1
	h := uint32(fnvOffset)
	for k := i; k < j; k++ {
		c := s[k]
		if c == '\'' {
			apos = n
			continue
		}
		if c >= utf8.RuneSelf {
			if c == 0xe2 && k+2 < j && s[k+1] == 0x80 && s[k+2] == 0x99 { // ’
				apos = n
				k += 2
				continue
			}
			return t
		}
		if n == len(buf) {
			return t
		}
		buf[n] = c | 0x20
		h = (h ^ uint32(c|0x20)) * fnvPrime
		n++
	}
	if apos >= 0 && apos == n-1 && buf[n-1] == 's' {
		n-- // possessive: Monday's
		h = fnv(buf[:n])
	}
	if n == 0 || buf[0] < 'a' || buf[0] > 'z' {
		return t
	}
	b := 26
	if n > 1 {
		if buf[1] < 'a' || buf[1] > 'z' {
			return t
		}
		b = int(buf[1] - 'a')
	}
	if lenMask[buf[0]-'a'][b]&(1<<n) == 0 {
		return t // no table word of that start and length
	}
	for k := h & (wtabSize - 1); ; k = (k + 1) & (wtabSize - 1) {
		sl := &wtab[k]
		if sl.key == "" {
			return t
		}
		if sl.key == string(buf[:n]) {
			t.w = sl.w
			return t
		}
	}
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
	wtabSize  = 1024 // power of two, well above len(words)
)

func fnv(b []byte) uint32 {
	h := uint32(fnvOffset)
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// wtab is words as an open-addressing table keyed by FNV-1a: lookups hash
// while lower-casing and never allocate.
var wtab [wtabSize]struct {
	key string
	w   wordInfo
}

func buildWtab() {
	if len(words) > wtabSize/2 {
		panic("when: word table too small")
	}
	for k, w := range words {
		for i := fnv([]byte(k)) & (wtabSize - 1); ; i = (i + 1) & (wtabSize - 1) {
			if wtab[i].key == "" {
				wtab[i].key, wtab[i].w = k, w
				break
			}
		}
	}
}
