package web

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/warta-news/warta/internal/pipeline"
	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/store/sqlite"
	"github.com/warta-news/warta/internal/verify"
)

const (
	seedsDir = "../../../shared/seeds"
	chromium = "/usr/bin/chromium"
)

// browser starts headless Chromium, or skips (fails when CI=true) when it
// is not installed.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromium
	if _, err := os.Stat(path); err != nil {
		if p, lerr := exec.LookPath("chromium"); lerr == nil {
			path = p
		} else {
			if os.Getenv("CI") == "true" {
				t.Fatalf("chromium not found at %s or on PATH, and CI=true: install the Debian package chromium", chromium)
			}
			t.Skipf("chromium not found at %s or on PATH (apt-get install chromium); skipping browser tests", chromium)
		}
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelA() })
	// The first Run starts the browser; it must not carry a timeout.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

func screenshotDir(t *testing.T) string {
	dir := os.Getenv("WARTA_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "warta-screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// seededServer ingests the seed articles with the real pipeline and serves them.
func seededServer(t *testing.T) (*httptest.Server, *sqlite.Store, int) {
	t.Helper()
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("seed articles not found at %s (../shared beside the repo): %v", seedsDir, err)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "seeds.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := pipeline.Run(ctx, st, []string{seedsDir}, pipeline.Options{Logger: slog.New(slog.DiscardHandler)}); err != nil {
		t.Fatalf("ingest seeds: %v", err)
	}
	idx := search.New(st)
	if _, err := idx.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	// How many seed files mention the word searched for below.
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	want := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.ToLower(string(b)), "denuklirisasi") {
			want++
		}
	}
	srv := httptest.NewServer(New(Config{Store: st, Search: idx, Logger: slog.New(slog.DiscardHandler)}))
	t.Cleanup(srv.Close)
	return srv, st, want
}

// flaggedSubtitle finds the seed article whose file name starts with
// prefix and the subtitle verification flagged on it (read from the store,
// so no seed text is copied here).
func flaggedSubtitle(t *testing.T, st *sqlite.Store, prefix string) (id, text string) {
	t.Helper()
	ctx := context.Background()
	if err := st.QueryRow(ctx, "SELECT id FROM articles WHERE source LIKE ?", "%/"+prefix+"%").Scan(&id); err != nil {
		t.Fatalf("seed %s not stored: %v", prefix, err)
	}
	a, err := st.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Flags {
		if f.Kind == verify.FlagUnsupportedHeadline && f.Paragraph == -2 {
			return id, f.Text
		}
	}
	t.Fatalf("seed %s: no unsupported_headline flag on the subtitle; flags: %+v", prefix, a.Flags)
	return "", ""
}

