// Package textid does the language-level text analysis every later stage
// shares: language identification, sentence splitting, word tokens,
// stemming for Indonesian and English, and stop words. The API CONTRACT is
// listed in textid.go.
//
// All functions are pure and safe for concurrent use. Package tables (stop
// words, roots, language markers, abbreviations) are built at init and never
// change; nothing is cached across calls.
//
// # Words
//
// AppendWords is a one-pass scanner without regexp. Tokens are runs of
// letters, digits and combining marks, lower-cased. Hyphens split, so "Kim
// Jong-un" and "Kim Jong Un" give the same tokens and Indonesian
// reduplication ("anak-anak") gives the word twice. Apostrophes between
// letters stay, folded to ' ("O’Brien" -> "o'brien"); a final possessive
// 's is dropped ("Kim's" -> "kim"). Between digits '.' or ',' before
// exactly three digits is a thousands separator and dropped ("10.000" ->
// "10000"); otherwise it is a decimal mark written '.' ("3,5" -> "3.5").
// Tokens that need no change are substrings of the input.
//
// # Sentences
//
// SentenceSpans splits after . ! ? and ellipses followed by white space and
// an upper-case letter, an opening quote or bracket, or a digit; closing
// quotes and brackets stay with their sentence (“…,” kata Kim.). It does
// not split after abbreviations (Dr., Prof., H., Hj., Jl., No., Tn., Ny.,
// Mr., Mrs., Jan., Feb., …), single initials, dotted abbreviations (U.S.,
// a.m., e.g.), or at an ellipsis inside an open quotation. A blank line
// always ends a sentence; a single line break does not (scraped text wraps).
//
// # Stop words
//
// The Indonesian (also used for Malay, plus Malay-only function words) and
// English lists in stopwords.go were written for warta: function words,
// pronouns, particles, auxiliaries and reporting verbs (kata, ujar, said).
//
// # Stemming
//
// English uses the Snowball English (Porter2) stemmer of
// github.com/kljensen/snowball (MIT). It keeps no package state, so it is
// safe for concurrent use; Terms keeps a small per-call memo because it is
// the slowest step (about 1 µs a word).
//
// Indonesian (and Malay) uses our own implementation of Enhanced Confix
// Stripping (Arifin, Mahendra and Ciptaningtyas 2009), which extends Nazief
// and Adriani (1996) and the confix-stripping rules of Asian (2007):
// particles (-lah, -kah, -tah, -pun), possessives (-ku, -mu, -nya),
// derivational suffixes (-i, -kan, -an), then up to three prefixes with
// their sound changes (meny- -> s, men- -> t, mem- -> p, meng- -> k, per-,
// ber-, ter-, pe-, di-, ke-, se-), disallowed confixes, ECS prefix-first
// order for be-…-an, me-…-i and the like, and giving suffixes back when no
// root is found ("kebijakan" -> bijak, "penegakan" -> tegak). We add pe-…-kan
// to the disallowed confixes and prefer a bare -an noun to a bare -kan verb
// ("masakan" -> masak).
//
// The root list, roots_id.txt (embedded), was written for warta by its
// engineers from their own knowledge of Indonesian and is licensed with
// warta. We do not use go-sastrawi's dictionary (CC BY-NC-SA, cannot ship).
// Words whose root is not in the list go through a conservative rule-only
// fallback (see stemIDRules): it strips only affixes that leave something
// shaped like an Indonesian root, never se-, ke- and per- without -an, and
// -an/-kan/-i only together with a prefix. Words under four letters,
// words with upper case or digits are returned unchanged by Stem.
//
// Names: Terms treats an Indonesian word that is capitalised mid-sentence,
// or in all capitals, as a name and stems it only through the root list, so
// "Semarang" and "Pekanbaru" stay whole while "Kementerian" still gives
// menteri.
//
// # Language
//
// DetectLang is our own function-word classifier (lang.go). whatlanggo has
// no Malay model and lingua-go adds 126 MB to the binary. English function
// words are weighed against the function words Indonesian and Malay share;
// then markers used by only one of the two decide between "id" and "ms",
// with Indonesian the default. Fewer than four function words give "".
package textid
