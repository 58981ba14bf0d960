package textid

// Terms is the analysis chain used for clustering and search: Words, then
// stop words of lang dropped (both lists when lang is ""), single letters
// dropped, then stemmed: English (Snowball) for "en", Indonesian for any
// other lang. In Indonesian text a capitalised word that does not start a
// sentence, or an all-capitals word, is taken as a name: it is stemmed only
// when its root is in the root list (Pertemuan -> temu) and otherwise kept
// whole (Semarang, Pekanbaru), where a lower-case word would go through the
// rule fallback.
func Terms(lang, s string) []string {
	return AppendTerms(make([]string, 0, len(s)/10+1), lang, s)
}

// AppendTerms appends the terms of s to dst (see Terms).
func AppendTerms(dst []string, lang, s string) []string {
	en := lang == "en"
	// memo of English stems within this call (Snowball is the slow part);
	// direct-mapped, on the stack, gone when the call returns
	var memo [128]struct{ w, s string }
	scanWords(s, func(tok string, buf []byte, flags uint8) {
		if buf != nil {
			if len(buf) == 1 || isStopBytes(lang, buf) {
				return
			}
			tok = string(buf)
		} else if len(tok) == 1 || IsStopword(lang, tok) {
			return
		}
		if len(tok) < 4 || !isLowerWord(tok) {
			dst = append(dst, tok)
			return
		}
		if en {
			h := uint32(2166136261)
			for i := 0; i < len(tok); i++ {
				h = (h ^ uint32(tok[i])) * 16777619
			}
			m := &memo[h%uint32(len(memo))]
			if m.w != tok {
				m.w, m.s = tok, enStems.get(tok, h, stemEN)
			}
			dst = append(dst, m.s)
			return
		}
		name := flags&fUpper != 0 && (flags&fSentStart == 0 || flags&fAllUpper != 0)
		dst = append(dst, stemID(tok, !name))
	})
	return dst
}

// isStopBytes is IsStopword for a byte slice, without allocating.
func isStopBytes(lang string, w []byte) bool {
	switch lang {
	case "id":
		_, ok := stopID[string(w)]
		return ok
	case "ms":
		if _, ok := stopID[string(w)]; ok {
			return true
		}
		_, ok := stopMS[string(w)]
		return ok
	case "en":
		_, ok := stopEN[string(w)]
		return ok
	}
	if _, ok := stopID[string(w)]; ok {
		return true
	}
	_, ok := stopEN[string(w)]
	return ok
}
