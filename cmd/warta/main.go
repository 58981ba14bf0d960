// Command warta is a news story engine: it ingests articles, finds
// reprints, groups them into events and storylines, and shows them.
// See README.md or run `warta help`.
package main

import (
	"os"

	"github.com/warta-news/warta/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}
