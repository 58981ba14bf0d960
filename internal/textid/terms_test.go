package textid

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestTerms(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
	}{
		{"en", "The talks were suspended by the U.S. negotiators", []string{"talk", "suspend", "negoti"}},
		{"en", "Kim's nuclear weapons", []string{"kim", "nuclear", "weapon"}},
		{"", "the yang summit", []string{"summit"}},
	}
	for _, tt := range tests {
		got := Terms(tt.lang, tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Terms(%q, %q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}

func BenchmarkTerms(b *testing.B) {
	s := benchText()
	b.SetBytes(int64(len(s)))
	var dst []string
	for b.Loop() {
		dst = AppendTerms(dst[:0], "id", s)
	}
}

func TestTermsIndonesian(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kim Jong-un menyerukan perundingan baru dengan Amerika Serikat.",
			[]string{"kim", "jong", "un", "seru", "runding", "amerika", "serikat"}},
		// sentence-initial capital: stemmed like any word
		{"Pertemuan itu ditangguhkan.", []string{"temu", "tangguh"}},
		// names mid-sentence: root list only, no rule fallback
		{"Warga Semarang dan Pekanbaru mengungsi.", []string{"warga", "semarang", "pekanbaru", "ungsi"}},
		{"warga pekanbaru", []string{"warga", "kanbaru"}},
		{"Dia bertemu KPK dan Kementerian Pertahanan.", []string{"temu", "kpk", "menteri", "tahan"}},
	}
	for _, tt := range tests {
		got := Terms("id", tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Terms(id, %q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// benchTextEN is about 4 KB of English written for these tests.
func benchTextEN() string {
	ps := []string{
		"North Korean leader Kim Jong-un called for new negotiations with the United States on Tuesday, the official news agency reported, a week after talks on denuclearisation were suspended. ",
		"Officials in Seoul said the proposal was a sign that Pyongyang wanted to ease tensions, while analysts warned that the weapons programme remained the main obstacle to any agreement. ",
		"The meeting in Hanoi ended without a deal when both sides failed to agree on sanctions relief. Since then, the leaders have exchanged letters but no date has been set for another summit. ",
		"Dr. Lee, a professor of international relations, told reporters that the timing was not accidental. \"They are testing the new administration,\" she said, adding that the missile launches were a reminder. ",
		"Meanwhile, the foreign ministry in Tokyo expressed concern about the fishing boats seized near the disputed islands and demanded the immediate release of the crews. ",
		"Economic figures released on Monday showed exports falling for the third consecutive month, as factories struggled with shortages of parts and rising energy prices across the region. ",
		"Protesters gathered outside the parliament building, chanting slogans and holding banners that criticised the government's handling of the investigation into the collapse of the bridge. ",
		"Rescue workers searched through the rubble overnight; at least twelve people were killed and dozens injured, according to the disaster management agency, which said the toll could rise. ",
		"The central bank kept its benchmark interest rate unchanged, citing uncertainty about inflation, and said it would continue to monitor the currency closely in the coming weeks. ",
		"Elections are scheduled for April, and opinion polls suggest a close race between the incumbent and a former governor who has campaigned on promises to fight corruption. ",
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 4096; i++ {
		sb.WriteString(ps[i%len(ps)])
	}
	return sb.String()
}

func BenchmarkTermsEN(b *testing.B) {
	s := benchTextEN()
	b.SetBytes(int64(len(s)))
	var dst []string
	for b.Loop() {
		dst = AppendTerms(dst[:0], "en", s)
	}
}

// BenchmarkTermsCorpus runs Terms over real articles of the shared corpus.
func BenchmarkTermsCorpus(b *testing.B) {
	for _, c := range []struct{ dir, lang string }{{"id-hoax-600", "id"}, {"ecbplus", "en"}} {
		texts := corpusTexts(b, c.dir, 200)
		if len(texts) == 0 {
			b.Skip("no shared corpus")
		}
		n := 0
		for _, t := range texts {
			n += len(t)
		}
		b.Run(c.dir, func(b *testing.B) {
			b.SetBytes(int64(n / len(texts)))
			var dst []string
			for i := 0; b.Loop(); i++ {
				dst = AppendTerms(dst[:0], c.lang, texts[i%len(texts)])
			}
		})
	}
}

func corpusTexts(tb testing.TB, dir string, max int) []string {
	f, err := os.Open(filepath.Join("../../../shared/corpus", dir, "articles.jsonl"))
	if err != nil {
		return nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []string
	for sc.Scan() && len(out) < max {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("corpus %s: %v", dir, err)
		}
		if a.Text != "" {
			out = append(out, a.Text)
		}
	}
	return out
}

func TestTermsNamesStayWhole(t *testing.T) {
	got := Terms("id", "Warga Maluku bertemu Diego dan Helmi di Kediri.")
	want := []string{"warga", "maluku", "temu", "diego", "helmi", "kediri"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}

func TestStemCacheConsistent(t *testing.T) {
	words := []string{"negotiations", "negotiated", "running", "earthquakes", "officials", "reported"}
	for range 3 {
		for _, w := range words {
			if got, want := Terms("en", w), stemEN(w); len(got) != 1 || got[0] != want {
				t.Errorf("Terms(en, %q) = %v, want [%s]", w, got, want)
			}
		}
	}
	// The cache stays bounded.
	for i := range 40000 {
		Terms("en", "word"+string(rune('a'+i%26))+string(rune('a'+(i/26)%26))+string(rune('a'+(i/676)%26)))
	}
	total := 0
	for i := range enStems.shards {
		enStems.shards[i].mu.RLock()
		total += len(enStems.shards[i].m)
		enStems.shards[i].mu.RUnlock()
	}
	if total > len(enStems.shards)*stemShardCap {
		t.Errorf("stem cache holds %d entries, over its bound", total)
	}
}
