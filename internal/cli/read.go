package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/export"
	"github.com/warta-news/warta/internal/store"
)

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func runExport(ctx context.Context, e *env, args []string) error {
	var db, format, out string
	fs := flags(e, "export", &db)
	fs.StringVar(&format, "format", "jsonl", "jsonl or csv")
	fs.StringVar(&out, "o", "", "write to FILE instead of standard output")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	st, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	w := e.stdout
	var f *os.File
	if out != "" {
		if f, err = os.Create(out); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer f.Close()
		w = f
	}
	xw, err := export.NewWriter(w, format)
	if err != nil {
		return usageError{err}
	}
	if err := st.EachArticle(ctx, xw.Write); err != nil {
		return err
	}
	if err := xw.Close(); err != nil {
		return err
	}
	if f != nil {
		return f.Close()
	}
	return nil
}

// openExisting opens a store that must already exist (read commands).
func openExisting(ctx context.Context, db string) (store.Store, error) {
	if !strings.Contains(db, "://") {
		if _, err := os.Stat(db); err != nil {
			return nil, fmt.Errorf("no database at %s (run warta ingest first, or pass --db)", db)
		}
	}
	return openStore(ctx, db)
}

func oneID(fs interface {
	NArg() int
	Arg(int) string
}) (string, error) {
	if fs.NArg() != 1 {
		return "", usageError{errors.New("want exactly one ID")}
	}
	return fs.Arg(0), nil
}

// idCommand parses the flags of a command that reads one ID (--db,
// --json, and any extra flags it adds) and opens the existing store.
func idCommand(ctx context.Context, e *env, name string, args []string, extra func(*flag.FlagSet)) (st store.Store, id string, asJSON bool, err error) {
	var db string
	fs := flags(e, name, &db)
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	if extra != nil {
		extra(fs)
	}
	if err = parse(fs, args); err != nil {
		return nil, "", false, err
	}
	if id, err = oneID(fs); err != nil {
		return nil, "", false, err
	}
	st, err = openExisting(ctx, db)
	return st, id, asJSON, err
}

func runShow(ctx context.Context, e *env, args []string) error {
	var raw bool
	st, id, asJSON, err := idCommand(ctx, e, "show", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&raw, "raw", false, "print the raw input as stored")
	})
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := st.Article(ctx, id)
	if err != nil {
		return err
	}
	switch {
	case raw:
		_, err = e.stdout.Write(a.Raw)
		return err
	case asJSON:
		return writeJSON(e.stdout, export.NewRecord(a))
	}
	printArticle(e.stdout, a)
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func printArticle(w io.Writer, a *article.Article) {
	title := a.Title
	if title == "" {
		title = "(no title)"
	}
	fmt.Fprintf(w, "%s\n%s\n", title, strings.Repeat("=", min(len([]rune(title)), 78)))
	if a.Subtitle != "" {
		fmt.Fprintf(w, "%s\n", a.Subtitle)
	}
	fmt.Fprintf(w, "\nid         %s\nsource     %s", a.ID, a.Source)
	if a.SourceID != "" {
		fmt.Fprintf(w, " (id %s)", a.SourceID)
	}
	fmt.Fprintf(w, "\noutlet     %s (%s)\nauthor     %s\ndateline   %s\nlanguage   %s (%s)\n",
		orDash(a.Outlet), a.OutletHow, orDash(a.Author), orDash(a.Dateline), orDash(a.Lang), a.LangHow)
	pub := "unknown"
	if !a.Published.IsZero() {
		pub = a.Published.Format(time.RFC3339)
		if a.PublishedPrecision == article.PrecisionDay {
			pub = a.Published.Format("2006-01-02")
		}
	}
	fmt.Fprintf(w, "published  %s (%s", pub, a.PublishedHow)
	if a.PublishedFrom != "" {
		fmt.Fprintf(w, " from %q", a.PublishedFrom)
	}
	fmt.Fprintln(w, ")")
	if a.EventID != "" {
		fmt.Fprintf(w, "event      %s\nstory      %s\n", a.EventID, a.StoryID)
	}
	if a.DuplicateOf != "" {
		fmt.Fprintf(w, "reprint of %s\n", a.DuplicateOf)
	}
	for _, c := range a.Credits {
		fmt.Fprintf(w, "credit     %s: %s\n", c.Role, c.Name)
	}
	fmt.Fprintln(w)
	for _, p := range a.Paragraphs {
		fmt.Fprintf(w, "%s\n\n", p)
	}
	if len(a.Entities) > 0 {
		fmt.Fprintln(w, "entities:")
		for _, en := range a.Entities {
			role := ""
			if en.Role != "" {
				role = ", " + en.Role
			}
			fmt.Fprintf(w, "  %s (%s%s) ×%d  as %s\n", en.Name, en.Type, role, en.Count, strings.Join(en.Aliases, " / "))
		}
	}
	if len(a.Quotes) > 0 {
		fmt.Fprintln(w, "quotes:")
		for _, q := range a.Quotes {
			via := ""
			if q.Via != "" {
				via = " via " + q.Via
			}
			fmt.Fprintf(w, "  %s%s: %q\n", orDash(q.Speaker), via, q.Text)
		}
	}
	if len(a.Removed) > 0 {
		fmt.Fprintln(w, "removed furniture:")
		for _, r := range a.Removed {
			fmt.Fprintf(w, "  [%s] %s\n", r.Kind, r.Text)
		}
	}
}

func span(a, b time.Time) string {
	switch {
	case a.IsZero() && b.IsZero():
		return "date unknown"
	case a.Format("2006-01-02") == b.Format("2006-01-02"):
		return a.Format("2006-01-02")
	}
	return a.Format("2006-01-02") + " – " + b.Format("2006-01-02")
}

