package verify

import (
	"strings"
	"testing"

	"github.com/warta-news/warta/internal/article"
)

// TestHeadlineRules checks the clause rules of titles and ledes one by one
// on small events of two outlets (text written for this test).
func TestHeadlineRules(t *testing.T) {
	body := func(lang string, ps ...string) []string { return ps }
	tests := []struct {
		name     string
		a, b, c  *article.Article // c may be nil
		flagged  bool             // a has an unsupported_headline flag
		para     int              // on this paragraph (-1 title)
		inReason string           // the reason names this
	}{
		{
			name: "ribuan is supported by 3,400",
			a: art("a", "Kompas", "id", "Ribuan Warga Mengungsi akibat Banjir di Karawang",
				body("id", "Banjir merendam empat desa di Karawang pada Senin.", "Sebanyak 3.400 warga mengungsi ke gedung sekolah.")...),
			b: art("b", "Tempo", "id", "Empat Desa di Karawang Terendam",
				"Sebanyak 3.400 warga Karawang mengungsi setelah banjir merendam empat desa pada Senin."),
		},
		{
			name: "ratusan is not supported by 45",
			a: art("a", "Kompas", "id", "Ratusan Rumah Rusak Diterjang Angin di Karawang",
				"Angin kencang merusak 45 rumah di Karawang pada Senin sore."),
			b:        art("b", "Tempo", "id", "", "Sebanyak 45 rumah di Karawang rusak diterjang angin kencang pada Senin sore."),
			flagged:  true,
			para:     -1,
			inReason: "ratus",
		},
		{
			name: "hundreds (en) is supported by 340 (id)",
			a: art("a", "Reuters", "en", "Hundreds of Houses Damaged by Quake in Karawang",
				"An earthquake damaged 340 houses in Karawang on Monday, officials said."),
			b: art("b", "Kompas", "id", "", "Gempa merusak 340 rumah di Karawang pada Senin."),
		},
		{
			name: "a lede clause nobody reports is flagged, naming the clause",
			a: art("a", "Kompas", "id", "",
				"Banjir merendam 600 rumah di Karawang pada Senin dan menewaskan tiga warga, kata pejabat setempat.",
				"Hujan deras turun sejak Minggu malam."),
			b:        art("b", "Tempo", "id", "", "Sebanyak 600 rumah di Karawang terendam banjir pada Senin.", "Hujan deras turun sejak Minggu malam."),
			flagged:  true,
			para:     0,
			inReason: "menewaskan tiga warga",
		},
		{
			name: "lede facts said by two different origins",
			a: art("a", "Kompas", "id", "",
				"Kebakaran menghanguskan 80 kios di Pasar Johar pada Selasa dan memaksa 200 pedagang berjualan di trotoar."),
			b: art("b", "Tempo", "id", "", "Sebanyak 80 kios di Pasar Johar hangus terbakar pada Selasa."),
			c: art("c", "Detik", "id", "", "Usai kebakaran Selasa, sekitar 200 pedagang Pasar Johar terpaksa berjualan di trotoar."),
		},
		{
			name: "acronym spelled out elsewhere",
			a: art("a", "Detik", "id", "KPK Gelar OTT di Karawang",
				"KPK melakukan operasi tangkap tangan di Karawang pada Rabu malam."),
			b: art("b", "Tempo", "id", "", "KPK menggelar operasi tangkap tangan di Karawang pada Rabu malam."),
		},
		{
			name: "two weeks is fourteen days, hedged number within 15%",
			a: art("a", "Reuters", "en", "",
				"The mayor declared a two-week state of emergency after more than 3,000 people fled the floods in Karawang."),
			b: art("b", "Kompas", "id", "", "Wali kota Karawang menetapkan status tanggap darurat selama 14 hari setelah 3.200 warga mengungsi akibat banjir."),
		},
		{
			name: "a title fact nobody reports",
			a: art("a", "Kompas", "id", "Kereta Anjlok di Karawang, Masinis Ditangkap",
				"Sebuah kereta anjlok di Karawang pada Minggu dan melukai 12 penumpang."),
			b:        art("b", "Tempo", "id", "", "Kereta penumpang anjlok di Karawang pada Minggu, melukai 12 orang."),
			flagged:  true,
			para:     -1,
			inReason: "Masinis Ditangkap",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []*article.Article{tc.a, tc.b}
			if tc.c != nil {
				arts = append(arts, tc.c)
			}
			Event(arts)
			var got []article.Flag
			for _, f := range tc.a.Flags {
				if f.Kind == FlagUnsupportedHeadline {
					got = append(got, f)
				}
			}
			if !tc.flagged {
				if len(got) > 0 {
					t.Errorf("flagged %q: %s", got[0].Text, got[0].Reason)
				}
				return
			}
			if len(got) != 1 || got[0].Paragraph != tc.para {
				t.Fatalf("flags = %+v, want one on paragraph %d", got, tc.para)
			}
			if !strings.Contains(got[0].Reason, tc.inReason) {
				t.Errorf("reason lacks %q: %s", tc.inReason, got[0].Reason)
			}
		})
	}
}

func TestCutClauses(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // clause texts, judged ones
	}{
		{"id", "Sekitar 3.200 warga Kota Bekasi mengungsi setelah banjir merendam ribuan rumah di tujuh kecamatan pada Sabtu (4/1) dini hari, kata pejabat setempat.",
			[]string{"Sekitar 3.200 warga Kota Bekasi mengungsi", "banjir merendam ribuan rumah di tujuh kecamatan pada Sabtu (4/1) dini hari"}},
		{"en", "A landslide buried 12 houses in Wonosobo on Monday, killing four people and forcing 200 residents to flee, officials said.",
			[]string{"A landslide buried 12 houses in Wonosobo on Monday", "killing four people", "forcing 200 residents to flee"}},
		{"id", "Gempa mengguncang Malang pada Senin pagi.", []string{"Gempa mengguncang Malang pada Senin pagi."}},
	}
	for _, tc := range tests {
		a := art("x", "X", tc.lang, "", tc.text)
		v := &verifier{arts: []*article.Article{a}, in: interner{ids: map[string]int32{}}, labels: map[int32]string{}, entWords: map[int32][]int32{}}
		cs, _ := v.articleClaims(0, a)
		if len(cs) == 0 {
			t.Fatalf("%q: no claim", tc.text)
		}
		var got []string
		for _, cl := range cs[0].clauses {
			if cl.judged {
				got = append(got, cl.text)
			}
		}
		if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func FuzzCutClauses(f *testing.F) {
	f.Add("id", "Banjir merendam 600 rumah, dan (sekitar 3.000) warga mengungsi setelah tanggul jebol, kata BPBD.")
	f.Add("en", "Thousands flee as floods swamp city – officials said; 2 weeks")
	f.Add("id", "((,, dan ; : – ))")
	f.Fuzz(func(t *testing.T, lang, text string) {
		if lang != "id" {
			lang = "en"
		}
		a := art("x", "X", lang, text, text)
		v := &verifier{arts: []*article.Article{a}, in: interner{ids: map[string]int32{}}, labels: map[int32]string{}, entWords: map[int32][]int32{}}
		cs, _ := v.articleClaims(0, a)
		for _, c := range cs {
			if c.kind != KindBody && len(c.clauses) == 0 {
				t.Fatalf("claim %q without clauses", c.text)
			}
			if len(c.clauses) > maxClauses {
				t.Fatalf("%d clauses", len(c.clauses))
			}
		}
	})
}
