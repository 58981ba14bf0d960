// Package feed follows news feeds: RSS 2.0, Atom and JSON Feed, parsed
// with github.com/mmcdole/gofeed (all three formats behind one parser,
// maintained, MIT; writing three parsers ourselves earns nothing). Each
// poll fetches a feed with a conditional GET (ETag / If-Modified-Since),
// finds the items not seen before (by guid, else link), fetches each
// item's page and hands the pages to an Ingester — by default the normal
// ingest pipeline, through a JSONL file, so dedup, clustering and
// verification stay in one place.
//
// HTTP is the standard library's: gzip (the transport asks for it and
// decodes it), redirects (at most 10, each waiting its turn for the host),
// a per-request timeout, retries with exponential backoff on network
// errors, timeouts, 429 and 5xx (never on other 4xx), a size limit, and
// politeness: at most one request per host every Politeness interval,
// shared by feeds and pages. Feeds that are not UTF-8 are decoded from
// their XML declaration (gofeed), else the HTTP charset, else Windows-1252
// when the bytes are not valid UTF-8.
//
// Dates: gofeed reads a "WIB" pubDate as UTC and gives up on Indonesian
// day and month names, so each item's Published string is re-parsed with
// when.ParseExplicit; gofeed's parse is only the fallback.
//
// State (store.FeedStore, kept by both stores): validators, last success,
// last error (kept until the next success, so a failing feed stays visible
// in `warta feeds` while it keeps being tried every poll), consecutive
// failures, items seen, and the seen item keys. A feed's state is written
// after its items were ingested, so a crash in between fetches them again
// rather than losing them (ingest skips what it already stored).
package feed
