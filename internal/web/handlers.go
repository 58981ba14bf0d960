package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/verify"
)

const pageSize = 20

// intParam reads a non-negative integer query parameter.
func intParam(r *http.Request, name string, def, maxV int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, errorf(http.StatusBadRequest, "%s must be a non-negative number", name)
	}
	return min(n, maxV), nil
}

type homePage struct {
	Stories  []storyItem
	Events   []store.Event
	Articles int
	Page     int
	Next     bool
}

func (homePage) Title() string { return "Storylines" }

func (s *Server) home(w http.ResponseWriter, r *http.Request) error {
	p, err := intParam(r, "page", 0, 500)
	if err != nil {
		return err
	}
	ctx := r.Context()
	stories, err := s.storyItems(ctx, pageSize+1, p*pageSize)
	if err != nil {
		return err
	}
	evs, err := s.cfg.Store.RecentEvents(ctx, 12, 0)
	if err != nil {
		return err
	}
	n, err := s.cfg.Store.Count(ctx)
	if err != nil {
		return err
	}
	v := homePage{Stories: stories, Events: listedAll(evs), Articles: n, Page: p}
	if len(v.Stories) > pageSize {
		v.Stories, v.Next = v.Stories[:pageSize], true
	}
	return render(w, "home", v)
}

type storyPage struct {
	Story    store.Story
	Flags    int
	Events   []store.Event
	Timeline timeline
}

func (p storyPage) Title() string { return p.Story.Label }

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	st, err := s.cfg.Store.Story(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	evs, err := s.cfg.Store.StoryEvents(ctx, st.ID)
	if err != nil {
		return err
	}
	return render(w, "story", storyPage{Story: st, Flags: flagSum(evs), Events: listedAll(evs), Timeline: buildTimeline(evs)})
}

type eventPage struct{ *eventView }

func (p eventPage) Title() string { return p.Event.Label }

func (s *Server) eventPage(w http.ResponseWriter, r *http.Request) error {
	return s.cachedEvent(w, r, "page", func(v *eventView) (string, []byte, error) {
		pv := *v
		pv.Verify = v.Verify.page(0, eventPageGroups)
		b, err := renderBytes("event", eventPage{&pv})
		return htmlType, b, err
	})
}

// claimsPage is one page of an event's claims table.
type claimsPage struct {
	*eventView
	Prev, Next string
}

func (p claimsPage) Title() string { return "Claims: " + p.Event.Label }

// claimsPage serves /events/{id}/claims?offset=N: the claims of
// claimsPageGroups articles from the Nth on.
func (s *Server) claimsPage(w http.ResponseWriter, r *http.Request) error {
	off, err := intParam(r, "offset", 0, 1<<20)
	if err != nil {
		return err
	}
	return s.cachedEvent(w, r, "claims?offset="+strconv.Itoa(off), func(v *eventView) (string, []byte, error) {
		pv := *v
		pv.Verify = v.Verify.page(off, claimsPageGroups)
		p := claimsPage{eventView: &pv}
		base := "/events/" + url.PathEscape(v.Event.ID) + "/claims?offset="
		if off > 0 {
			p.Prev = base + strconv.Itoa(max(0, off-claimsPageGroups))
		}
		if pv.Verify != nil && pv.Verify.GroupsMore > 0 {
			p.Next = base + strconv.Itoa(pv.Verify.GroupsFrom+len(pv.Verify.Groups))
		}
		b, err := renderBytes("claims", p)
		return htmlType, b, err
	})
}

// cachedEvent answers an event request from the page cache, rendering the
// event (with encode) when it is not cached; when its summary or story
// changed since it was cached, the cached page answers while the new one
// renders in the background (pageCache.getStale). kind separates the HTML
// page, the claims pages and the API body.
func (s *Server) cachedEvent(w http.ResponseWriter, r *http.Request, kind string, encode func(*eventView) (string, []byte, error)) error {
	ctx := r.Context()
	stamp, err := s.stamps.get(ctx, r.PathValue("id"), s.cfg.Store.EventStamp)
	if err != nil {
		return err
	}
	p, err := s.pages.getStale(ctx, kind+"/events/"+stamp.ID, stamp.String(), func(ctx context.Context) (string, []byte, error) {
		ev, err := s.cfg.Store.Event(ctx, stamp.ID)
		if err != nil {
			return "", nil, err
		}
		var st *store.Story
		if ev.StoryID != "" {
			if got, err := s.cfg.Store.Story(ctx, ev.StoryID); err == nil {
				st = &got
			}
		}
		v, err := s.eventViewOf(ctx, ev, st)
		if err != nil {
			return "", nil, err
		}
		return encode(v)
	})
	if err != nil {
		return err
	}
	return p.write(w, r)
}

