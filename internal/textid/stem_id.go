package textid

import (
	_ "embed"
	"strings"
)

// Indonesian stemming: Enhanced Confix Stripping (Arifin, Mahendra and
// Ciptaningtyas 2009, after Nazief and Adriani 1996 and Asian 2007),
// implemented for warta from the published rules, with a root list written
// for warta (roots_id.txt) and a conservative rule-only fallback for words
// whose root is not in the list.

//go:embed roots_id.txt
var rootsIDText string

// rootsID is the set of Indonesian root words, built once at init.
var rootsID = loadRoots(rootsIDText)

func loadRoots(text string) map[string]struct{} {
	m := make(map[string]struct{}, 8192)
	for _, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		for _, w := range strings.Fields(line) {
			m[w] = struct{}{}
		}
	}
	return m
}

func isRoot(w string) bool {
	_, ok := rootsID[w]
	return ok
}

// prefix families; a family is never removed twice from one word.
const (
	pNone uint8 = iota
	pDi
	pKe
	pSe
	pBer
	pTer
	pMe
	pPe
	pPer
)

// suffix kinds
const (
	sNone uint8 = iota
	sI
	sKan
	sAn
)

// disallowed reports the confixes that do not occur in Indonesian (Nazief
// and Adriani), plus pe-…-kan.
func disallowed(p, s uint8) bool {
	switch p {
	case pBer:
		return s == sI
	case pDi:
		return s == sAn
	case pKe:
		return s == sI || s == sKan
	case pMe:
		return s == sAn
	case pSe:
		return s == sI || s == sKan
	case pTer:
		return s == sAn
	case pPe:
		return s == sKan
	}
	return false
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o'
}

func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !isVowel(c)
}

type cand struct {
	fam uint8
	rem string
}

