// Package searchtest builds large stores from generated articles
// (internal/synth) for search and web tests, benchmarks and load tests.
// Entities and quotes are found by the real stages (internal/entity,
// internal/quote); events and storylines are synth's gold labels, so a
// store of 100,000 articles fills in under a minute without clustering.
package searchtest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/entity"
	"github.com/warta-news/warta/internal/quote"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/synth"
)

// Options for the generated corpus: about 12 articles per event, three
// events per storyline, a third in English, a tenth reprints, two years.
func Options(n int) synth.Options {
	return synth.Options{
		Events:      max(1, n/12),
		LangMix:     0.3,
		ReprintRate: 0.1,
		StoryEvents: 3,
		Span:        730 * 24 * time.Hour,
		Start:       time.Date(2023, 1, 1, 0, 0, 0, 0, synth.WIB),
	}
}

// Convert turns a generated article into a stored one: paragraphs, the
// gold event and storyline as its event and story, entities and quotes
// found by the real stages. ids maps synth ids to article ids (for
// duplicate_of); Convert adds a's.
func Convert(a synth.Article, ids map[string]string) *article.Article {
	var paras []string
	for _, p := range strings.Split(a.Text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	out := &article.Article{
		Source: "synth:" + a.ID, SourceID: a.ID, Format: "text", Raw: []byte(a.Title + "\n\n" + a.Text),
		Title: a.Title, Outlet: a.Outlet, OutletHow: article.HowExplicit,
		Lang: a.Lang, LangHow: article.HowExplicit,
		Published: a.Published, PublishedHow: article.HowExplicit, PublishedPrecision: article.PrecisionMinute,
		PublishedFrom: a.Published.Format("2006-01-02 15:04"),
		Paragraphs:    paras, Removed: []article.Removed{}, Credits: []article.Credit{},
		EventID: a.Event, StoryID: a.Story,
	}
	out.ID = article.ContentID(out.Title, out.Paragraphs)
	if a.DuplicateOf != "" {
		out.DuplicateOf = ids[a.DuplicateOf]
	}
	ids[a.ID] = out.ID
	ms := entity.Find(out.Lang, out.Title, out.Paragraphs)
	out.Entities = entity.Summarize(ms)
	out.Quotes = quote.Find(out.Lang, out.Paragraphs, ms)
	return out
}

// Indexer is what Fill feeds after each batch (search.Index).
type Indexer interface {
	Add(ctx context.Context, arts []*article.Article) (int, error)
}

// Fill generates n articles with seed, saves them in batches of 1,000,
// indexes each batch with idx (if not nil), then saves event and storyline
// summaries. It returns the generated articles' gold labels by article id.
func Fill(ctx context.Context, st store.Store, idx Indexer, seed int64, n int) (map[string]synth.Article, error) {
	ids := map[string]string{}
	gold := make(map[string]synth.Article, n)
	type agg struct {
		ev      store.Event
		outlets map[string]bool
	}
	events := map[string]*agg{}
	var batch []*article.Article
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		b := &store.Batch{Articles: batch}
		for _, a := range batch {
			b.Sources = append(b.Sources, store.SourceRef{ArticleID: a.ID, Source: a.Source, SourceID: a.SourceID})
		}
		if err := st.Save(ctx, b); err != nil {
			return err
		}
		if idx != nil {
			if _, err := idx.Add(ctx, batch); err != nil {
				return err
			}
		}
		batch = nil
		return nil
	}
	err := synth.Each(seed, n, Options(n), func(_ int, s synth.Article) error {
		a := Convert(s, ids)
		if _, dup := gold[a.ID]; dup {
			return nil
		}
		s.Text = "" // keep the labels, not the text
		gold[a.ID] = s
		g := events[a.EventID]
		if g == nil {
			g = &agg{ev: store.Event{ID: a.EventID, StoryID: a.StoryID, Label: a.Title, LabelArticle: a.ID, Start: a.Published}, outlets: map[string]bool{}}
			events[a.EventID] = g
		}
		g.ev.Articles++
		g.ev.End = a.Published
		if !g.outlets[a.Outlet] {
			g.outlets[a.Outlet] = true
			g.ev.Outlets = append(g.ev.Outlets, a.Outlet)
		}
		batch = append(batch, a)
		if len(batch) >= 1000 {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return nil, fmt.Errorf("fill store: %w", err)
	}
	evs := make([]store.Event, 0, len(events))
	stories := map[string]*store.Story{}
	for _, g := range events {
		sort.Strings(g.ev.Outlets)
		evs = append(evs, g.ev)
		s := stories[g.ev.StoryID]
		if s == nil {
			s = &store.Story{ID: g.ev.StoryID, Start: g.ev.Start}
			stories[g.ev.StoryID] = s
		}
		s.Events++
		s.Articles += g.ev.Articles
		if g.ev.Start.Before(s.Start) {
			s.Start = g.ev.Start
		}
		if g.ev.End.After(s.End) {
			s.End = g.ev.End
		}
		if s.Label == "" || g.ev.Articles > 0 && g.ev.Start.Equal(s.Start) {
			s.Label = g.ev.Label
		}
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].ID < evs[j].ID })
	sts := make([]store.Story, 0, len(stories))
	for _, s := range stories {
		sts = append(sts, *s)
	}
	sort.Slice(sts, func(i, j int) bool { return sts[i].ID < sts[j].ID })
	if err := st.SaveEvents(ctx, evs, sts, nil); err != nil {
		return nil, fmt.Errorf("fill store: %w", err)
	}
	return gold, nil
}