type articlePage struct {
	A         *article.Article
	Published string
	Event     *store.Event
	Story     *store.Story
	Origin    *articleRef // the article it reprints (duplicate_of)
	// Text is the title, subtitle and paragraphs with flagged sentences
	// located; Source is the independent origin verification assigned.
	Text   articleFlags
	Source *originInfo
}

// maxRefs bounds the other articles an article page names (compared
// articles, articles sharing its origin).
const maxRefs = 50

func (p articlePage) Title() string { return p.A.Title }

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	a, err := s.cfg.Store.Article(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	if a.ID != r.PathValue("id") { // a prefix: send to the stable URL
		http.Redirect(w, r, "/articles/"+url.PathEscape(a.ID), http.StatusFound)
		return nil
	}
	p := articlePage{A: a, Published: published(a)}
	if a.EventID != "" {
		if ev, err := s.cfg.Store.Event(ctx, a.EventID); err == nil {
			p.Event = &ev
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	if a.StoryID != "" {
		if st, err := s.cfg.Store.Story(ctx, a.StoryID); err == nil {
			p.Story = &st
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	if a.DuplicateOf != "" {
		if o, err := s.cfg.Store.Article(ctx, a.DuplicateOf); err == nil {
			ref := refOf(o)
			p.Origin = &ref
		}
	}
	var rep *verify.Report
	if p.Event != nil && a.Origin != "" {
		if rep, err = report(*p.Event); err != nil {
			return err
		}
	}
	refs, err := s.otherRefs(ctx, a, rep)
	if err != nil {
		return err
	}
	p.Text = locateFlags(a, refs)
	p.Source = originOf(a, rep, refs)
	return render(w, "article", p)
}

// otherRefs loads the articles a's flags were compared with and those
// sharing its origin, for links with titles.
func (s *Server) otherRefs(ctx context.Context, a *article.Article, rep *verify.Report) (map[string]articleRef, error) {
	seen := map[string]bool{a.ID: true}
	var ids []string
	add := func(id string) {
		if !seen[id] && len(ids) < maxRefs {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, f := range a.Flags {
		for _, id := range f.Compared {
			add(id)
		}
	}
	if rep != nil {
		for _, o := range rep.Origins {
			if o.ID == a.Origin {
				for _, id := range o.Articles {
					add(id)
				}
			}
		}
	}
	refs := make(map[string]articleRef, len(ids))
	if len(ids) == 0 {
		return refs, nil
	}
	arts, err := s.cfg.Store.ArticlesByID(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("articles compared with %s: %w", a.ID, err)
	}
	for _, o := range arts {
		refs[o.ID] = refOf(o)
	}
	return refs, nil
}

func published(a *article.Article) string {
	if a.Published.IsZero() {
		return "unknown"
	}
	if a.PublishedPrecision == article.PrecisionDay {
		return a.Published.Format("2 January 2006")
	}
	return a.Published.Format("2 January 2006 15:04 MST")
}

func (s *Server) raw(w http.ResponseWriter, r *http.Request) error {
	a, err := s.cfg.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	_, err = w.Write(a.Raw)
	return err
}

type entitiesPage struct {
	Entities []entityRow
	Type     string
	Page     int
	Next     bool
}

type entityRow = struct {
	ID, Name, Type   string
	Articles, Quotes int
}

func (entitiesPage) Title() string { return "Entities" }

func (s *Server) entitiesPage(w http.ResponseWriter, r *http.Request) error {
	p, err := intParam(r, "page", 0, 500)
	if err != nil {
		return err
	}
	typ := r.URL.Query().Get("type")
	list, err := s.cfg.Store.Entities(r.Context(), typ, 51, p*50)
	if err != nil {
		return err
	}
	v := entitiesPage{Type: typ, Page: p}
	for _, e := range list {
		v.Entities = append(v.Entities, entityRow{e.ID, e.Name, e.Type, e.Articles, e.Quotes})
	}
	if len(v.Entities) > 50 {
		v.Entities, v.Next = v.Entities[:50], true
	}
	return render(w, "entities", v)
}

type entityPage struct{ *entityView }

func (p entityPage) Title() string { return p.Entity.Name }

func (s *Server) entityPage(w http.ResponseWriter, r *http.Request) error {
	v, err := s.entityView(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	return render(w, "entity", entityPage{v})
}

// searchRequest reads a search from the query string.
func searchRequest(r *http.Request) (search.Request, error) {
	q := r.URL.Query()
	req := search.Request{Q: q.Get("q"), Outlet: q.Get("outlet"), Lang: q.Get("lang"), Entity: q.Get("entity"),
		From: q.Get("from"), To: q.Get("to")}
	var err error
	if req.Limit, err = intParam(r, "limit", pageSize, search.MaxLimit); err != nil {
		return req, err
	}
	if req.Offset, err = intParam(r, "offset", 0, search.MaxOffset); err != nil {
		return req, err
	}
	for _, d := range []string{req.From, req.To} {
		if d != "" && !validDate(d) {
			return req, errorf(http.StatusBadRequest, "dates are YYYY, YYYY-MM or YYYY-MM-DD, not %q", d)
		}
	}
	return req, nil
}

func validDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i, c := range s {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

type searchPage struct {
	Req     search.Request
	Res     *search.Result
	Message string
	Filters []activeFilter
	Facets  []facetBlock
	Prev    string
	Next    string
}

func (p searchPage) Title() string {
	if p.Req.Q == "" {
		return "Search"
	}
	return "Search: " + p.Req.Q
}

type activeFilter struct{ Name, Value, Remove string }

type facetBlock struct {
	Name   string
	Values []facetLink
}

type facetLink struct {
	Label  string
	Count  int
	URL    string
	Active bool
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) error {
	req, err := searchRequest(r)
	if err != nil {
		return err
	}
	p := searchPage{Req: req}
	if strings.TrimSpace(req.Q) == "" {
		return render(w, "search", p)
	}
	res, err := s.cfg.Search.Search(r.Context(), req)
	if errors.Is(err, search.ErrEmptyQuery) {
		p.Message = err.Error()
		return render(w, "search", p)
	}
	if err != nil {
		return err
	}
	// Results come from the search cache while the index is unchanged:
	// the page rendered from one result is kept as long as that result.
	pg, err := s.pages.get("page/search?"+r.URL.RawQuery, resultVersion(res), func() (string, []byte, error) {
		b, err := renderBytes("search", searchPageOf(r, req, res))
		return htmlType, b, err
	})
	if err != nil {
		return err
	}
	return pg.write(w, r)
}

// resultVersion identifies one computed search result: the search index
// returns the same *Result while it serves it from its cache.
func resultVersion(res *search.Result) string {
	return fmt.Sprintf("%p|%d|%d", res, res.Total, len(res.Hits))
}

// searchPageOf builds the page of res: hits, facet links and paging.
func searchPageOf(r *http.Request, req search.Request, res *search.Result) searchPage {
	p := searchPage{Req: req, Res: res}
	base := r.URL.Query()
	base.Del("offset")
	with := func(k, v string) string {
		q := cloneValues(base)
		if v == "" {
			q.Del(k)
		} else {
			q.Set(k, v)
		}
		return "/search?" + q.Encode()
	}
	for _, f := range []struct{ k, v string }{{"outlet", req.Outlet}, {"lang", req.Lang}, {"entity", req.Entity}, {"from", req.From}, {"to", req.To}} {
		if f.v != "" {
			p.Filters = append(p.Filters, activeFilter{f.k, f.v, with(f.k, "")})
		}
	}
	block := func(name, key, cur string, vals []search.FacetValue) {
		if len(vals) == 0 {
			return
		}
		b := facetBlock{Name: name}
		for _, v := range vals {
			l := facetLink{Label: v.Label, Count: v.Count, Active: v.Value == cur}
			switch {
			case l.Active:
				l.URL = with(key, "")
			case key == "month":
				q := cloneValues(base)
				q.Set("from", v.Value)
				q.Set("to", v.Value)
				l.URL = "/search?" + q.Encode()
				l.Active = req.From == v.Value && req.To == v.Value
			default:
				l.URL = with(key, v.Value)
			}
			b.Values = append(b.Values, l)
		}
		p.Facets = append(p.Facets, b)
	}
	block("Outlet", "outlet", req.Outlet, res.Facets.Outlet)
	block("Month", "month", "", res.Facets.Month)
	block("Language", "lang", req.Lang, res.Facets.Lang)
	block("Entity", "entity", req.Entity, res.Facets.Entity)
	if req.Offset > 0 {
		q := cloneValues(r.URL.Query())
		q.Set("offset", strconv.Itoa(max(0, req.Offset-req.Limit)))
		p.Prev = "/search?" + q.Encode()
	}
	if req.Offset+req.Limit < min(res.Total, search.MaxOffset) {
		q := cloneValues(r.URL.Query())
		q.Set("offset", strconv.Itoa(req.Offset+req.Limit))
		p.Next = "/search?" + q.Encode()
	}
	return p
}

func cloneValues(v url.Values) url.Values {
	out := make(url.Values, len(v))
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}
