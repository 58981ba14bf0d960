// Package entity finds named entities (people, places, organisations) in
// Indonesian and English news text and merges their spellings.
//
// # How
//
// Find tokenises each paragraph once (words keep inner hyphens,
// apostrophes and initials; "PressKCNA" is split; "Kompas.com" is one
// word) and builds a normal form per word: lower case, Latin diacritics
// folded, apostrophes and dots dropped, hyphens as spaces. So "Kim
// Jong-un", "Kim Jong Un" and "Kim Jong-Un" share the key "kim jong un",
// and "O’Brien" equals "O'Brien".
//
// Capitalised runs are split into gazetteer matches (longest match over a
// map of normal keys plus a prefix set, built once at init; no scan over
// rows) and unknown words, which rules classify:
//   - titles and roles before a name are stripped from it and kept as
//     Mention.Role ("Presiden Vladimir Putin" -> role "presiden"; "penasihat
//     keamanan nasional Gedung Putih Robert O’Brien"; "Finance Minister X";
//     apposition ", seorang profesor"); regional titles take a place name
//     ("Bupati Batu Raya Samsul Bahri");
//   - organisation cues (Kementerian, Partai, Universitas, Komite, Badan,
//     PT, Ministry, University, ... Inc, Tbk, Group) and place cues (Kota,
//     Kabupaten, Pulau, Sungai, Gedung, ... "di X", "in X") set the type;
//     other unknown runs of two or more words are people;
//   - an organisation name followed directly by a person ("Universitas X
//     Budi Santoso", "CEO Acme Daniel Smith", "PT X (Persero) Tbk Dewi
//     Y") is split where a personal name begins: after the last
//     organisation tail word (Tbk, Securities, Group, ...), or at a known
//     given name (names.go: common Indonesian and international first
//     names) that starts the last two or three words, the organisation
//     keeping its head and one more word; "Jane Doe of Acme Capital" splits
//     at "of" when the part before is a name (given name or role before
//     it), so "Joint Chiefs of Staff" stays one body;
//   - lists inside names: "Badan X, Y, dan Z" and English "X, Y and Z
//     Agency"; English "Oregon Department of Transportation" and a
//     gazetteer state or city before an organisation head ("California
//     Department of ...") are one organisation; "analysts at X" makes X an
//     organisation, and "software company X" types a lone word;
//   - "Jun", "Jan", "Sun" before a capitalised word with no number next to
//     them are given names, not months; laws, programmes and storms
//     (miscHeads) are dropped even at a sentence start;
//   - sentence-initial words, quotation starts and title-case headlines
//     need more evidence: common words are stripped, and a lone unknown
//     word there counts only when it names something the article
//     introduces elsewhere; weekday and month names never count.
//
// Merging inside an article: a bare first or last name ("Kim", "Biegun",
// "O’Brien") takes the entity of the nearest full name sharing it;
// "X (ABC)" defines ABC as X (and X as ABC when only one is known); a
// surname alias in the gazetteer ("~Trump") is used when the article has
// no closer full name. Across articles nothing is shared: ids are
// type:slug(canonical) ("person:kim-jong-un", "person:robert-obrien"),
// so the same name gets the same id everywhere.
//
// # Gazetteer
//
// gazetteer.tsv (embedded) was written for warta by its engineers from
// general knowledge; its licence is the same as warta's. Columns: id,
// type, canonical name (Indonesian form for countries), aliases ("|";
// "~" marks a weak surname alias), kind, govt. All countries with
// Indonesian and English names and abbreviations (AS, Korut, Korsel, RRT,
// UEA ...), capitals and major cities, Indonesian provinces and cities,
// international organisations, Indonesian institutions and parties, media
// and news agencies, and well-known people. Aliases written in capitals
// (AS, US, PBB, WHO) match only text in capitals, so "as" and "us" stay
// words.
//
// Metonymy: "Washington", "Pyongyang" and other capitals stay places,
// "Gedung Putih" and "Kremlin" stay organisations, each with its own id;
// the govt column (Mention.Govt, Govt(id)) links them to the country whose
// government they can stand for, so the verification stage can equate
// "Washington said" with the US government without losing the place.
//
// # Choices
//
// Own code, no library: there is no maintained Go NER for Indonesian, and
// statistical models would blow the per-article budget and need weights
// that cannot be fetched. Sentence starts are detected on our own token
// stream rather than through textid.Sentences, so offsets stay exact and
// the package has no dependency on work in progress. Types are guessed
// per article, so an unknown name typed differently in two articles gets
// two ids (person:x vs org:x).
package entity
