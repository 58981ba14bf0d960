package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/when"
)

// Page is one new feed item with its fetched page, ready to ingest.
type Page struct {
	ID        string `json:"id"`  // the item's key: guid, else link
	URL       string `json:"url"` // the page URL after redirects
	Title     string `json:"title"`
	HTML      string `json:"html"` // the page, UTF-8 (or the item's content when there is no page)
	Outlet    string `json:"outlet,omitempty"`
	Author    string `json:"author,omitempty"`
	Published string `json:"published,omitempty"` // RFC 3339, re-parsed from the item
	Lang      string `json:"lang,omitempty"`
	Feed      string `json:"-"`
}

// Ingester stores pages; an error means none may be counted as stored.
type Ingester func(ctx context.Context, pages []Page) error

// Watcher polls a list of feeds. Set the fields, then call Poll or Run.
type Watcher struct {
	Feeds   []Source
	State   store.FeedStore
	Fetcher *Fetcher
	Ingest  Ingester
	Log     *slog.Logger
	// Parallel is how many feeds are polled at once (0: 4); politeness
	// per host still holds across them.
	Parallel int
	// MaxItems caps the new items taken from one feed in one poll (0: 200);
	// the rest come on the next polls.
	MaxItems int
	// Now is the clock (nil: time.Now).
	Now func() time.Time
}

// PollStats sums up one poll.
type PollStats struct {
	Feeds       int // feeds polled
	Failed      int // feeds that could not be fetched or parsed
	NotModified int // feeds answering 304
	Items       int // new items found
	Pages       int // pages handed to the ingester
	PageErrors  int // item pages that could not be fetched
}

func (s PollStats) String() string {
	return fmt.Sprintf("%d feeds (%d failed, %d not modified), %d new items, %d pages ingested, %d page errors",
		s.Feeds, s.Failed, s.NotModified, s.Items, s.Pages, s.PageErrors)
}

// ErrFeedsFailed is returned (wrapped) by Poll when some feeds failed.
var ErrFeedsFailed = errors.New("some feeds failed")

func (w *Watcher) now() time.Time {
	if w.Now != nil {
		return w.Now()
	}
	return time.Now()
}

func (w *Watcher) log() *slog.Logger {
	if w.Log != nil {
		return w.Log
	}
	return slog.Default()
}

// polled is the outcome of polling one feed.
type polled struct {
	state    store.FeedState
	pages    []Page
	newKeys  []string // items to mark seen once the pages are stored
	failed   bool
	notMod   bool
	items    int
	pageErrs int
}

// Poll fetches every feed once, ingests the new items' pages in one call
// to Ingest, then saves each feed's state. It returns an error wrapping
// ErrFeedsFailed when some feeds failed (their state records why), or the
// ingester's or store's error.
func (w *Watcher) Poll(ctx context.Context) (PollStats, error) {
	par := w.Parallel
	if par <= 0 {
		par = 4
	}
	results := make([]polled, len(w.Feeds))
	sem := make(chan struct{}, par)
	var wg sync.WaitGroup
	for i, src := range w.Feeds {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			results[i] = w.pollFeed(ctx, src)
		}()
	}
	wg.Wait()
	var stats PollStats
	var pages []Page
	for _, r := range results {
		stats.Feeds++
		stats.Items += r.items
		stats.PageErrors += r.pageErrs
		if r.failed {
			stats.Failed++
		}
		if r.notMod {
			stats.NotModified++
		}
		pages = append(pages, r.pages...)
	}
	if err := ctx.Err(); err != nil {
		return stats, err
	}
	var ingestErr error
	if len(pages) > 0 {
		ingestErr = w.Ingest(ctx, pages)
		if ingestErr == nil {
			stats.Pages = len(pages)
		}
	}
	var errs []error
	for _, r := range results {
		st, keys := r.state, r.newKeys
		if ingestErr != nil && len(r.pages) > 0 {
			// Nothing of this feed was stored: keep its items unseen and
			// its validators old, so the next poll fetches them again.
			old, err := w.State.FeedState(ctx, st.URL)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			st.ETag, st.LastModified, st.ItemsSeen, keys = old.ETag, old.LastModified, old.ItemsSeen, nil
			st.LastError, st.LastErrorAt = "ingest: "+ingestErr.Error(), w.now()
		}
		if err := w.State.SaveFeedState(context.WithoutCancel(ctx), st, keys); err != nil {
			errs = append(errs, err)
		}
	}
	if ingestErr != nil {
		errs = append(errs, fmt.Errorf("ingest feed items: %w", ingestErr))
	}
	if stats.Failed > 0 {
		errs = append(errs, fmt.Errorf("%w: %d of %d", ErrFeedsFailed, stats.Failed, stats.Feeds))
	}
	return stats, errors.Join(errs...)
}

