package verify

import (
	"fmt"
	"sort"
	"strings"

	"github.com/warta-news/warta/internal/dedup"
)

// wires maps the names news agencies go by (lower case) to one key. KCNA
// and other state media of the parties to a story are not here: citing
// them marks where a statement was made, not a shared copy of a report.
var wires = map[string]string{
	"reuters": "reuters", "thomson reuters": "reuters",
	"afp": "afp", "agence france-presse": "afp", "agence france presse": "afp",
	"ap": "ap", "associated press": "ap", "the associated press": "ap",
	"antara": "antara", "lkbn antara": "antara", "antaranews": "antara", "antara news": "antara",
	"xinhua": "xinhua", "yonhap": "yonhap", "kyodo": "kyodo", "bernama": "bernama",
	"tass": "tass", "dpa": "dpa", "bloomberg": "bloomberg", "efe": "efe", "ansa": "ansa", "upi": "upi",
}

var wireNames = map[string]string{
	"reuters": "Reuters", "afp": "AFP", "ap": "Associated Press", "antara": "ANTARA", "xinhua": "Xinhua",
	"yonhap": "Yonhap", "kyodo": "Kyodo", "bernama": "Bernama", "tass": "TASS", "dpa": "dpa",
	"bloomberg": "Bloomberg", "efe": "EFE", "ansa": "ANSA", "upi": "UPI",
}

func wireKey(name string) string {
	return wires[strings.ToLower(strings.TrimSpace(name))]
}

// uf is a union-find over articles (0..n-1) and wire nodes (n..).
type uf struct{ p []int }

func (u *uf) find(x int) int {
	for u.p[x] != x {
		u.p[x] = u.p[u.p[x]]
		x = u.p[x]
	}
	return x
}

func (u *uf) union(a, b int) bool {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return false
	}
	if ra > rb {
		ra, rb = rb, ra
	}
	u.p[rb] = ra // the smaller index (earlier article) is the root
	return true
}

// Origins: groupSources and groupReports put the articles into
// independent origins. Rules, in order:
//  1. reprints: DuplicateOf inside the event, or MinHash signatures with
//     Jaccard >= 0.5 or containment >= 0.8;
//  2. an explicit source credit ("Sumber: Reuters") makes the article that
//     wire's copy; so does an outlet that is itself a wire;
//  3. articles of the same outlet without a source credit are that outlet;
//  4. one report told twice (translation, rewrite): the smaller article
//     has at least three lede and body claims and at least SameReport of
//     them are said by the other, mostly in order (titles are left out:
//     every report of an event has a similar one);
//  5. a "via" credit ("dikutip dari AFP") makes the article the wire's copy
//     only when at least WireShare of its claims match the wire's other
//     copies in the event; otherwise it is its outlet's own reporting that
//     quotes the wire.
//
// grouping is the state between the two phases: rules 1-3
// (groupSources) need only the articles and run before the claims are
// compared; rules 4-5 (groupReports) need the comparison.
type grouping struct {
	u        *uf
	wireList []string
	wireIdx  map[string]int
	why      map[int][]string // collected per article, merged later
	idIdx    map[string]int
	sourced  []bool
}

func (g *grouping) node(n int, w string) int {
	if i, ok := g.wireIdx[w]; ok {
		return i
	}
	i := n + len(g.wireList)
	g.wireIdx[w] = i
	g.wireList = append(g.wireList, w)
	return i
}

func (g *grouping) note(i int, s string) { g.why[i] = append(g.why[i], s) }

