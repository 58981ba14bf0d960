package entity

// API CONTRACT (the pipeline and the quote package are written against it):
//
//	Find(lang, title string, paragraphs []string) []Mention
//	Summarize(ms []Mention) []article.Entity      per-article entities with aliases and counts
//	Canonical(name string) (id, name, typ string)  resolve one surface name (no article context)
//
// Entity ids are deterministic ("person:kim-jong-un"), so the same entity
// gets the same id in every article without shared state.
//
// Added beyond the contract: Mention.Govt, Lookup, Govt, Entries.

// Mention is one occurrence of an entity in an article.
type Mention struct {
	Text      string // surface form as written
	ID        string // merged entity id
	Name      string // canonical name
	Type      string // person, place, org
	Role      string // title or role stated next to it ("presiden"), if any
	Paragraph int    // index into paragraphs; -1 for the title
	Start     int    // byte offset of Text in its paragraph
	End       int
	// Govt is the id of the country whose government the name can stand for
	// ("Washington", "Gedung Putih" -> "place:amerika-serikat"), the country
	// itself for a country, or "".
	Govt string
}
