// Package source reads raw documents from files, directories (recursively)
// and JSONL dumps: it detects the format, decodes the character set to
// UTF-8, enforces size limits and reports bad input as errors that name the
// input (and line) and the reason, so the rest of a batch goes on.
//
// Character sets: valid UTF-8 passes through (a BOM is dropped), even when a
// page declares another charset (declarations are often wrong); UTF-16
// with a BOM is decoded; HTML that is not UTF-8 and declares a charset is
// decoded with golang.org/x/net/html/charset; other invalid UTF-8 is decoded as
// Windows-1252 (a superset of Latin-1 for printable text) before giving up
// on text that is still mostly control characters.
package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Formats.
const (
	FormatAuto  = "auto"
	FormatText  = "text"
	FormatHTML  = "html"
	FormatJSONL = "jsonl"
)

// DefaultMaxSize is the default limit on one file (and one JSONL line).
const DefaultMaxSize = 10 << 20

// Doc is one raw document.
type Doc struct {
	Source   string // path as given (for JSONL: the file path)
	Line     int    // line number in a JSONL file, else 0
	SourceID string // JSONL "id"
	Format   string // text, html (for JSONL: the format of the body)
	Raw      []byte // input exactly as read (the file, or the JSONL line)
	Body     []byte // UTF-8 text or HTML to extract from
	Encoding string // the charset the input was decoded from, "" for UTF-8

	// Fields of a structured input.
	Title, Outlet, Author, Published, Lang, URL string
}

// Error is bad input: it names the input, the line when there is one, and the reason.
type Error struct {
	Source string
	Line   int
	Reason string
	Err    error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Source, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.Source, e.Reason)
}

func (e *Error) Unwrap() error { return e.Err }

// Options set a Reader.
type Options struct {
	Format  string // auto (default), text, html, jsonl
	MaxSize int64  // per file and per JSONL line; 0 means DefaultMaxSize
}

// Walk reads every path (files, and directories recursively in name order)
// and calls emit for each document. Bad input is passed to bad and the walk
// goes on; an error returned by emit, or a cancelled ctx, stops it.
func Walk(ctx context.Context, paths []string, opt Options, emit func(Doc) error, bad func(error)) error {
	if opt.MaxSize <= 0 {
		opt.MaxSize = DefaultMaxSize
	}
	if opt.Format == "" {
		opt.Format = FormatAuto
	}
	switch opt.Format {
	case FormatAuto, FormatText, FormatHTML, FormatJSONL:
	default:
		return fmt.Errorf("unknown format %q (want auto, text, html or jsonl)", opt.Format)
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		st, err := os.Stat(p)
		if err != nil {
			bad(&Error{Source: p, Reason: "cannot read: " + errReason(err), Err: err})
			continue
		}
		if !st.IsDir() {
			if err := readFile(ctx, p, opt, emit, bad); err != nil {
				return err
			}
			continue
		}
		var files []string
		werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				bad(&Error{Source: path, Reason: "cannot read: " + errReason(err), Err: err})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if werr != nil {
			return werr
		}
		sort.Strings(files)
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := readFile(ctx, f, opt, emit, bad); err != nil {
				return err
			}
		}
	}
	return nil
}

func errReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func readFile(ctx context.Context, path string, opt Options, emit func(Doc) error, bad func(error)) error {
	f, err := os.Open(path)
	if err != nil {
		bad(&Error{Source: path, Reason: "cannot read: " + errReason(err), Err: err})
		return nil
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		bad(&Error{Source: path, Reason: "cannot read: " + errReason(err), Err: err})
		return nil
	}
	format := opt.Format
	if format == FormatAuto {
		format = formatByName(path)
	}
	if format == FormatJSONL {
		return ReadJSONL(ctx, path, f, opt.MaxSize, emit, bad)
	}
	if st.Size() > opt.MaxSize {
		bad(&Error{Source: path, Reason: fmt.Sprintf("file is %s, over the %s size limit", human(st.Size()), human(opt.MaxSize))})
		return nil
	}
	raw, err := io.ReadAll(io.LimitReader(f, opt.MaxSize+1))
	if err != nil {
		bad(&Error{Source: path, Reason: "cannot read: " + errReason(err), Err: err})
		return nil
	}
	if int64(len(raw)) > opt.MaxSize {
		bad(&Error{Source: path, Reason: fmt.Sprintf("file is over the %s size limit", human(opt.MaxSize))})
		return nil
	}
	return decodeRaw(ctx, path, format, raw, opt.MaxSize, emit, bad)
}

// decodeRaw turns the bytes of one input, within the size limit, into
// documents: format "" is sniffed; JSONL gives one per line.
func decodeRaw(ctx context.Context, name, format string, raw []byte, maxSize int64, emit func(Doc) error, bad func(error)) error {
	if format == "" {
		format = sniff(raw)
	}
	if format == FormatJSONL {
		return ReadJSONL(ctx, name, bytes.NewReader(raw), maxSize, emit, bad)
	}
	d, err := Decode(name, format, raw)
	if err != nil {
		bad(err)
		return nil
	}
	return emit(d)
}

// Decode checks one document's bytes and decodes them to UTF-8.
func Decode(name, format string, raw []byte) (Doc, error) {
	d := Doc{Source: name, Format: format, Raw: raw}
	if len(bytes.TrimSpace(raw)) == 0 {
		return d, &Error{Source: name, Reason: "empty file"}
	}
	body, enc, err := toUTF8(raw, format == FormatHTML)
	if err != nil {
		return d, &Error{Source: name, Reason: err.Error(), Err: err}
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return d, &Error{Source: name, Reason: "no text (only white space)"}
	}
	d.Body, d.Encoding = body, enc
	return d, nil
}

