package when

import (
	"testing"
	"time"
)

func TestParseExplicit(t *testing.T) {
	utc := time.UTC
	tests := []struct {
		in   string
		loc  *time.Location
		want string // RFC 3339 with nanoseconds; "" when it must fail
		prec string
	}{
		// Indonesian headers, bylines and datelines.
		{"Selasa, 31/12/2019 18:19 WIB", utc, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"22 November 2024 14:26", WIB, "2024-11-22T14:26:00+07:00", PrecisionMinute},
		{"Jumat, 22 November 2024", WIB, "2024-11-22T00:00:00+07:00", PrecisionDay},
		{"Kamis, 21 November 2024", WIB, "2024-11-21T00:00:00+07:00", PrecisionDay},
		{"31 Des 2019 | 18.19 WIB", utc, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"Rabu, 8 Januari 2020 09:05 WITA", utc, "2020-01-08T09:05:00+08:00", PrecisionMinute},
		{"8 Jan 2020 21.30 WIT", utc, "2020-01-08T21:30:00+09:00", PrecisionMinute},
		{"Selasa, 31 Desember 2019 pukul 18.19 WIB", utc, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"Selasa (31/12/2019)", WIB, "2019-12-31T00:00:00+07:00", PrecisionDay},
		{"18:19 WIB, Selasa 31 Desember 2019", utc, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"Jum'at, 3 Januari 2025", WIB, "2025-01-03T00:00:00+07:00", PrecisionDay},
		{"Jum\u2019at, 3 Januari 2025 07:00", WIB, "2025-01-03T07:00:00+07:00", PrecisionMinute},
		{"Minggu, 24 Nov 2024 07:00 WIB", utc, "2024-11-24T07:00:00+07:00", PrecisionMinute},
		{"Ahad, 24 November 2024", WIB, "2024-11-24T00:00:00+07:00", PrecisionDay},
		{"Selasa tanggal 21 Februari 2017", WIB, "2017-02-21T00:00:00+07:00", PrecisionDay},
		{"26 September 2013, 10:00 (GMT+05:00)", WIB, "2013-09-26T10:00:00+05:00", PrecisionMinute},
		{"31 Des 2019 18.19 (WIB)", time.UTC, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"Sabtu 28 Desember 2019", WIB, "2019-12-28T00:00:00+07:00", PrecisionDay},
		{"(22 November 2024)", WIB, "2024-11-22T00:00:00+07:00", PrecisionDay},
		{"Senin, 31 Desember 2019", WIB, "2019-12-31T00:00:00+07:00", PrecisionDay}, // wrong weekday: the date wins
		// Every Indonesian month name and abbreviation.
		{"1 Januari 2025", WIB, "2025-01-01T00:00:00+07:00", PrecisionDay},
		{"1 Jan 2025", WIB, "2025-01-01T00:00:00+07:00", PrecisionDay},
		{"2 Februari 2025", WIB, "2025-02-02T00:00:00+07:00", PrecisionDay},
		{"2 Feb 2025", WIB, "2025-02-02T00:00:00+07:00", PrecisionDay},
		{"3 Maret 2025", WIB, "2025-03-03T00:00:00+07:00", PrecisionDay},
		{"3 Mar 2025", WIB, "2025-03-03T00:00:00+07:00", PrecisionDay},
		{"4 April 2025", WIB, "2025-04-04T00:00:00+07:00", PrecisionDay},
		{"4 Apr 2025", WIB, "2025-04-04T00:00:00+07:00", PrecisionDay},
		{"5 Mei 2025", WIB, "2025-05-05T00:00:00+07:00", PrecisionDay},
		{"6 Juni 2025", WIB, "2025-06-06T00:00:00+07:00", PrecisionDay},
		{"6 Jun 2025", WIB, "2025-06-06T00:00:00+07:00", PrecisionDay},
		{"7 Juli 2025", WIB, "2025-07-07T00:00:00+07:00", PrecisionDay},
		{"7 Jul 2025", WIB, "2025-07-07T00:00:00+07:00", PrecisionDay},
		{"8 Agustus 2025", WIB, "2025-08-08T00:00:00+07:00", PrecisionDay},
		{"8 Agu 2025", WIB, "2025-08-08T00:00:00+07:00", PrecisionDay},
		{"8 Agt 2025", WIB, "2025-08-08T00:00:00+07:00", PrecisionDay},
		{"9 September 2025", WIB, "2025-09-09T00:00:00+07:00", PrecisionDay},
		{"9 Sep 2025", WIB, "2025-09-09T00:00:00+07:00", PrecisionDay},
		{"10 Oktober 2025", WIB, "2025-10-10T00:00:00+07:00", PrecisionDay},
		{"10 Okt 2025", WIB, "2025-10-10T00:00:00+07:00", PrecisionDay},
		{"11 November 2025", WIB, "2025-11-11T00:00:00+07:00", PrecisionDay},
		{"11 Nov 2025", WIB, "2025-11-11T00:00:00+07:00", PrecisionDay},
		{"12 Desember 2025", WIB, "2025-12-12T00:00:00+07:00", PrecisionDay},
		{"12 Des 2025", WIB, "2025-12-12T00:00:00+07:00", PrecisionDay},
		{"Senin, 1 Des 2025", WIB, "2025-12-01T00:00:00+07:00", PrecisionDay},
		{"Rabu, 3 Des. 2025", WIB, "2025-12-03T00:00:00+07:00", PrecisionDay},
		// Numeric forms.
		{"2019-12-31", WIB, "2019-12-31T00:00:00+07:00", PrecisionDay},
		{"2019/12/31", WIB, "2019-12-31T00:00:00+07:00", PrecisionDay},
		{"31/12/2019", WIB, "2019-12-31T00:00:00+07:00", PrecisionDay},
		{"1-2-2020", WIB, "2020-02-01T00:00:00+07:00", PrecisionDay}, // day first
		{"01.02.2020", WIB, "2020-02-01T00:00:00+07:00", PrecisionDay},
		{"12/31/2019", WIB, "2019-12-31T00:00:00+07:00", PrecisionDay}, // only month first fits
		{"2019-12-31 18:19:00", WIB, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"29 Februari 2020", WIB, "2020-02-29T00:00:00+07:00", PrecisionDay},
		// RFC 3339, RFC 1123, RFC 822 (feeds).
		{"2019-12-31T18:19:00+07:00", utc, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"2019-12-31T11:19:00Z", WIB, "2019-12-31T11:19:00Z", PrecisionMinute},
		{"2019-12-31T18:19:00.250+07:00", utc, "2019-12-31T18:19:00.25+07:00", PrecisionMinute},
		{"2019-12-31T18:19", WIB, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"Tue, 31 Dec 2019 18:19:00 +0700", utc, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"Tue, 31 Dec 2019 18:19:00 -0500", utc, "2019-12-31T18:19:00-05:00", PrecisionMinute},
		{"Tue, 31 Dec 2019 18:19:00 WIB", utc, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"Tue, 31 Dec 2019 11:19:00 GMT", WIB, "2019-12-31T11:19:00Z", PrecisionMinute},
		{"Tue, 31 Dec 2019 18:19:00 GMT+7", utc, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"Sel, 31 Des 2019 18:19:00 WIB", utc, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"31 Dec 19 18:19 WIB", utc, "2019-12-31T18:19:00+07:00", PrecisionMinute},
		{"Tuesday, 31-Dec-19 11:19:00 UTC", WIB, "2019-12-31T11:19:00Z", PrecisionMinute},
		{"10-Sep-19", WIB, "2019-09-10T00:00:00+07:00", PrecisionDay},
		{"10 Sep 19", WIB, "", ""}, // two-digit year needs hyphens or a time
		{"Juli 31, 2019", WIB, "2019-07-31T00:00:00+07:00", PrecisionDay},
		{"Sep 30, 2019", WIB, "2019-09-30T00:00:00+07:00", PrecisionDay},
		// English.
		{"December 31, 2019 6:19 PM", utc, "2019-12-31T18:19:00Z", PrecisionMinute},
		{"Dec 31, 2019 6:19 p.m. EST", utc, "2019-12-31T18:19:00-05:00", PrecisionMinute},
		{"Dec. 31, 2019", utc, "2019-12-31T00:00:00Z", PrecisionDay},
		{"31 Dec 2019 18:19 GMT", WIB, "2019-12-31T18:19:00Z", PrecisionMinute},
		{"Tuesday, 31 December 2019", utc, "2019-12-31T00:00:00Z", PrecisionDay},
		{"Tuesday, December 31, 2019", utc, "2019-12-31T00:00:00Z", PrecisionDay},
		{"December 31st, 2019", utc, "2019-12-31T00:00:00Z", PrecisionDay},
		{"31st of December 2019", utc, "2019-12-31T00:00:00Z", PrecisionDay},
		{"Jan 1, 2020 12:05 AM", utc, "2020-01-01T00:05:00Z", PrecisionMinute},
		{"December 31, 2019.", utc, "2019-12-31T00:00:00Z", PrecisionDay},
		{"31 Dec 2019 18:19", nil, "2019-12-31T18:19:00Z", PrecisionMinute}, // nil loc: UTC
		// Not stated dates, impossible dates, trailing words.
		{"", WIB, "", ""},
		{"2 jam yang lalu", WIB, "", ""},
		{"Senin", WIB, "", ""},
		{"pada hari Jumat", WIB, "", ""},
		{"Sabtu (28/12)", WIB, "", ""},
		{"Desember 2019", WIB, "", ""},
		{"kemarin", WIB, "", ""},
		{"31/02/2019", WIB, "", ""},
		{"32 Desember 2019", WIB, "", ""},
		{"29 Februari 2019", WIB, "", ""},
		{"13/13/2019", WIB, "", ""},
		{"2019-13-01", WIB, "", ""},
		{"22 November 2024 25:00", WIB, "", ""},
		{"22 November 2024 10:75", WIB, "", ""},
		{"December 31, 2019 13:19 PM", WIB, "", ""},
		{"22 November 2024 lalu", WIB, "", ""},
		{"1.200.000", WIB, "", ""},
		{"192.168.10.2019", WIB, "", ""},
	}
	for _, tt := range tests {
		got, prec, ok := ParseExplicit(tt.in, tt.loc)
		if tt.want == "" {
			if ok {
				t.Errorf("ParseExplicit(%q) = %s, want failure", tt.in, got.Format(time.RFC3339Nano))
			}
			continue
		}
		if !ok {
			t.Errorf("ParseExplicit(%q) failed, want %s", tt.in, tt.want)
			continue
		}
		if g := got.Format(time.RFC3339Nano); g != tt.want || prec != tt.prec {
			t.Errorf("ParseExplicit(%q) = %s %s, want %s %s", tt.in, g, prec, tt.want, tt.prec)
		}
	}
}

