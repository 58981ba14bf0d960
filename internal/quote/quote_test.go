package quote

import (
	"fmt"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/entity"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name    string
		lang    string
		paras   []string
		want    []string // "speaker|text substring|direct|via"
		notWant []string // text substrings that must not be quotes
	}{
		{
			name:  "participle clause reports the subject",
			lang:  "en",
			paras: []string{"LIMA (Reuters) - Andina Mining kept its output forecast on Tuesday, saying copper demand remained firm."},
			want:  []string{"Andina Mining|copper demand remained firm|false|"},
		},
		{
			name:  "the company said takes the last organisation",
			lang:  "en",
			paras: []string{"Andina Mining Corp said on Tuesday it would close two pits.", "Most of the output will shift to the north, the company said."},
			want:  []string{"Andina Mining Corp|it would close two pits|false|", "Andina Mining Corp|Most of the output will shift to the north|false|"},
		},
		{
			name:  "analysts at a firm are unnamed",
			lang:  "en",
			paras: []string{"Analysts at Norwell Partners said in a note that prices could fall further."},
			want:  []string{"|prices could fall further|false|"},
		},
		{
			name:  "comma inside an organisation name",
			lang:  "en",
			paras: []string{"The dam held, according to the Forestry, Fisheries and Wildlife Agency."},
			want:  []string{"Forestry, Fisheries and Wildlife Agency|The dam held|false|"},
		},
		{
			name:  "kata after quote",
			lang:  "id",
			paras: []string{"“Kami siap berunding,” kata Hendra Wijayakusuma di Jakarta."},
			want:  []string{"Hendra Wijayakusuma|Kami siap berunding|true|"},
		},
		{
			name:  "katanya takes the last speaker, via kepada",
			lang:  "id",
			paras: []string{"Menteri Luar Negeri Arif Santoso mengatakan pembicaraan akan dilanjutkan.", "“Kami tetap terbuka,” katanya kepada ABC."},
			want:  []string{"Arif Santoso|pembicaraan akan dilanjutkan|false|", "Arif Santoso|Kami tetap terbuka|true|ABC"},
		},
		{
			name:  "colon attribution and nested quote",
			lang:  "id",
			paras: []string{"Ketua panitia Rudi Hartono berkata: “Ini bukan ‘pesta’, ini kerja.”"},
			want:  []string{"Rudi Hartono|Ini bukan ‘pesta’, ini kerja|true|"},
		},
		{
			name:    "scare quotes are dropped",
			lang:    "id",
			paras:   []string{"Pyongyang mengancam mengambil “jalan baru” jika perundingan gagal.", "Washington akan \"sangat kecewa\" bila uji coba dilakukan."},
			notWant: []string{"jalan baru", "sangat kecewa"},
		},
		{
			name:  "quote over two paragraphs",
			lang:  "en",
			paras: []string{"\"We have done our part. The rest is up to them.", "\"We will not wait forever,\" said Maria Lopez, the mayor."},
			want:  []string{"Maria Lopez|The rest is up to them. We will not wait forever|true|"},
		},
		{
			name:  "pronoun in English",
			lang:  "en",
			paras: []string{"Coach Peter Hall said the team was tired.", "\"We need a break,\" he said."},
			want:  []string{"Peter Hall|the team was tired|false|", "Peter Hall|We need a break|true|"},
		},
		{
			name:  "named person wins over a document",
			lang:  "id",
			paras: []string{"Presiden Budi Santoso berpidato di Bandung.", "“Kami tidak akan mundur,” kata siaran pers tersebut. kata Budi."},
			want:  []string{"Budi Santoso|Kami tidak akan mundur|true|"},
		},
		{
			name:  "menurut",
			lang:  "id",
			paras: []string{"Menurut Dewi Lestari, harga beras akan turun bulan depan."},
			want:  []string{"Dewi Lestari|harga beras akan turun|false|"},
		},
		{
			name:    "negated verb is not speech",
			lang:    "id",
			paras:   []string{"Joko Widodo tidak menjelaskan apa arti “tindakan tegas”."},
			notWant: []string{"tindakan tegas"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.lang, tc.paras, entity.Find(tc.lang, "", tc.paras))
			for _, w := range tc.want {
				f := strings.Split(w, "|")
				q, ok := quoteWith(got, f[1])
				if !ok {
					t.Errorf("no quote with %q; got %s", f[1], dump(got))
					continue
				}
				if !sameName(q.Speaker, f[0]) || fmt.Sprint(q.Direct) != f[2] || q.Via != f[3] {
					t.Errorf("quote %q: got speaker=%q direct=%v via=%q, want %q %s %q", f[1], q.Speaker, q.Direct, q.Via, f[0], f[2], f[3])
				}
			}
			for _, nw := range tc.notWant {
				for _, q := range got {
					if strings.TrimSpace(q.Text) == nw {
						t.Errorf("scare quote %q reported (speaker %q)", nw, q.Speaker)
					}
				}
			}
		})
	}
}

func dump(qs []article.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "\n  [%s] %q direct=%v via=%q", q.Speaker, q.Text, q.Direct, q.Via)
	}
	return b.String()
}

