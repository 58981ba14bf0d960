package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/warta-news/warta/internal/search"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	var db, outlet, lang, entity, from, to string
	var asJSON bool
	var limit int
	fs := flags(e, "search", &db)
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	fs.IntVar(&limit, "limit", 10, "how many results")
	fs.StringVar(&outlet, "outlet", "", "only this outlet")
	fs.StringVar(&lang, "lang", "", "only this language (id, en, …)")
	fs.StringVar(&entity, "entity", "", "only articles naming this entity id")
	fs.StringVar(&from, "from", "", "published on or after (YYYY-MM-DD)")
	fs.StringVar(&to, "to", "", "published on or before (YYYY-MM-DD)")
	if err := parse(fs, args); err != nil {
		return err
	}
	q := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(q) == "" {
		return usageError{errors.New("no QUERY given")}
	}
	st, idx, err := openSearchable(ctx, e, db)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := idx.Search(ctx, search.Request{Q: q, Limit: limit, Outlet: outlet, Lang: lang, Entity: entity, From: from, To: to, NoFacets: !asJSON})
	if errors.Is(err, search.ErrEmptyQuery) {
		return usageError{err}
	}
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(e.stdout, res)
	}
	fmt.Fprintf(e.stdout, "%d found\n", res.Total)
	for _, h := range res.Hits {
		pub := h.Published
		if len(pub) >= 10 {
			pub = pub[:10]
		} else if pub == "" {
			pub = "date unknown"
		}
		title := plainSegments(h.TitleSegments)
		if title == "" {
			title = "(no title)"
		}
		fmt.Fprintf(e.stdout, "\n%s  %s  %s  score %.3g\n  %s\n  %s\n", h.ArticleID, pub, orDash(h.Outlet), h.Score, title, plainSegments(h.Snippet))
	}
	return nil
}

// plainSegments renders highlighted text for a terminal: matches in [brackets].
func plainSegments(segs []search.Segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Hit {
			b.WriteString("[" + s.Text + "]")
		} else {
			b.WriteString(strings.ReplaceAll(s.Text, "\n", " "))
		}
	}
	return b.String()
}
