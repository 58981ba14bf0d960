// Package web serves warta's store as HTML pages and a JSON API from one
// process: storylines with a server-drawn SVG timeline, events with their
// articles by outlet and by origin, merged entities and quotes, articles
// with how each metadata field was obtained, entities, and search with
// highlighted snippets and facets.
//
// Standard library only: Go 1.22 http.ServeMux patterns, html/template
// (every page renders into a buffer before anything is written, so a
// template error becomes a clean 500), embed.FS for templates and assets,
// assets served under checksummed names (/static/app.<sha>.css) with
// immutable caching, log/slog access logs. Handlers return errors; one
// place (serveError) turns them into a status and an HTML page or a JSON
// {"error": "..."} for /api/ routes.
//
// The server is read-only unless a token is configured: POST /api/articles
// then needs "Authorization: Bearer TOKEN" (compared in constant time).
// Bodies are capped (2 MB), every request has a time limit (a context
// deadline: the request answers 503 when it runs out) and the http.Server
// has read, write and idle timeouts. Pages send a strict
// Content-Security-Policy (no inline script or style); article text is
// only ever inserted as escaped text, and raw input is served as
// text/plain with nosniff and a sandbox CSP.
//
// Speed (cache.go): an event page costs about 2 ms of CPU to build (its
// articles' cards, origins, entities, quotes, claims table) and render,
// so rendered event pages, event API bodies and search pages are kept in
// a byte-bounded LRU (Config.PageCache, 64 MB by default). An event entry
// is current while the event's stamp (store.EventStamp: the summary's
// version, bumped by every save, and its story's label and counts; one
// small indexed query, trusted for 250 ms: Config.StampTTL) is unchanged;
// when ingest changed the event, the cached page answers while the new
// one renders in the background, so readers never wait on an event being
// updated and see the update one render later. A search page is valid
// while the search index answers with the same cached result. Event pages
// are bounded (a few article groups of claims, a few sentences of
// evidence per claim, capped flag and origin lists); /events/{id}/claims
// pages through the whole claims table. Concurrent misses on one page
// render once (singleflight). Responses carry an ETag and answer
// If-None-Match with 304. Measured figures are in the README.
//
// Verification (internal/verify, run per event by the pipeline) is shown
// from typed data: the home page and storylines count each event's flags
// (store.Event.Flags); the event page decodes store.Event.Claims into a
// verify.Report and shows the independent origins (which articles share
// one and the evidence why), the flagged sentences, and the claims table,
// one folded <details> per article when the event has more than 12 claims,
// rows stacking into labelled blocks on narrow screens. The article page
// cuts the title, subtitle and each paragraph into segments at every
// flagged sentence (Flag.Text found in the line Flag.Paragraph names) and
// the template wraps each in <mark class="flag flag-KIND" title="reason">
// with the reason in a note beside it; no HTML is built in Go, so flag
// text and reasons are escaped like all other text. Flags whose sentence
// is not found are listed after the text. The metadata table gives the
// article's origin and its verification counts.
package web
