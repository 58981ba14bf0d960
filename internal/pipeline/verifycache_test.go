package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/warta-news/warta/internal/store/sqlite"
	"github.com/warta-news/warta/internal/verify"
)

// TestVerifyCacheAcrossRuns runs the pipeline three times on one growing
// event, as watch does poll after poll, with a claims cache shared by the
// runs and without one: the stored event (claims table, flags) must be
// the same, and the later runs must take the earlier articles' claims
// from the cache.
func TestVerifyCacheAcrossRuns(t *testing.T) {
	ctx := context.Background()
	// Reports of one fire, written for this test, arriving in three polls.
	polls := [][]Input{
		{{Source: "https://a.test/1.txt", Data: []byte("Kebakaran hanguskan Pasar Sukaraja\n\nSukaraja | Senin, 03/03/2025 08:10 WIB\n\nKebakaran menghanguskan 120 kios di Pasar Sukaraja pada Senin dini hari, kata kepala pemadam kebakaran Budi Santoso.\n\nApi diduga berasal dari korsleting listrik di blok C.")}},
		{{Source: "https://b.test/2.txt", Data: []byte("120 Kios Pasar Sukaraja Terbakar\n\nSukaraja | Senin, 03/03/2025 10:30 WIB\n\nSebanyak 120 kios di Pasar Sukaraja terbakar pada Senin dini hari, menurut pemadam kebakaran.\n\nBudi Santoso mengatakan api berasal dari korsleting listrik.")}},
		{{Source: "https://c.test/3.txt", Data: []byte("Pedagang Pasar Sukaraja Kehilangan Kios\n\nSukaraja | Senin, 03/03/2025 14:00 WIB\n\nPedagang Pasar Sukaraja kehilangan 150 kios dalam kebakaran Senin dini hari.\n\nPemerintah kota menjanjikan bantuan bagi pedagang.")}},
	}
	run := func(cache *verify.Cache) string {
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		for i, p := range polls {
			if _, err := RunInputs(ctx, st, p, Options{Verify: cache}); err != nil {
				t.Fatalf("poll %d: %v", i, err)
			}
		}
		evs, err := st.RecentEvents(ctx, 10, 0)
		if err != nil || len(evs) == 0 {
			t.Fatalf("events: %v %v", evs, err)
		}
		out := ""
		for _, e := range evs {
			out += fmt.Sprintf("%s %d flags %d %s\n", e.Label, e.Articles, e.Flags, e.Claims)
		}
		return out
	}
	plain := run(nil)
	if !strings.Contains(plain, " 3 flags ") {
		t.Fatalf("the three reports did not make one event:\n%s", plain)
	}
	cache := verify.NewCache(verify.DefaultCacheBytes)
	cached := run(cache)
	if plain != cached {
		t.Errorf("events differ with the claims cache:\n%s\nwithout:\n%s", cached, plain)
	}
	if s := cache.Stats(); s.Hits == 0 {
		t.Errorf("cache stats %+v: the later polls took nothing from the cache", s)
	}
}
