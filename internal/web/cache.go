package web

import (
	"bytes"
	"compress/gzip"
	clist "container/list"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/warta-news/warta/internal/store"
)

// pageCache keeps rendered responses (HTML pages and API bodies) of views
// whose data carries a version, such as an event (store.Event.Version is
// bumped by every save of its summary). With get a response is served
// only while the version it was rendered from is current, so it needs no
// expiry; with getStale an older version answers while the current one
// renders in the background. The cache is bounded by the bytes it holds
// and evicts the least recently used entries.
//
// Concurrent misses on one key are rendered once: the first caller renders
// and the others wait for it (a small singleflight).
type pageCache struct {
	mu       sync.Mutex
	max      int64 // bytes; 0 disables the cache
	size     int64
	lru      *clist.List // of *cachedPage, most recent first
	byKey    map[string]*clist.Element
	inflight map[string]*flight
	// hits and misses count lookups, stale the hits answered with an
	// older version (getStale), for tests and figures.
	hits, misses, stale int64
}

type cachedPage struct {
	key, version string
	ctype, etag  string
	body         []byte // gzip-compressed when gz
	gz           bool
}

// compressAbove is the size from which cached bodies are kept gzipped:
// event pages compress about 7 to 1, so the cache holds that many more,
// and most clients take the compressed bytes as they are.
const compressAbove = 2 << 10

// newCachedPage makes the cache entry of a rendered body, compressed when
// that pays.
func newCachedPage(key, version, ctype string, body []byte) *cachedPage {
	p := &cachedPage{key: key, version: version, ctype: ctype, body: body, etag: etag(key, version)}
	if len(body) < compressAbove {
		return p
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed) // a valid level: no error
	zw.Write(body)
	if zw.Close() == nil && buf.Len() < len(body)*9/10 {
		p.body, p.gz = buf.Bytes(), true
	}
	return p
}

type flight struct {
	done chan struct{}
	page *cachedPage
	err  error
}

// newPageCache returns a cache holding at most maxBytes of responses.
func newPageCache(maxBytes int64) *pageCache {
	return &pageCache{max: maxBytes, lru: clist.New(), byKey: map[string]*clist.Element{}, inflight: map[string]*flight{}}
}

// get returns the response for key rendered from version, calling render
// (at most once at a time per key) when it is missing or out of date.
func (c *pageCache) get(key, version string, render func() (ctype string, body []byte, err error)) (*cachedPage, error) {
	if c == nil || c.max <= 0 {
		ctype, body, err := render()
		if err != nil {
			return nil, err
		}
		return &cachedPage{key: key, version: version, ctype: ctype, body: body, etag: etag(key, version)}, nil
	}
	c.mu.Lock()
	if el, ok := c.byKey[key]; ok {
		p := el.Value.(*cachedPage)
		if p.version == version {
			c.lru.MoveToFront(el)
			c.hits++
			c.mu.Unlock()
			return p, nil
		}
	}
	fkey := key + "\x00" + version
	if f, ok := c.inflight[fkey]; ok {
		c.hits++ // served by another request's render
		c.mu.Unlock()
		<-f.done
		return f.page, f.err
	}
	c.misses++
	f := &flight{done: make(chan struct{})}
	c.inflight[fkey] = f
	c.mu.Unlock()
	c.fill(f, fkey, key, version, render)
	return f.page, f.err
}

// fill renders the flight f of key at version, caches the page and wakes
// the callers waiting on f.
func (c *pageCache) fill(f *flight, fkey, key, version string, render func() (string, []byte, error)) {
	ctype, body, err := render()
	if err == nil {
		f.page = newCachedPage(key, version, ctype, body)
	}
	f.err = err
	c.mu.Lock()
	delete(c.inflight, fkey)
	if err == nil {
		c.putLocked(f.page)
	}
	c.mu.Unlock()
	close(f.done)
}

// staleRenderTimeout bounds a render started in the background by getStale.
const staleRenderTimeout = 30 * time.Second

// getStale is get for pages that may lag their data by one render: when
// the cache holds key at an older version, that page answers at once and
// the current version renders in the background (once, detached from the
// request), so a reader never waits for a page whose event is being
// updated by ingest; the next request after the render sees the update.
// Without any cached version it renders like get.
func (c *pageCache) getStale(ctx context.Context, key, version string, render func(context.Context) (string, []byte, error)) (*cachedPage, error) {
	if c != nil && c.max > 0 {
		c.mu.Lock()
		if el, ok := c.byKey[key]; ok {
			p := el.Value.(*cachedPage)
			c.lru.MoveToFront(el)
			c.hits++
			if p.version != version {
				fkey := key + "\x00" + version
				if _, busy := c.inflight[fkey]; !busy {
					f := &flight{done: make(chan struct{})}
					c.inflight[fkey] = f
					c.stale++
					bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), staleRenderTimeout)
					go func() {
						defer cancel()
						c.fill(f, fkey, key, version, func() (string, []byte, error) { return render(bctx) })
					}()
				}
			}
			c.mu.Unlock()
			return p, nil
		}
		c.mu.Unlock()
	}
	return c.get(key, version, func() (string, []byte, error) { return render(ctx) })
}