// Run polls every interval until ctx ends; failures are logged, recorded
// in the feed state and retried on the next poll.
func (w *Watcher) Run(ctx context.Context, interval time.Duration) error {
	for {
		start := time.Now()
		stats, err := w.Poll(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			w.log().Warn("poll", "stats", stats.String(), "err", err)
		} else {
			w.log().Info("poll", "stats", stats.String(), "took", time.Since(start).Round(time.Millisecond))
		}
		t := time.NewTimer(max(interval-time.Since(start), 0))
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (w *Watcher) pollFeed(ctx context.Context, src Source) polled {
	now := w.now()
	st, err := w.State.FeedState(ctx, src.URL)
	if err != nil {
		st = store.FeedState{URL: src.URL}
		return w.fail(polled{state: st}, now, err)
	}
	st.Outlet, st.LastPoll = src.Outlet, now
	r := polled{state: st}
	resp, err := w.Fetcher.Get(ctx, src.URL, st.ETag, st.LastModified)
	if err != nil {
		return w.fail(r, now, err)
	}
	if resp.Status == 304 {
		r.notMod = true
		return w.succeed(r, now)
	}
	fd, err := gofeed.NewParser().Parse(bytes.NewReader(feedUTF8(resp.Body, resp.ContentType)))
	if err != nil {
		return w.fail(r, now, fmt.Errorf("parse feed %s: %w", src.URL, err))
	}
	r.state.ETag, r.state.LastModified = resp.ETag, resp.LastModified
	base, _ := url.Parse(resp.URL)

	// Items in publication order: feeds list the newest first.
	items := slices.Clone(fd.Items)
	slices.Reverse(items)
	keys := make([]string, 0, len(items))
	byKey := map[string]*gofeed.Item{}
	for _, it := range items {
		k := itemKey(it, base)
		if k == "" || byKey[k] != nil {
			continue
		}
		byKey[k] = it
		keys = append(keys, k)
	}
	seen, err := w.State.SeenItems(ctx, src.URL, keys)
	if err != nil {
		return w.fail(r, now, err)
	}
	limit := w.MaxItems
	if limit <= 0 {
		limit = 200
	}
	var pageErrs []string
	for _, k := range keys {
		if seen[k] {
			continue
		}
		if r.items >= limit {
			break
		}
		r.items++
		p, markSeen, err := w.page(ctx, src, fd, byKey[k], k, base)
		if err != nil {
			r.pageErrs++
			pageErrs = append(pageErrs, err.Error())
			w.log().Warn("feed item", "feed", src.URL, "item", k, "err", err)
		}
		if p != nil {
			r.pages = append(r.pages, *p)
		}
		if markSeen {
			r.newKeys = append(r.newKeys, k)
		}
	}
	r.state.ItemsSeen += len(r.pages)
	r = w.succeed(r, now)
	if len(pageErrs) > 0 {
		r.state.LastError = fmt.Sprintf("%d item pages failed; first: %s", len(pageErrs), pageErrs[0])
		r.state.LastErrorAt = now
	}
	return r
}

func (w *Watcher) fail(r polled, now time.Time, err error) polled {
	r.failed = true
	r.state.LastError, r.state.LastErrorAt = err.Error(), now
	r.state.Failures++
	w.log().Warn("feed", "url", r.state.URL, "failures", r.state.Failures, "err", err)
	return r
}

func (w *Watcher) succeed(r polled, now time.Time) polled {
	r.state.LastSuccess, r.state.LastError, r.state.LastErrorAt, r.state.Failures = now, "", time.Time{}, 0
	return r
}

// itemKey identifies an item across polls: its guid, else its link
// (absolute), else its title and date.
func itemKey(it *gofeed.Item, base *url.URL) string {
	if g := strings.TrimSpace(it.GUID); g != "" {
		return g
	}
	if l := absLink(it.Link, base); l != "" {
		return l
	}
	if it.Title != "" {
		return "title:" + strings.TrimSpace(it.Title) + "|" + strings.TrimSpace(it.Published)
	}
	return ""
}

func absLink(link string, base *url.URL) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// page fetches an item's page. markSeen is false when a later poll may
// do better (a transient failure); the item's own content stands in for
// a page that cannot be had.
func (w *Watcher) page(ctx context.Context, src Source, fd *gofeed.Feed, it *gofeed.Item, key string, base *url.URL) (p *Page, markSeen bool, err error) {
	p = &Page{ID: key, Title: strings.TrimSpace(it.Title), Outlet: src.Outlet, Author: author(it),
		Published: published(it), Lang: lang(fd.Language), Feed: src.URL}
	content := it.Content
	if content == "" {
		content = it.Description
	}
	link := absLink(it.Link, base)
	if link == "" {
		if strings.TrimSpace(content) == "" {
			return nil, true, fmt.Errorf("item %s has neither link nor content", key)
		}
		p.URL, p.HTML = src.URL, content
		return p, true, nil
	}
	p.URL = link
	resp, err := w.Fetcher.Get(ctx, link, "", "")
	if err == nil && resp.Status == 200 && !isHTML(resp.ContentType, resp.Body) {
		err = fmt.Errorf("%s: not an HTML page (%s)", link, resp.ContentType)
		resp = nil
	}
	if err != nil || resp == nil || resp.Status != 200 {
		if err == nil {
			err = fmt.Errorf("%s: unexpected HTTP %d", link, resp.Status)
		}
		var he *HTTPError
		permanent := errors.As(err, &he) && he.Permanent() || errors.Is(err, ErrTooLarge) || strings.Contains(err.Error(), "not an HTML page")
		if strings.TrimSpace(content) != "" {
			p.HTML = content
			return p, true, err
		}
		return nil, permanent, err
	}
	p.URL = resp.URL
	p.HTML = string(pageUTF8(resp.Body, resp.ContentType))
	return p, true, nil
}

func isHTML(contentType string, body []byte) bool {
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "html") {
		return true
	}
	if ct != "" && !strings.HasPrefix(ct, "text/plain") && !strings.Contains(ct, "octet-stream") {
		return false
	}
	head := bytes.ToLower(body[:min(len(body), 512)])
	return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html")) || bytes.Contains(head, []byte("<body"))
}

func author(it *gofeed.Item) string {
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			return strings.TrimSpace(a.Name)
		}
	}
	if it.Author != nil && strings.TrimSpace(it.Author.Name) != "" {
		return strings.TrimSpace(it.Author.Name)
	}
	if it.DublinCoreExt != nil && len(it.DublinCoreExt.Creator) > 0 {
		return strings.TrimSpace(it.DublinCoreExt.Creator[0])
	}
	return ""
}

// published re-parses the item's date with warta's own parser (gofeed
// reads "WIB" as UTC and misses Indonesian names); gofeed's parse is the
// fallback. RFC 3339, or "" when there is no usable date.
func published(it *gofeed.Item) string {
	for _, s := range []string{it.Published, it.Updated} {
		if t, _, ok := when.ParseExplicit(strings.TrimSpace(s), time.UTC); ok {
			return t.Format(time.RFC3339)
		}
	}
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() {
			return t.Format(time.RFC3339)
		}
	}
	return ""
}

// lang turns a feed language ("id-ID", "en-us") into a two-letter code.
func lang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 {
		return ""
	}
	return s
}
