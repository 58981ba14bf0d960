package synth

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"strconv"
	"time"
)

// Article is one generated article with its gold labels.
type Article struct {
	ID        string    // source id, e.g. "syn-0000042"
	Title     string    // headline
	Text      string    // body: paragraphs separated by blank lines, furniture included
	Outlet    string    // invented outlet name
	Published time.Time // in WIB (UTC+7) or UTC
	Lang      string    // "id" or "en"

	Event       string // gold event label, e.g. "ev-00017"
	Story       string // gold storyline label, e.g. "st-00005"
	DuplicateOf string // gold: ID of the article this one reprints, or ""

	// Furniture lists the lines (or line prefixes, for a dateline) added
	// to Text as site furniture: gold for extraction tests.
	Furniture []string
	// Edits says how a reprint differs from its original: "outlet",
	// "title", "inserted line", "cut last paragraph", "rewritten lead".
	Edits []string
}

// Options shape a generated corpus. The zero value gives Indonesian
// articles, one event per ten articles, no reprints, one event per
// storyline, a 30-day span from 2024-01-01 WIB and no furniture.
type Options struct {
	Events      int           // distinct events (0: n/10, at least 1)
	LangMix     float64       // share of English articles, 0..1
	ReprintRate float64       // share of articles that reprint an earlier article of the same event, 0..1
	StoryEvents int           // events per storyline (0: 1)
	Span        time.Duration // time span of the events (0: 30 days)
	Start       time.Time     // start of the span (zero: 2024-01-01 00:00 WIB)
	Furniture   bool          // add datelines, "Baca juga:" lines, copyright and credit lines
	Skew        float64       // Zipf exponent of event sizes (0: 1.0)
}

// WIB is Western Indonesian Time, UTC+7.
var WIB = time.FixedZone("WIB", 7*3600)

// ErrStop may be returned by an Each callback to stop early without error.
var ErrStop = errors.New("synth: stop")

// Generate returns n articles; the same seed, n and options give the same
// articles.
func Generate(seed int64, n int, opts Options) []Article {
	out := make([]Article, 0, max(n, 0))
	_ = Each(seed, n, opts, func(_ int, a Article) error {
		out = append(out, a)
		return nil
	})
	return out
}

// Each generates the n articles of Generate one at a time, in order, and
// stops at the first error fn returns (ErrStop stops without error).
// Memory is proportional to n (a few dozen bytes per article) plus one
// article, so it suits corpora too big to hold.
func Each(seed int64, n int, opts Options, fn func(i int, a Article) error) error {
	if n <= 0 {
		return nil
	}
	p := newPlan(seed, n, opts)
	g := newGenerator(p)
	for i := range n {
		if err := fn(i, g.article(i)); err != nil {
			if errors.Is(err, ErrStop) {
				return nil
			}
			return err
		}
	}
	return nil
}

// person is a named actor with a role (index into rolesID/rolesEN).
type person struct {
	name string
	role int
}

// event is everything articles about one event share.
type event struct {
	topic    int
	story    int
	stage    int // position in its storyline
	city     string
	prov     string
	place    string
	kwName   string // generated name after the topic's keyword noun
	org      string
	actors   [4]person // actors[0] is the storyline's main actor
	num      int
	num2     int
	at       time.Time
	label    string
	storyLbl string
}

// item is the plan of one article.
type item struct {
	event  int32
	dup    int32 // index of the original, or -1
	outlet uint8
	en     bool
	at     int64 // Unix seconds
}

type plan struct {
	seed   uint64
	opts   Options
	events []event
	items  []item
}

func newPlan(seed int64, n int, opts Options) *plan {
	if opts.Events <= 0 {
		opts.Events = max(1, n/10)
	}
	if opts.StoryEvents <= 0 {
		opts.StoryEvents = 1
	}
	if opts.Span <= 0 {
		opts.Span = 30 * 24 * time.Hour
	}
	if opts.Start.IsZero() {
		opts.Start = time.Date(2024, 1, 1, 0, 0, 0, 0, WIB)
	}
	if opts.Skew <= 0 {
		opts.Skew = 1
	}
	opts.LangMix = min(max(opts.LangMix, 0), 1)
	opts.ReprintRate = min(max(opts.ReprintRate, 0), 1)
	p := &plan{seed: uint64(seed), opts: opts}
	p.makeEvents()
	p.makeItems(n)
	return p
}

func (p *plan) makeEvents() {
	r := newRNG(p.seed, 0, saltWorld)
	o := p.opts
	k := o.StoryEvents
	p.events = make([]event, o.Events)
	gapMax := o.Span / 5 / time.Duration(max(k-1, 1))
	var story event
	var storyStart time.Time
	var gap time.Duration
	for e := range p.events {
		if e%k == 0 { // a new storyline
			story = event{
				topic: r.intn(len(topics)),
				story: e / k,
				city:  pick(r, cities),
				prov:  pick(r, provinces),
				place: placeName(r),
				org:   orgName(r),
			}
			story.kwName = placeName(r)[len("Desa "):]
			story.actors[0] = person{name: personName(r), role: r.intn(len(rolesID))}
			story.storyLbl = label("st-", story.story)
			span := o.Span - time.Duration(k-1)*gapMax
			storyStart = o.Start.Add(time.Duration(r.float() * float64(span)))
			gap = time.Duration((0.5 + 0.5*r.float()) * float64(gapMax))
		}
		ev := story
		ev.stage = e % k
		for a := 1; a < len(ev.actors); a++ {
			ev.actors[a] = person{name: personName(r), role: r.intn(len(rolesID))}
		}
		ev.num = 10 + r.intn(990)
		ev.num2 = 2 + r.intn(98)
		ev.at = storyStart.Add(time.Duration(ev.stage) * gap)
		ev.label = label("ev-", e)
		p.events[e] = ev
	}
}

