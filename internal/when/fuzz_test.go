package when

import (
	"testing"
	"time"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Selasa, 31/12/2019 18:19 WIB",
	"22 November 2024 14:26",
	"31 Des 2019 | 18.19 WIB",
	"2019-12-31T18:19:00.123+07:00",
	"Tue, 31 Dec 2019 18:19:00 GMT+7",
	"December 31st, 2019 6:19 p.m. EST",
	"18:19 WIB, Selasa 31 Desember 2019",
	"Sabtu (28/12) dan Minggu (29/12), Senin",
	"sejak akhir 2011, pada 2018 dan April, dua minggu lalu",
	"the end of this year, mid-2018, the past two weeks",
	"kemarin (29/12) 2 jam yang lalu sepekan terakhir",
	"Jum\u2019at 1.200.000 +07:00 -0500 (WIB)",
	"31/02/2019 29 Februari 2019 99999999999 2019-",
}

func FuzzParseExplicit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, prec, ok := ParseExplicit(s, WIB)
		if ok && (prec != PrecisionDay && prec != PrecisionMinute || got.IsZero()) {
			t.Errorf("ParseExplicit(%q) = %v %q", s, got, prec)
		}
	})
}

func FuzzFindExplicit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, _, m, ok := FindExplicit(s, WIB)
		if !ok {
			return
		}
		if m == "" || got.IsZero() || !containsAt(s, m) {
			t.Errorf("FindExplicit(%q) = %v %q", s, got, m)
		}
		// What was found parses alone to the same time (when the input is text).
		if utf8.ValidString(m) {
			if again, _, ok := ParseExplicit(m, WIB); !ok || !again.Equal(got) {
				t.Errorf("ParseExplicit(%q) = %v %v, FindExplicit gave %v", m, again, ok, got)
			}
		}
	})
}

func FuzzMentions(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	base := time.Date(2024, 11, 26, 10, 0, 0, 0, WIB)
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, m := range Mentions(s, base) {
			if m.Start < prev || m.Start >= m.End || m.End > len(s) || s[m.Start:m.End] != m.Text {
				t.Fatalf("Mentions(%q): bad offsets %+v (previous end %d)", s, m, prev)
			}
			if m.To.Before(m.From) {
				t.Fatalf("Mentions(%q): To before From %+v", s, m)
			}
			prev = m.End
		}
		InferPublished(s, 2019, WIB)
		InferPublished(s, 0, WIB)
	})
}

func containsAt(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
