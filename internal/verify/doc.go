// Package verify cross-checks the claims of the articles of one event
// against each other: it groups the articles into independent origins,
// compares every claim with the other origins, and flags headlines that
// nothing supports, claims only one origin makes, and facts origins
// disagree on. It is pure (articles in, judgements out): Event keeps no
// state between calls; a caller that verifies the same articles again may
// pass a bounded Cache of what each article's text alone yields (see
// "Cache" below), which never changes a report. It is safe for concurrent
// use on different events (and one Cache for all of them).
//
// API CONTRACT (the pipeline, the store and the web UI are written against it):
//
//	Event(arts []*article.Article) Report
//	    (also (*Cache).Event with a cache the caller owns; NewCache, Stats)
//	    sets a.Origin, a.Flags (replacing them) and a.Verification on every
//	    article in place; returns Report{Origins []Origin, Claims []ClaimRow,
//	    Sampled bool}
//	Origin{ID, Kind, Name, Articles, Evidence}               JSON-tagged
//	ClaimRow{ID, Article, Origin, Kind, Paragraph, Text, Status,
//	         Agreeing []Evidence, Silent []string, Disagreeing []Disagreement,
//	         Sampled bool, Measured, Related int}   (Sampled...: added, big events)
//	Evidence{Origin, Article, Paragraph, Text, Shared, Missing, Coverage}
//	Disagreement{Evidence, On, Detail}
//	Flag kinds: FlagUnsupportedHeadline, FlagSingleSource, FlagContradiction
//	Statuses: StatusCorroborated, StatusSingleSource, StatusContradicted
//
// Articles need Title, Subtitle (or a Removed line of kind "subtitle" as
// extract sets it), Paragraphs, Lang, Outlet, Credits and DuplicateOf.
// Entity mentions are recomputed with entity.Find for their offsets
// (a.Entities is a summary without offsets, so it cannot stand in).
//
// # Claims
//
// The title, the subtitle, the lede (the first statement of the body; the
// headline when there is no title) and every body sentence that bears a
// claim: not a question or heading, three or more features, and a name,
// a number or a date. Other sentences still serve as support. Dateline
// prefixes ("Seoul (ANTARA) - ") are cut from the lede.
//
// A sentence's features are
//   - entity ids from entity.Find, with capitals and seats of government
//     folded into their country (Washington, Gedung Putih -> Amerika
//     Serikat) and media names dropped (they are attribution);
//   - content terms: textid.Terms (stop words out, stemmed), mapped
//     through a small own bilingual en<->id and synonym lexicon
//     (lexicon.go: about 370 concepts of news vocabulary, e.g. meeting /
//     pertemuan / rapat, missile / rudal, secret / rahasia);
//   - numbers, normalised ("10.000", "10 ribu", "ten thousand", "Rp10.000"
//     -> 10000), each with its unit, the word after it, marked hedged
//     after "sekitar", "lebih dari", "about", "more than" ..., and for
//     weeks also in days ("dua pekan" = 14 hari);
//   - vague quantities: "puluhan"/"dozens" (10-99), "ratusan"/"hundreds",
//     "ribuan"/"thousands" (1,000-9,999), "belasan", "puluhan ribu" ...;
//   - dates: weekdays, months and day/month ("Sabtu (28/12)").
//
// Hedges and connectives ("sedikitnya", "akibat", "nearly", "amid") are
// not features; "barat laut" is one direction (north-west), not the sea.
//
// Negation words (tidak, tak, bukan, belum, not, never ...) mark the word
// they bear on. Title-case headlines are lower-cased before stemming, and
// a headline word that the body has as part of a name ("Semeru" vs the
// entity "Gunung Semeru") still counts as present.
//
// # Comparison
//
// Each feature weighs ln(1+N/df) over the event's N sentences, so words
// rare in the event weigh more than its common ones; numbers weigh 1.5x,
// generic headline words (new, baru, big, gets ...) 0.5x. A sentence
// supports a claim when they do not oppose each other's negated words,
// share two features of which one is not a name, and
//   - body claims: the sentence holds SupportCoverage (0.5) of the claim's
//     weight, or it is a shorter sentence with PartContained (0.7) of its
//     own weight in the claim and PartCoverage (0.35) of the claim's;
//     or the other article's sentences together support each concrete
//     clause of the claim, as for a lede below ("5.400 rumah terendam dan
//     14 perahu dikerahkan": the houses in one sentence, the boats in a
//     quote);
//   - title, subtitle, lede: judged fact by fact, see below.
//
// An inverted index over features finds candidate sentences; evidence
// always lists the shared and missing features with their shares.
//
// # Cost in big events
//
// Origin rules 1-3 (reprints, wire credits, outlets; see Origins) run
// before the comparison: the sentences of a claim's own source group are
// never measured against it (their support would not count), so an
// origin of 100 reprints costs its claims nothing. Each claim is then
// measured against the other articles that share a feature with it; when
// more than GroupCandidates (12) of one source group or MaxCandidates
// (64) in all do, only the most related are measured: per group those
// whose best sentence shares the most weight (one per reprint cluster
// before the others), then every group's best before any group's second.
// When the posting lists of a claim's features hold more than 4,096
// sentences, its rarest features find the candidates and its common ones
// are counted for those only. A claim so measured has ClaimRow.Sampled
// (with Measured of Related articles), the Report has Sampled, and the
// reasons of its flags say it. Events within these bounds (every test
// case, the seeds, each id-hoax-600 topic, the generated 50-article
// event) are measured whole and judged exactly as by the all-pairs
// comparison. Per claim, the matches kept are the supporting ones (origin
// rules 4-5 count them per article) and the best of each source group;
// buffers are reused from claim to claim.
//
// Contradiction: two sentences of different origins share three or more
// content terms and FrameCoverage (0.6) of their term weight both ways,
// and then give different numbers for the same unit, different dates of
// the same kind, disjoint places, disjoint people (0.75 overlap needed;
// names sharing a word are one person), or one negates a word the other
// asserts (0.75).
//
// # Cache
//
// Building an article's claims (entity.Find, sentence and clause
// cutting, stemming, numbers, dates: 45% of Event in the 5,000-article
// ingest profile) and its MinHash signature depend on the article's text
// alone. Cache keeps them per article, so a process that verifies an
// event again after adding to it builds only the new articles' claims
// (BenchmarkEvent500AddOne: 0.45-0.8 s against 0.9-1.3 s uncached). It
// is an LRU bounded by an estimate of the bytes it holds (claims, feature
// names, and the text the claims point into: about 30 KB for a 3.5 KB
// article, 9 times the text), e.g. DefaultCacheBytes (48 MB, about 1,500
// articles); safe for concurrent use.
//
// Event itself uses no cache. pipeline.Run verifies each touched event
// once, after all its articles are stored, so within one ingest every
// article is verified once: a process-wide cache had no hits in the
// 5,000-article ingest (4,996 misses) and, holding 48 MB under the
// command's 256 MB heap limit, doubled GC work and cut the run from
// 168-211 to 105-119 articles/s. A cache pays where the same process
// verifies events again (a long-lived ingester or server): the caller
// owns it and its budget.
// Entries are keyed by a hash of exactly what the build reads (Lang,
// Title, subtitle, Paragraphs) and compared in full on lookup: the
// article id is a hash of normalised title and paragraphs without the
// language or subtitle, so it is not a key.
//
// Feature ids are numbered per Event in the order the build meets them,
// and that order decides sort orders and the order weights are summed in,
// so a cached article cannot bring ids of its own. Its entry holds its
// features by name, numbered by a build of the article alone, with a
// record of that build's interning: every feature's first use, and the
// label blocks, where the build inside an event would look at what
// earlier articles left (an entity's first article sets its label and
// interns its name words; a later one does neither). Adopting an entry
// replays the record against the event's interner, then copies the claims
// with the event's ids (slices re-sorted), so ids, labels and the name
// words of entities are those of a build in place, and reports are byte
// for byte the same (TestCacheSameReports: every case, the seeds, the
// id-hoax-600 topics and generated events of 50, 60 origins and 500
// articles, uncached against cold, warm, one-article-added, reversed
// warm-up, evicting, shared and concurrent caches). Entries are immutable
// once cached; an Event copies what it adopts, as weights are written into
// the claims.
//
// # Headlines and ledes: facts, not sentences
//
// A title, subtitle or lede is cut into clauses (clause.go) at ", ", ";",
// ": ", dashes and conjunctions (dan, serta, setelah, karena, akibat, and,
// after, while, "as" in titles ...). Attribution ("kata pejabat setempat",
// "officials said") is left out; fragments of fewer than 3 features (2 in
// titles: "Driver Arrested" is a fact) join the clause before them; text
// in parentheses ("($7.4 million)", "(14 miles)") is not judged. Every
// clause of a title or subtitle is judged; of a lede the concrete ones (a
// number, a date or a name), or the whole lede when none is.
//
// A clause is supported by an article (its own body, or any article of
// another origin) when that article's related sentences (two shared
// features, one not a name, no opposed negation) hold together
// ClauseCoverage (0.6; LedeClauseCoverage 0.5 for ledes and body claims)
// of its weight, the best of them alone AnchorCoverage (0.35), every
// number of the clause (years aside) and every vague quantity is there,
// and, in titles and subtitles, no missing word carries KeyShare (0.3) of
// the clause's weight (the one word that is the news, "rahasia").
// Presence is wider than equality: a word as part of a name, a name by
// its words, an acronym by the initials of consecutive words ("OTT" =
// "operasi tangkap tangan"), "ribuan"/"thousands" by a number in
// 1,000-9,999 (of the same thing when the sentence counts it), a hedged
// number within HedgeTolerance (15%), weeks as days. A claim is
// unsupported when one of its judged clauses is supported by no article;
// different clauses may be supported by different origins, and Agreeing
// then lists every origin that supports one of them.
//
// # Origins
//
// Corroboration counts independent origins, not articles. Rules, in
// order: (1) reprints: DuplicateOf, or MinHash (dedup.Sign) Jaccard >= 0.5
// or containment >= 0.8; (2) an explicit source credit ("Sumber: Reuters")
// makes the article that wire's copy, and so does an outlet that is a wire
// itself (ANTARA, Reuters, AFP, AP, Xinhua ...); (3) the same outlet is one
// origin; (4) translations and rewrites: the smaller article has three or
// more lede and body claims, SameReport (0.7) of them are said by the
// other and SameReport of the other's by it (both ways: a brief wholly
// inside a longer report of the same facts is not its copy), mostly in
// the same order; "said" here means by one sentence, for a lede one or
// two adjacent sentences with HeadlineCoverage (0.6) of it and no
// missing KeyShare word (support pieced from several sentences
// corroborates, it does not make two articles one report); (5) "via" credits ("dikutip dari AFP"):
// the article becomes the wire's copy only when WireShare (0.5) of its
// lede and body claims match the wire's other copies in the event;
// otherwise it is its outlet's own reporting that quotes the wire (so an
// article crediting AFP for one quote and adding its own reporting keeps
// its own origin). KCNA and other state media of the parties are not
// wires: citing them marks where a statement was made. Origin ids are
// "wire:<name>", "outlet:<slug>" or "article:<id>".
//
// # Judgements and flags
//
// A claim is contradicted when another origin disagrees, corroborated
// when at least one other origin supports it, single-source otherwise.
// Flags (article.Flag, Paragraph -1 title, -2 subtitle):
//   - unsupported_headline: a title or subtitle with a clause that neither
//     its own body (the lede included) nor another origin supports; a lede
//     with a concrete clause that neither its own body nor another origin
//     supports, judged only when the event has two or more origins (a
//     body seldom restates its lede). The reason names each unsupported
//     clause, the best sentences of the own body and of every other origin
//     for it, what they lack, and the words no sentence of the event has.
//   - single_source: a lede or body claim with a name, number or date that
//     only its origin makes, when the event has two or more origins.
//   - contradiction: with the other sentence and the differing values.
//
// # Measured (go test -v ./internal/verify/)
//
// Seeds 000-002 as one event: 3 origins; 000's subtitle (the secret
// meeting with the US) is the only unsupported_headline; the "positive
// and offensive measures" claim has 3 origins. Hand-written cases
// (testdata/cases). Development set, files 01-04, 34 events, gold written
// before the first run, rules then fixed while reading their errors:
// unsupported_headline P 0.75 R 0.82 (P 0.53 R 0.82 with the former
// one-or-two-adjacent-sentences rule), single_source P 1.00 R 0.95,
// contradiction P 1.00 R 0.71, origin groups exact in 31 of 34. Held-out
// set, file 05, 14 events written before the clause rules and not used to
// tune them: unsupported_headline P 0.67 R 1.00 (former rule P 0.35
// R 1.00), single_source P 0.22 R 0.67 (former P 0.13 R 0.67; most misses
// are English/Indonesian paraphrase outside the lexicon), origin groups
// 14 of 14. testdata/sample (the team's corpus): 8 unsupported_headline
// and 25 single_source flags before, 1 and 8 after (the one left is the
// next-day follow-up's lede, "floodwaters began to recede", which no
// other origin reports). id-hoax-600 (topics as events, no titles):
// unsupported lede in 28% of hoax vs 25% of valid articles, single-source
// share >= 0.5 in 38% vs 41%: corroboration is not a hoax detector there.
// Speed (BenchmarkEvent*, old and new code in one run each, shared
// machine, load dependent): generated 50-article event 0.09-0.22 s
// (all-pairs 0.19-0.46 s); 500 articles (two source groups) 1.2-1.6 s,
// 147 MB, 1.4 M allocations (all-pairs 16-18.5 s, 1.57 GB, 8.0 M); 500
// articles of 476 origins (no outlets, no reprints) 3.4-8.2 s, 506 MB
// (all-pairs 17-18 s, 2.58 GB); 2,000 near-identical articles of 88
// origins 17 s (all-pairs not measured). Judgements of the generated
// 500-article event are the all-pairs ones claim for claim.
//
// # Choices
//
// Own code: no Go library does cross-lingual claim matching, and models
// would break the budget and need weights that cannot be fetched. The
// scores are overlap shares whose parts are shown; every threshold is a
// named constant. Clauses are cut by punctuation and conjunctions, not
// parsed: a relative clause ("yang tertutup longsor sejak Rabu") stays in
// its clause. Known gaps: paraphrase outside the lexicon ("quarter point"
// vs "25 basis points", "berhamburan" vs "running into the streets");
// rare detail words weigh much ("ke masjid dan sekolah" keeps "3.200
// warga mengungsi ke masjid dan sekolah" single-source); a place missing
// from the other language's text ("Indonesia's") counts against a clause;
// a changed number in a near-verbatim reprint is one origin, so not a
// contradiction; hedged or reported claims ("a chain message says ...")
// are judged as plain claims.
package verify