type storyView struct {
	store.Story
	Timeline []store.Event `json:"timeline"`
}

func runStories(ctx context.Context, e *env, args []string) error {
	var db string
	var asJSON bool
	var limit int
	fs := flags(e, "stories", &db)
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	fs.IntVar(&limit, "limit", 20, "how many storylines")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	return printStories(ctx, e, st, limit, asJSON)
}

func printStories(ctx context.Context, e *env, st store.Store, limit int, asJSON bool) error {
	stories, err := st.Stories(ctx, limit, 0)
	if err != nil {
		return err
	}
	views := make([]storyView, 0, len(stories))
	for _, s := range stories {
		evs, err := st.StoryEvents(ctx, s.ID)
		if err != nil {
			return err
		}
		views = append(views, storyView{s, evs})
	}
	if asJSON {
		return writeJSON(e.stdout, views)
	}
	if len(views) == 0 {
		fmt.Fprintln(e.stdout, "no storylines yet")
	}
	for _, v := range views {
		fmt.Fprintf(e.stdout, "story %s  %s  (%d events, %d articles)\n  %s\n", v.ID, span(v.Start, v.End), v.Events, v.Articles, v.Label)
		for _, ev := range v.Timeline {
			fmt.Fprintf(e.stdout, "    event %s  %-23s  %d articles  %s\n      %s\n", ev.ID, span(ev.Start, ev.End), ev.Articles, strings.Join(ev.Outlets, ", "), ev.Label)
		}
		fmt.Fprintln(e.stdout)
	}
	return nil
}

type eventView struct {
	store.Event
	ArticleList []export.Record `json:"article_list"`
}

func runStory(ctx context.Context, e *env, args []string) error {
	st, id, asJSON, err := idCommand(ctx, e, "story", args, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Story(ctx, id)
	if err != nil {
		return err
	}
	evs, err := st.StoryEvents(ctx, id)
	if err != nil {
		return err
	}
	var full []eventView
	for _, ev := range evs {
		v, err := loadEvent(ctx, st, ev)
		if err != nil {
			return err
		}
		full = append(full, v)
	}
	if asJSON {
		return writeJSON(e.stdout, struct {
			store.Story
			Timeline []eventView `json:"timeline"`
		}{s, full})
	}
	fmt.Fprintf(e.stdout, "story %s  %s  (%d events, %d articles)\n%s\n\ntimeline:\n", s.ID, span(s.Start, s.End), s.Events, s.Articles, s.Label)
	for _, ev := range evs {
		fmt.Fprintf(e.stdout, "  %-23s  %s  (%d articles, %d outlets)\n", span(ev.Start, ev.End), ev.Label, ev.Articles, len(ev.Outlets))
	}
	for _, v := range full {
		fmt.Fprintln(e.stdout)
		printEvent(e.stdout, v)
	}
	return nil
}

func loadEvent(ctx context.Context, st store.Store, ev store.Event) (eventView, error) {
	arts, err := st.EventArticles(ctx, ev.ID)
	if err != nil {
		return eventView{}, err
	}
	v := eventView{Event: ev}
	for _, a := range arts {
		v.ArticleList = append(v.ArticleList, export.NewRecord(a))
	}
	return v, nil
}

func printEvent(w io.Writer, v eventView) {
	fmt.Fprintf(w, "event %s  %s  story %s\n%s\n", v.ID, span(v.Start, v.End), v.StoryID, v.Label)
	byOutlet := map[string][]export.Record{}
	for _, r := range v.ArticleList {
		byOutlet[orDash(r.Outlet)] = append(byOutlet[orDash(r.Outlet)], r)
	}
	for _, o := range sortedKeys(byOutlet) {
		fmt.Fprintf(w, "  %s\n", o)
		for _, r := range byOutlet[o] {
			pub := r.Published
			if pub == "" {
				pub = "date unknown"
			}
			title := r.Title
			if title == "" {
				title = firstLine(r.Text, 90)
			}
			dup := ""
			if r.DuplicateOf != "" {
				dup = "  [reprint of " + r.DuplicateOf + "]"
			}
			fmt.Fprintf(w, "    %s  %s  %s%s\n", r.ID, pub, title, dup)
		}
	}
}

func firstLine(s string, n int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func runEvent(ctx context.Context, e *env, args []string) error {
	st, id, asJSON, err := idCommand(ctx, e, "event", args, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	ev, err := st.Event(ctx, id)
	if err != nil {
		return err
	}
	v, err := loadEvent(ctx, st, ev)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(e.stdout, v)
	}
	printEvent(e.stdout, v)
	return nil
}

func runUp(ctx context.Context, e *env, args []string) error {
	// up takes ingest's flags plus --addr and --no-serve.
	var addr string
	var noServe bool
	var rest []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--no-serve" || a == "-no-serve":
			noServe = true
		case (a == "--addr" || a == "-addr") && i+1 < len(args):
			addr = args[i+1]
			i++
		case strings.HasPrefix(a, "--addr="):
			addr = strings.TrimPrefix(a, "--addr=")
		default:
			rest = append(rest, a)
		}
	}
	db, err := ingest(ctx, e, "up", rest)
	if err != nil && !errors.Is(err, errReported) {
		return err
	}
	st, oerr := openExisting(ctx, db)
	if oerr != nil {
		return oerr
	}
	perr := printStories(ctx, e, st, 10, false)
	st.Close()
	if perr != nil {
		return perr
	}
	if noServe {
		return err
	}
	serveArgs := []string{"--db", db}
	if addr != "" {
		serveArgs = append(serveArgs, "--addr", addr)
	}
	return runServe(ctx, e, serveArgs)
}
