// Package cli parses warta's command line, opens the store and runs one
// subcommand. Flags have environment defaults (WARTA_DB). Errors are
// rendered here, at the edge, as one line each; exit codes tell the truth:
// 0 success, 1 failure (including partly failed ingests), 2 usage, 130
// interrupted.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"

	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/postgres"
	"github.com/warta-news/warta/internal/store/sqlite"
)

// Exit codes.
const (
	ExitOK          = 0
	ExitFail        = 1
	ExitUsage       = 2
	ExitInterrupted = 130
)

// SoftMemoryLimit is the Go heap's soft limit unless GOMEMLIMIT is set.
const SoftMemoryLimit = 256 << 20

// env holds what every command gets: streams and the environment.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	log            *slog.Logger
}

type command struct {
	name, args, help string
	run              func(ctx context.Context, e *env, args []string) error
}

var commands []command

func init() {
	commands = []command{
		{"ingest", "[--db PATH] [--format auto|text|html|jsonl] [--outlet NAME] PATH...", "read articles from files and directories into the store", runIngest},
		{"up", "[--db PATH] [--addr 127.0.0.1:8080] [--no-serve] PATH...", "ingest PATHs, show the storylines, then serve the web UI (the quick start)", runUp},
		{"export", "[--db PATH] [--format jsonl|csv] [-o FILE]", "write every article", runExport},
		{"show", "[--db PATH] [--json] [--raw] ID", "print one article", runShow},
		{"stories", "[--db PATH] [--json] [--limit N]", "storylines, newest first, with their events", runStories},
		{"story", "[--db PATH] [--json] ID", "a storyline's timeline, then its events with articles by outlet", runStory},
		{"event", "[--db PATH] [--json] ID", "one event with its articles by outlet", runEvent},
		{"entities", "[--db PATH] [--json] [--limit N] [--type person|place|org]", "top entities with counts and aliases", runEntities},
		{"entity", "[--db PATH] [--json] NAME", "one entity: its events, articles and quotes", runEntity},
		{"quotes", "[--db PATH] [--json] [--speaker NAME] [--event ID]", "who said what", runQuotes},
		{"check", "[--db PATH] [--json] ID", "verification of an article or an event: claims, origins, flags with evidence", runCheck},
		{"flags", "[--db PATH] [--json] [--kind K]", "flagged claims: unsupported_headline, single_source, contradiction", runFlags},
		{"bench", "ingest [--n N] [--keep]", "generate N articles and measure ingest: articles/s, MB/s, peak memory", runBench},
		{"eval", "clusters --gold FILE.tsv [--level event|story] [--db PATH] [--json]", "score stored events against gold labels", runEval},
		{"search", "[--db PATH] [--json] [--limit N] [--outlet O] [--lang L] [--entity ID] [--from DATE] [--to DATE] QUERY", "full-text search (Indonesian and English stemming)", runSearch},
		{"serve", "[--db PATH] [--addr 127.0.0.1:8080] [--token T]", "serve HTML pages and the JSON API (writes need --token or $WARTA_TOKEN)", runServe},
		{"watch", "--feeds FILE [--db PATH] [--interval 5m] [--politeness 2s] [--timeout 30s] [--once]", "follow RSS, Atom and JSON feeds: fetch new items' pages and ingest them", runWatch},
		{"feeds", "[--db PATH] [--json]", "each followed feed's last success, last error and items seen", runFeeds},
	}
}

// Main runs warta with args (without the program name) and returns the exit code.
func Main(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	level := slog.LevelInfo
	if getenv("WARTA_DEBUG") != "" {
		level = slog.LevelDebug
	}
	e := &env{stdout: stdout, stderr: stderr, getenv: getenv,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	var cmd *command
	for i := range commands {
		if commands[i].name == args[0] {
			cmd = &commands[i]
		}
	}
	if cmd == nil {
		fmt.Fprintf(stderr, "warta: unknown command %q\n", args[0])
		usage(stderr)
		return ExitUsage
	}
	// Keep the heap near what the work needs: a soft limit makes the
	// collector run more often instead of letting garbage double the
	// resident size. GOMEMLIMIT, when set, wins.
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(SoftMemoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := cmd.run(ctx, e, args[1:])
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, flag.ErrHelp):
		return ExitOK
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "warta %s: %v\nusage: warta %s %s\n", cmd.name, err, cmd.name, cmd.args)
		return ExitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(stderr, "warta %s: interrupted; what was committed is kept, run again to finish\n", cmd.name)
		return ExitInterrupted
	case errors.Is(err, errReported):
		return ExitFail
	default:
		fmt.Fprintf(stderr, "warta %s: %v\n", cmd.name, err)
		return ExitFail
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "warta: a news story engine\n\nusage:")
	for _, c := range commands {
		fmt.Fprintf(w, "  warta %s %s\n      %s\n", c.name, c.args, c.help)
	}
	fmt.Fprintln(w, "\nEvery command takes --db PATH (default ./warta.db, or $WARTA_DB).")
}

type usageError struct{ error }

// errReported means the command already told the user what went wrong.
var errReported = errors.New("reported")

// flags returns a FlagSet for cmd with the common --db flag.
func flags(e *env, name string, db *string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	def := e.getenv("WARTA_DB")
	if def == "" {
		def = "warta.db"
	}
	fs.StringVar(db, "db", def, "database path (or $WARTA_DB)")
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	// Allow flags after positional arguments: warta show ID --json.
	var flagArgs, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			flagArgs = append(flagArgs, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") {
				if f := fs.Lookup(name); f != nil {
					if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !bf.IsBoolFlag() {
						if i+1 < len(args) {
							flagArgs = append(flagArgs, args[i+1])
							i++
						}
					}
				}
			}
			continue
		}
		pos = append(pos, a)
	}
	if err := fs.Parse(append(flagArgs, append([]string{"--"}, pos...)...)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	return nil
}

func openStore(ctx context.Context, path string) (store.Store, error) {
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return postgres.Open(ctx, path)
	}
	return sqlite.Open(ctx, path)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
