package search

import (
	"container/list"
	"fmt"
	"sync"
	"time"
)

// resultCache keeps recent results. An entry is valid while the index
// generation it was computed at is current (Add, Sync and Rebuild move it
// on, dropping every entry) and fresh for its TTL, which bounds staleness
// when another process writes to the store. An entry past its TTL is
// still served while one caller recomputes it (stale-while-revalidate), so
// expiry never makes readers wait.
type resultCache struct {
	mu         sync.Mutex
	size       int
	ttl        time.Duration
	gen        uint64
	lru        *list.List // of *cacheEntry, most recent first
	byKey      map[string]*list.Element
	refreshing map[string]bool // keys being recomputed after their TTL
}

type cacheEntry struct {
	key string
	gen uint64
	at  time.Time
	res *Result
}

func newResultCache(size int, ttl time.Duration) *resultCache {
	return &resultCache{size: size, ttl: ttl, lru: list.New(), byKey: map[string]*list.Element{}, refreshing: map[string]bool{}}
}

func cacheKey(r Request) string {
	return fmt.Sprintf("%q %q %q %q %q %q %d %d %t", r.Q, r.Outlet, r.Lang, r.Entity, r.From, r.To, r.Limit, r.Offset, r.NoFacets)
}

// get returns the cached result for key, if any, and whether it is still
// fresh. For an entry past its TTL, refresh reports whether this caller
// should recompute it: true for exactly one caller until put or
// refreshDone.
func (c *resultCache) get(key string, now time.Time) (res *Result, ok, refresh bool) {
	if c == nil || c.size <= 0 {
		return nil, false, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, found := c.byKey[key]
	if !found {
		return nil, false, false
	}
	e := el.Value.(*cacheEntry)
	if e.gen != c.gen {
		c.lru.Remove(el)
		delete(c.byKey, key)
		return nil, false, false
	}
	c.lru.MoveToFront(el)
	if now.Sub(e.at) > c.ttl && !c.refreshing[key] {
		c.refreshing[key] = true
		return e.res, true, true
	}
	return e.res, true, false
}

// refreshDone ends a refresh that did not put a result (it failed).
func (c *resultCache) refreshDone(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.refreshing, key)
}

// put stores res if the generation did not move while it was computed.
func (c *resultCache) put(key string, gen uint64, now time.Time, res *Result) {
	if c == nil || c.size <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.refreshing, key)
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
	clear(c.refreshing)
}
