package textid

import "strings"

// IsStopword reports whether word (lower-cased, as Words gives it) is a stop
// word of lang: "id" and "ms" use the Indonesian list (plus Malay function
// words for "ms"), "en" the English list, any other lang (also "") both.
func IsStopword(lang, word string) bool {
	switch lang {
	case "id":
		_, ok := stopID[word]
		return ok
	case "ms":
		if _, ok := stopID[word]; ok {
			return true
		}
		_, ok := stopMS[word]
		return ok
	case "en":
		_, ok := stopEN[word]
		return ok
	}
	if _, ok := stopID[word]; ok {
		return true
	}
	_, ok := stopEN[word]
	return ok
}

func toSet(words string) map[string]struct{} {
	f := strings.Fields(words)
	m := make(map[string]struct{}, len(f))
	for _, w := range f {
		m[w] = struct{}{}
	}
	return m
}

// The lists below were written for warta (function words: pronouns,
// prepositions, conjunctions, particles, auxiliaries, quantifiers, common
// adverbs and reporting fillers). Content words that carry news meaning
// (kata "say" aside) are kept out on purpose.

var stopID = toSet(`
ada adalah adanya agak agar akan akankah akhirnya aku akulah amat amatlah anda andalah
antar antara antaranya apa apaan apabila apakah apalagi apatah atau ataukah ataupun
bagai bagaikan bagaimana bagaimanakah bagaimanapun bagi bagian bahkan bahwa bahwasanya
baik bakal bakalan  banyak  baru bawah beberapa begini beginian beginikah
beginilah begitu begitukah begitulah begitupun belum belumlah benar berapa berapakah
berapalah berapapun bermacam bersama betul biasa biasanya bila bilakah bisa bisakah
boleh bolehkah bolehlah buat bukan bukankah bukanlah bukannya cukup cuma dahulu dalam
dan dapat dari daripada   demi demikian demikianlah dengan depan di dia
diakah dialah diantara diri dirinya disini disitu disana dong dulu enggak entah entahlah
gimana guna hal hampir hanya hanyalah harus haruslah harusnya hendak hendaklah hendaknya
hingga ia ialah ibarat  ikut ingin inginkah inginkan ini inikah inilah itu itukah
itulah jadi jadilah jangan jangankan janganlah   jelas jika jikalau juga jugalah
justru kala kalau kalaulah kalaupun kalian kami kamilah kamu kamulah kan kapan kapankah
kapanpun karena karenanya ke kebanyakan  kecuali keduanya kemudian kenapa kepada
kepadanya ketika khususnya kini kinilah kira kiranya kita kitalah kok lagi lagian lah
lain lainnya lalu lama lamanya  lebih lewat macam maka makanya makin malah
malahan mampu mana manakala manalagi masa masih masing mau maupun melainkan melalui
memang mereka merekalah meski meskipun mu mungkin mungkinkah nah namun nanti nantinya
nya olah oleh pada padahal padanya paling para pasti patut per pernah pula pun punya
 rupanya saat saja sajalah saling sama sambil sampai sana sangat sangatlah saya
sayalah se sebab sebabnya sebagai sebagaimana sebagainya sebagian sebaik sebaiknya
sebaliknya sebanyak sebegini sebegitu sebelum sebelumnya sebenarnya seberapa sebetulnya
sebuah secara sedang sedangkan sedikit segala segera seharusnya sehingga sejak sejauh
sekadar sekali sekalian sekaligus sekalipun sekarang sekitar sekitarnya selagi selain
selaku selalu selama selanjutnya seluruh seluruhnya semacam semakin semasa semata
semua semuanya semula sendiri sendirinya seolah seorang sepanjang sepantasnya seperti
sepertinya sering seringnya serta sesuatu sesudah sesudahnya sesuai setelah setiap
setidaknya sewaktu siapa siapakah siapapun sih sini sinilah situ situlah soal sudah
sudahkah sudahlah supaya tadi tadinya tak tanpa tapi telah tentang tentu tentunya
terhadap terlalu termasuk tersebut tersebutlah tertentu tetap tetapi tiap tidak tidakkah
tidaklah toh ujar ungkap untuk usai walau walaupun wah wahai yaitu yakni yang ya
adapun agaknya andai andaikan antara apabila bahwasannya berbagai bersangkutan dsb dll
dkk dst hai hanyalah ialah ini itu juga kah kalaupun kepada lho loh maupun misalnya
mengapa menurut nya oleh pak pula sang sih si sebagaimana terkait tersebut dr drs yg dgn
utk dg tdk sdh krn jg blm kpd
beliau kata katanya mengatakan menyebutkan menjelaskan dikatakan ujarnya tuturnya jelasnya
`)

// stopMS adds Malay function words that Indonesian writes differently.
var stopMS = toSet(`
kerana iaitu sahaja juga daripada tersebut beliau mereka ialah adalah boleh sebab
bagaimanapun hendaklah itulah manakala bilamana apabila sekiranya ketika walaupun
kepada terhadap telah sudah belum tidak tak bukan kami kita awak kamu engkau saya
hanya lagi pula pun lah kah tu ni nak dah tak pernah seperti sebagai semua setiap
`)

var stopEN = toSet(`
a about above across after afterwards again against ago all almost alone along already
also although always am among amongst an and another any anybody anyhow anyone anything
anyway anywhere are around as at back be became because become becomes becoming been
before beforehand behind being below beside besides between beyond both but by can
cannot could did do does doing done down during each either else elsewhere enough etc
even ever every everybody everyone everything everywhere except few for former formerly
from further furthermore had has have having he hence her here hereafter hereby herein
hers herself him himself his how however i if in indeed instead into is it its itself
just last latter least less let like likely many may me meanwhile might mine more
moreover most mostly much must my myself namely neither never nevertheless next no
nobody none noone nor not nothing now nowhere of off often on once one only onto or
other others otherwise our ours ourselves out over own per perhaps please quite rather
really same seem seemed seeming seems several she should since so some somehow someone
something sometime sometimes somewhere still such than that the their theirs them
themselves then thence there thereafter thereby therefore therein thereupon these they
this those though through throughout thru thus to together too toward towards under
unless until up upon us very via was we well were what whatever when whence whenever
where whereafter whereas whereby wherein whereupon wherever whether which while whither
who whoever whole whom whose why will with within without would yet you your yours
yourself yourselves
isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't
can't couldn't shouldn't mustn't mightn't needn't
i'm you're we're they're i've you've we've they've i'd you'd he'd she'd we'd
they'd i'll you'll he'll she'll we'll they'll shan't
said says say saying told tells according also just get gets got getting go goes going
gone make makes made put take took taken use used using via mr mrs ms dr
s t d ll m re ve
`)
