package feed

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// Source is one line of a feeds file: a feed URL and the outlet name to
// give its articles ("" lets extraction find it in the page).
type Source struct {
	URL    string
	Outlet string
}

// maxLine is the longest feeds-file line accepted.
const maxLine = 8 << 10

// ParseList reads a feeds file: one feed URL per line, optionally followed
// by white space and an outlet name (which may contain spaces). Blank
// lines and lines starting with # are ignored, as is a " #" comment after
// the URL or outlet. Only http and https URLs are accepted; a repeated
// URL is an error. Errors name the line.
func ParseList(r io.Reader) ([]Source, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	var out []Source
	seen := map[string]int{}
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		if i := strings.Index(line, "\t#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		raw, outlet := line, ""
		if i := strings.IndexAny(line, " \t"); i >= 0 {
			raw, outlet = line[:i], strings.Join(strings.Fields(line[i:]), " ")
		}
		u, err := url.Parse(raw)
		if err != nil {
			return nil, fmt.Errorf("line %d: bad URL %q: %w", n, raw, err)
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
			return nil, fmt.Errorf("line %d: %q is not an http(s) URL", n, raw)
		}
		if first, dup := seen[raw]; dup {
			return nil, fmt.Errorf("line %d: %s is already on line %d", n, raw, first)
		}
		seen[raw] = n
		out = append(out, Source{URL: raw, Outlet: outlet})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", n+1, err)
	}
	return out, nil
}
