package entity

// givenNames are common first names (Indonesian, Malay, Arabic-derived,
// English and other names frequent in international news). They are only
// used to find where a person's name begins when it follows an
// organisation name with no punctuation between them ("Direktur
// Eksekutif Lembaga Survei X Agus Salim", "CEO Acme Daniel Smith"), and
// to tell a person from a body before "of" ("Jane Doe of Acme Capital").
// The list was written for warta from general knowledge.
var givenNames = wordSet(
	// Indonesian and Malay
	`abdul adi aditya agung agus ahmad akbar alif amir andi andika anggi anies anton ari arief arif
aris arya asep bagas bagus bambang bayu benny budi cahya cahyo dadang dani danu dedi dedy deni
denny dewi dian dimas djoko dodi eko endang erick erwin evi fadli fahmi fajar farhan febri
fikri gatot gilang gunawan hadi hari haris hasan hendra hendro heri hery ibnu imam indah indra
intan irfan irwan iwan joko kurniawan lestari lukman made mahendra maya mega muhammad mohammad
nanda nia nur nurul oki puspita putra putri rachmat rahmat raden rafi rahmad ratna reza ria
rian rina rini rizal rizki rizky robby rudi rudy sandi santoso sari setya siti slamet sri
suharto sukma surya susanti syahrul taufik teguh tri tuti udin wahyu wawan wayan widya wulan
yanti yoga yudi yuli yusuf zainal zulkifli ketut nyoman komang gede putu kadek luh yohanes
stefanus fransiskus agustinus ignatius benediktus maria yoseph theresia anastasia bonifasius`,
	// English and international
	`aaron adam alan albert alex alexander alice amanda amy andrew angela ann anna anne anthony
barbara ben benjamin beth bill brian bruce carl carlos carol catherine charles chris christine
christopher claire daniel david deborah dennis diana donald dorothy douglas edward elizabeth
emily emma eric frank gary george grace gregory hannah harry helen henry jack james jane janet
jason jean jeff jeffrey jennifer jessica joan joe john jonathan joseph joshua julia julie karen
kate katherine keith kelly kenneth kevin laura lawrence linda lisa louis margaret maria mark
martin mary matthew melissa michael michelle mike nancy nicholas nicole patricia patrick paul
peter philip rachel raymond rebecca richard robert roger ronald rose ruth ryan samuel sandra
sarah scott sharon simon stephen steven susan thomas timothy tom victoria walter william
priya raj rahul amit anil sanjay sunil vijay deepak arjun ravi ahmed ali omar hassan hussein
mohamed mahmoud ibrahim khalid fatima aisha yuki hiroshi takashi kenji akira li wang zhang chen
min jun ji hyun seo sung young kim jose juan luis miguel pedro antonio francisco manuel javier
carmen ana sofia lucia marco giovanni luca pierre jacques marie hans klaus ivan sergei dmitry
olga natalia vladimir`)
