package search

import (
	"container/list"
	"fmt"
	"sync"
	"time"
)

// resultCache keeps recent results. An entry is valid while the index
// generation it was computed at is current (Add, Sync and Rebuild move it
// on) and for at most its TTL, which bounds staleness when another process
// writes to the store.
type resultCache struct {
	mu    sync.Mutex
	size  int
	ttl   time.Duration
	gen   uint64
	lru   *list.List // of *cacheEntry, most recent first
	byKey map[string]*list.Element
}

type cacheEntry struct {
	key string
	gen uint64
	at  time.Time
	res *Result
}

func newResultCache(size int, ttl time.Duration) *resultCache {
	return &resultCache{size: size, ttl: ttl, lru: list.New(), byKey: map[string]*list.Element{}}
}

func cacheKey(r Request) string {
	return fmt.Sprintf("%q %q %q %q %q %q %d %d %t", r.Q, r.Outlet, r.Lang, r.Entity, r.From, r.To, r.Limit, r.Offset, r.NoFacets)
}

func (c *resultCache) get(key string, now time.Time) (*Result, bool) {
	if c == nil || c.size <= 0 {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	e := el.Value.(*cacheEntry)
	if e.gen != c.gen || now.Sub(e.at) > c.ttl {
		c.lru.Remove(el)
		delete(c.byKey, key)
		return nil, false
	}
	c.lru.MoveToFront(el)
	return e.res, true
}

// put stores res if the generation did not move while it was computed.
func (c *resultCache) put(key string, gen uint64, now time.Time, res *Result) {
	if c == nil || c.size <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if el, ok := c.byKey[key]; ok {
		c.lru.Remove(el)
	}
	c.byKey[key] = c.lru.PushFront(&cacheEntry{key: key, gen: gen, at: now, res: res})
	for c.lru.Len() > c.size {
		last := c.lru.Back()
		c.lru.Remove(last)
		delete(c.byKey, last.Value.(*cacheEntry).key)
	}
}

func (c *resultCache) generation() uint64 {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// invalidate moves the generation on, dropping every entry.
func (c *resultCache) invalidate() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.lru.Init()
	clear(c.byKey)
}
