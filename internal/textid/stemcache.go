package textid

import "sync"

// stemCache remembers English stems across calls: Snowball costs 1–2 µs a
// word and news vocabulary repeats, so most words are stemmed once per
// process. It is bounded: each shard is cleared when it fills up, so
// memory stays under shards × shardCap entries whatever the input. Stems
// are a pure function of the word, so the cache never changes a result.
type stemCache struct {
	shards [32]stemShard
}

type stemShard struct {
	mu sync.RWMutex
	m  map[string]string
}

const stemShardCap = 4096

var enStems stemCache

func (c *stemCache) get(w string, h uint32, stem func(string) string) string {
	sh := &c.shards[h%uint32(len(c.shards))]
	sh.mu.RLock()
	s, ok := sh.m[w]
	sh.mu.RUnlock()
	if ok {
		return s
	}
	s = stem(w)
	sh.mu.Lock()
	if sh.m == nil || len(sh.m) >= stemShardCap {
		sh.m = make(map[string]string, stemShardCap)
	}
	sh.m[w] = s
	sh.mu.Unlock()
	return s
}