func (p *plan) makeItems(n int) {
	r := newRNG(p.seed, 0, saltPlan)
	o := p.opts
	E := len(p.events)
	// Zipf weights over a random ranking of the events.
	rank := make([]int32, E)
	for i := range rank {
		rank[i] = int32(i)
	}
	for i := E - 1; i > 0; i-- {
		j := r.intn(i + 1)
		rank[i], rank[j] = rank[j], rank[i]
	}
	cum := make([]float64, E)
	total := 0.0
	for e := range E {
		total += 1 / math.Pow(float64(rank[e]+1), o.Skew)
		cum[e] = total
	}
	p.items = make([]item, n)
	for i := range p.items {
		var e int
		if i < E && n >= E {
			e = i // every event gets at least one article
		} else {
			e, _ = slices.BinarySearch(cum, r.float()*total)
			e = min(e, E-1)
		}
		// Publication: hours after the event, mostly soon.
		delay := time.Duration(min(-math.Log(1-r.float())*6, 72) * float64(time.Hour))
		p.items[i] = item{event: int32(e), dup: -1, at: p.events[e].at.Add(delay).Unix()}
	}
	slices.SortStableFunc(p.items, func(a, b item) int { return cmp.Compare(a.at, b.at) })

	originals := make([][]int32, E)
	for i := range p.items {
		it := &p.items[i]
		orig := originals[it.event]
		if len(orig) > 0 && r.float() < o.ReprintRate {
			d := orig[r.intn(len(orig))]
			src := p.items[d]
			it.dup, it.en = d, src.en
			it.outlet = uint8(otherIndex(r, int(src.outlet), len(outlets(it.en))))
			it.at = max(it.at, src.at+int64(300+r.intn(4*3600)))
			continue
		}
		it.en = r.float() < o.LangMix
		it.outlet = uint8(r.intn(len(outlets(it.en))))
		originals[it.event] = append(orig, int32(i))
	}
}

func outlets(en bool) []string {
	if en {
		return outletsEN
	}
	return outletsID
}

// otherIndex picks an index in [0,n) other than not, when n > 1.
func otherIndex(r *rng, not, n int) int {
	if n < 2 {
		return 0
	}
	i := r.intn(n - 1)
	if i >= not {
		i++
	}
	return i
}

func label(prefix string, n int) string {
	b := make([]byte, 0, len(prefix)+7)
	b = append(b, prefix...)
	s := strconv.Itoa(n)
	for range 5 - len(s) {
		b = append(b, '0')
	}
	return string(append(b, s...))
}

func articleID(i int) string {
	b := []byte("syn-")
	s := strconv.Itoa(i)
	for range 7 - len(s) {
		b = append(b, '0')
	}
	return string(append(b, s...))
}

func pick[T any](r *rng, list []T) T { return list[r.intn(len(list))] }

// personName makes "First Lastname" with a generated last name; about
// 80 × 30² × 16 combinations.
func personName(r *rng) string {
	b := make([]byte, 0, 24)
	b = append(b, pick(r, firstNames)...)
	b = append(b, ' ')
	syl := pick(r, nameSyl)
	b = append(b, syl[0]-'a'+'A')
	b = append(b, syl[1:]...)
	if r.intn(2) == 0 {
		b = append(b, pick(r, nameSyl)...)
	}
	b = append(b, pick(r, nameTail)...)
	return string(b)
}

// placeName makes "Desa Sukamaju" style names: 400 stems × generated tails.
func placeName(r *rng) string {
	b := make([]byte, 0, 24)
	b = append(b, "Desa "...)
	b = append(b, pick(r, placePrefix)...)
	b = append(b, pick(r, placeRoot)...)
	if r.intn(3) == 0 {
		b = append(b, pick(r, nameTail)...)
	}
	return string(b)
}

func orgName(r *rng) string {
	i := r.intn(len(orgBody))
	j := otherIndex(r, i, len(orgBody))
	return pick(r, orgHead) + " " + orgBody[i] + " " + orgBody[j] + " " + pick(r, orgTail)
}

// rng is splitmix64: small, fast, and seeded per article so articles are
// independent of each other's draws.
type rng struct{ s uint64 }

const (
	saltWorld = 0x776f726c64
	saltPlan  = 0x706c616e
	saltBody  = 0x626f6479
	saltDress = 0x6472657373
	saltEdit  = 0x65646974
)

func newRNG(seed uint64, i int, salt uint64) *rng {
	r := &rng{s: seed*0x9e3779b97f4a7c15 ^ uint64(i)*0xbf58476d1ce4e5b9 ^ salt}
	r.next()
	return r
}

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// intn returns a number in [0,n), n > 0.
func (r *rng) intn(n int) int { return int((r.next() >> 32) * uint64(n) >> 32) }

// float returns a number in [0,1).
func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }
