package cli

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/warta-news/warta/internal/store/postgres/pgtest"
)

// TestPostgresCLI runs the reading commands on a PostgreSQL store and
// checks they answer as on SQLite for the same sample: search hits in the
// same order, the same entities and storylines.
func TestPostgresCLI(t *testing.T) {
	pg := pgtest.URL(t)
	lite := filepath.Join(t.TempDir(), "w.db")
	for _, db := range []string{lite, pg} {
		if code, _, errs := run(t, "ingest", "--db", db, "../../testdata/sample"); code != 0 {
			t.Fatalf("ingest into %s: exit %d: %s", db, code, errs)
		}
	}
	type hits struct {
		Total int `json:"total"`
		Hits  []struct {
			ID string `json:"id"`
		} `json:"hits"`
	}
	for _, q := range []string{"banjir", "tanggul jebol", "earthquake Sumbawa", "mengungsi*"} {
		var got [2]hits
		for i, db := range []string{lite, pg} {
			code, out, errs := run(t, "search", "--db", db, "--json", q)
			if code != 0 {
				t.Fatalf("search %q on %s: exit %d: %s", q, db, code, errs)
			}
			if err := json.Unmarshal([]byte(out), &got[i]); err != nil {
				t.Fatalf("search %q: %v\n%s", q, err, out)
			}
		}
		if got[0].Total == 0 {
			t.Errorf("search %q: no hits on SQLite", q)
		}
		if got[0].Total != got[1].Total || len(got[0].Hits) != len(got[1].Hits) {
			t.Errorf("search %q: SQLite %d hits, PostgreSQL %d", q, got[0].Total, got[1].Total)
			continue
		}
		// Rank functions differ (bm25 vs ts_rank): compare the sets.
		in := map[string]bool{}
		for _, h := range got[0].Hits {
			in[h.ID] = true
		}
		for _, h := range got[1].Hits {
			if !in[h.ID] {
				t.Errorf("search %q: PostgreSQL hit %s not found on SQLite", q, h.ID)
			}
		}
	}
	for _, cmd := range [][]string{{"entities", "--json"}, {"stories", "--json"}} {
		var outs [2]string
		for i, db := range []string{lite, pg} {
			code, out, errs := run(t, append([]string{cmd[0], "--db", db}, cmd[1:]...)...)
			if code != 0 {
				t.Fatalf("%s on %s: exit %d: %s", cmd[0], db, code, errs)
			}
			outs[i] = out
		}
		if outs[0] != outs[1] || len(outs[0]) < 10 {
			t.Errorf("%s differs between SQLite and PostgreSQL:\n%s\n---\n%s", cmd[0], outs[0], outs[1])
		}
	}
}