// groupSources applies rules 1-3 (reprints, source credits and wire
// outlets, same outlet) and sets v.pre, each article's group so far: the
// final origins only merge these groups, so the claims of one group need
// not be compared with each other.
func (v *verifier) groupSources() {
	n := len(v.arts)
	g := &grouping{wireIdx: map[string]int{}, why: map[int][]string{}}
	v.grp = g
	node := func(w string) int { return g.node(n, w) }
	// pre-create wire nodes so the union-find is sized once
	for _, a := range v.arts {
		for _, cr := range a.Credits {
			if w := wireKey(cr.Name); w != "" && (cr.Role == "source" || cr.Role == "via") {
				node(w)
			}
		}
		if w := wireKey(a.Outlet); w != "" {
			node(w)
		}
	}
	u := &uf{p: make([]int, n+len(g.wireList))}
	for i := range u.p {
		u.p[i] = i
	}
	g.u = u
	note := g.note
	idIdx := make(map[string]int, n)
	for i, a := range v.arts {
		idIdx[a.ID] = i
	}
	g.idIdx = idIdx
	// 1. reprints
	for i, a := range v.arts {
		if j, ok := idIdx[a.DuplicateOf]; ok && a.DuplicateOf != "" && j != i {
			if u.union(i, j) {
				note(i, fmt.Sprintf("%s is a near-duplicate of %s (duplicate_of)", short(a.ID), short(v.arts[j].ID)))
			}
		}
	}
	sigs := v.sigs
	for i, a := range v.arts {
		if sigs[i] == nil {
			sigs[i] = signArticle(a)
		}
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			if u.find(i) == u.find(j) {
				continue
			}
			sim, con := dedup.Similar(sigs[i], sigs[j]), dedup.Containment(sigs[i], sigs[j])
			if sim >= 0.5 || con >= 0.8 {
				u.union(i, j)
				note(j, fmt.Sprintf("%s reprints %s (shingle similarity %.2f, containment %.2f)", short(v.arts[j].ID), short(v.arts[i].ID), sim, con))
			}
		}
	}
	// reprint clusters: rule 1 only
	v.rep = make([]int32, n)
	for i := range n {
		v.rep[i] = int32(u.find(i))
	}
	// 2. source credits and wire outlets
	sourced := make([]bool, n)
	g.sourced = sourced
	for i, a := range v.arts {
		for _, cr := range a.Credits {
			if w := wireKey(cr.Name); w != "" && cr.Role == "source" {
				u.union(i, node(w))
				sourced[i] = true
				note(i, fmt.Sprintf("%s credits source %s", short(a.ID), cr.Name))
			}
		}
		if sourced[i] {
			continue
		}
		if w := wireKey(a.Outlet); w != "" {
			u.union(i, node(w))
			note(i, fmt.Sprintf("%s is published by the agency %s", short(a.ID), a.Outlet))
		}
	}
	// 3. same outlet
	byOutlet := map[string]int{}
	for i, a := range v.arts {
		o := strings.ToLower(strings.TrimSpace(a.Outlet))
		if o == "" || sourced[i] || wireKey(a.Outlet) != "" {
			continue
		}
		if j, ok := byOutlet[o]; ok {
			if u.union(i, j) {
				note(i, fmt.Sprintf("%s and %s: same outlet %s", short(v.arts[j].ID), short(a.ID), a.Outlet))
			}
		} else {
			byOutlet[o] = i
		}
	}
	v.pre = make([]int32, n)
	for i := range n {
		v.pre[i] = int32(u.find(i))
	}
}

