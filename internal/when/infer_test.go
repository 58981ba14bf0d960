package when

import (
	"testing"
	"time"
)

func TestInferPublished(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		cy       int
		want     string // yyyy-mm-dd; "" when it must not infer
		evidence string
	}{
		{"weekday after dated days",
			"Presiden membuka rapat pada Sabtu (14/3). Sidang dilanjutkan Minggu (15/3). Hasilnya diumumkan Senin.",
			2020, "2020-03-16", "Sabtu (14/3), Minggu (15/3), Senin; copyright 2020"},
		{"only weekdays and months",
			"Rapat digelar pada hari Sabtu. Pertemuan pertama pada Juni 2018 dan kedua pada Februari tahun ini.",
			0, "", ""},
		{"only weekdays and months, copyright known",
			"Rapat digelar pada hari Sabtu. Pertemuan pertama pada Juni 2018 dan kedua pada Februari tahun ini.",
			2019, "", ""},
		{"across new year: weekday picks the year before",
			"Banjir melanda pada Selasa (31/12) dan surut Kamis (2/1). Warga kembali Jumat.",
			2020, "2020-01-03", "Selasa (31/12), Kamis (2/1), Jumat; copyright 2020"},
		{"full date confirmed by its weekday",
			"Pameran dibuka pada Kamis, 21 November 2024 di Jakarta.",
			0, "2024-11-21", "Kamis, 21 November 2024"},
		{"full date without weekday and no copyright year",
			"Perjanjian ditandatangani 12 Juni 2018 di Singapura.",
			0, "", ""},
		{"full date vouched for by the copyright year",
			"Perjanjian ditandatangani 12 Juni 2018 di Singapura.",
			2018, "2018-06-12", "12 Juni 2018; copyright 2018"},
		{"weekday contradicts the date",
			"Pameran dibuka pada Senin, 21 November 2024 di Jakarta.",
			0, "", ""},
		{"weekday the day before the anchor",
			"Kantor berita itu melaporkan Selasa (31/12) bahwa rapat pada Senin berakhir.",
			2019, "2019-12-31", "Selasa (31/12); copyright 2019"},
		{"day/month weekday that fits neither year",
			"Rapat digelar Senin (28/12).",
			2019, "", ""},
		{"English",
			"The talks opened on Saturday, December 28, 2019 and resumed on Monday.",
			0, "2019-12-30", "Saturday, December 28, 2019, Monday"},
		{"a planned date after the copyright year is not an anchor",
			"Partai itu bersiap untuk pemilu 14 Februari 2024. Rapat digelar Sabtu (28/12).",
			2019, "2019-12-28", "Sabtu (28/12); copyright 2019"},
		{"kemarin with day/month",
			"Hasil rapat dibacakan kemarin (29/12) di Istana.",
			2019, "2019-12-30", "kemarin (29/12); copyright 2019"},
		{"minggu meaning week is no weekday",
			"Dua minggu lalu harga naik. Rapat digelar Sabtu (28/12). Minggu depan harga turun.",
			2019, "2019-12-28", "Sabtu (28/12); copyright 2019"},
		{"day/month years from a full date when no copyright year",
			"Pada Kamis, 21 November 2024 pameran dibuka. Penutupan Sabtu (23/11) dihadiri menteri.",
			0, "2024-11-23", "Kamis, 21 November 2024, Sabtu (23/11)"},
		{"nothing at all", "Harga cabai naik tajam di pasar.", 2024, "", ""},
	}
	for _, tt := range tests {
		got, ev, ok := InferPublished(tt.text, tt.cy, WIB)
		if tt.want == "" {
			if ok {
				t.Errorf("%s: InferPublished = %s (%q), want not ok", tt.name, got.Format("2006-01-02"), ev)
			}
			continue
		}
		if !ok {
			t.Errorf("%s: InferPublished not ok, want %s", tt.name, tt.want)
			continue
		}
		if g := got.Format("2006-01-02"); g != tt.want || ev != tt.evidence {
			t.Errorf("%s: InferPublished = %s %q, want %s %q", tt.name, g, ev, tt.want, tt.evidence)
		}
		if got.Location() != WIB || got.Hour() != 0 {
			t.Errorf("%s: InferPublished = %s, want midnight WIB", tt.name, got)
		}
	}
}

func TestInferPublishedNilLocation(t *testing.T) {
	got, _, ok := InferPublished("Rapat digelar Sabtu (28/12) dan Minggu.", 2019, nil)
	if !ok || !got.Equal(time.Date(2019, 12, 29, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("got %v %v, want 2019-12-29 UTC", got, ok)
	}
}
