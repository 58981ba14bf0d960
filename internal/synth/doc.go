// Package synth generates realistic fake news articles, deterministically,
// for benchmarks and tests: no real text, everything is built from
// vocabularies written for this package (lexicon.go).
//
//	Generate(seed, n, opts) []Article
//	Each(seed, n, opts, func(i int, a Article) error) error   streaming
//	WriteText(dir, arts), WriteJSONL(w, arts), WriteGold(w, arts)
//
// Every article carries gold labels: Event, Story, DuplicateOf, plus the
// Furniture lines added and, for reprints, the Edits made.
//
// # How a corpus is made
//
// A plan is drawn first from the seed: the events (grouped StoryEvents at
// a time into storylines that share topic, place, organisation and main
// actor), and for each article its event, language, outlet and time.
// Event sizes follow a Zipf law (Options.Skew) over a random ranking, and
// when n >= Events every event gets at least one article. Articles come
// out in order of publication: minutes to a few days after their event.
//
// Each event has its own city, generated village name, named landmark
// ("Sungai Sidomakmurni"), organisation, four generated people with roles
// and two numbers; with ~80×30²×16 person names and ~400×16 village
// names, 10,000+ events stay distinguishable by their names and numbers.
//
// An article's body is a pure function of (seed, index, event, language):
// a lead, a fact, then paragraphs of quotes, facts, background and
// combinatorial filler sentences (12⁴ per language), statements not
// repeated within an article, until a target of 2–5 KB. Two articles on
// one event therefore share names and a few stock sentences but few long
// word runs, like independent reports. A reprint (ReprintRate) rebuilds
// its original from the original's index and then changes it: always a
// different outlet (and its furniture), often a new headline, sometimes an
// inserted line, a cut last paragraph or a rewritten lead.
//
// Furniture, when asked, follows the outlet: a header line
// "Outlet | Selasa, 31/12/2019 18:19 WIB", or a dateline "Jakarta, Outlet -- "
// / "JAKARTA (Outlet) - " on the first paragraph; a "Baca juga:" / "Read
// also:" line with another event's headline; credit lines ("Penerjemah:",
// "Editor:", "Reporting by …") and "Copyright © …".
//
// Speed: one splitmix64 generator per article and part, parsed templates,
// byte appends into reused buffers; see BenchmarkEach. Own code: no
// library generates Indonesian news text.
package synth
