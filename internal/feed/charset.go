package feed

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// feedUTF8 returns a feed body gofeed can read: bodies whose XML
// declaration names an encoding are left to gofeed; otherwise a non-UTF-8
// HTTP charset is decoded, and bytes that are not valid UTF-8 are read as
// Windows-1252 (a superset of printable Latin-1).
func feedUTF8(body []byte, contentType string) []byte {
	if xmlDeclaresEncoding(body) {
		return body
	}
	if cs := charsetOf(contentType); cs != "" && cs != "utf-8" && cs != "utf8" {
		if enc, _ := charset.Lookup(cs); enc != nil {
			if out, err := enc.NewDecoder().Bytes(body); err == nil {
				return out
			}
		}
	}
	if utf8.Valid(body) {
		return bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	}
	if out, err := charmap.Windows1252.NewDecoder().Bytes(body); err == nil {
		return out
	}
	return body
}

// pageUTF8 decodes an HTML page to UTF-8 from its HTTP charset, its meta
// tags, or (for invalid UTF-8 without either) Windows-1252.
func pageUTF8(body []byte, contentType string) []byte {
	// A declared windows-1252 (or ISO-8859-1, which WHATWG maps to it) is
	// often wrong about a UTF-8 page, and is the guess when nothing is
	// declared: valid UTF-8 wins over it, as in internal/source.
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name != "utf-8" && name != "windows-1252" && enc != nil {
		if out, err := enc.NewDecoder().Bytes(body); err == nil {
			return out
		}
	}
	if utf8.Valid(body) {
		return bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	}
	if out, err := charmap.Windows1252.NewDecoder().Bytes(body); err == nil {
		return out
	}
	return body
}