func shoot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	srv, st, wantHits := seededServer(t)
	bctx := browser(t)
	dir := screenshotDir(t)
	ctx, cancel := context.WithTimeout(bctx, 90*time.Second)
	defer cancel()
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(sel)+`).length`))
		if err != nil {
			t.Fatalf("count %s: %v", sel, err)
		}
		return n
	}

	// Home: storylines listed.
	step("open home", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("section.stories")))
	if n := count("article.story"); n == 0 {
		t.Fatalf("home lists no storylines")
	}
	shoot(t, ctx, dir, "home.png")

	// A storyline with its timeline.
	step("open storyline", chromedp.Click(chromedp.CSS("article.story h2 a")), chromedp.WaitVisible(chromedp.CSS("svg#timeline")))
	marks, events := count("svg#timeline circle"), count("ol.events > li")
	if marks == 0 || marks > events {
		t.Errorf("timeline has %d marks for %d events", marks, events)
	}
	shoot(t, ctx, dir, "story.png")

	// An event.
	step("open event", chromedp.Click(chromedp.CSS("ol.events > li a")), chromedp.WaitVisible(chromedp.CSS("ul.origins")))
	if h := text("main h2"); !strings.Contains(h, "Articles by outlet") && !strings.Contains(h, "Independent origins") {
		t.Errorf("event page first heading = %q", h)
	}
	if n := count("section#claims details.claims-group"); n == 0 {
		t.Errorf("event page shows no claims table")
	}
	step("unfold claims", chromedp.Click(chromedp.CSS("details.claims-group > summary")), chromedp.WaitVisible(chromedp.CSS("details.claims-group table.claims")))
	if n := count("details.claims-group[open] table.claims tbody tr"); n == 0 {
		t.Errorf("unfolded claims table has no rows")
	}
	shoot(t, ctx, dir, "event.png")

	// A seed article, with metadata and folded furniture.
	step("open article", chromedp.Click(chromedp.CSS("main section ul.plain li a")), chromedp.WaitVisible(chromedp.CSS("article.doc")))
	if n := count("article.doc .body p"); n < 2 {
		t.Errorf("article shows %d paragraphs", n)
	}
	if meta := text("section.metadata"); !strings.Contains(meta, "published") || !strings.Contains(meta, "outlet") {
		t.Errorf("metadata table = %q", meta)
	}
	shoot(t, ctx, dir, "article.png")

	// Search from the header box.
	step("search", chromedp.Navigate(srv.URL+"/"), chromedp.SendKeys(chromedp.CSS("form.find input"), "denuklirisasi\n"), chromedp.WaitVisible(chromedp.CSS("#total")))
	hits := count("li.hit")
	if hits != wantHits {
		t.Errorf("search denuklirisasi: %d hits, want the %d seed articles that say it", hits, wantHits)
	}
	if n := count("li.hit mark"); n < hits {
		t.Errorf("%d highlighted words in %d hits", n, hits)
	}
	shoot(t, ctx, dir, "search.png")

	// Seed 000: its subtitle, flagged unsupported_headline by the
	// pipeline, is highlighted, with the reason beside it.
	id, sub := flaggedSubtitle(t, st, "000_")
	step("open flagged article", chromedp.Navigate(srv.URL+"/articles/"+id), chromedp.WaitVisible(chromedp.CSS("p.sub mark.flag-unsupported_headline")))
	if got := text("p.sub mark.flag"); got != sub {
		t.Errorf("highlighted subtitle = %q, want the flagged text %q", got, sub)
	}
	bg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("p.sub mark.flag")).backgroundColor`))
	if err != nil {
		t.Fatal(err)
	}
	if bg == "" || bg == "rgba(0, 0, 0, 0)" || bg == "transparent" {
		t.Errorf("flag mark background = %q, want a highlight", bg)
	}
	if note := text("details.flag-note.flag-unsupported_headline p"); !strings.Contains(note, "not supported") {
		t.Errorf("reason beside the subtitle = %q", note)
	}
	if n := count("article.doc .body mark.flag"); n == 0 {
		t.Errorf("no flagged body sentence marked")
	}
	if meta := text("section.metadata"); !strings.Contains(meta, "corroborated") || !strings.Contains(meta, "origin") {
		t.Errorf("metadata lacks the verification summary: %q", meta)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "article-flag.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}

	// The event page on a phone-sized screen.
	step("phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
		chromedp.Navigate(srv.URL+"/"), chromedp.Click(chromedp.CSS("article.story h2 a")), chromedp.WaitVisible(chromedp.CSS("svg#timeline")))
	width, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
	if err != nil {
		t.Fatal(err)
	}
	if width > 400 {
		t.Errorf("page is %d px wide on a 390 px screen", width)
	}
	shoot(t, ctx, dir, "story-phone.png")

	// The event with its claims, on the phone: tables fold, nothing overflows.
	step("phone event", chromedp.Click(chromedp.CSS("ol.events > li a")), chromedp.WaitVisible(chromedp.CSS("section#claims")))
	if n := count("details.claims-group"); n == 0 {
		t.Errorf("event page shows no claims")
	}
	if width, err = chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); err != nil {
		t.Fatal(err)
	}
	if width > 400 {
		t.Errorf("event page is %d px wide on a 390 px screen", width)
	}
	step("unfold claims", chromedp.Click(chromedp.CSS("details.claims-group > summary")))
	if width, err = chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); err != nil {
		t.Fatal(err)
	}
	if width > 400 {
		t.Errorf("unfolded claims table is %d px wide on a 390 px screen", width)
	}
	shoot(t, ctx, dir, "event-phone.png")
	step("phone article", chromedp.Navigate(srv.URL+"/articles/"+id), chromedp.WaitVisible(chromedp.CSS("p.sub mark.flag")))
	if width, err = chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); err != nil {
		t.Fatal(err)
	}
	if width > 400 {
		t.Errorf("article page is %d px wide on a 390 px screen", width)
	}
	png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "article-flag-phone.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
