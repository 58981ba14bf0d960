package feed

import (
	"context"
	"strings"
	"sync"
	"time"
)

// Limiter spaces requests to each host: at most one every Interval.
// Callers reserve the next free slot for the host, so waiters are served
// in order. It is safe for concurrent use.
type Limiter struct {
	interval time.Duration
	mu       sync.Mutex
	next     map[string]time.Time
}

// NewLimiter returns a Limiter allowing one request per host every interval.
func NewLimiter(interval time.Duration) *Limiter {
	return &Limiter{interval: interval, next: map[string]time.Time{}}
}

// Wait blocks until a request to host may be sent, or ctx ends.
func (l *Limiter) Wait(ctx context.Context, host string) error {
	if l == nil || l.interval <= 0 {
		return ctx.Err()
	}
	host = strings.ToLower(host)
	l.mu.Lock()
	now := time.Now()
	at := l.next[host]
	if at.Before(now) {
		at = now
	}
	l.next[host] = at.Add(l.interval)
	l.mu.Unlock()
	d := time.Until(at)
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		// A late wake-up (a busy scheduler) pushes the next slot back, so
		// requests stay an interval apart as sent, not only as planned.
		l.mu.Lock()
		if late := time.Now().Add(l.interval); late.After(l.next[host]) {
			l.next[host] = late
		}
		l.mu.Unlock()
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
