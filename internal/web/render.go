package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/warta-news/warta/internal/search"
	"github.com/warta-news/warta/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// asset is one embedded static file with its checksummed name.
type asset struct {
	name, hashed, ctype string
	body                []byte
}

// assets maps both plain and checksummed names to files; built at init.
var assets = func() map[string]*asset {
	out := map[string]*asset{}
	entries, err := fs.ReadDir(staticFS, "static")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		b, err := staticFS.ReadFile("static/" + e.Name())
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(b)
		ext := path.Ext(e.Name())
		a := &asset{name: e.Name(), hashed: strings.TrimSuffix(e.Name(), ext) + "." + hex.EncodeToString(sum[:6]) + ext, body: b}
		switch ext {
		case ".css":
			a.ctype = "text/css; charset=utf-8"
		case ".js":
			a.ctype = "text/javascript; charset=utf-8"
		case ".svg":
			a.ctype = "image/svg+xml"
		default:
			a.ctype = "application/octet-stream"
		}
		out[a.name], out[a.hashed] = a, a
	}
	return out
}()

// assetURL is the checksummed URL of a static file.
func assetURL(name string) (string, error) {
	a, ok := assets[name]
	if !ok {
		return "", fmt.Errorf("no static file %q", name)
	}
	return "/static/" + a.hashed, nil
}

func serveStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	a, ok := assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", a.ctype)
	if name == a.hashed {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	http.ServeContent(w, r, a.name, time.Time{}, bytes.NewReader(a.body))
}

var funcs = template.FuncMap{
	"asset": assetURL,
	"css":   cssWord,
	"f1":    f1,
	"span":  spanString,
	"date": func(t time.Time) string {
		if t.IsZero() {
			return "date unknown"
		}
		return t.Format("2 Jan 2006")
	},
	"datetime": func(t time.Time) string {
		if t.IsZero() {
			return "unknown"
		}
		return t.Format("2 Jan 2006 15:04 MST")
	},
	"iso": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.RFC3339)
	},
	"pubdate": func(s string) string {
		if len(s) >= 10 {
			return s[:10]
		}
		if s == "" {
			return "date unknown"
		}
		return s
	},
	"join":   strings.Join,
	"plural": plural,
	"add":    func(a, b int) int { return a + b },
	"path":   url.PathEscape,
	"query":  url.QueryEscape,
	"short": func(id string) string {
		if len(id) > 10 {
			return id[:10]
		}
		return id
	},
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

func spanString(a, b time.Time) string {
	switch {
	case a.IsZero() && b.IsZero():
		return "date unknown"
	case b.IsZero() || a.Format("2006-01-02") == b.Format("2006-01-02"):
		return a.Format("2 Jan 2006")
	case a.IsZero():
		return b.Format("2 Jan 2006")
	case a.Year() == b.Year() && a.Month() == b.Month():
		return a.Format("2") + "–" + b.Format("2 Jan 2006")
	case a.Year() == b.Year():
		return a.Format("2 Jan") + " – " + b.Format("2 Jan 2006")
	}
	return a.Format("2 Jan 2006") + " – " + b.Format("2 Jan 2006")
}

// pages holds one template set per page, each with the shared layout;
// parsed at init, read-only afterwards.
var pages = func() map[string]*template.Template {
	base := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html"))
	out := map[string]*template.Template{}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		b := path.Base(n)
		if b == "layout.html" || b == "parts.html" {
			continue
		}
		out[strings.TrimSuffix(b, ".html")] = template.Must(template.Must(base.Clone()).ParseFS(templateFS, n))
	}
	return out
}()

// handlerFunc is a handler that returns its error for serveError to render.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// httpError is an error with the status to answer and a message safe to show.
type httpError struct {
	status int
	msg    string
	err    error
}

func (e *httpError) Error() string {
	if e.err != nil {
		return e.msg + ": " + e.err.Error()
	}
	return e.msg
}

func (e *httpError) Unwrap() error { return e.err }

func errorf(status int, format string, args ...any) error {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

// classify turns an error into a status and a message safe to show.
func classify(err error) (int, string) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, search.ErrEmptyQuery):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return http.StatusServiceUnavailable, "the request took too long or was cancelled"
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", mbe.Limit)
	}
	return http.StatusInternalServerError, "internal error"
}

// logError logs server-side failures once, here at the edge.
func (s *Server) logError(r *http.Request, status int, err error) {
	if status >= 500 {
		s.log.LogAttrs(r.Context(), slog.LevelError, "request failed", slog.String("path", r.URL.Path), slog.Int("status", status), slog.String("error", err.Error()))
	}
}

// html adapts a page handler: errors become an HTML error page.
func (s *Server) html(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			status, msg := classify(err)
			s.logError(r, status, err)
			var buf bytes.Buffer
			if rerr := pages["error"].Execute(&buf, errorPage{Status: status, StatusText: http.StatusText(status), Message: msg}); rerr != nil {
				http.Error(w, msg, status)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(status)
			w.Write(buf.Bytes())
		}
	})
}

type errorPage struct {
	Status     int
	StatusText string
	Message    string
}

// Title is the page title of an error page.
func (e errorPage) Title() string { return e.StatusText }

// json adapts an API handler: errors become {"error": "..."}.
func (s *Server) json(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			status, msg := classify(err)
			s.logError(r, status, err)
			if status == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", `Bearer realm="warta"`)
			}
			writeJSON(w, status, map[string]string{"error": msg})
		}
	})
}

// render executes page into a buffer and writes it only when it succeeded.
func render(w http.ResponseWriter, page string, data any) error {
	b, err := renderBytes(page, data)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", htmlType)
	_, err = w.Write(b)
	return err
}

// Content types of pages and API bodies.
const (
	htmlType = "text/html; charset=utf-8"
	jsonType = "application/json; charset=utf-8"
)

// renderBytes executes page and returns the HTML.
func renderBytes(page string, data any) ([]byte, error) {
	t, ok := pages[page]
	if !ok {
		return nil, fmt.Errorf("no template %q", page)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("render %s: %w", page, err)
	}
	return buf.Bytes(), nil
}

// writeJSON encodes v into a buffer, then writes it with status.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	b, err := jsonBytes(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", jsonType)
	w.WriteHeader(status)
	_, err = w.Write(b)
	return err
}

// jsonBytes encodes v as indented JSON.
func jsonBytes(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encode JSON: %w", err)
	}
	return buf.Bytes(), nil
}
