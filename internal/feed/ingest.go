package feed

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

// WriteJSONL writes pages to path as JSONL lines {id, url, title, html,
// outlet, author, published, lang}: the shape `warta ingest` reads, so
// the ingest pipeline stores feed items exactly as it stores files.
func WriteJSONL(path string, pages []Page) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("feed items: %w", err)
	}
	bw := bufio.NewWriterSize(f, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range pages {
		if err := enc.Encode(&pages[i]); err != nil {
			f.Close()
			return fmt.Errorf("feed item %s: %w", pages[i].ID, err)
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("feed items: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("feed items: %w", err)
	}
	return nil
}
