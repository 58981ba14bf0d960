package web

import (
	"context"
	"sort"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/sqlite"
	"github.com/warta-news/warta/internal/verify"
)

// storyItem is a storyline on the home page and in /api/stories.
type storyItem struct {
	store.Story
	Outlets  []string      `json:"outlets"`
	Flags    int           `json:"flags"` // over the storyline's events
	Timeline []store.Event `json:"timeline"`
}

func (s *Server) storyItems(ctx context.Context, limit, offset int) ([]storyItem, error) {
	stories, err := s.cfg.Store.Stories(ctx, limit, offset)
	if err != nil {
		return nil, err
	}
	out := make([]storyItem, 0, len(stories))
	for _, st := range stories {
		evs, err := s.cfg.Store.StoryEvents(ctx, st.ID)
		if err != nil {
			return nil, err
		}
		it := storyItem{Story: st, Timeline: listedAll(evs), Outlets: []string{}, Flags: flagSum(evs)}
		seen := map[string]bool{}
		for _, e := range evs {
			for _, o := range e.Outlets {
				if !seen[o] {
					seen[o] = true
					it.Outlets = append(it.Outlets, o)
				}
			}
		}
		sort.Strings(it.Outlets)
		out = append(out, it)
	}
	return out, nil
}

// articleRef is an article in lists.
type articleRef struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Outlet      string `json:"outlet"`
	Published   string `json:"published"`
	PubHow      string `json:"published_how"`
	Lang        string `json:"lang"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

func refOf(a *article.Article) articleRef {
	title := a.Title
	if title == "" && len(a.Paragraphs) > 0 {
		title = a.Paragraphs[0]
		if r := []rune(title); len(r) > 120 {
			title = string(r[:119]) + "…"
		}
	}
	return articleRef{ID: a.ID, Title: title, Outlet: a.Outlet, Published: a.PublishedString(), PubHow: a.PublishedHow, Lang: a.Lang, DuplicateOf: a.DuplicateOf}
}

type outletGroup struct {
	Outlet   string       `json:"outlet"`
	Articles []articleRef `json:"articles"`
}

// originGroup is an original article and the reprints that trace back to it.
type originGroup struct {
	Origin   articleRef   `json:"origin"`
	InEvent  bool         `json:"in_event"` // false when the origin belongs to another event
	Reprints []articleRef `json:"reprints"`
}

// mergedEntity is an entity aggregated over an event's articles.
type mergedEntity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Articles int      `json:"articles"`
	Mentions int      `json:"mentions"`
	Aliases  []string `json:"aliases"`
}

type quoteRef struct {
	article.Quote
	Article articleRef `json:"article"`
}

type speakerQuotes struct {
	SpeakerID string     `json:"speaker_id"`
	Speaker   string     `json:"speaker"`
	Quotes    []quoteRef `json:"quotes"`
}

// maxEventArticles bounds the work of one event page; the page says when
// an event has more.
const maxEventArticles = 100

type eventView struct {
	Event    store.Event     `json:"event"`          // without its claims: see Origins and Claims
	Total    int             `json:"total_articles"` // Articles holds the first maxEventArticles
	Story    *store.Story    `json:"story,omitempty"`
	Articles []articleRef    `json:"articles"`
	ByOutlet []outletGroup   `json:"by_outlet"`
	ByOrigin []originGroup   `json:"by_origin"`
	Entities []mergedEntity  `json:"entities"`
	Speakers []speakerQuotes `json:"quotes_by_speaker"`
	// Origins and Claims are the event's verification (verify.Report),
	// Flags the flags raised on its articles; absent until verified.
	Origins []verify.Origin   `json:"origins,omitempty"`
	Claims  []verify.ClaimRow `json:"claims,omitempty"`
	Flags   []flagRef         `json:"flags,omitempty"`
	// Verify is the same, resolved for the page.
	Verify *eventVerification `json:"-"`
}

// eventViewOf builds the view of event ev of story st (nil when unknown).
func (s *Server) eventViewOf(ctx context.Context, ev store.Event, st *store.Story) (*eventView, error) {
	arts, total, err := s.cfg.Store.EventDocs(ctx, ev.ID, maxEventArticles)
	if err != nil {
		return nil, err
	}
	rep, err := report(ev)
	if err != nil {
		return nil, err
	}
	v := &eventView{Event: listed(ev), Articles: []articleRef{}, Total: total, Story: st}
	byID := make(map[string]*article.Article, len(arts))
	outlets := map[string]*outletGroup{}
	for _, a := range arts {
		byID[a.ID] = a
		r := refOf(a)
		v.Articles = append(v.Articles, r)
		o := a.Outlet
		if o == "" {
			o = "outlet unknown"
		}
		g := outlets[o]
		if g == nil {
			g = &outletGroup{Outlet: o}
			outlets[o] = g
		}
		g.Articles = append(g.Articles, r)
	}
	for _, g := range outlets {
		v.ByOutlet = append(v.ByOutlet, *g)
	}
	sort.Slice(v.ByOutlet, func(i, j int) bool {
		if len(v.ByOutlet[i].Articles) != len(v.ByOutlet[j].Articles) {
			return len(v.ByOutlet[i].Articles) > len(v.ByOutlet[j].Articles)
		}
		return v.ByOutlet[i].Outlet < v.ByOutlet[j].Outlet
	})
	v.ByOrigin, err = s.origins(ctx, arts, byID)
	if err != nil {
		return nil, err
	}
	v.Entities = mergeEntities(arts)
	v.Speakers = quotesBySpeaker(arts)
	refs := make(map[string]articleRef, len(arts))
	for _, a := range arts {
		refs[a.ID] = refOf(a)
		for _, f := range a.Flags {
			v.Flags = append(v.Flags, flagRef{Article: a.ID, Flag: f})
		}
	}
	if rep != nil {
		v.Origins, v.Claims = rep.Origins, rep.Claims
	}
	v.Verify = buildVerification(rep, arts, refs)
	return v, nil
}

// origins groups articles by the root of their duplicate_of chain.
func (s *Server) origins(ctx context.Context, arts []*article.Article, byID map[string]*article.Article) ([]originGroup, error) {
	// Roots outside the event are loaded so the chain can be followed.
	var outside []string
	for _, a := range arts {
		if a.DuplicateOf != "" && byID[a.DuplicateOf] == nil {
			outside = append(outside, a.DuplicateOf)
		}
	}
	all := byID
	if len(outside) > 0 {
		more, err := s.cfg.Store.ArticlesByID(ctx, outside)
		if err != nil {
			return nil, err
		}
		all = make(map[string]*article.Article, len(byID)+len(more))
		for k, v := range byID {
			all[k] = v
		}
		for _, a := range more {
			all[a.ID] = a
		}
	}
	root := func(a *article.Article) *article.Article {
		for range 32 { // chains are short; the bound guards against cycles
			p := all[a.DuplicateOf]
			if a.DuplicateOf == "" || p == nil {
				return a
			}
			a = p
		}
		return a
	}
	groups := map[string]*originGroup{}
	var order []string
	for _, a := range arts {
		r := root(a)
		g := groups[r.ID]
		if g == nil {
			g = &originGroup{Origin: refOf(r), InEvent: byID[r.ID] != nil, Reprints: []articleRef{}}
			groups[r.ID] = g
			order = append(order, r.ID)
		}
		if r.ID != a.ID {
			g.Reprints = append(g.Reprints, refOf(a))
		}
	}
	out := make([]originGroup, 0, len(order))
	for _, id := range order {
		out = append(out, *groups[id])
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Reprints) > len(out[j].Reprints) })
	return out, nil
}

func mergeEntities(arts []*article.Article) []mergedEntity {
	byID := map[string]*mergedEntity{}
	aliases := map[string]map[string]bool{}
	for _, a := range arts {
		for _, e := range a.Entities {
			id := e.ID
			if id == "" {
				id = e.Type + ":" + e.Name
			}
			m := byID[id]
			if m == nil {
				m = &mergedEntity{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: []string{}}
				byID[id] = m
				aliases[id] = map[string]bool{}
			}
			m.Articles++
			m.Mentions += e.Count
			for _, al := range e.Aliases {
				if al != m.Name && !aliases[id][al] {
					aliases[id][al] = true
					m.Aliases = append(m.Aliases, al)
				}
			}
		}
	}
	out := make([]mergedEntity, 0, len(byID))
	for _, m := range byID {
		sort.Strings(m.Aliases)
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func quotesBySpeaker(arts []*article.Article) []speakerQuotes {
	byKey := map[string]*speakerQuotes{}
	var order []string
	for _, a := range arts {
		for _, q := range a.Quotes {
			key := q.SpeakerID
			if key == "" {
				key = "name:" + q.Speaker
			}
			g := byKey[key]
			if g == nil {
				name := q.Speaker
				if name == "" {
					name = "speaker unknown"
				}
				g = &speakerQuotes{SpeakerID: q.SpeakerID, Speaker: name}
				byKey[key] = g
				order = append(order, key)
			}
			g.Quotes = append(g.Quotes, quoteRef{Quote: q, Article: refOf(a)})
		}
	}
	out := make([]speakerQuotes, 0, len(order))
	for _, k := range order {
		out = append(out, *byKey[k])
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Quotes) > len(out[j].Quotes) })
	return out
}

// entityView is an entity with its events, articles and quotes over time.
type entityView struct {
	Entity   sqlite.EntitySummary   `json:"entity"`
	Events   []entityEventRef       `json:"events"`
	Articles []sqlite.EntityArticle `json:"articles"`
	Quotes   []quoteRef             `json:"quotes"`
}

type entityEventRef struct {
	sqlite.EntityEvent
	Label string    `json:"label"`
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	Total int       `json:"event_articles"`
}

func (s *Server) entityView(ctx context.Context, id string) (*entityView, error) {
	e, err := s.cfg.Store.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &entityView{Entity: e, Events: []entityEventRef{}, Quotes: []quoteRef{}}
	evs, err := s.cfg.Store.EntityEvents(ctx, id, 50)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(evs))
	for i, ev := range evs {
		ids[i] = ev.EventID
	}
	sums, err := s.cfg.Store.EventsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, ev := range evs {
		sum := sums[ev.EventID]
		v.Events = append(v.Events, entityEventRef{EntityEvent: ev, Label: sum.Label, Start: sum.Start, End: sum.End, Total: sum.Articles})
	}
	if v.Articles, err = s.cfg.Store.EntityArticles(ctx, id, false, 100); err != nil {
		return nil, err
	}
	quoted, err := s.cfg.Store.EntityArticles(ctx, id, true, 50)
	if err != nil {
		return nil, err
	}
	qids := make([]string, len(quoted))
	for i, q := range quoted {
		qids[i] = q.ArticleID
	}
	arts, err := s.cfg.Store.ArticlesByID(ctx, qids)
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		for _, q := range a.Quotes {
			if q.SpeakerID == id {
				v.Quotes = append(v.Quotes, quoteRef{Quote: q, Article: refOf(a)})
			}
		}
	}
	// Over time: oldest first.
	sort.SliceStable(v.Quotes, func(i, j int) bool { return v.Quotes[i].Article.Published < v.Quotes[j].Article.Published })
	return v, nil
}
