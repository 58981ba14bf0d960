package verify

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/synth"
)

func art(id, outlet, lang, title string, paras ...string) *article.Article {
	a := &article.Article{ID: id, Outlet: outlet, Lang: lang, Title: title, Paragraphs: paras, Credits: []article.Credit{}}
	analyze(a)
	return a
}

func flagsOf(a *article.Article, kind string) []article.Flag {
	var out []article.Flag
	for _, f := range a.Flags {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

func TestEventTable(t *testing.T) {
	tests := []struct {
		name        string
		arts        func() []*article.Article
		wantOrigins int
		wantFlags   map[string]map[string]int // article id -> kind -> count
	}{
		{
			name: "one article: nothing to compare, no single_source flags",
			arts: func() []*article.Article {
				return []*article.Article{art("a", "Kompas", "id", "Banjir Rendam 200 Rumah di Bekasi",
					"Banjir merendam 200 rumah di Bekasi pada Senin.", "Sebanyak 50 warga mengungsi ke masjid.")}
			},
			wantOrigins: 1,
			wantFlags:   map[string]map[string]int{"a": {FlagSingleSource: 0, FlagUnsupportedHeadline: 0}},
		},
		{
			name: "title its body does not say",
			arts: func() []*article.Article {
				return []*article.Article{art("a", "Kompas", "id", "Gubernur Ditangkap Polisi karena Suap",
					"Banjir merendam 200 rumah di Bekasi pada Senin.", "Sebanyak 50 warga mengungsi ke masjid.")}
			},
			wantOrigins: 1,
			wantFlags:   map[string]map[string]int{"a": {FlagUnsupportedHeadline: 1}},
		},
		{
			name: "number contradiction across outlets",
			arts: func() []*article.Article {
				return []*article.Article{
					art("a", "Kompas", "id", "", "Banjir merendam 200 rumah warga di Bekasi pada Senin pagi.", "Wali kota Tri Adhianto meninjau lokasi."),
					art("b", "Tempo", "id", "", "Banjir merendam 350 rumah warga di Bekasi pada Senin pagi.", "Hujan turun sejak Minggu malam."),
				}
			},
			wantOrigins: 2,
			wantFlags:   map[string]map[string]int{"a": {FlagContradiction: 1}, "b": {FlagContradiction: 1}},
		},
		{
			name: "explicit source credit: two copies of one wire are one origin",
			arts: func() []*article.Article {
				a := art("a", "Kontan", "id", "", "Harga minyak naik 3 persen pada Senin setelah OPEC memangkas produksi.")
				b := art("b", "Bisnis", "id", "", "Harga minyak dunia naik 3 persen pada Senin karena OPEC memangkas produksi.")
				a.Credits = []article.Credit{{Role: "source", Name: "Reuters"}}
				b.Credits = []article.Credit{{Role: "source", Name: "Reuters"}}
				return []*article.Article{a, b}
			},
			wantOrigins: 1,
		},
		{
			name: "metonymy and spelling: Washington = AS, Kim Jong-un = Kim Jong Un",
			arts: func() []*article.Article {
				return []*article.Article{
					art("a", "Kompas", "id", "", "Kim Jong-un menolak tawaran perundingan dari Washington pada Selasa."),
					art("b", "Tempo", "id", "", "Kim Jong Un menolak tawaran perundingan dari AS pada Selasa."),
				}
			},
			wantOrigins: 2,
			wantFlags:   map[string]map[string]int{"a": {FlagSingleSource: 0}, "b": {FlagSingleSource: 0}},
		},
		{
			name: "English and Indonesian paraphrase corroborate",
			arts: func() []*article.Article {
				return []*article.Article{
					art("a", "Reuters", "en", "", "North Korea fired a missile into the sea on Thursday, South Korea's military said."),
					art("b", "Kompas", "id", "", "Korea Utara menembakkan rudal ke laut pada Kamis, kata militer Korea Selatan."),
				}
			},
			wantOrigins: 2,
			wantFlags:   map[string]map[string]int{"a": {FlagSingleSource: 0}, "b": {FlagSingleSource: 0}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := tc.arts()
			rep := Event(arts)
			if got := len(rep.Origins); got != tc.wantOrigins {
				t.Errorf("origins = %d, want %d: %+v", got, tc.wantOrigins, rep.Origins)
			}
			byID := map[string]*article.Article{}
			for _, a := range arts {
				byID[a.ID] = a
			}
			for id, kinds := range tc.wantFlags {
				for kind, want := range kinds {
					if got := len(flagsOf(byID[id], kind)); got != want {
						t.Errorf("%s %s flags = %d, want %d: %+v", id, kind, got, want, byID[id].Flags)
					}
				}
			}
		})
	}
}

// TestExplainable checks that every judgement carries its evidence.
func TestExplainable(t *testing.T) {
	for _, c := range loadCases(t) {
		var arts []*article.Article
		for _, k := range c.keys {
			analyze(c.arts[k])
			arts = append(arts, c.arts[k])
		}
		rep := Event(arts)
		origins := map[string]bool{}
		for _, o := range rep.Origins {
			origins[o.ID] = true
			if len(o.Articles) > 1 && len(o.Evidence) == 0 {
				t.Errorf("%s: origin %s groups %v without evidence", c.name, o.ID, o.Articles)
			}
		}
		for _, r := range rep.Claims {
			if !origins[r.Origin] {
				t.Errorf("%s: claim of unknown origin %q", c.name, r.Origin)
			}
			if len(r.Agreeing)+len(r.Silent)+len(r.Disagreeing) < len(rep.Origins)-1 {
				t.Errorf("%s: claim %s does not account for every other origin", c.name, r.ID)
			}
			for _, e := range r.Agreeing {
				if e.Text == "" || len(e.Shared) == 0 || e.Origin == r.Origin {
					t.Errorf("%s: bad evidence %+v", c.name, e)
				}
			}
			for _, d := range r.Disagreeing {
				if d.On == "" || d.Detail == "" {
					t.Errorf("%s: disagreement without detail %+v", c.name, d)
				}
			}
		}
		for _, a := range arts {
			for _, f := range a.Flags {
				if f.Reason == "" || len(f.Compared) == 0 && f.Kind != FlagSingleSource {
					t.Errorf("%s: flag without evidence %+v", c.name, f)
				}
			}
		}
		if _, err := json.Marshal(rep); err != nil {
			t.Fatal(err)
		}
	}
}

// TestDeterministic: the same input in the same order gives the same report.
func TestDeterministic(t *testing.T) {
	run := func() string {
		var arts []*article.Article
		for _, c := range loadCases(t)[:5] {
			for _, k := range c.keys {
				analyze(c.arts[k])
				arts = append(arts, c.arts[k])
			}
		}
		b, _ := json.Marshal(Event(arts))
		return string(b)
	}
	if a, b := run(), run(); a != b {
		t.Error("two runs differ")
	}
}

func TestEmpty(t *testing.T) {
	rep := Event(nil)
	if len(rep.Origins) != 0 || len(rep.Claims) != 0 {
		t.Errorf("empty event: %+v", rep)
	}
	a := &article.Article{ID: "x"}
	Event([]*article.Article{a})
	if a.Verification == nil || a.Origin == "" {
		t.Errorf("article without text: %+v", a)
	}
}

// synthEvent builds an event of n generated articles (one synth event,
// reprints included), analysed like the pipeline does.
func synthEvent(n int) []*article.Article {
	return synthEventWith(n, 0.2, true)
}

// synthEventWith builds an event of n generated articles with the given
// reprint rate; without outlets every article is its own source (the
// most origins an event can have).
func synthEventWith(n int, reprints float64, outlets bool) []*article.Article {
	gen := synth.Generate(7, n, synth.Options{Events: 1, LangMix: 0.2, ReprintRate: reprints, Span: 48 * time.Hour})
	arts := make([]*article.Article, 0, n)
	for i, g := range gen {
		a := &article.Article{ID: fmt.Sprintf("s%03d", i), Title: g.Title, Lang: g.Lang, Credits: []article.Credit{}}
		if outlets {
			a.Outlet = g.Outlet
		}
		for _, p := range strings.Split(g.Text, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				a.Paragraphs = append(a.Paragraphs, p)
			}
		}
		analyze(a)
		arts = append(arts, a)
	}
	return arts
}

func TestSpeed50(t *testing.T) {
	arts := synthEvent(50)
	start := time.Now()
	Event(arts)
	if d := time.Since(start); d > time.Second {
		t.Errorf("50-article event took %v, want < 1s", d)
	}
}

func BenchmarkEvent50(b *testing.B) {
	arts := synthEvent(50)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Event(arts)
	}
}

