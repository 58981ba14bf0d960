package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
)

// seedDir holds the real articles (third-party text, read only, never copied).
const seedDir = "../../../shared/seeds"

// readSeed returns seed number n ("000" …) as an Input, skipping the test
// when the folder is absent.
func readSeed(t testing.TB, n string) Input {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir, n+"_*.txt"))
	if len(files) == 0 {
		t.Skipf("seed %s not found under %s (shared seeds absent)", n, seedDir)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return Input{Source: files[0], Format: "text", Body: b}
}

func TestSeeds(t *testing.T) {
	type want struct {
		seed          string
		titleSet      bool
		subtitleSet   bool
		outlet        string
		dateline      string
		author        string
		published     string // RFC 3339, or a day "2006-01-02" for inferred dates
		publishedHow  string
		lang          string // needs textid.DetectLang
		sourceCredit  string
		translatorSet bool
	}
	cases := []want{
		{seed: "000", titleSet: true, subtitleSet: true, published: "", publishedHow: article.HowUnknown, lang: "id"},
		{seed: "001", titleSet: true, subtitleSet: true, outlet: "CNN Indonesia", dateline: "Jakarta",
			published: "2019-12-31T18:19:00+07:00", publishedHow: article.HowExplicit, lang: "id"},
		{seed: "002", outlet: "ANTARA", dateline: "Seoul", published: "2019-12-30", publishedHow: article.HowInferred,
			lang: "id", sourceCredit: "Reuters", translatorSet: true},
		{seed: "003", dateline: "Seoul, Korea Selatan", published: "", publishedHow: article.HowUnknown, lang: "id"},
		{seed: "004", dateline: "Pyongyang", author: bylineName(t, "004"),
			published: "2024-11-22T14:26:00+07:00", publishedHow: article.HowExplicit, lang: "id"},
	}
	for _, w := range cases {
		t.Run(w.seed, func(t *testing.T) {
			a, err := Extract(readSeed(t, w.seed))
			if err != nil {
				t.Fatal(err)
			}
			checkNoFurniture(t, w.seed, a)
			if got := a.Title != ""; got != w.titleSet {
				t.Errorf("title set = %v, want %v (%q)", got, w.titleSet, a.Title)
			}
			if got := a.Subtitle != ""; got != w.subtitleSet {
				t.Errorf("subtitle set = %v, want %v", got, w.subtitleSet)
			}
			if a.Outlet != w.outlet {
				t.Errorf("outlet = %q, want %q", a.Outlet, w.outlet)
			}
			wantHow := article.HowExplicit
			if w.outlet == "" {
				wantHow = article.HowUnknown
			}
			if a.OutletHow != wantHow {
				t.Errorf("outlet how = %q, want %q", a.OutletHow, wantHow)
			}
			if a.Dateline != w.dateline {
				t.Errorf("dateline = %q, want %q", a.Dateline, w.dateline)
			}
			if w.author != "" && a.Author != w.author {
				t.Errorf("author = %q, want %q", a.Author, w.author)
			}
			got := a.PublishedString()
			if len(w.published) == len("2006-01-02") && !a.Published.IsZero() {
				got = a.Published.Format(time.DateOnly)
			}
			if got != w.published || a.PublishedHow != w.publishedHow {
				t.Errorf("published = %q %s, want %q %s (from %q)", got, a.PublishedHow, w.published, w.publishedHow, a.PublishedFrom)
			}
			if a.Lang != w.lang {
				t.Errorf("lang = %q, want %q (textid.DetectLang)", a.Lang, w.lang)
			}
			if w.sourceCredit != "" && !hasCredit(a, RoleSource, w.sourceCredit) {
				t.Errorf("credits %v lack source %s", a.Credits, w.sourceCredit)
			}
			if w.translatorSet && !hasCredit(a, RoleTranslator, "") {
				t.Errorf("credits %v lack a translator", a.Credits)
			}
			if hasCredit(a, RoleSource, "") && a.Outlet == "Reuters" {
				t.Errorf("source credit taken as outlet")
			}
		})
	}
}

// hasCredit reports whether a has a credit with role (and name, if given).
func hasCredit(a *article.Article, role, name string) bool {
	for _, c := range a.Credits {
		if c.Role == role && (name == "" || c.Name == name) {
			return true
		}
	}
	return false
}

// bylineName reads the author's name from a seed's byline line ("Name •
// date"), so that no real name is written into the repository.
func bylineName(t *testing.T, seed string) string {
	t.Helper()
	in := readSeed(t, seed)
	for _, line := range strings.Split(string(in.Body), "\n") {
		if name, _, ok := strings.Cut(line, " • "); ok {
			return strings.TrimSpace(name)
		}
	}
	t.Fatalf("seed %s has no byline line", seed)
	return ""
}
