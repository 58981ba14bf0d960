package when

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// mentionString renders a mention compactly for comparison:
// text|from|to|granularity, times as dates unless the span is shorter than a day.
func mentionString(m Mention) string {
	layout := "2006-01-02"
	if m.Granularity == GranMinute || m.Granularity == GranHour {
		layout = "2006-01-02T15:04"
	}
	return fmt.Sprintf("%s|%s|%s|%s", m.Text, m.From.Format(layout), m.To.Format(layout), m.Granularity)
}

func TestMentions(t *testing.T) {
	// Tuesday 26 November 2024, 10:00 WIB.
	base := time.Date(2024, 11, 26, 10, 0, 0, 0, WIB)
	tests := []struct {
		text string
		want []string
	}{
		// Indonesian weekdays: the latest on or before base (same weekday = base's day).
		{"Rapat digelar pada hari Sabtu di Bogor.", []string{"pada hari Sabtu|2024-11-23|2024-11-24|day"}},
		{"Menteri tiba Senin dan pulang.", []string{"Senin|2024-11-25|2024-11-26|day"}},
		{"Keputusan itu diumumkan Selasa.", []string{"Selasa|2024-11-26|2024-11-27|day"}},
		{"Warga berkumpul hari minggu pagi.", []string{"hari minggu pagi|2024-11-24|2024-11-25|day"}},
		{"Sidang ditunda hingga Jum'at.", []string{"Jum'at|2024-11-22|2024-11-23|day"}},
		{"Pengumuman ditunda ke Senin lalu.", []string{"Senin lalu|2024-11-25|2024-11-26|day"}},
		{"Ia menyebut Selasa lalu sebagai awal.", []string{"Selasa lalu|2024-11-19|2024-11-20|day"}},
		{"Rapat lanjutan Jumat depan.", []string{"Jumat depan|2024-11-29|2024-11-30|day"}},
		// Weekday with day/month, full dates.
		{"Dia datang Jumat (22/11) pagi.", []string{"Jumat (22/11) pagi|2024-11-22|2024-11-23|day"}},
		{"Rapat pada Sabtu, 23/11 berlangsung lama.", []string{"pada Sabtu, 23/11|2024-11-23|2024-11-24|day"}},
		{"Hasil dibacakan kemarin (25/11).", []string{"kemarin (25/11)|2024-11-25|2024-11-26|day"}},
		{"Pameran dibuka pada Kamis, 21 November 2024 di Jakarta.", []string{"pada Kamis, 21 November 2024|2024-11-21|2024-11-22|day"}},
		{"Tenggatnya 31 Desember ini.", []string{"31 Desember ini|2024-12-31|2025-01-01|day"}},
		{"Gempa terjadi Senin, 25/11/2024 pukul 14.05 WIB.", []string{"Senin, 25/11/2024 pukul 14.05 WIB|2024-11-25T14:05|2024-11-25T14:06|minute"}},
		// Months and years.
		{"Mereka bertemu pada Juni 2018 di Singapura.", []string{"pada Juni 2018|2018-06-01|2018-07-01|month"}},
		{"Kunjungan berikutnya pada Februari tahun ini.", []string{"pada Februari tahun ini|2024-02-01|2024-03-01|month"}},
		{"Harga sudah naik sejak Maret lalu.", []string{"sejak Maret lalu|2024-03-01|2024-11-27|month"}},
		{"Perundingan gagal pada Februari tahun lalu.", []string{"pada Februari tahun lalu|2023-02-01|2023-03-01|month"}},
		{"Sidang berikutnya pada bulan Januari.", []string{"pada bulan Januari|2024-01-01|2024-02-01|month"}},
		{"Angka itu naik tahun lalu.", []string{"tahun lalu|2023-01-01|2024-01-01|year"}},
		{"Program berjalan sejak 2017.", []string{"sejak 2017|2017-01-01|2024-11-27|year"}},
		{"Kebijakan berlaku pada 2018 dan 2019.", []string{"pada 2018|2018-01-01|2019-01-01|year", "2019|2019-01-01|2020-01-01|year"}},
		{"Pabrik dibangun pada tahun 2013.", []string{"pada tahun 2013|2013-01-01|2014-01-01|year"}},
		{"Ia memimpin sejak akhir 2011.", []string{"sejak akhir 2011|2011-10-01|2024-11-27|month"}},
		{"Pada 2018 lalu harga turun.", []string{"Pada 2018 lalu|2018-01-01|2019-01-01|year"}},
		{"Harga 2018 rupiah per liter.", nil},
		{"Pada 20 Oktober 2015 lalu warga mengungsi.", []string{"Pada 20 Oktober 2015 lalu|2015-10-20|2015-10-21|day"}},
		{"Musik itu lahir in the late 1950s.", nil},
		// Periods.
		{"Ia berkunjung pekan lalu.", []string{"pekan lalu|2024-11-18|2024-11-25|week"}},
		{"Ia berkunjung minggu lalu.", []string{"minggu lalu|2024-11-18|2024-11-25|week"}},
		{"Minggu ini harga naik.", []string{"Minggu ini|2024-11-25|2024-12-02|week"}},
		{"Harga turun bulan lalu.", []string{"bulan lalu|2024-10-01|2024-11-01|month"}},
		{"Tarif naik bulan depan.", []string{"bulan depan|2024-12-01|2025-01-01|month"}},
		{"Target tercapai akhir tahun ini.", []string{"akhir tahun ini|2024-10-01|2025-01-01|month"}},
		{"Rencana itu muncul awal tahun ini.", []string{"awal tahun ini|2024-01-01|2024-04-01|month"}},
		{"Gaji dibayar awal bulan ini.", []string{"awal bulan ini|2024-11-01|2024-11-11|day"}},
		{"Mereka berlibur akhir pekan lalu.", []string{"akhir pekan lalu|2024-11-23|2024-11-25|day"}},
		{"Panen raya pertengahan 2025.", []string{"pertengahan 2025|2025-05-01|2025-09-01|month"}},
		// Relative days and counts.
		{"Polisi menangkapnya kemarin.", []string{"kemarin|2024-11-25|2024-11-26|day"}},
		{"Sidang digelar hari ini.", []string{"hari ini|2024-11-26|2024-11-27|day"}},
		{"Hasilnya diumumkan besok.", []string{"besok|2024-11-27|2024-11-28|day"}},
		{"Banjir surut 2 hari yang lalu.", []string{"2 hari yang lalu|2024-11-24|2024-11-25|day"}},
		{"Dua minggu lalu ia mundur.", []string{"Dua minggu lalu|2024-11-11|2024-11-18|week"}},
		{"Tiga tahun lalu ia lulus.", []string{"Tiga tahun lalu|2021-01-01|2022-01-01|year"}},
		{"Lima bulan lalu pabrik tutup.", []string{"Lima bulan lalu|2024-06-01|2024-07-01|month"}},
		{"Kejadian itu sepuluh hari silam.", []string{"sepuluh hari silam|2024-11-16|2024-11-17|day"}},
		{"Hujan turun sepekan terakhir.", []string{"sepekan terakhir|2024-11-20|2024-11-27|week"}},
		{"Diperbarui 2 jam yang lalu.", []string{"2 jam yang lalu|2024-11-26T08:00|2024-11-26T09:00|hour"}},
		{"Pemilu digelar tiga hari lagi.", []string{"tiga hari lagi|2024-11-29|2024-11-30|day"}},
		// Minggu as week, not Sunday.
		{"Dalam dua minggu ke depan cuaca panas.", nil},
		{"Beberapa Minggu kemudian ia pulang.", nil},
		{"Pada Minggu (24/11) malam hujan.", []string{"Pada Minggu (24/11) malam|2024-11-24|2024-11-25|day"}},
		{"Ia berkata pada Minggu bahwa rapat batal.", []string{"pada Minggu|2024-11-24|2024-11-25|day"}},
		// English.
		{"The minister spoke on Monday.", []string{"on Monday|2024-11-25|2024-11-26|day"}},
		{"Monday was quiet.", []string{"Monday|2024-11-25|2024-11-26|day"}},
		{"Prices rose last week.", []string{"last week|2024-11-18|2024-11-25|week"}},
		{"They met in June 2018.", []string{"in June 2018|2018-06-01|2018-07-01|month"}},
		{"They met again in February this year.", []string{"in February this year|2024-02-01|2024-03-01|month"}},
		{"The ban has held since 2017.", []string{"since 2017|2017-01-01|2024-11-27|year"}},
		{"He was arrested yesterday.", []string{"yesterday|2024-11-25|2024-11-26|day"}},
		{"The court sits today.", []string{"today|2024-11-26|2024-11-27|day"}},
		{"The vote is tomorrow.", []string{"tomorrow|2024-11-27|2024-11-28|day"}},
		{"A deal is due by the end of this year.", []string{"the end of this year|2024-10-01|2025-01-01|month"}},
		{"Talks stalled two weeks ago.", []string{"two weeks ago|2024-11-11|2024-11-18|week"}},
		{"A year ago the plant closed.", []string{"A year ago|2023-01-01|2024-01-01|year"}},
		{"It opened 3 days ago.", []string{"3 days ago|2024-11-23|2024-11-24|day"}},
		{"The fair opened November 21, 2024 in Jakarta.", []string{"November 21, 2024|2024-11-21|2024-11-22|day"}},
		{"The fair opened on 21 November 2024.", []string{"on 21 November 2024|2024-11-21|2024-11-22|day"}},
		{"The talks resume on December 28.", []string{"on December 28|2024-12-28|2024-12-29|day"}},
		{"He left last Friday.", []string{"last Friday|2024-11-22|2024-11-23|day"}},
		{"Rates rise next month.", []string{"next month|2024-12-01|2025-01-01|month"}},
		{"Output fell in early 2018.", []string{"in early 2018|2018-01-01|2018-04-01|month"}},
		{"Output fell in mid-2018.", []string{"in mid-2018|2018-05-01|2018-09-01|month"}},
		{"Sales grew earlier this year.", []string{"earlier this year|2024-01-01|2024-11-26|day"}},
		{"It rained last night.", []string{"last night|2024-11-25|2024-11-26|day"}},
		{"Rainfall doubled over the past two weeks.", []string{"the past two weeks|2024-11-13|2024-11-27|week"}},
		{"Voting starts in May.", []string{"in May|2024-05-01|2024-06-01|month"}},
		{"May I ask what the troops will march on?", nil},
		{"Few people came.", nil},
	}
	for _, tt := range tests {
		ms := Mentions(tt.text, base)
		var got []string
		for _, m := range ms {
			if tt.text[m.Start:m.End] != m.Text {
				t.Errorf("Mentions(%q): offsets %d:%d do not give %q", tt.text, m.Start, m.End, m.Text)
			}
			got = append(got, mentionString(m))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Mentions(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}

func TestMentionsYearBoundary(t *testing.T) {
	// Thursday 2 January 2020: "Sabtu (28/12)" is in the year before.
	base := time.Date(2020, 1, 2, 9, 0, 0, 0, WIB)
	ms := Mentions("Rapat dibuka Sabtu (28/12) dan ditutup Rabu (1/1).", base)
	var got []string
	for _, m := range ms {
		got = append(got, mentionString(m))
	}
	want := []string{"Sabtu (28/12)|2019-12-28|2019-12-29|day", "Rabu (1/1)|2020-01-01|2020-01-02|day"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
}
