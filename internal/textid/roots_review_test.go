package textid

import (
	"sort"
	"testing"
)

// TestRootsNotDerived flags list entries that ECS would derive from another
// root in the list: such entries are usually affixed forms by mistake.
func TestRootsNotDerived(t *testing.T) {
	var bad []string
	for w := range rootsID {
		delete(rootsID, w)
		r, ok := stemIDDict(w)
		rootsID[w] = struct{}{}
		if ok && r != w && !derivedOK[w] {
			bad = append(bad, w+"->"+r)
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Log(b)
	}
	if len(bad) > 0 {
		t.Errorf("%d entries look derived", len(bad))
	}
}

// derivedOK are true roots (or lexicalised words kept whole on purpose)
// that the rules could also read as affixed forms.
var derivedOK = toBoolSet(`abadi alasan anggaran asasi babi balai bantah belai beranda berandal
berangkat bosan divisi ekonomi ekspresi empati kejam keluar kemeja kemudian ketua kursi lebaran
masalah memori mulai pejam pepatah perangkat perawan perdana permisi peserta psikologi rangkai
saran sebab sebelas sejarah selaras separuh sepuluh seragam setengah setuju terdakwa terpidana
tersangka abai durian gulai juntai kecap kehendak kelereng kenduri landai sekutu
kelamin pecat persegi pesisir semarak berhala terapi tuai
cukai esai hayati kebaya kelabu nilai pegang pematang pengantin petai sejati selada selai
serentak terasi teratai`)

func toBoolSet(s string) map[string]bool {
	m := map[string]bool{}
	for w := range toSet(s) {
		m[w] = true
	}
	return m
}