// groupReports applies rules 4 and 5 (one report told twice, via credits)
// to the groups of groupSources and builds v.origins.
func (v *verifier) groupReports() {
	n := len(v.arts)
	g := v.grp
	u, note, sourced, idIdx, wireList := g.u, g.note, g.sourced, g.idIdx, g.wireList
	why := g.why
	node := func(w string) int { return g.node(n, w) }
	// 4. same report told twice
	matched := v.matchCounts()
	// titles and subtitles summarise: only the lede and body claims count
	claimsOf := make([]int, n)
	for ci := 0; ci < v.nClaims; ci++ {
		if v.units[ci].kind == KindBody || v.units[ci].kind == KindLede {
			claimsOf[v.units[ci].art]++
		}
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			if u.find(i) == u.find(j) {
				continue
			}
			small, big := i, j
			if claimsOf[j] < claimsOf[i] {
				small, big = j, i
			}
			if claimsOf[small] < 3 {
				continue
			}
			k := matched[small][big]
			// both ways: a short report wholly inside a long one is as
			// likely an independent brief of the same facts
			k2 := matched[big][small]
			if float64(k) >= SameReport*float64(claimsOf[small]) && float64(k2) >= SameReport*float64(claimsOf[big]) && v.inOrder(small, big) {
				u.union(i, j)
				note(small, fmt.Sprintf("%s and %s: %d of %d claims said by both, in the same order (translation or rewrite of one report)", short(v.arts[small].ID), short(v.arts[big].ID), k, claimsOf[small]))
			}
		}
	}
	// 5. via credits
	for i, a := range v.arts {
		if sourced[i] || claimsOf[i] == 0 {
			continue
		}
		for _, cr := range a.Credits {
			w := wireKey(cr.Name)
			if w == "" || cr.Role != "via" {
				continue
			}
			wn := node(w)
			if u.find(i) == u.find(wn) {
				continue
			}
			// copies of w: articles already in w's origin, other than i
			var copies []int
			for j := range n {
				if j != i && u.find(j) == u.find(wn) {
					copies = append(copies, j)
				}
			}
			if len(copies) == 0 {
				continue
			}
			k := v.matchedIn(i, copies)
			if float64(k) >= WireShare*float64(claimsOf[i]) {
				u.union(i, wn)
				note(i, fmt.Sprintf("%s cites %s and %d of its %d claims match %s's other copies", short(a.ID), cr.Name, k, claimsOf[i], wireNames[w]))
			}
		}
	}
	// build origins in order of first article
	v.origin = make([]int, n)
	rootIdx := map[int]int{}
	for i, a := range v.arts {
		r := u.find(i)
		oi, ok := rootIdx[r]
		if !ok {
			oi = len(v.origins)
			rootIdx[r] = oi
			v.origins = append(v.origins, Origin{})
		}
		v.origin[i] = oi
		o := &v.origins[oi]
		o.Articles = append(o.Articles, a.ID)
		o.Evidence = append(o.Evidence, why[i]...)
	}
	for r, oi := range rootIdx {
		o := &v.origins[oi]
		// a wire node in the group names it
		var ws []string
		for k, w := range wireList {
			if u.find(n+k) == r {
				ws = append(ws, w)
			}
		}
		sort.Strings(ws)
		first := v.arts[idIdx[o.Articles[0]]]
		switch {
		case len(ws) > 0:
			o.ID, o.Kind, o.Name = "wire:"+ws[0], OriginWire, wireNames[ws[0]]
		case first.Outlet != "":
			o.ID, o.Kind, o.Name = "outlet:"+slug(first.Outlet), OriginOutlet, first.Outlet
		default:
			o.ID, o.Kind, o.Name = "article:"+first.ID, OriginArticle, "article "+short(first.ID)
		}
	}
	// ids must be unique: an outlet split by rules above keeps its first id
	seen := map[string]int{}
	for i := range v.origins {
		o := &v.origins[i]
		if k := seen[o.ID]; k > 0 {
			o.ID = fmt.Sprintf("%s~%d", o.ID, k+1)
		}
		seen[strings.SplitN(o.ID, "~", 2)[0]]++
	}
	for i, a := range v.arts {
		a.Origin = v.origins[v.origin[i]].ID
	}
}

// matchCounts returns, for each ordered pair of articles, how many claims
// of the first have a supporting sentence in the second.
func (v *verifier) matchCounts() [][]int {
	n := len(v.arts)
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	for ci := 0; ci < v.nClaims; ci++ {
		a := v.units[ci].art
		if k := v.units[ci].kind; k != KindBody && k != KindLede {
			continue
		}
		for _, mt := range v.matches[ci] {
			if mt.sameReport() {
				m[a][mt.art]++
			}
		}
	}
	return m
}

// matchedIn counts the claims of article i supported by any of arts.
func (v *verifier) matchedIn(i int, arts []int) int {
	k := 0
	for ci := 0; ci < v.nClaims; ci++ {
		if k := v.units[ci].kind; v.units[ci].art != i || (k != KindBody && k != KindLede) {
			continue
		}
		for _, mt := range v.matches[ci] {
			if mt.sameReport() && containsInt(arts, mt.art) {
				k++
				break
			}
		}
	}
	return k
}

func containsInt(s []int, x int) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// inOrder reports whether the claims of a matched in b appear in b mostly
// in the same order: the longest increasing run of b positions covers at
// least two thirds of the matches.
func (v *verifier) inOrder(a, b int) bool {
	var pos []int
	for ci := 0; ci < v.nClaims; ci++ {
		if k := v.units[ci].kind; v.units[ci].art != a || (k != KindBody && k != KindLede) {
			continue
		}
		for _, mt := range v.matches[ci] {
			if mt.art == b && mt.sameReport() {
				u := &v.units[mt.unit]
				pos = append(pos, (u.para+2)*1000+u.sent)
			}
		}
	}
	if len(pos) == 0 {
		return false
	}
	// longest non-decreasing subsequence, O(n log n)
	var tails []int
	for _, p := range pos {
		i := sort.Search(len(tails), func(i int) bool { return tails[i] > p })
		if i == len(tails) {
			tails = append(tails, p)
		} else {
			tails[i] = p
		}
	}
	return 3*len(tails) >= 2*len(pos)
}

// slug lower-cases and joins words with '-'.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}
