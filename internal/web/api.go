package web

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/warta-news/warta/internal/export"
	"github.com/warta-news/warta/internal/store"
)

type list[T any] struct {
	Items  []T `json:"items"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) error {
	limit, err := intParam(r, "limit", pageSize, 100)
	if err != nil {
		return err
	}
	offset, err := intParam(r, "offset", 0, 100000)
	if err != nil {
		return err
	}
	items, err := s.storyItems(r.Context(), max(limit, 1), offset)
	if err != nil {
		return err
	}
	if items == nil {
		items = []storyItem{}
	}
	return writeJSON(w, http.StatusOK, list[storyItem]{items, limit, offset})
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	st, err := s.cfg.Store.Story(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	evs, err := s.cfg.Store.StoryEvents(ctx, st.ID)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, storyJSON{Story: st, Flags: flagSum(evs), Events: listedAll(evs)})
}

type storyJSON struct {
	Story  store.Story   `json:"story"`
	Flags  int           `json:"flags"` // over the storyline's events
	Events []store.Event `json:"timeline"`
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) error {
	limit, err := intParam(r, "limit", pageSize, 100)
	if err != nil {
		return err
	}
	offset, err := intParam(r, "offset", 0, 100000)
	if err != nil {
		return err
	}
	evs, err := s.cfg.Store.RecentEvents(r.Context(), max(limit, 1), offset)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, list[store.Event]{listedAll(evs), limit, offset})
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) error {
	return s.cachedEvent(w, r, "api", func(v *eventView) (string, []byte, error) {
		b, err := jsonBytes(v)
		return jsonType, b, err
	})
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) error {
	a, err := s.cfg.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, export.NewRecord(a))
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) error {
	limit, err := intParam(r, "limit", 50, 500)
	if err != nil {
		return err
	}
	offset, err := intParam(r, "offset", 0, 100000)
	if err != nil {
		return err
	}
	items, err := s.cfg.Store.Entities(r.Context(), r.URL.Query().Get("type"), max(limit, 1), offset)
	if err != nil {
		return err
	}
	out := list[entityRow]{Items: []entityRow{}, Limit: limit, Offset: offset}
	for _, e := range items {
		out.Items = append(out.Items, entityRow{e.ID, e.Name, e.Type, e.Articles, e.Quotes})
	}
	return writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) error {
	v, err := s.entityView(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, v)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) error {
	req, err := searchRequest(r)
	if err != nil {
		return err
	}
	if strings.TrimSpace(req.Q) == "" {
		return errorf(http.StatusBadRequest, "missing q")
	}
	res, err := s.cfg.Search.Search(r.Context(), req)
	if err != nil {
		return err
	}
	pg, err := s.pages.get("api/search?"+r.URL.RawQuery, resultVersion(res), func() (string, []byte, error) {
		b, err := jsonBytes(res)
		return jsonType, b, err
	})
	if err != nil {
		return err
	}
	return pg.write(w, r)
}

// apiIngest stores the articles in the body: JSON (one object, an array
// or JSON lines with title/text/html/outlet/published/url/lang), HTML or
// plain text, told apart by Content-Type.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorized(r); err != nil {
		return err
	}
	if s.cfg.Ingester == nil {
		return errorf(http.StatusNotImplemented, "this server has no ingester")
	}
	format, err := bodyFormat(r.Header.Get("Content-Type"))
	if err != nil {
		return err
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return errorf(http.StatusRequestEntityTooLarge, "request body over %d bytes", mbe.Limit)
		}
		return errorf(http.StatusBadRequest, "read body: %v", err)
	}
	if len(strings.TrimSpace(string(body))) == 0 {
		return errorf(http.StatusBadRequest, "empty body")
	}
	res, err := s.cfg.Ingester.Ingest(r.Context(), body, format, r.URL.Query().Get("outlet"))
	if err != nil {
		return err
	}
	status := http.StatusCreated
	switch {
	case res.Stored == 0 && res.Failed > 0:
		status = http.StatusUnprocessableEntity
	case res.Stored == 0:
		status = http.StatusOK
	}
	return writeJSON(w, status, res)
}

func bodyFormat(ct string) (string, error) {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil && ct != "" {
		return "", errorf(http.StatusUnsupportedMediaType, "bad Content-Type %q", ct)
	}
	switch mt {
	case "application/json", "application/x-ndjson", "application/jsonl", "application/jsonlines":
		return "jsonl", nil
	case "text/html", "application/xhtml+xml":
		return "html", nil
	case "text/plain":
		return "text", nil
	case "":
		return "", errorf(http.StatusUnsupportedMediaType, "set Content-Type: application/json, text/html or text/plain")
	}
	return "", errorf(http.StatusUnsupportedMediaType, "unsupported Content-Type %q (want application/json, text/html or text/plain)", mt)
}