func TestFindExplicit(t *testing.T) {
	tests := []struct {
		in      string
		loc     *time.Location
		want    string // RFC 3339; "" when nothing must be found
		matched string
	}{
		{"Redaksi Warta | Rabu, 8/1/2020 09:05 WIB", time.UTC, "2020-01-08T09:05:00+07:00", "Rabu, 8/1/2020 09:05 WIB"},
		{"Budi Santoso \u2022 3 Februari 2025 10:15", WIB, "2025-02-03T10:15:00+07:00", "3 Februari 2025 10:15"},
		{"Makassar (1/2/2021 14.05 WITA) - Hujan deras", WIB, "2021-02-01T14:05:00+08:00", "1/2/2021 14.05 WITA"},
		{"Jakarta, Kamis, 21 November 2024 - Harga cabai naik", WIB, "2024-11-21T00:00:00+07:00", "Kamis, 21 November 2024"},
		{"Posted on December 31, 2019 at 6:19 PM by staff", time.UTC, "2019-12-31T18:19:00Z", "December 31, 2019 at 6:19 PM"},
		{"Dipublikasikan: 2019-12-31T18:19:00+07:00", time.UTC, "2019-12-31T18:19:00+07:00", "2019-12-31T18:19:00+07:00"},
		{"Updated 31 Dec 2019 18:19 GMT, first published earlier", WIB, "2019-12-31T18:19:00Z", "31 Dec 2019 18:19 GMT"},
		{"Diperbarui 2 jam yang lalu", WIB, "", ""},
		{"Rapat digelar Senin dan Selasa di Bogor", WIB, "", ""},
		{"Jakarta, Kamis (21/11) - Pemerintah menaikkan harga", WIB, "", ""},
		{"Harga naik 1.200.000 rupiah sejak 2019", WIB, "", ""},
		{"Skor akhir 3-1 pada menit 90", WIB, "", ""},
	}
	for _, tt := range tests {
		got, _, m, ok := FindExplicit(tt.in, tt.loc)
		if tt.want == "" {
			if ok {
				t.Errorf("FindExplicit(%q) = %s %q, want nothing", tt.in, got.Format(time.RFC3339), m)
			}
			continue
		}
		if !ok {
			t.Errorf("FindExplicit(%q) found nothing, want %s", tt.in, tt.want)
			continue
		}
		if g := got.Format(time.RFC3339); g != tt.want || m != tt.matched {
			t.Errorf("FindExplicit(%q) = %s %q, want %s %q", tt.in, g, m, tt.want, tt.matched)
		}
	}
}