func TestLinkStatements(t *testing.T) {
	a := []article.Quote{{Speaker: "Hendra", SpeakerID: "person:hendra", Text: "Subsidi tidak akan dicabut sekaligus, kami kurangi bertahap selama tiga tahun"}}
	b := []article.Quote{
		{Speaker: "Hendra", SpeakerID: "person:hendra", Text: "Kami tidak akan mencabut subsidi sekaligus; dikurangi bertahap dalam tiga tahun"},
		{Speaker: "Marwan", SpeakerID: "person:marwan", Text: "Subsidi tidak akan dicabut sekaligus, dikurangi bertahap selama tiga tahun"},
		{Speaker: "Hendra", SpeakerID: "person:hendra", Text: "Harga beras naik di pasar tradisional"},
	}
	lists := [][]article.Quote{a, b}
	LinkStatements(lists)
	if lists[0][0].Statement == "" || lists[0][0].Statement != lists[1][0].Statement {
		t.Errorf("same statement not linked: %q %q", lists[0][0].Statement, lists[1][0].Statement)
	}
	if lists[1][1].Statement != "" || lists[1][2].Statement != "" {
		t.Errorf("other speaker or other statement linked: %q %q", lists[1][1].Statement, lists[1][2].Statement)
	}
	// the id does not depend on the order of articles
	rev := [][]article.Quote{append([]article.Quote(nil), b...), append([]article.Quote(nil), a...)}
	LinkStatements(rev)
	if rev[1][0].Statement != lists[0][0].Statement {
		t.Errorf("id depends on order: %q vs %q", rev[1][0].Statement, lists[0][0].Statement)
	}
}

// TestLinkThreshold sweeps the link threshold over same-speaker pairs of
// the annotated events and logs precision and recall, the evidence for
// LinkThreshold.
func TestLinkThreshold(t *testing.T) {
	arts, err := ReadAnnotated("testdata/annotated")
	if err != nil {
		t.Fatal(err)
	}
	type pair struct {
		sim  float64
		gold bool
	}
	var pairs []pair
	byEvent := map[string][]int{}
	for i, a := range arts {
		if a.Gold.Event != "" {
			byEvent[a.Gold.Event] = append(byEvent[a.Gold.Event], i)
		}
	}
	for _, ais := range byEvent {
		type gq struct {
			speaker, st string
			terms       []string
		}
		var qs []gq
		for _, ai := range ais {
			a := arts[ai]
			found := Find(a.Gold.Lang, a.Paragraphs, entity.Find(a.Gold.Lang, a.Title, a.Paragraphs))
			for _, g := range a.Gold.Quotes {
				if g.Speaker == "" {
					continue
				}
				for _, q := range found {
					if strings.Contains(normText(q.Text), normText(g.Text)) {
						qs = append(qs, gq{g.Speaker, g.Statement, statementTerms(q.Text)})
						break
					}
				}
			}
		}
		for i := range qs {
			for j := i + 1; j < len(qs); j++ {
				if qs[i].speaker == qs[j].speaker {
					pairs = append(pairs, pair{Similarity(qs[i].terms, qs[j].terms), qs[i].st != "" && qs[i].st == qs[j].st})
				}
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].sim > pairs[j].sim })
	for _, th := range []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6} {
		tp, fp, fn := 0, 0, 0
		for _, p := range pairs {
			switch {
			case p.sim >= th && p.gold:
				tp++
			case p.sim >= th:
				fp++
			case p.gold:
				fn++
			}
		}
		t.Logf("threshold %.2f: tp=%d fp=%d fn=%d precision=%.2f recall=%.2f", th, tp, fp, fn, ratio(tp, tp+fp), ratio(tp, tp+fn))
		if th == LinkThreshold && ratio(tp, tp+fp) < 0.8 {
			t.Errorf("link precision at the chosen threshold = %.2f, want >= 0.8", ratio(tp, tp+fp))
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("“Kami siap,” kata Hendra.\n\"Lanjut", "en")
	f.Add("\"A.\n\n“B ‘c’ d,” ujarnya kepada ABC, menurut X, kata", "id")
	f.Add("”“\"\"‘’, said , kata : Menurut", "id")
	f.Fuzz(func(t *testing.T, s, lang string) {
		paras := strings.Split(s, "\n")
		ms := []entity.Mention{{Text: "x", Name: "X", Type: "person", Paragraph: 0, Start: 0, End: 1}}
		for _, q := range Find(lang, paras, ms) {
			if q.Paragraph < 0 || q.Paragraph >= len(paras) {
				t.Fatalf("paragraph %d out of range", q.Paragraph)
			}
		}
		Find(lang, paras, entity.Find(lang, "", paras))
	})
}

func BenchmarkFind(b *testing.B) {
	arts, err := ReadAnnotated("testdata/annotated")
	if err != nil {
		b.Fatal(err)
	}
	// about 4 KB of paragraphs
	var paras []string
	n := 0
	for _, a := range arts[:3] {
		for _, p := range a.Paragraphs {
			if n+len(p) > 4096 {
				break
			}
			paras = append(paras, p)
			n += len(p)
		}
	}
	ms := entity.Find("id", "", paras)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		Find("id", paras, ms)
	}
	b.StopTimer()
	// CPU time per op: wall time is unreliable on a shared, loaded machine
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// cpuTime is the process's user+system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
