package source

import (
	"context"
	"fmt"
	"net/url"
)

// Bytes reads one document held in memory — a fetched page, a request
// body — the way Walk reads a file: name is what its documents record
// as their source (a URL, an API request) and what errors name. The
// format is opt.Format, else the one of name's extension, else sniffed;
// JSONL gives one document per line. Bad input goes to bad; an error
// returned by emit, or a cancelled ctx, is returned.
func Bytes(ctx context.Context, name string, raw []byte, opt Options, emit func(Doc) error, bad func(error)) error {
	if opt.MaxSize <= 0 {
		opt.MaxSize = DefaultMaxSize
	}
	format := opt.Format
	switch format {
	case "", FormatAuto:
		format = formatByName(name)
		if u, err := url.Parse(name); err == nil && u.Scheme != "" && u.Path != "" {
			format = formatByName(u.Path)
		}
	case FormatText, FormatHTML, FormatJSONL:
	default:
		return fmt.Errorf("%s: unknown format %q (want auto, text, html or jsonl)", name, format)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if format != FormatJSONL && int64(len(raw)) > opt.MaxSize {
		bad(&Error{Source: name, Reason: fmt.Sprintf("document is %s, over the %s size limit", human(int64(len(raw))), human(opt.MaxSize))})
		return nil
	}
	return decodeRaw(ctx, name, format, raw, opt.MaxSize, emit, bad)
}
