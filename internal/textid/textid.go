package textid

// API CONTRACT (other packages are written against it; keep signatures):
//
//	Words(s) []string              lower-cased word tokens           (words.go)
//	Sentences(s) []string          sentences of a paragraph          (sentences.go)
//	Stem(lang, word) string        stem of a lower-cased word        (stem.go)
//	IsStopword(lang, word) bool                                      (stopwords.go)
//	Terms(lang, s) []string        Words -> drop stop words -> Stem  (terms.go)
//	DetectLang(s) (lang string, confidence float64)                  (lang.go)
//
// Added: AppendWords, SentenceSpans, AppendTerms.
