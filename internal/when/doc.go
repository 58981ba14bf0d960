// Package when parses and resolves date and time expressions in Indonesian
// and English news text.
//
// API CONTRACT (other packages are written against it; keep signatures):
//
//	ParseExplicit(s, loc) (t, precision, ok)      one stated date-time string
//	FindExplicit(s, loc) (t, precision, matched, ok)  first stated date-time inside a longer line
//	InferPublished(text, copyrightYear, loc) (t, evidence, ok)   publication date from dates the body mentions
//	Mentions(text, base) []Mention                 date expressions resolved against base
//
// Additions: Granularity constants (GranMinute, GranHour, GranDay, GranWeek,
// GranMonth, GranYear); Mention.Granularity may be "hour" for "2 jam lalu".
//
// # How it works
//
// One hand-written tokenizer splits a string into words, digit runs and
// punctuation (new lines are tokens, so no expression spans two lines).
// Words are looked up, lower-cased, in a static table built at init (month
// and weekday names and abbreviations, number words, units, zones, function
// words) through an open-addressing FNV table; a (first letters, length)
// mask skips most words without hashing. Small grammar functions then walk
// the tokens. No regexps, no allocation in ParseExplicit and FindExplicit.
// Everything is pure and safe for concurrent use.
//
// # Stated dates (ParseExplicit, FindExplicit)
//
// An optional weekday ("Selasa,", "Jum'at", "Tue,", "Sel.") then a date:
// d Month yyyy ("31 Des 2019", "31-Dec-2019", "21st of December 2019"),
// Month d, yyyy ("Dec. 31, 2019", "December 31st, 2019"), d/m/yyyy with /, -
// or . (day first, as Indonesian writes it; month first only when day first
// is impossible: "12/31/2019"), yyyy-mm-dd, yyyy/mm/dd, and d Mon yy only
// when a time follows (RFC 822). Then, after an optional separator (",", "|",
// "-", "•", "pukul", "jam", "at", "T"), an optional time: hh:mm or hh.mm,
// seconds and fractions, am/pm/a.m./p.m., and a zone: WIB (+07:00), WITA
// (+08:00), WIT (+09:00), GMT/UTC/Z, GMT+7, +0700, +07:00, and common
// abbreviations (EST, PDT, CET, JST, ...). "18:19 WIB, Selasa 31/12/2019"
// (time first) works too. A stated zone wins over loc, so a feed pubDate
// with "WIB" comes out at +07:00 rather than gofeed's UTC. Impossible dates
// and times fail (31/02, 29 Feb of a common year, 25:00, 13 PM); years are
// 1000-2999. A weekday that contradicts the date is ignored: the date wins.
// Month names and abbreviations: Januari..Desember, Jan, Feb/Peb, Mar/Mrt,
// Apr, Mei, Jun, Jul, Agu/Agt/Ags/Agus/Agustus, Sep/Sept, Okt, Nov/Nop, Des,
// and the English ones. Relative expressions ("2 jam yang lalu"), bare
// weekdays and dates without a year are not stated dates.
//
// go-dateparser (in go.mod) is not used, not even as a fallback. Most calls
// are misses (bylines and meta values without a date), and a fallback runs
// on every miss: 0.02-6 ms each (DEPENDENCIES.md) against about 0.5 µs for
// the whole fast path here, which alone would cost more than the ingest
// budget allows per article. It also accepts what ParseExplicit must reject
// ("kemarin", "2 hari yang lalu", bare weekdays), so every answer would need
// re-checking, and it fails "pada hari Jumat" and reads "Minggu" as week or
// Sunday at random. Every form in the brief and in the seeds is covered by
// the fast path; odd forms it misses stay unknown rather than guessed.
//
// # Mentions
//
// Mentions resolves against base (the publication time) in base's location.
// Spans are [From, To). Leading "pada", "hari", "on", "in", "tanggal" and
// "sejak"/"since" are part of the mention text. The forms and rules:
//
//   - Full dates as above: day or minute spans.
//   - Weekday with day/month, no year: "Sabtu (28/12)", "Sabtu, 28/12",
//     "kemarin (29/12)", "Sabtu, 28 Desember", "28 Desember", "December 28":
//     the year (base's, the one before or after) that puts the day nearest
//     base among those where the weekday fits; "lalu" after it = not after
//     base, "mendatang"/"depan" = not before, "ini" = base's year.
//   - Bare weekdays "Sabtu", "pada hari Sabtu", "on Monday": the latest such
//     day on or before base; the same weekday as base is base's day (news
//     published on Tuesday says "Selasa" for today, "Senin" for yesterday).
//     "Senin lalu"/"last Monday" = strictly before base, "Senin depan"/"next
//     Monday" = strictly after, "this Monday"/"Senin ini" = in base's
//     Monday-Sunday week. A following "pagi", "malam", "dini hari", "night"
//     is included. "Minggu" is Sunday only when capitalised, not counted
//     ("dua minggu", "beberapa Minggu", "per minggu", "akhir minggu") and not
//     followed by lalu/ini/depan/mendatang/terakhir/yang/ke/...; "hari
//     Minggu" and "Minggu (29/12)" are always Sunday.
//   - Months: "Juni 2018", "in June 2018" (month); "Februari tahun ini",
//     "February this year", "Februari tahun lalu", "February last year";
//     "Februari lalu" (latest February before base's month), "Februari
//     mendatang"; a bare month only after a preposition or "bulan" ("pada
//     Juni", "in May"): the latest such month not after base's month.
//   - Years: "pada 2018", "tahun 2013", "in 2018", "2018 lalu", and a year
//     joined to a previous mention ("pada 2018 dan 2019"); a bare number is
//     never a year. "sejak 2017"/"since 2017" (and sejak/since before any
//     mention) spans from the start of what follows to the end of base's day.
//   - Periods: "pekan lalu", "minggu ini", "bulan depan", "tahun lalu",
//     "last week", "this month", "next year" (weeks run Monday-Sunday).
//   - Parts: awal/pertengahan/akhir, early/mid/late, beginning/middle/end of
//     a year (Jan-Mar, May-Aug, Oct-Dec), a month (days 1-10, 11-20, 21-end)
//     or a week (Mon-Tue, Wed-Thu; "akhir pekan" is the weekend Sat-Sun):
//     "akhir tahun ini", "awal bulan lalu", "akhir 2011", "mid-2018", "the
//     end of this year", "akhir Desember"; "earlier/later this year" cut the
//     year at base's day.
//   - Relative days: kemarin, hari ini, besok, lusa, yesterday, today,
//     tomorrow, tonight, last night, malam ini.
//   - Counts: "2 hari yang lalu", "dua minggu lalu", "tiga tahun silam",
//     "two weeks ago", "a year ago", "sehari lalu", "tiga hari lagi", "2 jam
//     yang lalu" (hour), "30 menit lalu" (minute): the day, or the whole
//     week/month/year, that many units from base. "sepekan terakhir", "the
//     past two weeks": the span up to the end of base's day. Counts are
//     digits or satu..sepuluh / one..ten.
//
// # Publication date inference (InferPublished)
//
//  1. Anchors. A full date counts when its stated weekday fits it ("Kamis,
//     21 November 2024"), or, without a weekday, when its year is the
//     copyright year or the one before. A date whose weekday contradicts it,
//     or whose year is after the copyright year (a plan: "pemilu 14 Februari
//     2024"), is no anchor. A weekday with day/month ("Sabtu (28/12)") takes
//     the copyright year, or the year before when only that fits the weekday
//     (early-January articles); with no copyright year, the years of the
//     weekday-confirmed full dates (and the next). The weekday must fit.
//     "kemarin (29/12)" anchors the day after. Months, years and day/month
//     without a weekday ("31 Desember ini": often a deadline) are not anchors,
//     nor is a planned date: one with "akan", "dijadwalkan", "hingga",
//     "mulai", "will", "scheduled", ... up to six words before it in its
//     sentence, or "mendatang" after it.
//  2. No anchor: not ok. Never a guess from weekdays or months alone.
//  3. Publication is on or after the latest anchor A. Each bare weekday
//     ("Senin", "pada hari Minggu"; not "Senin lalu") names its occurrence
//     nearest A (from A-3 to A+3 days): undated weekdays cluster around the
//     latest news day. Publication is the latest of A and those days. So
//     "Sabtu (28/12)", "Minggu (29/12)" and "Senin" give Monday 30/12, and
//     "Selasa (31/12)" with "pada hari Senin" gives 31/12 (Senin = 30/12).
//     Every bare weekday then lies within the six days up to publication.
//
// On the 16,579 dated articles of the id-clickid-raw corpus (corpus_test.go,
// WARTA_CORPUS=1), without a copyright year: 63% inferred, 67% of those on
// the published day, 91% within a day (mostly published the day after the
// latest day the body names). All 8,644 textual date_raw strings there parse.
//
// The evidence lists the anchors within a week of A, then the weekdays that
// moved publication past A, then "; copyright N" when the year came from it:
// "Sabtu (28/12), Minggu (29/12), Senin; copyright 2019".
package when
