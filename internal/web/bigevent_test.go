package web

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/sqlite"
	"github.com/warta-news/warta/internal/verify"
)

// bigEventServer stores one event of n articles from n origins, each
// article making two claims that every other origin either backs or
// ignores: the shape of a big wire story, written for this test.
func bigEventServer(t *testing.T, n int) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "big.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	pub := time.Date(2025, 2, 3, 8, 0, 0, 0, time.UTC)
	var arts []*article.Article
	var rep verify.Report
	for i := range n {
		outlet := fmt.Sprintf("Warta %02d", i)
		a := &article.Article{Title: fmt.Sprintf("Banjir bandang ke-%d melanda Lembah Hijau", i), Lang: "id", Outlet: outlet,
			Published: pub.Add(time.Duration(i) * time.Minute), PublishedHow: article.HowExplicit,
			Paragraphs: []string{fmt.Sprintf("Banjir bandang melanda Lembah Hijau, kata saksi %d.", i), "Sebanyak 12 rumah hanyut."},
			Source:     fmt.Sprintf("fixture/big-%d.txt", i), Format: "text", Raw: []byte("x"), EventID: "ev-big", StoryID: "st-big"}
		a.ID = article.ContentID(a.Title, a.Paragraphs)
		a.Flags = []article.Flag{{Kind: verify.FlagSingleSource, Text: a.Paragraphs[0], Reason: "only this origin", Paragraph: 0}}
		arts = append(arts, a)
		rep.Origins = append(rep.Origins, verify.Origin{ID: "outlet:" + outlet, Kind: verify.OriginOutlet, Name: outlet, Articles: []string{a.ID}})
	}
	for i, a := range arts {
		single := verify.ClaimRow{ID: a.ID + ":0", Article: a.ID, Origin: rep.Origins[i].ID, Kind: verify.KindLede, Text: a.Paragraphs[0], Status: verify.StatusSingleSource}
		backed := verify.ClaimRow{ID: a.ID + ":1", Article: a.ID, Origin: rep.Origins[i].ID, Kind: verify.KindBody, Paragraph: 1, Text: a.Paragraphs[1], Status: verify.StatusCorroborated}
		for j, b := range arts {
			if j != i {
				single.Silent = append(single.Silent, rep.Origins[j].ID)
				backed.Agreeing = append(backed.Agreeing, verify.Evidence{Origin: rep.Origins[j].ID, Article: b.ID, Paragraph: 1, Text: b.Paragraphs[1], Coverage: 1})
			}
		}
		rep.Claims = append(rep.Claims, single, backed)
	}
	claims, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Save(ctx, &store.Batch{Articles: arts}); err != nil {
		t.Fatal(err)
	}
	ev := store.Event{ID: "ev-big", StoryID: "st-big", Label: arts[0].Title, Start: arts[0].Published, End: arts[n-1].Published, Articles: n, Flags: n, Claims: claims}
	if err := st.SaveEvents(ctx, []store.Event{ev}, []store.Story{{ID: "st-big", Label: ev.Label, Events: 1, Articles: n}}, nil); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(Config{Store: st, Search: search.New(st), Logger: slog.New(slog.DiscardHandler)}))
	t.Cleanup(srv.Close)
	return srv
}

// TestBigEventPage checks that a big event's page stays small (bounded
// claims, evidence, silent origins, flags, origins) and that the claims
// pages show every article's claims, a page at a time.
func TestBigEventPage(t *testing.T) {
	const n = 60
	srv := bigEventServer(t, n)
	_, body := get(t, srv.URL+"/events/ev-big")
	if got := strings.Count(body, `<details class="claims-group"`); got != eventPageGroups {
		t.Errorf("event page shows %d claim groups, want %d", got, eventPageGroups)
	}
	for _, want := range []string{
		fmt.Sprintf("Claims of %d more articles", n-eventPageGroups),
		fmt.Sprintf(`href="/events/ev-big/claims?offset=%d"`, eventPageGroups),
		fmt.Sprintf("and %d more</div>", n-1-pageEvidence),            // agreeing sentences cut
		fmt.Sprintf("and %d more</td>", n-1-pageSilent),               // silent origins cut
		fmt.Sprintf("and %d more origins", n-pageOrigins),             // origins cut
		fmt.Sprintf("and %d more, marked in the claims", n-pageFlags), // single-source flags cut
	} {
		if !strings.Contains(body, want) {
			t.Errorf("event page lacks %q", want)
		}
	}
	if len(body) > 200<<10 {
		t.Errorf("event page is %d KB", len(body)>>10)
	}
	// Walk the claims pages: every article's claims once, in order.
	seen := map[string]int{}
	next := "/events/ev-big/claims?offset=0"
	pages := 0
	for next != "" && pages < 10 {
		_, page := get(t, srv.URL+next)
		pages++
		if got := strings.Count(page, `<details class="claims-group"`); got == 0 || got > claimsPageGroups {
			t.Fatalf("%s: %d groups", next, got)
		}
		for i := range n {
			if strings.Contains(page, fmt.Sprintf("<b>Banjir bandang ke-%d melanda", i)) {
				seen[fmt.Sprint(i)]++
			}
		}
		next = ""
		if i := strings.Index(page, `rel="next"`); i >= 0 {
			start := strings.LastIndex(page[:i], `href="`) + len(`href="`)
			next = strings.ReplaceAll(page[start:strings.Index(page[start:], `"`)+start], "&amp;", "&")
		}
	}
	if want := (n + claimsPageGroups - 1) / claimsPageGroups; pages != want {
		t.Errorf("%d claims pages, want %d", pages, want)
	}
	for i := range n {
		if seen[fmt.Sprint(i)] != 1 {
			t.Errorf("article %d's claims shown on %d claims pages, want 1", i, seen[fmt.Sprint(i)])
		}
	}
	if resp, _ := get(t, srv.URL+"/events/ev-big/claims?offset=x"); resp.StatusCode != 400 {
		t.Errorf("bad offset: status %d", resp.StatusCode)
	}
	if resp, _ := get(t, srv.URL+"/events/nope/claims"); resp.StatusCode != 404 {
		t.Errorf("unknown event: status %d", resp.StatusCode)
	}
}