func formatByName(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".txt", ".text", ".md":
		return FormatText
	}
	return ""
}

func sniff(b []byte) string {
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")),
		bytes.Contains(lower, []byte("<body")), bytes.Contains(lower, []byte("<head")):
		return FormatHTML
	case bytes.HasPrefix(head, []byte("{")):
		return FormatJSONL
	}
	return FormatText
}

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("binary data, not text")

// toUTF8 decodes b to UTF-8 and says which charset it came from.
func toUTF8(b []byte, isHTML bool) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}), bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return nil, "", fmt.Errorf("invalid UTF-16: %w", err)
		}
		return checkText(out, "utf-16")
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, "", ErrBinary
	}
	if utf8.Valid(b) {
		return checkText(b, "")
	}
	// Not UTF-8: an HTML page may declare its charset.
	if isHTML {
		head := b
		if len(head) > 2048 {
			head = head[:2048]
		}
		if _, name, _ := charset.DetermineEncoding(head, "text/html"); name != "utf-8" && name != "windows-1252" {
			if enc, _ := charset.Lookup(name); enc != nil {
				if out, err := enc.NewDecoder().Bytes(b); err == nil {
					return checkText(out, name)
				}
			}
		}
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return nil, "", fmt.Errorf("invalid UTF-8 and not Windows-1252: %w", err)
	}
	return checkText(out, "windows-1252")
}

// checkText rejects decoded text that is mostly control characters.
func checkText(b []byte, enc string) ([]byte, string, error) {
	n, ctl := 0, 0
	for _, r := range string(b) {
		n++
		if r == utf8.RuneError || (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') || (r >= 0x7f && r < 0xa0) {
			ctl++
		}
		if n >= 4096 {
			break
		}
	}
	if n > 0 && ctl*10 > n {
		return nil, "", ErrBinary
	}
	return b, enc, nil
}

func human(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// jsonArticle is the JSONL shape other tools export.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Content   string          `json:"content"`
	HTML      string          `json:"html"`
	Outlet    string          `json:"outlet"`
	Author    string          `json:"author"`
	Published json.RawMessage `json:"published"`
	Lang      string          `json:"lang"`
}

// ReadJSONL reads one article per line from r. Blank lines are skipped;
// malformed lines are reported to bad with their line number.
func ReadJSONL(ctx context.Context, name string, r io.Reader, maxLine int64, emit func(Doc) error, bad func(error)) error {
	if maxLine <= 0 {
		maxLine = DefaultMaxSize
	}
	br := bufio.NewReaderSize(r, 256<<10)
	line := 0
	any := false
	for {
		if line%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		b, tooLong, err := readLine(br, maxLine)
		if err == io.EOF && len(b) == 0 && !tooLong {
			break
		}
		line++
		if err != nil && err != io.EOF {
			bad(&Error{Source: name, Line: line, Reason: "cannot read: " + errReason(err), Err: err})
			return nil
		}
		if tooLong {
			bad(&Error{Source: name, Line: line, Reason: fmt.Sprintf("line is over the %s size limit", human(maxLine))})
		} else if len(bytes.TrimSpace(b)) > 0 {
			any = true
			d, derr := decodeJSONLine(name, line, b)
			if derr != nil {
				bad(derr)
			} else if err := emit(d); err != nil {
				return err
			}
		}
		if err == io.EOF {
			break
		}
	}
	if !any && line <= 1 {
		bad(&Error{Source: name, Reason: "empty file"})
	}
	return nil
}

// readLine reads one line without its newline; a line longer than max is
// consumed and reported as tooLong.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > max+1 {
			tooLong = true
			buf = buf[:0]
		} else {
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, true, err
		}
		return bytes.TrimRight(buf, "\r\n"), false, err
	}
}

func decodeJSONLine(name string, line int, b []byte) (Doc, error) {
	d := Doc{Source: name, Line: line, Raw: append([]byte(nil), b...)}
	if !utf8.Valid(b) {
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return d, &Error{Source: name, Line: line, Reason: "invalid UTF-8"}
		}
		b, d.Encoding = out, "windows-1252"
	}
	var ja jsonArticle
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&ja); err != nil {
		return d, &Error{Source: name, Line: line, Reason: "malformed JSON: " + err.Error(), Err: err}
	}
	if dec.More() {
		return d, &Error{Source: name, Line: line, Reason: "malformed JSON: more than one value on the line"}
	}
	d.SourceID = rawString(ja.ID)
	d.URL, d.Title, d.Outlet, d.Author, d.Lang = ja.URL, ja.Title, ja.Outlet, ja.Author, ja.Lang
	d.Published = rawString(ja.Published)
	text := ja.Text
	if text == "" {
		text = ja.Content
	}
	switch {
	case strings.TrimSpace(ja.HTML) != "":
		d.Format, d.Body = FormatHTML, []byte(ja.HTML)
	case strings.TrimSpace(text) != "":
		d.Format, d.Body = FormatText, []byte(text)
	default:
		return d, &Error{Source: name, Line: line, Reason: "no text or html field"}
	}
	if _, _, err := checkText(d.Body, ""); err != nil {
		return d, &Error{Source: name, Line: line, Reason: err.Error(), Err: err}
	}
	return d, nil
}

// rawString turns a JSON string or number into a string; null gives "".
func rawString(m json.RawMessage) string {
	m = bytes.TrimSpace(m)
	if len(m) == 0 || string(m) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(m, &s) == nil {
		return s
	}
	return string(m)
}