// BenchmarkEventHoaxTopic runs the largest real event (50 articles of one
// id-hoax-600 topic) when the corpus is present.
func BenchmarkEventHoaxTopic(b *testing.B) {
	events, _ := loadHoax(b)
	var arts []*article.Article
	for _, ev := range events {
		if len(ev) > len(arts) {
			arts = ev
		}
	}
	b.ResetTimer()
	for b.Loop() {
		Event(arts)
	}
}

// FuzzEvent feeds arbitrary text as two articles: no panic, every article
// judged, flags with reasons, claims accounted for.
func FuzzEvent(f *testing.F) {
	f.Add("Banjir merendam 200 rumah di Bekasi pada Senin.", "Banjir merendam 350 rumah di Bekasi pada Senin.", "Gubernur Ditangkap")
	f.Add("Kim tidak menemui Trump di Hanoi pada 28/2.", "Kim met Trump in Hanoi on Thursday, 2,000 people watched.", "")
	f.Add("Rp10.000 dua belas 1,5 juta ... “kutipan” (ANTARA) - x", "", "?")
	f.Fuzz(func(t *testing.T, p1, p2, title string) {
		a := art("a", "A", "id", title, strings.Split(p1, "\n")...)
		b := art("b", "B", "en", "", strings.Split(p2, "\n")...)
		rep := Event([]*article.Article{a, b})
		for _, x := range []*article.Article{a, b} {
			if x.Verification == nil || x.Origin == "" {
				t.Fatalf("not judged: %+v", x)
			}
			if x.Verification.Flags != len(x.Flags) {
				t.Fatal("summary flag count differs")
			}
			for _, fl := range x.Flags {
				if fl.Reason == "" {
					t.Fatalf("flag without reason: %+v", fl)
				}
			}
		}
		if n := a.Verification.Claims + b.Verification.Claims; n != len(rep.Claims) {
			t.Fatalf("claims %d vs rows %d", n, len(rep.Claims))
		}
	})
}

