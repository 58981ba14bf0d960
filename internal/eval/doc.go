// Package eval scores a clustering against gold labels: B-cubed and
// pairwise precision, recall and F1, cluster counts, plain
// precision/recall/F1 helpers, and a reader for the tab-separated gold files
// of the labelled corpora (header "id<TAB>label...", the label column chosen
// by name).
//
// Conventions. The items scored are the items of the gold map; an item the
// prediction lacks counts as a singleton cluster of its own, and predicted
// items without gold are ignored. B-cubed follows Bagga and Baldwin (1998):
// per-item precision |pred ∩ gold| / |pred| and recall |pred ∩ gold| / |gold|,
// averaged over items. Pairwise scores count unordered item pairs put
// together; a ratio whose denominator is zero (no pairs predicted, no gold
// pairs) is 1, since nothing was claimed or nothing could be missed.
//
// Everything is computed from one contingency table of gold × predicted
// cluster sizes, so scoring is linear in the number of items. Standard
// library only: the arithmetic is a few lines and no dependency does it
// better.
package eval
