package store

import (
	"context"
	"time"
)

// FeedState is what the feed follower (internal/feed) remembers about one
// feed between polls: the validators for a conditional GET, when it last
// worked, its last error (kept until the next success, so a failing feed
// stays visible) and how many items it has yielded.
type FeedState struct {
	URL          string    `json:"url"`
	Outlet       string    `json:"outlet"`
	ETag         string    `json:"etag"`
	LastModified string    `json:"last_modified"`
	LastPoll     time.Time `json:"last_poll"`
	LastSuccess  time.Time `json:"last_success"`
	LastError    string    `json:"last_error"`
	LastErrorAt  time.Time `json:"last_error_at"`
	Failures     int       `json:"failures"` // consecutive failed polls
	ItemsSeen    int       `json:"items_seen"`
}

// FeedStore is implemented by stores that keep feed state (both
// backends do). Seen item keys (guid, else link) make each item be
// fetched once across polls and restarts.
type FeedStore interface {
	// FeedState returns the state of url; a feed never polled gives a
	// zero FeedState with only URL set, not an error.
	FeedState(ctx context.Context, url string) (FeedState, error)
	// SaveFeedState writes st and marks newItems as seen, in one transaction.
	SaveFeedState(ctx context.Context, st FeedState, newItems []string) error
	// SeenItems returns which of keys were seen for feed url.
	SeenItems(ctx context.Context, url string, keys []string) (map[string]bool, error)
	// FeedStates lists every feed's state, by URL.
	FeedStates(ctx context.Context) ([]FeedState, error)
}