func (c *pageCache) putLocked(p *cachedPage) {
	n := int64(len(p.body) + len(p.key) + len(p.version) + 128)
	if n > c.max/8 { // one page never takes over the cache
		return
	}
	if el, ok := c.byKey[p.key]; ok {
		old := el.Value.(*cachedPage)
		c.size -= int64(len(old.body) + len(old.key) + len(old.version) + 128)
		el.Value = p
		c.lru.MoveToFront(el)
	} else {
		c.byKey[p.key] = c.lru.PushFront(p)
	}
	c.size += n
	for c.size > c.max {
		el := c.lru.Back()
		old := el.Value.(*cachedPage)
		c.lru.Remove(el)
		delete(c.byKey, old.key)
		c.size -= int64(len(old.body) + len(old.key) + len(old.version) + 128)
	}
}

// stats returns the hits and misses counted so far.
func (c *pageCache) stats() (hits, misses int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses
}

// etag is a strong validator for a response rendered from version of key.
func etag(key, version string) string {
	h := fnv.New64a()
	h.Write([]byte(key))
	h.Write([]byte{0})
	h.Write([]byte(version))
	return `"` + strconv.FormatUint(h.Sum64(), 36) + `"`
}

// write sends p, or 304 Not Modified when the client already has it. A
// compressed page goes out as it is to clients that accept gzip and is
// decompressed for the others; the two encodings have their own ETags.
func (p *cachedPage) write(w http.ResponseWriter, r *http.Request) error {
	h := w.Header()
	tag := p.etag
	zipped := p.gz && acceptsGzip(r.Header.Get("Accept-Encoding"))
	if p.gz {
		h.Set("Vary", "Accept-Encoding")
		if zipped {
			tag = strings.TrimSuffix(tag, `"`) + `-gz"`
		}
	}
	h.Set("ETag", tag)
	h.Set("Cache-Control", "no-cache") // revalidate: cheap
	if match := r.Header.Get("If-None-Match"); match != "" && etagMatches(match, tag) {
		w.WriteHeader(http.StatusNotModified)
		return nil
	}
	h.Set("Content-Type", p.ctype)
	if !p.gz || zipped {
		if zipped {
			h.Set("Content-Encoding", "gzip")
		}
		h.Set("Content-Length", strconv.Itoa(len(p.body)))
		_, err := w.Write(p.body)
		return err
	}
	zr, err := gzip.NewReader(bytes.NewReader(p.body))
	if err != nil {
		return fmt.Errorf("cached page %s: %w", p.key, err)
	}
	_, err = io.Copy(w, zr)
	return err
}

// acceptsGzip reports whether an Accept-Encoding header takes gzip.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(coding) != "gzip" {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

func etagMatches(header, tag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == tag || t == "*" || strings.TrimPrefix(t, "W/") == tag {
			return true
		}
	}
	return false
}

// stampCache keeps event stamps for a short time, so that a popular
// event's page is answered from the page cache without a store query per
// request; a change is then noticed at most ttl late (and, with getStale,
// shown one render after that).
type stampCache struct {
	ttl time.Duration
	mu  sync.Mutex
	m   map[string]stampEntry
}

type stampEntry struct {
	stamp store.EventStamp
	at    time.Time
}

// maxStamps bounds the stamps kept; past it the map starts afresh.
const maxStamps = 1 << 16

func newStampCache(ttl time.Duration) *stampCache {
	return &stampCache{ttl: ttl, m: map[string]stampEntry{}}
}

// get returns the stamp of event id, from the cache while it is younger
// than the TTL, else from fetch.
func (c *stampCache) get(ctx context.Context, id string, fetch func(context.Context, string) (store.EventStamp, error)) (store.EventStamp, error) {
	if c == nil || c.ttl <= 0 {
		return fetch(ctx, id)
	}
	now := time.Now()
	c.mu.Lock()
	e, ok := c.m[id]
	c.mu.Unlock()
	if ok && now.Sub(e.at) < c.ttl {
		return e.stamp, nil
	}
	st, err := fetch(ctx, id)
	if err != nil {
		return st, err
	}
	c.mu.Lock()
	if len(c.m) >= maxStamps {
		clear(c.m)
	}
	c.m[id] = stampEntry{stamp: st, at: now}
	c.mu.Unlock()
	return st, nil
}

// CacheStats counts page cache lookups since the server started.
type CacheStats struct {
	Hits   int64 // answered from the cache (Stale of them with an older version)
	Stale  int64
	Misses int64 // rendered while the request waited
	Bytes  int64 // held now
	Pages  int   // held now
}

// CacheStats returns the page cache's counters.
func (s *Server) CacheStats() CacheStats {
	c := s.pages
	c.mu.Lock()
	defer c.mu.Unlock()
	return CacheStats{Hits: c.hits, Stale: c.stale, Misses: c.misses, Bytes: c.size, Pages: len(c.byKey)}
}
