// Package extract turns one raw document into a clean article: main text
// without site furniture (kept aside, not lost), title, outlet, author,
// dateline, language and publication time with how each was obtained.
//
// API CONTRACT (the pipeline is written against it; keep signatures):
//
//	Extract(in Input) (*article.Article, error)
//
// Extract is pure: no I/O, no globals that change; safe for concurrent use.
//
// # Text
//
// Plain text (Format "text", or a JSONL "text" field) is read line by line:
// every non-empty line is a paragraph after white space is collapsed
// (no-break and zero-width spaces included). Hard-wrapped text is mended:
// a body line starting with a lower-case letter, right after a body line
// that does not end a sentence (no blank line between), is joined to it.
// Lines are then classified:
//
//   - Furniture is removed from the paragraphs and kept in Article.Removed
//     with a kind: related ("Baca juga: …", "Read also:", "Lihat juga"),
//     section (nav labels such as "TOPIK TERKAIT", "REKOMENDASI",
//     "LAINNYA DI …", "Most Read"), boilerplate ("ADVERTISEMENT", "Scroll to
//     continue with content", header lines such as "Outlet | Selasa,
//     31/12/2019 18:19 WIB"), media ("[Gambas:…]", "[embed]…", "(Video: …)",
//     also cut out of the middle of a line), caption (a line ending in a
//     photo credit such as "(Getty Images)", "(ANTARA FOTO/…)", "(AFP
//     Photo/…)", or starting "Foto:"/"Photo:"; when the caption is glued to
//     a real sentence only the last sentence and the credit are cut),
//     source_link ("Source link"), copyright ("Copyright © X 2019",
//     "© 2024 Reuters", "Hak Cipta …"), credit ("Penerjemah:", "Editor:",
//     "Pewarta:", "Sumber:", "Reporter:", "Source:", "Writer:", "By X",
//     "(Reporting by …)", bylines "Name • date", and the closing initials
//     "(dea)" cut from the end of the last paragraph; "(adv)" is cut too but
//     as boilerplate), boilerplate also for "Diterbitkan: <date>" /
//     "Updated <date>" lines.
//   - Title: the first line that is not furniture or a header line, unless it
//     is clearly not a headline: it starts with a dateline and is a long lede
//     ("Seoul (ANTARA) - …" with 8 words or more), it is longer than 250
//     characters or 35 words, it holds more than one sentence ended by '.',
//     it ends with ',', ':' or ';', or it ends with '.' without being in
//     strict title case. Then Title stays "" and the line is body. A title
//     given by the input (JSONL, HTML metadata) wins; a first line equal to
//     it is dropped. A text that is nothing but a headline of 4 words or
//     more keeps it as its body (Title ""), so no article is lost.
//   - Subtitle (deck): the line right after a title found in the text, when
//     it is short (3–35 words, one sentence) and either the next line is a
//     dateline lede or it is itself in title case (at most 12 words, no
//     comma or digit, capitalised content words). It goes to
//     Article.Subtitle, not to the paragraphs.
//   - Question headings ("Mengapa …?") and section headings inside the body
//     are kept. A short line (under 80 characters, no sentence punctuation)
//     after the last real paragraph and after some furniture there is a
//     tag/topic line: kind "section". Nothing else is guessed at the end.
//
// Header lines (the first 8 non-empty lines only): short lines that carry a
// date ("Selasa, 31/12/2019 18:19 WIB", "22 November 2024 14:26") with an
// outlet and/or a name, or a name with a known outlet ("Nama - detikNews").
//
// # Metadata
//
//   - Outlet (all "explicit"): Input.Outlet, else a header line, else the
//     dateline ("Jakarta, CNN Indonesia --", "JAKARTA, KOMPAS.com -"), else
//     a copyright line, else the HTML site name, else the agency of the
//     dateline ("Seoul (ANTARA) -"), else Input.OutletFlag; otherwise ""
//     and "unknown". "Sumber: Reuters" is a source credit, never the outlet.
//     Agencies in the dateline that are not the outlet become {via, X}.
//   - Dateline: the place of the first paragraph's dateline; all-caps
//     places are title-cased ("WASHINGTON" -> "Washington"). The paragraph
//     text itself is kept intact.
//   - Credits: roles source, translator, editor, reporter, writer, photo,
//     via. Via comes from "dikutip dari", "mengutip", "dilansir",
//     "melansir", "menurut", "dilaporkan", "according to", "reported by"
//     followed directly (or after "kantor berita", "the news agency") by a
//     known agency (normalised: AFP, Reuters, AP, ANTARA, Xinhua,
//     Yonhap, KCNA, Bernama, Kyodo, TASS, Bloomberg, dpa); the sentence stays.
//   - Author: Input.Author, else a byline ("Name • date", "By X", "Oleh:
//     X", "Penulis: X"), else HTML meta author (weekday/date tails such as
//     "; Selasa" dropped), else "Reporter:"/"Pewarta:" credit, else the
//     closing initials "(dea)".
//   - Language: Input.Lang ("explicit"), else the HTML lang attribute when
//     textid.DetectLang does not contradict it ("explicit"), else
//     textid.DetectLang ("inferred"), else "".
//   - Published: Input.Published via when.ParseExplicit ("explicit"), else
//     the header, byline and credit lines via when.FindExplicit ("explicit",
//     PublishedFrom is the matched text; body paragraphs are not searched
//     because the dates they mention are usually events), else the HTML
//     metadata date ("explicit"; midnight means day precision), else
//     when.InferPublished over the text with the copyright year
//     ("inferred", day), else "unknown". Removed lines searched: credit,
//     caption and boilerplate lines. Time zone: WIB/WITA/WIT when one of
//     those lines says so, else WIB for id/ms, else UTC.
//
// # HTML
//
// HTML (Format "html", or a JSONL body that starts with '<' and has a
// closing tag) goes through github.com/markusmobius/go-trafilatura, the
// best measured main-content extractor (DEPENDENCIES.md): it removes nav,
// footer and related-link blocks. Its ContentText has no line breaks, so
// the ContentNode tree is walked to keep paragraphs, and the same line
// filter as for text runs on them, because furniture inside the article
// body survives it. Options: comments excluded, no fallback extractors,
// htmldate in fast mode with ExtractTime (otherwise dates are midnight UTC).
// Title, site name, author and date come from its metadata after
// validation; its Language is not used (trafilatura overwrites the page's
// declared language with a whatlanggo guess), the <html lang> attribute is
// read instead. A panic inside the library becomes an error.
//
// Language detection reads the title and the first 1,500 bytes of text.
//
// Everything else is our own code: the rules are small, specific to
// Indonesian and English news sites, and a line scan is far faster than a
// general library (the budget is 150 µs per 4 KB article).
package extract
