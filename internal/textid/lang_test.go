package textid

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestDetectLang(t *testing.T) {
	// sentences written for these tests
	tests := []struct{ in, want string }{
		{"Presiden mengatakan bahwa pemerintah tidak akan menunda pemilihan umum karena situasi sudah aman.", "id"},
		{"Polisi sudah menangkap tersangka tersebut pada Senin malam di Jakarta, kata juru bicara.", "id"},
		{"Kerajaan berkata bahawa ia tidak akan menangguhkan pilihan raya kerana keadaan sudah selamat.", "ms"},
		{"Beliau berkata polis telah menahan suspek itu pada hari Isnin dan siasatan sedang dijalankan.", "ms"},
		{"Menteri itu ialah ahli parlimen yang dipilih daripada kawasan tersebut sahaja.", "ms"},
		{"The president said that the government would not delay the election because the situation was safe.", "en"},
		{"Police arrested the suspect on Monday night in Jakarta, a spokesman told reporters.", "en"},
		{"Jakarta", ""},
		{"", ""},
		{"12 345 678", ""},
	}
	for _, tt := range tests {
		got, conf := DetectLang(tt.in)
		if got != tt.want {
			t.Errorf("DetectLang(%q) = %q (%.2f), want %q", tt.in, got, conf, tt.want)
		}
		if conf < 0 || conf > 1 || got == "" && conf != 0 {
			t.Errorf("DetectLang(%q) confidence %v out of range", tt.in, conf)
		}
	}
}

// TestDetectLangCorpus measures accuracy on the shared corpus 'lang' fields.
func TestDetectLangCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/*/articles.jsonl")
	if len(files) == 0 {
		t.Skip("no shared corpus at ../../../shared/corpus")
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatalf("open corpus: %v", err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		n, right, unsure := 0, 0, 0
		wrong := map[string]int{}
		for sc.Scan() && n < 3000 {
			var a struct{ Title, Text, Lang string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil || a.Lang == "" || len(a.Text) < 200 {
				continue
			}
			n++
			got, _ := DetectLang(a.Title + "\n" + a.Text)
			switch got {
			case a.Lang:
				right++
			case "":
				unsure++
			default:
				wrong[got]++
			}
		}
		fh.Close()
		if n == 0 {
			continue
		}
		acc := float64(right) / float64(n)
		t.Logf("%s: %d/%d right (%.1f%%), %d unsure, wrong %v", filepath.Base(filepath.Dir(f)), right, n, 100*acc, unsure, wrong)
		if acc < 0.95 {
			t.Errorf("%s: accuracy %.3f below 0.95", f, acc)
		}
	}
}

func BenchmarkDetectLang(b *testing.B) {
	s := benchText()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		DetectLang(s)
	}
}