// FuzzParseCases: the case parser never panics and round-trips keys.
func FuzzParseCases(f *testing.F) {
	f.Add("### case x\n== a outlet=Kompas lang=id\nT: t\nP: p\nC: source Reuters\n! single a p\n@ origins a\n")
	f.Add("### case y\n== a outlet=CNBC Indonesia lang=id dup=b\nS: s\n! unsupported a title\n")
	f.Add("P: orphan\n")
	f.Fuzz(func(t *testing.T, s string) {
		cs, err := parseCases("fuzz", s)
		if err != nil {
			return
		}
		for _, c := range cs {
			if len(c.keys) != len(c.arts) {
				t.Fatalf("keys %v vs arts %d", c.keys, len(c.arts))
			}
		}
	})
}

// TestEvent500 verifies a 500-article generated event (its time is
// measured by BenchmarkEvent500, not asserted here): it finishes, every
// article is judged, the claims are measured against a bounded sample of
// the other origins and say so, and the reprint clusters keep their
// corroboration.
func TestEvent500(t *testing.T) {
	if testing.Short() {
		t.Skip("500-article event: not in -short")
	}
	arts := synthEvent(500)
	rep := Event(arts)
	if len(rep.Origins) < 2 {
		t.Fatalf("origins = %d, want >= 2", len(rep.Origins))
	}
	if !rep.Sampled {
		t.Error("a 500-article event should be sampled")
	}
	var sampled, corroborated, contradicted int
	for _, r := range rep.Claims {
		if r.Sampled {
			sampled++
			if r.Measured <= 0 || r.Measured > MaxCandidates || r.Related < r.Measured {
				t.Fatalf("claim %s: measured %d of %d", r.ID, r.Measured, r.Related)
			}
		}
		switch r.Status {
		case StatusCorroborated:
			corroborated++
		case StatusContradicted:
			contradicted++
		}
	}
	// measured: 1440 of 6715 corroborated, 0 contradicted, as the
	// all-pairs comparison judged them (most generated filler sentences
	// are said once)
	if sampled == 0 || corroborated < 1300 {
		t.Errorf("%d claims: %d sampled, %d corroborated, %d contradicted", len(rep.Claims), sampled, corroborated, contradicted)
	}
	for _, a := range arts {
		if a.Verification == nil || a.Origin == "" || a.Verification.Flags != len(a.Flags) {
			t.Fatalf("%s: not judged: %+v", a.ID, a.Verification)
		}
		for _, f := range a.Flags {
			if f.Reason == "" {
				t.Fatalf("%s: flag without reason", a.ID)
			}
		}
	}
	t.Logf("%d articles, %d origins, %d claims, %d sampled, %d corroborated, %d contradicted", len(arts), len(rep.Origins), len(rep.Claims), sampled, corroborated, contradicted)
}

// BenchmarkEvent500 verifies one generated event of 500 articles (reprints
// and English copies included): the size of the largest events of a
// generated corpus and of big real stories. Its reprints chain the 18
// outlets into two source groups.
func BenchmarkEvent500(b *testing.B) {
	benchEvent(b, synthEvent(500))
}

// BenchmarkEvent500AddOne re-verifies the 500-article event after one new
// article, as the pipeline does after a batch: the cache holds the other
// 499 articles' claims.
func BenchmarkEvent500AddOne(b *testing.B) {
	arts := synthEvent(500)
	last := *arts[len(arts)-1]
	c := NewCache(DefaultCacheBytes)
	c.Event(arts[:len(arts)-1])
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		n++
		a := last
		a.Title = fmt.Sprintf("%s (%d)", last.Title, n) // a new text: a miss
		arts[len(arts)-1] = &a
		c.Event(arts)
	}
}

// BenchmarkEvent500Sources: 500 articles without outlets or reprints,
// each its own origin: the most other origins a claim can have.
func BenchmarkEvent500Sources(b *testing.B) {
	benchEvent(b, synthEventWith(500, 0, false))
}

func benchEvent(b *testing.B, arts []*article.Article) {
	b.ReportAllocs()
	b.ResetTimer()
	var rep Report
	for b.Loop() {
		rep = Event(arts)
	}
	b.StopTimer()
	if len(rep.Claims) == 0 || len(rep.Origins) == 0 {
		b.Fatalf("no claims or origins: %d, %d", len(rep.Claims), len(rep.Origins))
	}
	b.ReportMetric(float64(len(rep.Origins)), "origins")
}
