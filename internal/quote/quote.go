// Package quote finds direct and indirect quotes in Indonesian and English
// news text, resolves their speakers to merged entities, and links quotes
// that make the same statement.
//
// API CONTRACT (the pipeline is written against it):
//
//	Find(lang string, paragraphs []string, ms []entity.Mention) []article.Quote
//	LinkStatements(quotes [][]article.Quote)   sets Statement ids across articles of one event (in place)
package quote

import (
	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/entity"
)

// Find returns the quotes of an article. STUB.
func Find(lang string, paragraphs []string, ms []entity.Mention) []article.Quote { return nil }

// LinkStatements gives quotes that say the same thing one Statement id. STUB.
func LinkStatements(quotes [][]article.Quote) {}
