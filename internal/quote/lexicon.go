package quote

// Word lists. They are read-only after package init.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// postVerbs open an attribution that follows a quote and precedes the
// speaker ("…,” kata Hendra; "…," said Ellison). Indirect speech uses them
// after a comma ("…, kata O'Brien."). Indonesian forms with -nya
// ("katanya", "ujarnya") are pronoun attributions.
var postVerbs = set(
	// Indonesian
	"kata", "ujar", "ucap", "imbuh", "tutur", "jelas", "tegas", "ungkap", "terang",
	"sebut", "papar", "lanjut", "tambah", "tulis", "lapor", "pungkas", "sambung",
	"kilah", "cetus", "beber", "urai", "timpal", "seloroh", "aku",
	// English
	"said", "says", "added", "wrote", "told", "explained", "noted", "stated",
	"insisted", "warned", "continued", "tweeted", "argued", "acknowledged",
	"admitted", "declared", "replied", "asked", "quoted", "reported", "posted",
)

// postVerbsID are the Indonesian post verbs: they come before the speaker.
var postVerbsID = set(
	"kata", "ujar", "ucap", "imbuh", "tutur", "jelas", "tegas", "ungkap", "terang",
	"sebut", "papar", "lanjut", "tambah", "tulis", "lapor", "pungkas", "sambung",
	"kilah", "cetus", "beber", "urai", "timpal", "seloroh", "aku",
)

// sayVerbs are reporting verbs after the subject ("X mengatakan (bahwa) …",
// "X said (that) …"). They mark both indirect speech and a quote that
// follows them ("X mengatakan, “…”").
var sayVerbs = set(
	// Indonesian
	"mengatakan", "menyatakan", "menegaskan", "menjelaskan", "mengungkapkan",
	"mengungkap", "menuturkan", "menambahkan", "menyebut", "menyebutkan",
	"memaparkan", "menerangkan", "menekankan", "mengklaim", "membantah",
	"mengaku", "mengakui", "menilai", "berpendapat", "memperingatkan",
	"memastikan", "memperkirakan", "memprediksi", "melaporkan", "mengumumkan",
	"berkata", "bilang", "menyampaikan", "mengingatkan", "menulis", "berujar",
	"mengatakannya",
	// English
	"said", "says", "told", "tells", "added", "stated", "noted", "explained",
	"wrote", "warned", "insisted", "argued", "stressed", "claimed",
	"acknowledged", "admitted", "declared", "announced", "reported",
	"confirmed", "writes", "adds",
)

// quoteVerbs attribute only quoted words in the same sentence
// ("Kim menyerukan “langkah ofensif”"): without quote marks they are not
// reported speech.
var quoteVerbs = set(
	"menyerukan", "mendesak", "meminta", "berjanji", "menjanjikan", "mengimbau",
	"urged", "vowed", "promised", "pledged",
)

// namingVerbs with "sebagai"/"as" name a thing rather than report speech
// ("menyebut skema itu sebagai “jalan tengah”").
var namingVerbs = set("menyebut", "menyebutkan", "menyebutnya", "described", "called", "calls", "dubbed")

var negations = set("tidak", "tak", "belum", "enggan", "bukan", "not", "never", "didn't", "did", "does", "doesn't", "won't")

// pronouns that stand for the last person.
var pronouns = set("dia", "ia", "beliau", "he", "she")

// thirdPlural pronoun speakers are left unresolved.
var unresolvedPronouns = set("mereka", "they", "kami", "we", "it")

// fillers may stand between a subject and its verb ("Kim juga
// mengatakan", "O'Brien on Sunday said").
var fillers = set(
	"juga", "pun", "sebelumnya", "kemudian", "lalu", "telah", "sudah", "akan",
	"pernah", "kembali", "hanya", "pada", "hari", "itu", "tersebut", "saat",
	"ini", "secara", "terpisah", "dalam", "keterangannya", "sempat",
	"also", "has", "had", "have", "previously", "earlier", "later", "on",
	"was", "is", "had", "then", "again", "separately", "has", "in", "a",
	"statement", "would", "will", "once",
	"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)

// conjunctions after which a verb takes the subject of the whole sentence
// ("Kim tidak menyebut nama Trump tetapi mengatakan …").
var conjunctions = set("tetapi", "tapi", "namun", "dan", "serta", "sambil", "dengan", "but", "and", "while", "yet", "sedangkan")

// titles are stripped from the front of a name found without an entity
// mention ("Sen. Margaret Ellison", "Gubernur BI Bambang Suryadarma").
var titles = set(
	"presiden", "wakil", "menteri", "menkeu", "menkes", "menlu", "mendikdasmen",
	"gubernur", "bupati", "wali", "ketua", "umum", "direktur", "utama", "eksekutif",
	"kepala", "juru", "bicara", "jubir", "sekretaris", "jenderal", "kakorlantas",
	"irjen", "kombes", "brigjen", "ekonom", "pengamat", "peneliti", "koordinator",
	"pelatih", "kapten", "analis", "pejabat", "politikus", "anggota", "pemimpin",
	"penasihat", "komandan", "hakim", "jaksa", "dirut", "kapolri", "kapolda", "warga",
	"president", "governor", "minister", "secretary", "chief", "executive", "ceo",
	"judge", "attorney", "general", "prime", "spokesman", "spokeswoman",
	"spokesperson", "analyst", "economist", "resident", "leader", "sen", "rep",
	"gov", "gen", "capt", "lt", "col", "dr", "mr", "mrs", "ms", "prof", "sir",
	"district", "senator", "mayor", "chairman", "chairwoman", "director",
	"defence", "defense", "finance", "foreign", "opposition", "agency",
	"u.s", "state", "deputy", "vice",
)

// notNames are capitalised words that start sentences or dates and are
// not names by themselves.
var notNames = set(
	"pemerintah", "polisi", "warga", "namun", "tetapi", "sementara", "menurut",
	"dalam", "pada", "di", "hal", "itu", "ini", "para", "sejumlah", "seorang",
	"kami", "kita", "saya", "mereka", "dia", "ia", "the", "a", "an", "in", "on",
	"but", "and", "he", "she", "it", "they", "we", "i", "this", "that", "there",
	"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
	"september", "oktober", "november", "desember", "january", "february",
	"march", "june", "july", "august", "october", "december",
	"analysts", "officials", "experts", "economists", "residents", "scientists",
	"campaigners", "lawmakers", "sources", "critics", "witnesses", "police",
	"jika", "kalau", "karena", "selain", "sebelumnya", "kendati", "dengan",
	"ketika", "saat", "bahkan", "selama", "sejak", "as", "after", "when", "if",
)

// viaLeads introduce the medium a quote came through.
var viaLeads = []string{
	"seperti dilaporkan ", "seperti dikutip dari ", "seperti dikutip ",
	"seperti diberitakan ", "seperti dilansir ", "dikutip dari ", "dilansir dari ",
	"dilansir ", "dalam wawancara dengan ", "kepada ", "lewat ", "melalui ",
	"quoted as saying by ", "as saying by ", "according to ",
	"in an interview with ", "in a television interview with ",
	"in a radio interview with ", "told ", "to ", "by ",
}

// lowerMedia are outlets written in lower case.
var lowerMedia = set("detikcom", "kumparan", "kompas.com", "tirto.id", "liputan6.com", "okezone")

// orgNouns stand for an organisation named before ("the company said",
// "perusahaan itu").
var orgNouns = set("company", "firm", "bank", "ministry", "agency", "group", "carrier", "airline",
	"lender", "insurer", "retailer", "automaker", "regulator", "union", "party",
	"perusahaan", "perseroan", "emiten", "kementerian", "lembaga", "badan", "partai", "maskapai")

// participles open a clause that reports the sentence subject's words
// ("…, saying it would …").
var participles = set("saying", "adding", "warning", "arguing", "insisting", "noting", "stressing")

// trigger holds every word that can start reported speech, with the -nya
// forms of the post verbs, so a sentence is tested with one lookup a word.
var trigger = func() map[string]bool {
	m := map[string]bool{"menurut": true, "according": true, "katanya": true}
	for _, t := range []map[string]bool{sayVerbs, postVerbs, quoteVerbs, participles} {
		for w := range t {
			m[w] = true
		}
	}
	for w := range postVerbsID {
		m[w+"nya"] = true
	}
	return m
}()
