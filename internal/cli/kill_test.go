package cli

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/sqlite"
	"github.com/warta-news/warta/internal/synth"
)

// TestMain lets the test binary act as the warta command, so a test can
// run an ingest in a child process and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("WARTA_TEST_AS_MAIN") == "1" {
		os.Exit(Main(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
	}
	os.Exit(m.Run())
}

// writeCorpus writes n generated articles (internal/synth) as JSONL.
func writeCorpus(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts := synth.Generate(7, n, synth.Options{Events: n / 4, Skew: 0.5, LangMix: 0.3, ReprintRate: 0.1, Furniture: true})
	if err := synth.WriteJSONL(f, arts); err != nil {
		t.Fatal(err)
	}
}

func TestKillMidwayAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: kills a child ingest")
	}
	const n = 3000
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCorpus(t, corpus, n)
	ctx := context.Background()

	// The reference: one uninterrupted run.
	refDB := filepath.Join(dir, "ref.db")
	if code, _, errs := run(t, "ingest", "--db", refDB, corpus); code != 0 {
		t.Fatalf("reference ingest: exit %d: %s", code, errs)
	}
	want := articleIDs(t, refDB)

	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "w.db")
			cmd := exec.Command(os.Args[0], "ingest", "--db", db, corpus)
			cmd.Env = append(os.Environ(), "WARTA_TEST_AS_MAIN=1")
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Wait until some batches are committed, then interrupt.
			deadline := time.Now().Add(60 * time.Second)
			var committed int
			for time.Now().Before(deadline) {
				time.Sleep(20 * time.Millisecond)
				if committed = countRows(t, db); committed > 0 {
					break
				}
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			st := cmd.ProcessState
			if committed == 0 {
				t.Fatalf("child committed nothing before the deadline (exit %v)", err)
			}
			if sig == syscall.SIGINT && st.ExitCode() != ExitInterrupted && st.ExitCode() != 0 {
				t.Errorf("SIGINT: exit code %d, want %d (or 0 if it had just finished)", st.ExitCode(), ExitInterrupted)
			}
			before := countRows(t, db)
			if before >= n {
				t.Logf("child finished before the signal; resume is still checked")
			}
			s, err := sqlite.Open(ctx, db)
			if err != nil {
				t.Fatalf("database unusable after %v: %v", sig, err)
			}
			var ok string
			if err := s.QueryRow(ctx, "PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
				t.Fatalf("integrity_check = %q, %v", ok, err)
			}
			s.Close()

			code, _, errs := run(t, "ingest", "--db", db, corpus)
			if code != 0 {
				t.Fatalf("resume: exit %d: %s", code, errs)
			}
			s, err = sqlite.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var total, distinct, noEvent, sources int
			row := s.QueryRow(ctx, "SELECT count(*), count(DISTINCT source_id), sum(event_id = ''), (SELECT count(*) FROM article_sources) FROM articles")
			if err := row.Scan(&total, &distinct, &noEvent, &sources); err != nil {
				t.Fatal(err)
			}
			if total != len(want) || distinct != len(want) {
				t.Errorf("after resume: %d articles (%d distinct source ids), want %d as in one uninterrupted run", total, distinct, len(want))
			}
			got := articleIDs(t, db)
			for id := range want {
				if !got[id] {
					t.Errorf("article %s of the uninterrupted run is missing", id)
				}
			}
			if noEvent != 0 {
				t.Errorf("%d articles without an event", noEvent)
			}
			if sources < n {
				t.Errorf("%d source records, want one per input line (%d)", sources, n)
			}
			stale, err := s.StaleEvents(ctx)
			if err != nil || len(stale) != 0 {
				t.Errorf("stale event summaries after resume: %d (%v)", len(stale), err)
			}
			t.Logf("%v after %d of %d committed; resumed to %d", sig, before, n, total)
		})
	}
}

func articleIDs(t *testing.T, db string) map[string]bool {
	t.Helper()
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ids := map[string]bool{}
	if err := s.EachSource(context.Background(), func(r store.SourceRef) error { ids[r.ArticleID] = true; return nil }); err != nil {
		t.Fatal(err)
	}
	return ids
}

func countRows(t *testing.T, db string) int {
	t.Helper()
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		return 0
	}
	defer s.Close()
	n, _ := s.Count(context.Background())
	return n
}
