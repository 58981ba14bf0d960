// Package verify cross-checks the claims of the articles of one event
// against each other: it groups the articles into independent origins,
// compares every claim with the other origins, and flags headlines that
// nothing supports, claims only one origin makes, and facts origins
// disagree on. It is pure (articles in, judgements out), keeps no state
// between calls and is safe for concurrent use on different events.
//
// API CONTRACT (the pipeline, the store and the web UI are written against it):
//
//	Event(arts []*article.Article) Report
//	    sets a.Origin, a.Flags (replacing them) and a.Verification on every
//	    article in place; returns Report{Origins []Origin, Claims []ClaimRow}
//	Origin{ID, Kind, Name, Articles, Evidence}               JSON-tagged
//	ClaimRow{ID, Article, Origin, Kind, Paragraph, Text, Status,
//	         Agreeing []Evidence, Silent []string, Disagreeing []Disagreement}
//	Evidence{Origin, Article, Paragraph, Text, Shared, Missing, Coverage}
//	Disagreement{Evidence, On, Detail}
//	Flag kinds: FlagUnsupportedHeadline, FlagSingleSource, FlagContradiction
//	Statuses: StatusCorroborated, StatusSingleSource, StatusContradicted
//
// Articles need Title, Subtitle (or a Removed line of kind "subtitle" as
// extract sets it), Paragraphs, Lang, Outlet, Credits and DuplicateOf.
// Entity mentions are recomputed with entity.Find for their offsets.
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
//     (lexicon.go: about 300 concepts of news vocabulary, e.g. meeting /
//     pertemuan / rapat, missile / rudal, secret / rahasia);
//   - numbers, normalised ("10.000", "10 ribu", "ten thousand", "Rp10.000"
//     -> 10000), each with its unit, the word after it;
//   - dates: weekdays, months and day/month ("Sabtu (28/12)").
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
//   - title, subtitle, lede: one sentence or two adjacent ones hold
//     HeadlineCoverage (0.6) of the weight and lack no single feature that
//     carries KeyShare (0.3) of it or more (the one word that is the news).
//
// An inverted index over features finds candidate sentences; evidence
// always lists the shared and missing features with their shares.
//
// Contradiction: two sentences of different origins share three or more
// content terms and FrameCoverage (0.6) of their term weight both ways,
// and then give different numbers for the same unit, different dates of
// the same kind, disjoint places, disjoint people (0.75 overlap needed;
// names sharing a word are one person), or one negates a word the other
// asserts (0.75).
//
// # Origins
//
// Corroboration counts independent origins, not articles. Rules, in
// order: (1) reprints: DuplicateOf, or MinHash (dedup.Sign) Jaccard >= 0.5
// or containment >= 0.8; (2) an explicit source credit ("Sumber: Reuters")
// makes the article that wire's copy, and so does an outlet that is a wire
// itself (ANTARA, Reuters, AFP, AP, Xinhua ...); (3) the same outlet is one
// origin; (4) translations and rewrites: the smaller article has three or
// more lede and body claims and SameReport (0.7) of them are said by the
// other, mostly in the same order; (5) "via" credits ("dikutip dari AFP"):
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
//   - unsupported_headline: a title or subtitle that no sentence of its own
//     body (the lede included) and no other origin supports; a lede that
//     neither its own body nor another origin supports, judged only when
//     the event has two or more origins (a body seldom restates its lede).
//     The reason names the best sentence of the own body and of every
//     other origin, what each lacks, and the words no sentence of the
//     event has.
//   - single_source: a lede or body claim with a name, number or date that
//     only its origin makes, when the event has two or more origins.
//   - contradiction: with the other sentence and the differing values.
//
// # Measured (go test -v ./internal/verify/)
//
// Seeds 000-002 as one event: 3 origins; 000's subtitle (the secret
// meeting with the US) is the only unsupported_headline; the "positive
// and offensive measures" claim has 3 origins. Hand-written cases
// (testdata/cases, 34 events, gold written before the first run; general
// rules were then fixed while reading the errors, so these are
// development figures): unsupported_headline P 0.53 R 0.82,
// single_source P 0.95 R 0.95, contradiction P 1.00 R 0.71, origin
// groups exact in 31 of 34. id-hoax-600 (topics as events, no titles):
// hoax and valid articles get nearly the same flag rates (unsupported
// lede 66% vs 57%, single-source share 60% vs 60%): corroboration is not
// a hoax detector there. 50-article event: 0.15-0.4 s on 2 cores.
//
// # Choices
//
// Own code: no Go library does cross-lingual claim matching, and models
// would break the budget and need weights that cannot be fetched. The
// scores are overlap shares whose parts are shown; every threshold is a
// named constant. Known gaps: paraphrase outside the lexicon ("quarter
// point" vs "25 basis points", "tundukkan" vs "menang"); a changed number
// in a near-verbatim reprint is one origin, so not a contradiction;
// hedged or reported claims ("a chain message says ...") are judged as
// plain claims.
package verify
