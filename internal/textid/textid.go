// Package textid does the language-level text analysis every later stage
// shares: language identification, sentence splitting, word tokens,
// stemming for Indonesian and English, and stop words.
//
// API CONTRACT (other packages are written against it; keep signatures):
//
//	Words(s) []string              lower-cased word tokens
//	Sentences(s) []string          sentences of a paragraph
//	Stem(lang, word) string        stem of a lower-cased word ("id", "ms" Indonesian rules; "en" English)
//	IsStopword(lang, word) bool
//	Terms(lang, s) []string        Words -> drop stop words -> Stem
//	DetectLang(s) (lang string, confidence float64)   "id", "ms", "en" or "" if unsure
package textid

// Words splits s into lower-cased word tokens. STUB.
func Words(s string) []string { return nil }

// Sentences splits a paragraph into sentences. STUB.
func Sentences(s string) []string { return []string{s} }

// Stem returns the stem of a lower-cased word. STUB.
func Stem(lang, word string) string { return word }

// IsStopword reports whether word is a stop word of lang. STUB.
func IsStopword(lang, word string) bool { return false }

// Terms is the analysis chain used for clustering and search. STUB.
func Terms(lang, s string) []string { return Words(s) }

// DetectLang identifies the language of s. STUB.
func DetectLang(s string) (string, float64) { return "", 0 }