// at returns s[i] or 0.
func at(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// prefixCands lists the readings of a derivational prefix at the start of s,
// most likely first (Asian 2007 rules with the ECS changes).
func prefixCands(s string, out *[4]cand) int {
	n := 0
	add := func(f uint8, r string) {
		if len(r) >= 2 && n < len(out) {
			out[n] = cand{f, r}
			n++
		}
	}
	if len(s) < 4 {
		return 0
	}
	c2, c3, c4 := at(s, 2), at(s, 3), at(s, 4)
	switch s[:2] {
	case "di":
		add(pDi, s[2:])
	case "ke":
		add(pKe, s[2:])
	case "se":
		add(pSe, s[2:])
	case "be":
		switch {
		case strings.HasPrefix(s, "belajar"):
			add(pBer, s[3:])
		case c2 == 'r' && isVowel(c3):
			add(pBer, s[2:]) // r-root first: perasaan -> rasa, not asa
			add(pBer, s[3:]) // be-rV
		case c2 == 'r' && c3 != 'r':
			add(pBer, s[3:])
		case isConsonant(c2) && c2 != 'r' && c2 != 'l' && c3 == 'e' && c4 == 'r' && isConsonant(at(s, 5)):
			add(pBer, s[2:]) // be-C1erC2: bekerja
		}
	case "te":
		switch {
		case c2 == 'r' && isVowel(c3):
			add(pTer, s[2:]) // r-root first: perasaan -> rasa, not asa
			add(pTer, s[3:])
		case c2 == 'r' && c3 != 'r':
			add(pTer, s[3:])
		case isConsonant(c2) && c2 != 'r' && c3 == 'e' && c4 == 'r' && isConsonant(at(s, 5)):
			add(pTer, s[2:])
		}
	case "me":
		switch {
		case (c2 == 'l' || c2 == 'r' || c2 == 'w' || c2 == 'y') && isVowel(c3):
			add(pMe, s[2:])
		case c2 == 'm':
			switch {
			case c3 == 'b' || c3 == 'f' || c3 == 'v':
				add(pMe, s[3:])
			case c3 == 'p' && c4 == 'e':
				add(pMe, s[3:]) // memper-, mempe-
			case c3 == 'p' && isVowel(c4):
				add(pMe, s[3:])
			case isVowel(c3) || c3 == 'r' && isVowel(c4):
				add(pMe, s[2:])     // me-mV
				add(pMe, "p"+s[3:]) // me-pV
			}
		case c2 == 'n':
			switch {
			case c3 == 'c' || c3 == 'd' || c3 == 'j' || c3 == 's' || c3 == 'z':
				add(pMe, s[3:])
			case c3 == 'g':
				switch {
				case c4 == 'g' || c4 == 'h' || c4 == 'q' || c4 == 'k':
					add(pMe, s[4:])
				case isVowel(c4):
					add(pMe, s[4:])
					add(pMe, "k"+s[4:])
					if c4 == 'e' {
						add(pMe, s[5:]) // menge-: mengebom
					}
					add(pMe, s[2:]) // me-ngV: mengerikan
				case isConsonant(c4):
					add(pMe, s[4:]) // mengkritik, mengklaim
				}
			case c3 == 'y' && isVowel(c4):
				add(pMe, "s"+s[4:])
				add(pMe, s[2:]) // me-nyV: menyanyi
			case isVowel(c3):
				add(pMe, "t"+s[3:])
				add(pMe, s[2:])
			case c3 == 't' && c4 == 'r':
				add(pMe, s[3:]) // mentransfer
			}
		}
	case "pe":
		switch {
		case (c2 == 'w' || c2 == 'y') && isVowel(c3):
			add(pPe, s[2:])
		case c2 == 'r' && isVowel(c3):
			add(pPer, s[2:]) // r-root first: perasaan -> rasa, not asa
			add(pPer, s[3:])
		case c2 == 'r' && c3 != 'r':
			add(pPer, s[3:])
		case c2 == 'm':
			switch {
			case c3 == 'b' || c3 == 'f' || c3 == 'v':
				add(pPe, s[3:])
			case c3 == 'p' && isVowel(c4):
				add(pPe, s[3:])
			case isVowel(c3) || c3 == 'r' && isVowel(c4):
				add(pPe, "p"+s[3:])
				add(pPe, s[2:])
			}
		case c2 == 'n':
			switch {
			case c3 == 'c' || c3 == 'd' || c3 == 'j' || c3 == 'z' || c3 == 's':
				add(pPe, s[3:])
			case c3 == 'g':
				switch {
				case isVowel(c4):
					add(pPe, s[4:])
					add(pPe, "k"+s[4:])
					if c4 == 'e' {
						add(pPe, s[5:])
					}
				case isConsonant(c4):
					add(pPe, s[4:])
				}
			case c3 == 'y' && isVowel(c4):
				add(pPe, "s"+s[4:])
				add(pPe, s[2:])
			case isVowel(c3):
				add(pPe, "t"+s[3:])
				add(pPe, s[2:])
			case c3 == 't' && c4 == 'r':
				add(pPe, s[3:])
			}
		case c2 == 'l' && isVowel(c3):
			if strings.HasPrefix(s, "pelajar") {
				add(pPe, s[3:])
			} else {
				add(pPe, s[2:])
			}
		case isConsonant(c2) && c2 != 'r' && c2 != 'w' && c2 != 'y' && c2 != 'l' && c2 != 'm' && c2 != 'n':
			add(pPe, s[2:])
		}
	}
	return n
}

// prefixSearch removes up to three prefixes depth-first and returns the
// first root found. suf is the derivational suffix already removed (for the
// confix check); tail, when not empty, is a suffix to try removing at each
// node as well (prefix-first order of ECS).
func prefixSearch(s string, suf uint8, depth int, used uint16, tail string, tailKind uint8) (string, bool) {
	if depth == 3 {
		return "", false
	}
	var cs [4]cand
	n := prefixCands(s, &cs)
	for _, c := range cs[:n] {
		if used&(1<<c.fam) != 0 {
			continue
		}
		if depth > 0 && (c.fam == pMe || c.fam == pDi) {
			continue
		}
		if depth == 0 && disallowed(c.fam, suf) {
			continue
		}
		if isRoot(c.rem) {
			return c.rem, true
		}
		if tail != "" && strings.HasSuffix(c.rem, tail) && !(depth == 0 && disallowed(c.fam, tailKind)) {
			if r := c.rem[:len(c.rem)-len(tail)]; isRoot(r) {
				return r, true
			}
		}
		if r, ok := prefixSearch(c.rem, suf, depth+1, used|1<<c.fam, tail, tailKind); ok {
			return r, true
		}
	}
	return "", false
}

func cutSuffix(s, suf string, minLeft int) (string, bool) {
	if len(s)-len(suf) >= minLeft && strings.HasSuffix(s, suf) {
		return s[:len(s)-len(suf)], true
	}
	return s, false
}

// stripDerivational removes -kan, -an or -i.
func stripDerivational(s string) (string, uint8) {
	if r, ok := cutSuffix(s, "kan", 2); ok {
		return r, sKan
	}
	if r, ok := cutSuffix(s, "an", 2); ok {
		return r, sAn
	}
	if r, ok := cutSuffix(s, "i", 3); ok {
		return r, sI
	}
	return s, sNone
}

func suffixString(k uint8) string {
	switch k {
	case sI:
		return "i"
	case sKan:
		return "kan"
	case sAn:
		return "an"
	}
	return ""
}

// precedence reports the confixes whose prefix ECS removes first:
// be-…-lah, be-…-an, me-…-i, di-…-i, pe-…-i, te-…-i.
func precedence(s string) bool {
	if len(s) < 5 {
		return false
	}
	switch s[:2] {
	case "be":
		// not -kan: berikan is beri-kan, not ber-ikan
		return strings.HasSuffix(s, "lah") || strings.HasSuffix(s, "an") && !strings.HasSuffix(s, "kan")
	case "me", "di", "pe", "te":
		return s[len(s)-1] == 'i'
	}
	return false
}

// stemIDDict runs ECS against the root list; ok is false when no root was
// found.
func stemIDDict(w string) (string, bool) {
	if isRoot(w) {
		return w, true
	}
	s1 := w
	for _, p := range [...]string{"lah", "kah", "pun"} {
		if r, ok := cutSuffix(w, p, 3); ok {
			s1 = r
			break
		}
	}
	if s1 != w {
		if isRoot(s1) {
			return s1, true
		}
		// a root that ends like a particle: bermasalah, bersalah
		if r, ok := prefixSearch(w, sNone, 0, 0, "", sNone); ok {
			return r, true
		}
	}
	s2 := s1
	for _, p := range [...]string{"nya", "ku", "mu"} {
		if r, ok := cutSuffix(s1, p, 3); ok {
			s2 = r
			break
		}
	}
	if s2 != s1 && isRoot(s2) {
		return s2, true
	}
	if precedence(s2) {
		if _, k := stripDerivational(s2); k != sNone {
			if r, ok := prefixSearch(s2, sNone, 0, 0, suffixString(k), k); ok {
				return r, true
			}
		}
	}
	s3, k := stripDerivational(s2)
	if k != sNone {
		if k == sKan && isRoot(s2[:len(s2)-2]) {
			// a bare -an noun beats a bare -kan imperative: masakan
			return s2[:len(s2)-2], true
		}
		if isRoot(s3) {
			return s3, true
		}
		if r, ok := prefixSearch(s3, k, 0, 0, "", sNone); ok {
			return r, true
		}
		if k == sKan {
			// the k belongs to the root: -an only (kebijakan, penegakan)
			s3k := s2[:len(s2)-2]
			if isRoot(s3k) {
				return s3k, true
			}
			if r, ok := prefixSearch(s3k, sAn, 0, 0, "", sNone); ok {
				return r, true
			}
			// -kan written for -kkan (memasukan): me- and di- take -kan
			if r, ok := prefixSearch(s3k, sKan, 0, 0, "", sNone); ok {
				return r, true
			}
		}
	}
	// give the suffixes back one by one
	if r, ok := prefixSearch(s2, sNone, 0, 0, "", sNone); ok {
		return r, true
	}
	if s1 != s2 {
		if r, ok := prefixSearch(s1, sNone, 0, 0, "", sNone); ok {
			return r, true
		}
	}
	return w, false
}

// stemID stems an Indonesian word; rules is false for names, which are only
// stemmed when their root is in the list.
func stemID(w string, rules bool) string {
	if i := strings.IndexByte(w, '-'); i > 0 {
		// reduplication: anak-anak, buku-bukunya
		a, b := w[:i], w[i+1:]
		if strings.HasPrefix(b, a) {
			return stemID(a, rules)
		}
		return w
	}
	if r, ok := stemIDDict(w); ok {
		if !rules && !nameStemOK(w, r) {
			return w
		}
		return r
	}
	if !rules {
		return w
	}
	return stemIDRules(w)
}

// nameStemOK reports whether the root r found for the name-like word w
// comes from a real derivation (Kementerian -> menteri, Serukan -> seru)
// rather than from a name that looks affixed: only -i, -an, -ku or -mu
// removed (Helmi, Maluku) or only a bare di-, ke- or se- (Diego, Kediri).
func nameStemOK(w, r string) bool {
	if strings.HasPrefix(w, r) {
		// suffixes names do not end in are fine: Serukan, Rumahnya
		suf := w[len(r):]
		return strings.HasPrefix(suf, "kan") || strings.HasPrefix(suf, "nya") ||
			suf == "lah" || suf == "kah" || suf == "pun"
	}
	if len(w)-len(r) == 2 && strings.HasSuffix(w, r) {
		switch w[:2] {
		case "di", "ke", "se":
			return false
		}
	}
	return true
}

// stemIDRules is the dictionary-free fallback. It is conservative: it
// removes -nya; then at most two prefixes, and only readings whose rest
// still looks like a root (four letters or more, a vowel, a possible
// Indonesian onset); se- never, ke- and per- only with -an; particles and
// -an, -kan, -i only together with a prefix.
func stemIDRules(w string) string {
	s := w
	particle := ""
	for _, p := range [...]string{"lah", "kah", "pun"} {
		if r, ok := cutSuffix(s, p, 5); ok {
			s, particle = r, p
			break
		}
	}
	if r, ok := cutSuffix(s, "nya", 4); ok {
		s = r
	}
	var cs [4]cand
	used := uint16(0)
	first := pNone
	for depth := 0; depth < 2; depth++ {
		n := prefixCands(s, &cs)
		picked := false
		for _, c := range cs[:n] {
			if used&(1<<c.fam) != 0 || depth > 0 && (c.fam == pMe || c.fam == pDi) {
				continue
			}
			if c.rem[0] == 'r' && len(c.rem) > 1 && isVowel(c.rem[1]) && (c.fam == pBer || c.fam == pTer || c.fam == pPer) {
				continue // without a root to confirm it, take ber-V, not be-rV
			}
			if !plausibleRoot(c.rem) {
				continue
			}
			switch c.fam {
			case pSe:
				continue
			case pDi:
				if c.rem[0] == 's' && !isVowel(c.rem[1]) {
					continue // distribusi, disney
				}
			case pMe:
				if c.rem[0] == 'm' && len(c.rem) < 8 && n > 1 && cs[1].rem[0] == 'p' && plausibleRoot(cs[1].rem) {
					// memandu -> pandu: short p- roots are the commoner;
					// long m- words are loans (memodifikasi)
					c = cs[1]
				}
			case pKe, pPer:
				if !strings.HasSuffix(c.rem, "an") || len(c.rem) < 6 {
					continue
				}
			}
			s = c.rem
			used |= 1 << c.fam
			if first == pNone {
				first = c.fam
			}
			picked = true
			break
		}
		if !picked {
			break
		}
	}
	if first == pNone {
		if particle != "" {
			return w[:len(w)-len(particle)] + particle // keep: no prefix seen
		}
		if strings.HasSuffix(w, "nya") && len(w)-3 >= 4 {
			return w[:len(w)-3]
		}
		return w
	}
	for _, k := range [...]uint8{sKan, sAn, sI} {
		r, ok := cutSuffix(s, suffixString(k), 4)
		if !ok || disallowed(first, k) || !plausibleRoot(r) || !plausibleEnd(r) {
			continue
		}
		if k == sI && r[len(r)-1] == 's' {
			continue // loan words in -si: kontaminasi
		}
		return r
	}
	return s
}

// plausibleEnd reports whether a root may end as s does: Indonesian roots
// end in a vowel or one consonant (or ng).
func plausibleEnd(s string) bool {
	a, b := s[len(s)-2], s[len(s)-1]
	return isVowel(a) || isVowel(b) || a == 'n' && b == 'g'
}

// plausibleRoot reports whether s could be an Indonesian root: four letters
// or more, a vowel, and an onset that Indonesian (or its loan words) allows.
func plausibleRoot(s string) bool {
	if len(s) < 4 || !hasVowel(s) {
		return false
	}
	c0, c1 := s[0], s[1]
	if isVowel(c0) || isVowel(c1) {
		return true
	}
	switch s[:2] {
	case "bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "sk", "sl", "sm",
		"sn", "sp", "st", "sw", "sy", "tr", "kh", "ng", "ny", "sr", "ps", "ts":
		return true
	}
	return false
}

func hasVowel(s string) bool {
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) {
			return true
		}
	}
	return false
}
