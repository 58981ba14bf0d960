package web

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/store"
	"github.com/warta-news/warta/internal/store/postgres"
	"github.com/warta-news/warta/internal/store/sqlite"
)

// Store is what the pages read: the store.Store reads plus the entity and
// listing methods both backends have next to their search index
// (internal/store/sqlite/search.go, internal/store/postgres/search.go).
type Store interface {
	Article(ctx context.Context, id string) (*article.Article, error)
	EventArticles(ctx context.Context, eventID string) ([]*article.Article, error)
	StoryEvents(ctx context.Context, storyID string) ([]store.Event, error)
	Stories(ctx context.Context, limit, offset int) ([]store.Story, error)
	Story(ctx context.Context, id string) (store.Story, error)
	Event(ctx context.Context, id string) (store.Event, error)
	EventStamp(ctx context.Context, id string) (store.EventStamp, error)
	Count(ctx context.Context) (int, error)

	RecentEvents(ctx context.Context, limit, offset int) ([]store.Event, error)
	EventDocs(ctx context.Context, eventID string, limit int) ([]*article.Article, int, error)
	EventsByID(ctx context.Context, ids []string) (map[string]store.Event, error)
	ArticlesByID(ctx context.Context, ids []string) ([]*article.Article, error)
	Entities(ctx context.Context, typ string, limit, offset int) ([]store.EntitySummary, error)
	Entity(ctx context.Context, id string) (store.EntitySummary, error)
	EntityArticles(ctx context.Context, id string, quoted bool, limit int) ([]store.EntityArticle, error)
	EntityEvents(ctx context.Context, id string, limit int) ([]store.EntityEvent, error)
}

var (
	_ Store = (*sqlite.Store)(nil)
	_ Store = (*postgres.Store)(nil)
)

// Searcher runs searches (search.Index).
type Searcher interface {
	Search(ctx context.Context, r search.Request) (*search.Result, error)
}

// Ingester stores the articles in a request body (see NewIngester).
type Ingester interface {
	Ingest(ctx context.Context, body []byte, format, outlet string) (*IngestResult, error)
}

// Config sets up a server.
type Config struct {
	Store    Store
	Search   Searcher
	Ingester Ingester // nil: no write endpoint
	// Token enables writes: requests must carry "Authorization: Bearer Token".
	// Empty means read-only.
	Token  string
	Logger *slog.Logger
	// MaxBody is the largest request body accepted (0: 2 MB).
	MaxBody int64
	// Timeout bounds reads (0: 10 s); IngestTimeout bounds POST /api/articles (0: 2 min).
	Timeout, IngestTimeout time.Duration
	// PageCache bounds the bytes of rendered event pages kept in memory
	// (0: 64 MB; negative turns the cache off). See pageCache.
	PageCache int64
	// StampTTL is how long an event's version stamp is trusted before the
	// store is asked again (0: 250 ms; negative: every request). See
	// stampCache.
	StampTTL time.Duration
}

// Server is the HTTP handler of the site and API.
type Server struct {
	cfg    Config
	mux    *http.ServeMux
	log    *slog.Logger
	token  [32]byte
	pages  *pageCache
	stamps *stampCache
}

// New returns the handler for cfg.
func New(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 2 << 20
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.IngestTimeout <= 0 {
		cfg.IngestTimeout = 2 * time.Minute
	}
	if cfg.PageCache == 0 {
		cfg.PageCache = 64 << 20
	}
	if cfg.StampTTL == 0 {
		cfg.StampTTL = 250 * time.Millisecond
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), log: cfg.Logger, token: sha256.Sum256([]byte(cfg.Token)), pages: newPageCache(max(cfg.PageCache, 0)), stamps: newStampCache(cfg.StampTTL)}
	s.routes()
	return s
}

func (s *Server) routes() {
	page := func(pattern string, h handlerFunc) {
		s.mux.Handle(pattern, deadline(s.html(h), s.cfg.Timeout))
	}
	api := func(pattern string, h handlerFunc) {
		s.mux.Handle(pattern, deadline(s.json(h), s.cfg.Timeout))
	}
	page("GET /{$}", s.home)
	page("GET /stories/{id}", s.storyPage)
	page("GET /events/{id}", s.eventPage)
	page("GET /events/{id}/claims", s.claimsPage)
	page("GET /articles/{id}", s.articlePage)
	page("GET /entities", s.entitiesPage)
	page("GET /entities/{id}", s.entityPage)
	page("GET /search", s.searchPage)
	s.mux.Handle("GET /articles/{id}/raw", deadline(s.html(s.raw), s.cfg.Timeout))
	s.mux.HandleFunc("GET /static/{file}", serveStatic)
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})

	api("GET /api/stories", s.apiStories)
	api("GET /api/stories/{id}", s.apiStory)
	api("GET /api/events", s.apiEvents)
	api("GET /api/events/{id}", s.apiEvent)
	api("GET /api/articles/{id}", s.apiArticle)
	api("GET /api/entities", s.apiEntities)
	api("GET /api/entities/{id}", s.apiEntity)
	api("GET /api/search", s.apiSearch)
	s.mux.Handle("POST /api/articles", deadline(s.json(s.apiIngest), s.cfg.IngestTimeout))
	s.mux.Handle("/api/articles", s.json(func(w http.ResponseWriter, r *http.Request) error {
		w.Header().Set("Allow", "POST")
		return errorf(http.StatusMethodNotAllowed, "use POST to add articles; read one at /api/articles/{id}")
	}))
	s.mux.Handle("/api/", s.json(func(w http.ResponseWriter, r *http.Request) error {
		return errorf(http.StatusNotFound, "no API route %s %s", r.Method, r.URL.Path)
	}))
	s.mux.Handle("/", s.html(func(w http.ResponseWriter, r *http.Request) error {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			return errorf(http.StatusMethodNotAllowed, "method %s not allowed", r.Method)
		}
		return errorf(http.StatusNotFound, "no page at %s", r.URL.Path)
	}))
}

// deadline bounds the time of a request: its context ends after d, every
// store and search call honours it, and the handler then answers 503
// (classify). Handlers render into a buffer before writing, so a request
// that runs out of time never sends half a page. (http.TimeoutHandler
// would do the same by copying every response through a second buffer.)
func deadline(h http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

// ServeHTTP logs the request, sets security headers and routes it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{ResponseWriter: w, status: http.StatusOK}
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	s.mux.ServeHTTP(rec, r)
	s.log.LogAttrs(r.Context(), slog.LevelInfo, "http",
		slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Int("status", rec.status),
		slog.Int64("bytes", rec.bytes), slog.Duration("took", time.Since(start)), slog.String("remote", r.RemoteAddr))
}

// recorder captures the status and size of a response for the access log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	wrote  bool
}

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// authorized reports whether r carries the write token.
func (s *Server) authorized(r *http.Request) error {
	if s.cfg.Token == "" {
		return errorf(http.StatusForbidden, "this server is read-only (start it with --token or WARTA_TOKEN to allow writes)")
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
	if !ok || subtle.ConstantTimeCompare(sum[:], s.token[:]) != 1 {
		return &httpError{status: http.StatusUnauthorized, msg: "missing or wrong bearer token"}
	}
	return nil
}

// Serve serves h on ln until ctx is done, then shuts down gracefully,
// letting requests in flight finish (up to 10 s).
func Serve(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      3 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down", "addr", ln.Addr().String())
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
