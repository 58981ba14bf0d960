package cli

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/warta-news/warta/internal/article"
	"github.com/warta-news/warta/internal/eval"
	"github.com/warta-news/warta/internal/store"
)

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "clusters" {
		return usageError{errors.New("want: eval clusters --gold FILE.tsv")}
	}
	var db, gold, level string
	var asJSON bool
	fs := flags(e, "eval clusters", &db)
	fs.StringVar(&gold, "gold", "", "gold labels: TSV with header, first column id")
	fs.StringVar(&level, "level", "event", "event: score events against the gold 'event' column (or 'topic' when there is none); story: score storylines against 'story' (or 'topic')")
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if gold == "" {
		return usageError{errors.New("--gold is required")}
	}
	if level != "event" && level != "story" {
		return usageError{fmt.Errorf("--level %q: want event or story", level)}
	}
	labels, column, err := readGoldLevel(gold, level)
	if err != nil {
		return err
	}
	st, err := openExisting(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	// Every name a gold file may use for an article: its source ids, paths
	// and file names, including other sources of the same content.
	pred := map[string]string{}
	cluster := map[string]string{}
	err = st.EachArticle(ctx, func(a *article.Article) error {
		c := a.EventID
		if level == "story" {
			c = a.StoryID
		}
		cluster[a.ID] = c
		for _, key := range goldKeys(a.Source, a.SourceID) {
			if _, ok := labels[key]; ok {
				pred[key] = c
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = st.EachSource(ctx, func(r store.SourceRef) error {
		for _, key := range goldKeys(r.Source, r.SourceID) {
			if _, ok := labels[key]; ok {
				pred[key] = cluster[r.ArticleID]
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	// Score the gold items that are stored; say how many are not.
	scored := map[string]string{}
	for id, lab := range labels {
		if _, ok := pred[id]; ok {
			scored[id] = lab
		}
	}
	rep := eval.Compare(scored, pred)
	missing := len(labels) - len(scored)
	if asJSON {
		return writeJSON(e.stdout, map[string]any{
			"gold": gold, "level": level, "column": column, "items": rep.Items, "missing": missing,
			"gold_clusters": rep.GoldClusters, "predicted_clusters": rep.PredClusters, "predicted_singletons": rep.PredSingleton,
			"bcubed":   map[string]float64{"precision": rep.BCubed.P, "recall": rep.BCubed.R, "f1": rep.BCubed.F1},
			"pairwise": map[string]float64{"precision": rep.Pairwise.P, "recall": rep.Pairwise.R, "f1": rep.Pairwise.F1},
		})
	}
	fmt.Fprintf(e.stdout, "%s, level %s against gold column %q\n", gold, level, column)
	fmt.Fprintf(e.stdout, "  items        %d scored, %d gold ids not in the store\n", rep.Items, missing)
	fmt.Fprintf(e.stdout, "  clusters     gold %d, predicted %d (%d singletons)\n", rep.GoldClusters, rep.PredClusters, rep.PredSingleton)
	fmt.Fprintf(e.stdout, "  B-cubed      P %.3f  R %.3f  F1 %.3f\n", rep.BCubed.P, rep.BCubed.R, rep.BCubed.F1)
	fmt.Fprintf(e.stdout, "  pairwise     P %.3f  R %.3f  F1 %.3f\n", rep.Pairwise.P, rep.Pairwise.R, rep.Pairwise.F1)
	return nil
}

// readGoldLevel reads the gold column for level: "event" or "story",
// falling back to "topic".
func readGoldLevel(path, level string) (map[string]string, string, error) {
	var lastErr error
	for _, col := range []string{level, "topic"} {
		m, err := eval.ReadGoldFile(path, col)
		if err == nil {
			return m, col, nil
		}
		lastErr = err
	}
	return nil, "", fmt.Errorf("gold %s: %w", path, lastErr)
}

// goldKeys are the names a gold file may use for an article: its source
// id, its source path, the file name, and the file name without extension.
func goldKeys(source, sourceID string) []string {
	if sourceID != "" {
		return []string{sourceID}
	}
	base := filepath.Base(source)
	return []string{source, base, strings.TrimSuffix(base, filepath.Ext(base))}
}
