package verify

import (
	"fmt"
	"sort"
	"strings"
)

// contradicts reports whether u, a sentence of another article, tells the
// same fact as c with a different value. Same fact: the content terms
// (entities, numbers and dates aside) overlap by FrameCoverage both ways
// and in at least three terms. Different value, in this order:
//   - number: a number with the same unit (the word after it) has
//     different values in the two ("300 peserta" vs "250 peserta"; years);
//   - date: both name a weekday, a month or a day/month and none agree;
//   - place: both name places and share none;
//   - actor: both name people and share none (needs 0.75 overlap);
//   - negation: one negates (tidak, bukan, belum, not, never ...) a word
//     the other asserts (needs 0.75 overlap).
func (v *verifier) contradicts(c, u *claim) (on, detail string, ok bool) {
	var shared, tc, tu float64
	nShared := 0
	i, j := 0, 0
	for i < len(c.feats) || j < len(u.feats) {
		switch {
		case j >= len(u.feats) || (i < len(c.feats) && c.feats[i] < u.feats[j]):
			if v.in.class(c.feats[i]) == fTerm {
				tc += v.weight[c.feats[i]]
			}
			i++
		case i >= len(c.feats) || u.feats[j] < c.feats[i]:
			if v.in.class(u.feats[j]) == fTerm {
				tu += v.weight[u.feats[j]]
			}
			j++
		default:
			if v.in.class(c.feats[i]) == fTerm {
				w := v.weight[c.feats[i]]
				tc += w
				tu += w
				shared += w
				nShared++
			}
			i++
			j++
		}
	}
	if nShared < 3 || tc == 0 || tu == 0 {
		return "", "", false
	}
	fc, fu := shared/tc, shared/tu
	if fc < FrameCoverage || fu < FrameCoverage {
		return "", "", false
	}
	// numbers with the same unit
	for _, n := range c.nums {
		if n.unit == "" {
			continue
		}
		var mine, theirs []string
		for _, m := range c.nums {
			if m.unit == n.unit {
				mine = append(mine, m.val)
			}
		}
		for _, m := range u.nums {
			if m.unit == n.unit {
				theirs = append(theirs, m.val)
			}
		}
		if len(theirs) > 0 && disjoint(mine, theirs) {
			unit := n.unit
			if unit == "@year" {
				unit = "year"
			}
			return "number", fmt.Sprintf("%s vs %s (%s)", strings.Join(mine, ", "), strings.Join(theirs, ", "), unit), true
		}
	}
	// dates of the same kind
	for _, kind := range []string{"d:wd", "d:m", "d:/"} {
		mine, theirs := v.featsOf(c, kind), v.featsOf(u, kind)
		if len(mine) > 0 && len(theirs) > 0 && disjoint(mine, theirs) {
			return "date", v.vs(mine, theirs), true
		}
	}
	for _, k := range []struct{ prefix, on string }{{"e:place:", "place"}, {"e:person:", "actor"}} {
		if k.on == "actor" && (fc < 0.75 || fu < 0.75) {
			continue
		}
		mine, theirs := v.featsOf(c, k.prefix), v.featsOf(u, k.prefix)
		if len(mine) > 0 && len(theirs) > 0 && disjoint(mine, theirs) && !v.shareNameWord(mine, theirs) {
			return k.on, v.vs(mine, theirs), true
		}
	}
	if polarityConflict(c, u) && fc >= 0.75 && fu >= 0.75 {
		if negatedIn(c, u) {
			return "negation", "this sentence is negated, the other is not", true
		}
		return "negation", "the other sentence is negated, this one is not", true
	}
	return "", "", false
}

// featsOf returns the names of c's features with the given prefix; "d:/"
// selects day/month dates.
func (v *verifier) featsOf(c *claim, prefix string) []string {
	var out []string
	for _, f := range c.feats {
		if v.in.class(f) != prefix[0] {
			continue
		}
		name := v.in.names[f]
		switch prefix {
		case "d:/":
			if strings.HasPrefix(name, "d:") && strings.Contains(name, "/") {
				out = append(out, name)
			}
		case "d:m":
			if strings.HasPrefix(name, "d:m") && !strings.Contains(name, "/") {
				out = append(out, name)
			}
		default:
			if strings.HasPrefix(name, prefix) {
				out = append(out, name)
			}
		}
	}
	return out
}

// vs formats two feature-name lists with their labels.
func (v *verifier) vs(a, b []string) string {
	lab := func(xs []string) string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = v.label(v.in.ids[x])
		}
		sort.Strings(out)
		return strings.Join(out, ", ")
	}
	return lab(a) + " vs " + lab(b)
}

func disjoint(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return false
			}
		}
	}
	return true
}

// shareNameWord reports whether two lists of entity features share a word
// of their names: "Al Rasyid" and "Rumah Sakit Cipto Mangunkusumo Al
// Rasyid" are the same person found two ways, not two actors.
func (v *verifier) shareNameWord(a, b []string) bool {
	for _, x := range a {
		for _, wx := range v.entWords[v.in.ids[x]] {
			for _, y := range b {
				if hasFeat(sortedCopy(v.entWords[v.in.ids[y]]), wx) {
					return true
				}
			}
		}
	}
	return false
}

func sortedCopy(s []int32) []int32 {
	out := append([]int32(nil), s...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
