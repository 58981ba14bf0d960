package bench

import (
	"fmt"
	"testing"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/cluster"
	"github.com/warta-news/warta/internal/dedup"
	"github.com/warta-news/warta/internal/entity"
	"github.com/warta-news/warta/internal/extract"
	"github.com/warta-news/warta/internal/quote"
	"github.com/warta-news/warta/internal/synth"
	"github.com/warta-news/warta/internal/when"
)

// BenchmarkStages measures the per-article cost of each pure stage on
// generated articles, one goroutine:
//
//	go test -run '^$' -bench Stages ./internal/bench/
func BenchmarkStages(b *testing.B) {
	arts := synth.Generate(3, 500, Corpus())
	inputs := make([]extract.Input, len(arts))
	var size int64
	for i, a := range arts {
		body := []byte(a.Title + "\n\n" + a.Text)
		size += int64(len(body))
		inputs[i] = extract.Input{Source: a.ID + ".txt", Format: "text", Raw: body, Body: body}
	}
	extracted := make([]*article.Article, len(arts))
	for i, in := range inputs {
		a, err := extract.Extract(in)
		if err != nil {
			b.Fatal(err)
		}
		extracted[i] = a
	}
	mentions := make([][]entity.Mention, len(arts))
	for i, a := range extracted {
		mentions[i] = entity.Find(a.Lang, a.Title, a.Paragraphs)
	}
	avg := float64(size) / float64(len(arts))
	stage := func(name string, fn func(i int)) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(avg))
			for n := 0; b.Loop(); n++ {
				fn(n % len(arts))
			}
		})
	}
	stage("extract", func(i int) { _, _ = extract.Extract(inputs[i]) })
	stage("entity", func(i int) { entity.Find(extracted[i].Lang, extracted[i].Title, extracted[i].Paragraphs) })
	stage("quote", func(i int) { quote.Find(extracted[i].Lang, extracted[i].Paragraphs, mentions[i]) })
	stage("dates", func(i int) {
		for _, p := range extracted[i].Paragraphs {
			when.Mentions(p, extracted[i].Published)
		}
	})
	stage("fingerprint", func(i int) { dedup.Sign(extracted[i].Text()) })
	stage("cluster-features", func(i int) {
		a := extracted[i]
		cluster.Analyze(cluster.Doc{ID: a.ID, Lang: a.Lang, Title: a.Title, Text: a.Text()})
	})
	b.Log(fmt.Sprintf("average article %.1f KB", avg/1024))
}
