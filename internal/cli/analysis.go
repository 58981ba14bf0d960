package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/entity"
	"github.com/warta-news/warta/internal/pipeline"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/verify"
)

// openIndexed opens a store with its entity index up to date.
func openIndexed(ctx context.Context, e *env, db string) (searchable, error) {
	st, _, err := openSearchable(ctx, e, db)
	return st, err
}

type entityView struct {
	store.EntitySummary
	Aliases []string `json:"aliases"`
}

// aliases collects the surface forms of entity id in up to n of its articles.
func aliases(ctx context.Context, st searchable, id string, n int) ([]string, error) {
	arts, err := st.EntityArticles(ctx, id, false, n)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ArticleID
	}
	docs, err := st.ArticlesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, d := range docs {
		for _, en := range d.Entities {
			if en.ID != id {
				continue
			}
			for _, al := range en.Aliases {
				if !seen[al] {
					seen[al] = true
					out = append(out, al)
				}
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

func runEntities(ctx context.Context, e *env, args []string) error {
	var db, typ string
	var asJSON bool
	var limit int
	fs := flags(e, "entities", &db)
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	fs.IntVar(&limit, "limit", 30, "how many entities")
	fs.StringVar(&typ, "type", "", "only person, place or org")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := openIndexed(ctx, e, db)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.Entities(ctx, typ, limit, 0)
	if err != nil {
		return err
	}
	views := make([]entityView, 0, len(list))
	for _, en := range list {
		al, err := aliases(ctx, st, en.ID, 50)
		if err != nil {
			return err
		}
		views = append(views, entityView{en, al})
	}
	if asJSON {
		return writeJSON(e.stdout, views)
	}
	for _, v := range views {
		fmt.Fprintf(e.stdout, "%-34s %-6s %4d articles %4d quotes  %s\n", v.Name, v.Type, v.Articles, v.Quotes, strings.Join(v.Aliases, " / "))
	}
	return nil
}

// resolveEntity finds the entity a user means by NAME: an id, a name or an alias.
func resolveEntity(ctx context.Context, st searchable, name string) (store.EntitySummary, error) {
	if en, err := st.Entity(ctx, name); err == nil {
		return en, nil
	}
	id, _, _ := entity.Canonical(name)
	if id != "" {
		if en, err := st.Entity(ctx, id); err == nil {
			return en, nil
		}
	}
	// Fall back to a name match among the best-known entities.
	list, err := st.Entities(ctx, "", 5000, 0)
	if err != nil {
		return store.EntitySummary{}, err
	}
	for _, en := range list {
		if strings.EqualFold(en.Name, name) {
			return en, nil
		}
	}
	return store.EntitySummary{}, fmt.Errorf("entity %q: %w", name, store.ErrNotFound)
}

func runEntity(ctx context.Context, e *env, args []string) error {
	var db string
	var asJSON bool
	fs := flags(e, "entity", &db)
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{errors.New("want an entity NAME or id")}
	}
	st, err := openIndexed(ctx, e, db)
	if err != nil {
		return err
	}
	defer st.Close()
	en, err := resolveEntity(ctx, st, strings.Join(fs.Args(), " "))
	if err != nil {
		return err
	}
	al, err := aliases(ctx, st, en.ID, 200)
	if err != nil {
		return err
	}
	arts, err := st.EntityArticles(ctx, en.ID, false, 200)
	if err != nil {
		return err
	}
	evs, err := st.EntityEvents(ctx, en.ID, 100)
	if err != nil {
		return err
	}
	quotes, err := speakerQuotes(ctx, st, en.ID)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(e.stdout, map[string]any{"entity": entityView{en, al}, "articles": arts, "events": evs, "quotes": quotes})
	}
	fmt.Fprintf(e.stdout, "%s (%s, %s)\naliases: %s\n\nevents:\n", en.Name, en.Type, en.ID, strings.Join(al, " / "))
	for _, ev := range evs {
		fmt.Fprintf(e.stdout, "  %s  %d articles  last %s\n", ev.EventID, ev.Articles, orDash(ev.Last))
	}
	fmt.Fprintln(e.stdout, "\narticles:")
	for _, a := range arts {
		fmt.Fprintf(e.stdout, "  %s  %-25s  %-16s  %s\n", a.ArticleID, orDash(a.Published), orDash(a.Outlet), orDash(a.Title))
	}
	fmt.Fprintln(e.stdout, "\nquotes:")
	printQuotes(e.stdout, quotes)
	return nil
}

// quoteRow is one quote with where it was found.
type quoteRow struct {
	Article   string `json:"article"`
	Event     string `json:"event"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	article.Quote
}

func quotesOf(a *article.Article, speakerID string) []quoteRow {
	var out []quoteRow
	for _, q := range a.Quotes {
		if speakerID != "" && q.SpeakerID != speakerID {
			continue
		}
		out = append(out, quoteRow{Article: a.ID, Event: a.EventID, Outlet: a.Outlet, Published: a.PublishedString(), Quote: q})
	}
	return out
}

func speakerQuotes(ctx context.Context, st searchable, id string) ([]quoteRow, error) {
	arts, err := st.EntityArticles(ctx, id, true, 1000)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ArticleID
	}
	docs, err := st.ArticlesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []quoteRow
	for _, d := range docs {
		out = append(out, quotesOf(d, id)...)
	}
	sortQuotes(out)
	return out, nil
}

func sortQuotes(qs []quoteRow) {
	sort.SliceStable(qs, func(i, j int) bool {
		if qs[i].Published != qs[j].Published {
			return qs[i].Published < qs[j].Published
		}
		return qs[i].Article < qs[j].Article
	})
}

func printQuotes(w io.Writer, qs []quoteRow) {
	if len(qs) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, q := range qs {
		kind := "said"
		if q.Direct {
			kind = "quoted"
		}
		via := ""
		if q.Via != "" {
			via = " via " + q.Via
		}
		st := ""
		if q.Statement != "" {
			st = "  [" + q.Statement + "]"
		}
		role := ""
		if q.Role != "" {
			role = ", " + q.Role
		}
		fmt.Fprintf(w, "  %s%s %s%s (%s, %s %s)%s\n    %q\n", orDash(q.Speaker), role, kind, via, q.Article, orDash(q.Outlet), orDash(q.Published), st, q.Text)
	}
}

func runQuotes(ctx context.Context, e *env, args []string) error {
	var db, speaker, event string
	var asJSON bool
	fs := flags(e, "quotes", &db)
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	fs.StringVar(&speaker, "speaker", "", "only quotes of this speaker (name or entity id)")
	fs.StringVar(&event, "event", "", "only quotes in this event")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := openIndexed(ctx, e, db)
	if err != nil {
		return err
	}
	defer st.Close()
	speakerID := ""
	if speaker != "" {
		en, err := resolveEntity(ctx, st, speaker)
		if err != nil {
			return err
		}
		speakerID = en.ID
	}
	var out []quoteRow
	switch {
	case event != "":
		arts, err := st.EventArticles(ctx, event)
		if err != nil {
			return err
		}
		for _, a := range arts {
			out = append(out, quotesOf(a, speakerID)...)
		}
	case speakerID != "":
		if out, err = speakerQuotes(ctx, st, speakerID); err != nil {
			return err
		}
	default:
		err = st.EachArticle(ctx, func(a *article.Article) error {
			out = append(out, quotesOf(a, "")...)
			return nil
		})
		if err != nil {
			return err
		}
	}
	sortQuotes(out)
	if asJSON {
		if out == nil {
			out = []quoteRow{}
		}
		return writeJSON(e.stdout, out)
	}
	printQuotes(e.stdout, out)
	return nil
}

func runFlags(ctx context.Context, e *env, args []string) error {
	var db, kind string
	var asJSON bool
	fs := flags(e, "flags", &db)
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	fs.StringVar(&kind, "kind", "", "only unsupported_headline, single_source or contradiction")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch kind {
	case "", "unsupported_headline", "single_source", "contradiction":
	default:
		return usageError{fmt.Errorf("--kind %q: want unsupported_headline, single_source or contradiction", kind)}
	}
	st, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	type row struct {
		Article string `json:"article"`
		Event   string `json:"event"`
		Outlet  string `json:"outlet"`
		article.Flag
	}
	var out []row
	err = st.EachArticle(ctx, func(a *article.Article) error {
		for _, f := range a.Flags {
			if kind == "" || f.Kind == kind {
				out = append(out, row{a.ID, a.EventID, a.Outlet, f})
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if asJSON {
		if out == nil {
			out = []row{}
		}
		return writeJSON(e.stdout, out)
	}
	for _, r := range out {
		fmt.Fprintf(e.stdout, "%s  %s  %s (%s)\n  %q\n  %s\n\n", r.Kind, r.Article, orDash(r.Outlet), r.Event, r.Text, r.Reason)
	}
	fmt.Fprintf(e.stdout, "%d flags\n", len(out))
	return nil
}

func runCheck(ctx context.Context, e *env, args []string) error {
	st, id, asJSON, err := idCommand(ctx, e, "check", args, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	// An event id, or an article id (or prefix).
	if ev, err := st.Event(ctx, id); err == nil {
		rep := decodeReport(ev.Claims)
		if asJSON {
			return writeJSON(e.stdout, map[string]any{"event": ev, "report": rep})
		}
		fmt.Fprintf(e.stdout, "event %s  %s\n%s\n%d articles, %d origins, %d flags\n\norigins:\n", ev.ID, span(ev.Start, ev.End), ev.Label, ev.Articles, len(rep.Origins), ev.Flags)
		for _, o := range rep.Origins {
			fmt.Fprintf(e.stdout, "  %s (%s): %s\n", o.Name, o.Kind, strings.Join(o.Articles, ", "))
			for _, ev := range o.Evidence {
				fmt.Fprintf(e.stdout, "      %s\n", ev)
			}
		}
		fmt.Fprintln(e.stdout, "\nclaims:")
		printClaims(e.stdout, rep.Claims)
		return nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return err
	}
	a, err := st.Article(ctx, id)
	if err != nil {
		return err
	}
	var rows []verify.ClaimRow
	if a.EventID != "" {
		if ev, err := st.Event(ctx, a.EventID); err == nil {
			for _, c := range decodeReport(ev.Claims).Claims {
				if c.Article == a.ID {
					rows = append(rows, c)
				}
			}
		}
	}
	if asJSON {
		return writeJSON(e.stdout, map[string]any{"article": a.ID, "event": a.EventID, "origin": a.Origin, "verification": a.Verification, "flags": a.Flags, "claims": rows})
	}
	fmt.Fprintf(e.stdout, "article %s  (%s, event %s, origin %s)\n%s\n", a.ID, orDash(a.Outlet), orDash(a.EventID), orDash(a.Origin), pipeline.Headline(a))
	if v := a.Verification; v != nil {
		fmt.Fprintf(e.stdout, "%d claims: %d corroborated, %d single-source, %d contradicted; %d flags\n", v.Claims, v.Corroborated, v.SingleSource, v.Contradicted, v.Flags)
	} else {
		fmt.Fprintln(e.stdout, "not verified yet")
	}
	if len(a.Flags) > 0 {
		fmt.Fprintln(e.stdout, "\nflags:")
		for _, f := range a.Flags {
			fmt.Fprintf(e.stdout, "  %s: %q\n    %s\n", f.Kind, f.Text, f.Reason)
		}
	}
	fmt.Fprintln(e.stdout, "\nclaims:")
	printClaims(e.stdout, rows)
	return nil
}

func decodeReport(b json.RawMessage) verify.Report {
	var rep verify.Report
	if len(b) > 0 {
		_ = json.Unmarshal(b, &rep)
	}
	return rep
}

func printClaims(w io.Writer, rows []verify.ClaimRow) {
	if len(rows) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, c := range rows {
		fmt.Fprintf(w, "  [%s] %s (%s, %s)\n    %q\n", c.Status, c.Kind, c.Article, c.Origin, c.Text)
		for _, ag := range c.Agreeing {
			fmt.Fprintf(w, "      + %s: %q\n", ag.Origin, ag.Text)
		}
		for _, d := range c.Disagreeing {
			fmt.Fprintf(w, "      ≠ %s on %s (%s): %q\n", d.Origin, d.On, d.Detail, d.Text)
		}
		if len(c.Silent) > 0 {
			fmt.Fprintf(w, "      silent: %s\n", strings.Join(c.Silent, ", "))
		}
	}
}
