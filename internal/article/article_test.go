package article

import (
	"strings"
	"testing"
)

func TestContentID(t *testing.T) {
	base := ContentID("Banjir di Bekasi", []string{"Air naik dua meter.", "Warga mengungsi."})
	tests := []struct {
		name   string
		title  string
		paras  []string
		sameAs bool
	}{
		{"case and punctuation", "BANJIR di bekasi!", []string{"Air naik dua meter", "Warga  mengungsi…"}, true},
		{"white space", "  Banjir   di Bekasi ", []string{" Air naik\tdua meter. ", "Warga mengungsi."}, true},
		{"other word", "Banjir di Bogor", []string{"Air naik dua meter.", "Warga mengungsi."}, false},
		{"paragraph boundary matters", "Banjir di Bekasi", []string{"Air naik dua meter. Warga mengungsi."}, false},
		{"title vs body", "", []string{"Banjir di Bekasi", "Air naik dua meter.", "Warga mengungsi."}, false},
		{"non-ASCII letters", "Banjir di Bekasi", []string{"Air naik dua meter.", "Warga mengungsi."}, true},
	}
	for _, tt := range tests {
		got := ContentID(tt.title, tt.paras)
		if (got == base) != tt.sameAs {
			t.Errorf("%s: ContentID = %s, base %s, want same=%v", tt.name, got, base, tt.sameAs)
		}
	}
	if len(base) != 20 {
		t.Errorf("id length %d, want 20", len(base))
	}
	if ContentID("Café Ümlaut", nil) != ContentID("CAFÉ ümlaut", nil) {
		t.Errorf("non-ASCII case folding differs")
	}
}

func BenchmarkContentID(b *testing.B) {
	p := strings.Repeat("Pemimpin Korea Utara menyerukan langkah ofensif, kata juru bicara pada Senin (30/12). ", 8)
	paras := []string{p, p, p, p, p}
	b.SetBytes(int64(5 * len(p)))
	for b.Loop() {
		ContentID("Judul berita", paras)
	}
}
