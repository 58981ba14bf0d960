package cli

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/store/postgres"
	"github.com/warta-news/warta/internal/store/sqlite"
	"github.com/warta-news/warta/internal/web"
)

func runServe(ctx context.Context, e *env, args []string) error {
	var db, addr, token string
	fs := flags(e, "serve", &db)
	fs.StringVar(&addr, "addr", envOr(e, "WARTA_ADDR", "127.0.0.1:8080"), "listen address (or $WARTA_ADDR); loopback unless you say otherwise")
	fs.StringVar(&token, "token", e.getenv("WARTA_TOKEN"), "bearer token that enables POST /api/articles (or $WARTA_TOKEN); empty means read-only")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	st, idx, err := openSearchable(ctx, e, db)
	if err != nil {
		return err
	}
	defer st.Close()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	if host, _, _ := net.SplitHostPort(addr); !isLoopback(host) {
		e.log.Warn("listening beyond loopback", "addr", addr)
	}
	mode := "read-only"
	if token != "" {
		mode = "writes need the bearer token"
	}
	e.log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "db", db, "mode", mode)
	h := web.New(web.Config{Store: st, Search: idx, Ingester: web.NewIngester(st, idx, e.log), Token: token, Logger: e.log})
	return web.Serve(ctx, ln, h, e.log)
}

func envOr(e *env, key, def string) string {
	if v := e.getenv(key); v != "" {
		return v
	}
	return def
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// searchable is a store with its search and entity index: the SQLite
// and the PostgreSQL store both are.
type searchable interface {
	web.Store
	web.IngestStore
	search.Backend
}

var (
	_ searchable = (*sqlite.Store)(nil)
	_ searchable = (*postgres.Store)(nil)
)

// openSearchable opens an existing store and brings its search index up
// to date (a full build when it is empty).
func openSearchable(ctx context.Context, e *env, db string) (searchable, *search.Index, error) {
	opened, err := openExisting(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	st, ok := opened.(searchable)
	if !ok {
		opened.Close()
		return nil, nil, fmt.Errorf("%s: this store has no search index", db)
	}
	idx := search.New(st)
	indexed, stored, err := idx.State(ctx)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	if indexed < stored {
		start := time.Now()
		var n int
		if indexed == 0 {
			e.log.Info("building the search index", "articles", stored)
			n, err = idx.Rebuild(ctx)
		} else {
			n, err = idx.Sync(ctx)
		}
		if err != nil {
			st.Close()
			return nil, nil, err
		}
		e.log.Info("search index up to date", "added", n, "took", time.Since(start).Round(time.Millisecond))
	}
	return st, idx, nil
}
