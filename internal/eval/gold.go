package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// ErrNoColumn is returned when the gold header lacks the requested column.
var ErrNoColumn = errors.New("eval: no such column")

// ReadGold reads a tab-separated gold file whose header starts with "id"
// and returns item id -> the label in the named column. Blank lines are
// skipped; a row with an empty label is left out (no gold for that item).
// A repeated id is an error, as is a row too short for the column.
func ReadGold(r io.Reader, column string) (map[string]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("eval: read gold header: %w", err)
		}
		return nil, errors.New("eval: gold file is empty")
	}
	head := strings.Split(strings.TrimRight(strings.TrimPrefix(sc.Text(), "\ufeff"), "\r"), "\t")
	if strings.TrimSpace(head[0]) != "id" {
		return nil, fmt.Errorf("eval: gold header starts with %q, want \"id\"", head[0])
	}
	col := -1
	for i, h := range head {
		if i > 0 && strings.TrimSpace(h) == column {
			col = i
			break
		}
	}
	if col < 0 {
		return nil, fmt.Errorf("%w %q in gold header %q", ErrNoColumn, column, strings.Join(head, ","))
	}
	out := map[string]string{}
	line := 1
	for sc.Scan() {
		line++
		row := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(row) == "" {
			continue
		}
		f := strings.Split(row, "\t")
		if len(f) <= col {
			return nil, fmt.Errorf("eval: gold line %d has %d fields, column %q is field %d", line, len(f), column, col+1)
		}
		id, label := strings.TrimSpace(f[0]), strings.TrimSpace(f[col])
		if id == "" {
			return nil, fmt.Errorf("eval: gold line %d has an empty id", line)
		}
		if _, dup := out[id]; dup {
			return nil, fmt.Errorf("eval: gold line %d repeats id %q", line, id)
		}
		if label != "" {
			out[id] = label
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: read gold line %d: %w", line+1, err)
	}
	return out, nil
}

// ReadGoldFile opens path and reads it with ReadGold.
func ReadGoldFile(path, column string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: open gold: %w", err)
	}
	defer f.Close()
	m, err := ReadGold(f, column)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
