/**
 * Lexicon of Arabic given names and frequent family names with their usual spelling in each
 * romanization style (private).
 *
 * One entry a line: `arabic|ala-lc|mashreq|maghreb`, or the Arabic alone for a name that the
 * rules already spell right in every style (kept so that it counts as an Arabic name); `=` for
 * the ALA-LC field when the rules give it (the other fields still default to it). An empty or missing mashreq field is the
 * ALA-LC form without its diacritics, ʻ and ʼ (and -ah → -a); an empty or missing maghreb field
 * is the mashreq form. ALA-LC forms follow the Library of Congress romanization tables
 * (ʻ for ع, ʼ for hamza, macrons for long vowels, á for ى, -ah for ة, al- never assimilated);
 * the press forms are the spellings of the Moroccan, Algerian and Tunisian French-language
 * press (maghreb) and of the English-language press of Egypt, the Levant, Iraq and the Gulf
 * (mashreq). Officials' own spellings win over a general rule (Tebboune, Hammouchi, Diab).
 *
 * The given names that name matching must tell apart although they sound alike (عمر / عمرو,
 * حمد / أحمد, حسن / حسين …) or that are so common they say little about who a person is are in
 * {@link MATCHED_NAMES}, the same table for both uses: a fifth field lists their other Arabic
 * spellings. Lines starting with `~` are foreign given names with their Arabic short forms
 * (ويليام، بيل), for matching only. Their Latin spellings, which only matching needs, are in
 * matched-spellings.ts, so that romanization does not carry them. The tables
 * are built on first use.
 */
import { FOLD_ALEF, FOLD_HAMZA, FOLD_MAQSURA, FOLD_TA_MARBUTA, foldText } from '../../_lib/fold-text.js';

/**
 * Given names used by romanization AND by name matching (see above): `arabic|ala-lc|mashreq|
 * maghreb|other Arabic spellings`; `~arabic short forms` for a foreign given name (matching only).
 * The Arabic is written in Buckwalter's ASCII and the Latin letters outside ASCII by codes, as in
 * {@link ENTRIES} (محمد is mHmd, Muḥammad is Mu5ammad, كريس krys).
 */
export const MATCHED_NAMES = `
mHmd|Mu5ammad|Mohammed|Mohamed
mHmwd|=|Mahmoud
>Hmd|=|Ahmed
Hmd|#amad
HAmd|=|Hamed|Hamid
Hmyd
Emr|4Umar|Omar
Emrw|4Amr
Ely
ElA'
Hsn|#asan|Hassan
Hsyn|#usayn|Hussein|Houcine
sEyd|=|Saeed|Said
sEd
EbdAllh|4Abd All1h|Abdullah|Abdellah
EbdAl<lh|4Abd al-Il1h|Abdul Ilah|Abdelilah
EbdAlrHmn|4Abd al-Ra5m1n|Abdulrahman|Abderrahmane
EbdAlrHym|4Abd al-Ra52m|Abdul Rahim|Abderrahim
xAld
ywsf|=|Youssef
<brAhym|=||Brahim
mSTfY|Mu67af9||Mustapha|mSTfy
krym
krymp
>myn
>mynp
jmyl|=
jmylp|=
nbyl|=
nbylp|=
sEydp
jwzyf|=|Joseph||jwzf jw
~krystwfr krys
~wylyAm wlyAm byl
~jyms jym
~mAykl mykA}yl mAyk
~rwbrt bwb
~Antwny twny
~twmAs twm
~ryt$Ard ryk dyk
~dyfyd dyf
~styfn styf
~nykwlAs nyk
~AlyzAbyv lyz
`;

/**
 * The other names: `arabic|ala-lc|mashreq|maghreb` as above (the ALA-LC of a word with the article
 * written without its al-), the Arabic written one ASCII letter a
 * letter in Buckwalter's transliteration ({@link ARABIC_LETTERS} ↔ {@link ASCII_LETTERS}: A ا,
 * > أ, < إ, M آ, ' ء, & ؤ, } ئ, b ب, t ت, v ث, j ج, H ح, x خ, d د, * ذ, r ر, z ز, s س, $ ش,
 * S ص, D ض, T ط, Z ظ, E ع, g غ, f ف, q ق, k ك, l ل, m م, n ن, h ه, w و, y ي, Y ى, p ة), which
 * halves its size in the bundle: الحموشي is AlHmw$y.
 * In the Latin fields, the letters outside ASCII are written with one ASCII code each, decoded when
 * the table is built: 1 ā, 2 ī, 3 ū, 4 ʻ, 5 ḥ, 6 ṣ, 7 ṭ, 8 ḍ, 9 á, # Ḥ, % Ṣ, ^ Ṭ, + Ā, ! ẓ, ? ʼ
 * (Mu5ammad is Muḥammad; ï, ç and é are written as they are).
 */
const ENTRIES = `
sfyAn|Sufy1n|Sufian|Sofiane
rAbH|=|Rabeh|Rabah
mnyp|Munyah|Mounia
wdAd|Wid1d||Ouidad
snA'
vryA|Thurayy1|Thuraya|Touria
rbyE|=|Rabie
Th|^1h1
HsAm|#us1m|Hossam|Houssam
frAs|Fir1s
bwElAm|=|Boualem
bsAm|Bass1m
EbdAlgfAr|4Abd al-Ghaff1r|Abdel Ghaffar|Abdelghaffar
EbdAlmnEm|4Abd al-Mun4im|Abdel Moneim|Abdelmoneim
EbdAlstAr|4Abd al-Satt1r|Abdul Sattar|Abdessatar
EbdAljbAr|4Abd al-Jabb1r|Abdul Jabbar|Abdeljabbar
AlmjAly|=||El Majali
AlTrAwnp|=|al-Tarawneh|Tarawneh
Al$mry|Shammar2||Chammari
Aldlymy|Dulaym2|al-Dulaimi|Dulaimi
Aljbwry|Jub3r2|al-Jubouri|Jebouri
AlEbydy|4Ubayd2|al-Obeidi|Obeidi
AlqHTAny|=||Kahtani
AlEtyby|4Utayb2|al-Otaibi|Otaibi
AlTrAblsy|^ar1bulus2|Trabelsi
AljbAly|=|al-Jebali|Jebali
AlhmAmy|Hamm1m2|Hammami
bnAny|Bann1n2|Bennani
brAdp|Barr1dah|Berrada
bnjlwn|Bin Jall3n|Benjelloun
AlEmrAny|4Umr1n2|Amrani
Al<drysy|=|al-Idrissi|Idrissi
EvmAn|4Uthm1n|Othman
AlHsyn|#usayn|al-Hussein|El Houcine
HsAn|#ass1n||Hassane
<smAEyl
fATmp
yAsyn|=|Yassin|Yassine
EysY|=|Issa|Aïssa
mwsY|=|Moussa
yHyY|=||Yahia
zkryA|Zakar2y1|Zakaria
>ymn|=||Aymen
qys|Qays|Kais|Kaïs
rmTAn|=|Ramtane
AlsEyd|=|al-Saeed|Saïd
nASr|=|Nasser
mnSwr|=|Mansour
msEwd|=|Masoud|Messaoud
mHfwZ
mbrwk|=|Mabrouk
mxtAr|Mukht1r|Mokhtar
SAlH|=|Saleh|Salah
SlAH|=|Salah
jmAl|=
kmAl|=||Kamel
h$Am|Hish1m||Hichem
EAdl
TArq|=|Tarek|Tarik
sAmy
sAmH
$kry|Shukr2|Shoukry|Choukri
smyr|=
smyrp|=
r$yd
r$ydp
mjyd|=
mAjd|=|Majed|Majid
wlyd|=
xlyl
slym|=
slymAn|Sulaym1n|Suleiman|Slimane
njyb|=
lTyfp
Ezyz
Ezyzp
f&Ad|Fu?1d|Fouad
mrAd|Mur1d||Mourad
rDA|Ri81|Reda
b$Ar|Bashsh1r|Bashar|Bachar
b$yr|=||Bachir
n*yr|=|Nazir|Nadir
mnyr|Mun2r|Mounir
nwr
nAdyp|N1diyah|Nadia
lylY|Layl9|Leila
mrym|Maryam|Mariam|Meriem
zynb|Zaynab|Zeinab|Zineb
xdyjp
EA}$p
slmY|=
hnd|Hind
rAnyA|=|Rania
hdY|Hud9||Houda
njlA'|=
sEAd|Su41d|Souad
wfA'|=|Wafaa|Wafae
>smA'
HnAn|=||Hanane
<ymAn
nzhp|Nuzhah||Nezha
bvynp|Buthaynah|Buthaina|Bouthaina
rjA'
mhdy|=||Mehdi
hAdy
AlhAdy|=||El Hadi
fySl|Fay6al|Faisal|Fayçal
fhd
slTAn|Sul71n||Soltane
slmAn|=||Salmane
zAyd
tmym|=
TlAl|=
nAyf
bndr|=
trky|Turk2
vAmr|=|Thamer
jAsm|=|Jassim
HmdAn
rA$d|=||Rached
*yAb|=|Diab
dyAb
hzAE|Hazz14
EbdAlEzyz|4Abd al-4Az2z|Abdulaziz|Abdelaziz
EbdAlftAH|4Abd al-Fatt15|Abdel Fattah|Abdelfattah
EbdAlqAdr|4Abd al-Q1dir|Abdul Qader|Abdelkader
EbdAlmjyd|4Abd al-Maj2d|Abdul Majeed|Abdelmadjid
EbdAllTyf|4Abd al-La72f|Abdul Latif|Abdellatif
EbdAlkrym|4Abd al-Kar2m|Abdul Karim|Abdelkrim
EbdAlHmyd|4Abd al-#am2d|Abdul Hamid|Abdelhamid
EbdAlHq|4Abd al-#aqq|Abdul Haq|Abdelhak
EbdAlslAm|4Abd al-Sal1m|Abdul Salam|Abdeslam
EbdAlwAfy|4Abd al-W1f2|Abdul Wafi|Abdelouafi
EbdAlmAlk|4Abd al-M1lik|Abdul Malik|Abdelmalek
EbdAlmlk|4Abd al-Malik|Abdul Malik|Abdelmalek
EbdAlEAly|4Abd al-4+l2|Abdul Ali|Abdelali
EbdAlgny|4Abd al-Ghan2|Abdul Ghani|Abdelghani
EbdAlHkym|4Abd al-#ak2m|Abdul Hakim|Abdelhakim
EbdAlrzAq|4Abd al-Razz1q|Abdul Razzaq|Abderrazak
EbdAljlyl|4Abd al-Jal2l|Abdul Jalil|Abdeljalil
EbdAlwhAb|4Abd al-Wahh1b|Abdul Wahab|Abdelouahab
EbdAlnASr|4Abd al-N16ir|Abdel Nasser|Abdennacer
EbdAlmhdy|4Abd al-Mahd2|Abdul Mahdi|Abdelmahdi
EbdAlEATy|4Abd al-4+72|Abdelatty|Abdelati
EbdAlHfyZ|4Abd al-#af2!|Abdul Hafiz|Abdelhafid
EbdAlnby|4Abd al-Nab2|Abdul Nabi|Abdennabi
EbdAlSmd|4Abd al-%amad|Abdul Samad|Abdessamad
EbdAlr&wf|4Abd al-Ra?3f|Abdul Raouf|Abderraouf
nwrAldyn|N3r al-D2n|Nour al-Din|Noureddine
sEdAldyn|Sa4d al-D2n|Saad al-Din|Saadeddine
SlAHAldyn|%al15 al-D2n|Salah al-Din|Salaheddine
EzAldyn|4Izz al-D2n|Ezz al-Din|Azzeddine
jmAlAldyn|Jam1l al-D2n||Djamaleddine
xyrAldyn|Khayr al-D2n|Khair al-Din|Kheireddine
bdrAldyn|Badr al-D2n||Badreddine
nSrAllh|Na6r All1h|Nasrallah
ETAAllh|4A71? All1h|Attallah|Atallah
ftHAllh|Fat5 All1h|Fathallah
Abwbkr|Ab3 Bakr||Aboubakr
zynAlEAbdyn|Zayn al-4+bid2n|Zine al-Abidine|Zine El Abidine
AlErby|4Arab2||Larbi
AlTyb|^ayyib|al-Tayeb|Tayeb
AlHbyb|=||Habib
AlbAjy|=|al-Beji|Béji
AlSAdq|=||Sadok
AlTAhr|=|al-Taher|Tahar
AlEyd|=|al-Eid|Laïd
Al>xDr|=||Lakhdar
AlhA$my|=|al-Hashemi|El Hachemi
Hbyb
Tyb|^ayyib|Tayeb
Ebyd|4Ubayd|Obeid|Abid
<drys|=||Driss
EmAr|4Amm1r
blqAsm|Bilq1sim|Belkacem
qAsm|=|Qassem|Kacem
nEym
jEfr
jbrAn|Jubr1n|Gebran|Jebrane
my$Al|=|Michel
my$yl|=|Michel
<lyAs|=|Elias
nwAf|Naww1f|Nawaf
m$El|Mish4al||Mechaal
$ryf|=|Sherif|Cherif
Al$ryf|=|al-Sherif|Cherif
>nwr|Anwar||Anouar
EbAs|4Abb1s
mhnd|Muhannad|Mohannad
mAzn
mAhr
tAmr
HAzm
hAny
rAmy
fAdy
zyAd
EmAd|4Im1d
nzAr|Niz1r
njm|=
Hmzp
>sAmp|Us1mah|Osama|Oussama
>ns
<sHAq
yEqwb|=|Yacoub
dAwd|D1w3d|Daoud
hArwn|=|Haroun
lqmAn|Luqm1n||Loukmane
EdnAn
gsAn|Ghass1n||Ghassane
Edly|=|Adly|Adli
mjdy|=|Magdy|Majdi
Hmdy
ftHy|=||Fethi
r&wf|=|Raouf
twfyq|Tawf2q||Taoufik
$wqy|Shawq2|Shawki|Chawki
fwzy|Fawz2||Fouzi
lTfy|Lu7f2|Lotfi
rfyq|=|Rafik
$fyq|=|Shafik|Chafik
SAdq|=|Sadek|Sadok
EATf
yAsr|=|Yasser
nbyh|=
bhA'
DyA'
vA}r|=|Thaer
bdr|=
nEmAn|Nu4m1n|Noman|Noamane
ryAD
mrwAn
Ezmy
wA}l|=|Wael
hyvm|Haytham|Haitham
>krm
mHsn|Mu5sin|Mohsen
Hsny|#usn2|Hosni
Ezt|4Izzat|Ezzat
njAp|=|Najat
>ml
mnY|Mun9|Mona|Mouna
gAdp
dynA
rym|=|Reem|Rim
shAm|Sih1m
mlykp|=
$ryfp
Hkym
kAZm|=|Kadhim|Kadhem
AlkAZmy|=|al-Kadhimi|El Kadhimi
$yAE|=|Shia|Chiaa
AlswdAny|=||Essoudani
fAlH
jwAd|=||Jaouad
mqtdY|Muqtad9||Moqtada
AlSdr|=||Sadr
nwry
AlmAlky|=||El Malki
Hydr|#aydar|Haider|Haidar
AlEbAdy|4Abb1d2|al-Abadi|El Abadi
brhm
Alsysy|=||Al-Sissi
>bwAlgyT|Ab3 al-Ghay7|Aboul Gheit
AlgyT|Ghay7|al-Gheit|El Gheit
AlHryry|=|Hariri
Ewn|4Awn|Aoun
bry|Birr2|Berri
slAm|=
Al>sd|=|al-Assad|El Assad
AlSfdy|%afad2|Safadi
AlvAny|=|Al Thani
nhyAn
mktwm|=|Maktoum
sEwd
xlyfp
AlfySl|Fay6al|al-Faisal|El Fayçal
Hmw$y|#amm3sh2|Hammouchi
AlHmw$y|#amm3sh2|Hammouchi
lftyt|=
AlmnSwry|=|al-Mansouri|Mansouri
Almrzwqy|=|al-Marzouki|Marzouki
AlEvmAny|4Uthm1n2|El Othmani
>xrbA$|Akharb1sh|Akharbach
msAhl|=|Messahel
tbwn|Tabb3n|Tebboune
bnSAlH|Bin %1li5|Bensalah
qAyd|=|Gaid|Gaïd
Almdny|Madan2||El Madani
AlgzwAny|=|Ghazouani|El Ghazouani
AlbrhAn|Burh1n||Burhane
AlHwvy|=|al-Houthi|El Houthi
AlzEby|Zu4b2|al-Zoubi|Zoubi
AlrfAEy|Rif142||Rifai
Altmymy|=||Tamimi
AlxTyb|=||El Khatib
Al$Amy|=||Chami
AlmSry|Mi6r2|al-Masri|El Masri
AlbgdAdy|=||El Baghdadi
Alxwry|=|Khoury
HdAd|#add1d
AlHdAd|#add1d||Haddad
njAr|Najj1r
xyAT|Khayy17|Khayat
ETAr|4A771r
SbAg|%abb1gh
qSAb|Qa661b|Kassab
jbwr|Jabb3r|Jabbour
AlElwy|4Alaw2|Alaoui
AlfAsy|=|el-Fassi|El Fassi
AltAzy|=|Tazi
bnEly|Bin 4Al2|Benali
Altwfyq|Tawf2q|Toufiq
AlElmy|4Alam2|Alami
AlTAlby|=|Talbi
bnsEyd|Bin Sa42d|Bensaid
Alxlfy|=|El Khalfi
AlsEdy|=|Saadi
$EbAn
rmDAn|Rama81n||Ramdane
Eyd|=|Eid|Aid
sAlm
slAmp|=|Salameh|Salama
EAmr
EmrAn|4Imr1n||Imrane
kAml
fryd
wzyr|=||Ouazir
$Ahyn|=|Shaheen|Chahine
Aldyn|=||Eddine
Allh|All1h|Allah
zyn|Zayn|Zein|Zine
syf|Sayf|Saif|Seif
wly|=||Ouali
gAzy
lbnY|Lubn9||Loubna
mnSf|Mun6if|Moncef
AlmnSf|Mun6if|Moncef
Al$yx|Shaykh|Sheikh|Cheikh
$yx|Shaykh|Sheikh|Cheikh
AlSbAH|=|Al-Sabah
nAjy|=||Neji
blAl|Bil1l
ywns
EwD|4Awa8||Aouad
mbArk|Mub1rak||Moubarak
mrsy|Murs2|Morsi
Sqr
jmEp|Jum4ah|Jumaa|Jomaa
rbh|Rabbuh||Rabbou
Ebdrbh|4Abd Rabbih|Abd Rabbuh|Abderabbou
b$r|Bishr|Bisher|Bichr
Alsyd|Sayyid|al-Sayyed|Essayed
frj|Faraj||Farej
fAyz|=|Fayez|Faiez
jwdp|=|Judeh|Jouda
Almhdy|=||Mehdi
AlmxtAr|Mukht1r|Mokhtar
ESAm|4I61m|Essam|Issam
jbryl|Jibr2l
mwlwd|Mawl3d|Mouloud
mEmr|Mu4ammar||Mouammar
zhyr|Zuhayr|Zuhair|Zouhair
mEA*|Mu41dh|Muath|Mouad
mn*r|Mundhir|Munther|Mondher
yAsmyn|Y1sm2n|Yasmine
b$rY|Bushr9||Bouchra
slwY|=
nhY|Nuh9|Noha
dEA'|Du41?|Doaa|Douaa
rHAb|Ri51b|Rehab|Rihab
$ymA'|Shaym1?|Shaimaa|Chaimae
AbtsAm|Ibtis1m||Ibtissam
swsn|Sawsan||Saoussen
nwAl|=||Naoual
$kyb|=||Chakib
mnjy|Munj2|Mongi
Almnjy|Munj2|Mongi
lHsn|=|Lahcen
Myt|+yt|Ait
EbdAlbAsT|4Abd al-B1si7|Abdul Basit|Abdelbasset
jhAd|Jih1d
nDAl|Ni81l
wsym|Was2m|Wassim
`;

/** The Arabic letters of {@link ASCII_LETTERS}, in the same order. */
const ARABIC_LETTERS = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي';
/** Buckwalter's transliteration of {@link ARABIC_LETTERS} (M for آ: | separates the fields). */
const ASCII_LETTERS = "'M>&<}AbptvjHxd*rzs$SDTZEgfqklmnhwYy";

/**
 * The Arabic of Buckwalter ASCII: the Arabic fields of {@link MATCHED_NAMES} and {@link ENTRIES},
 * the foreign lexicon's Arabic spellings and the Arabic word lists of words.ts.
 */
export function arabicOf(ascii: string): string {
  return ascii.replace(/./gu, (c) => ARABIC_LETTERS[ASCII_LETTERS.indexOf(c)] ?? c);
}

/**
 * The fields of one lexicon entry as written: maghreb, mashreq, ala-lc and the entry's Arabic.
 * `''` for a field left to its default, `'='` for an ALA-LC form the rules spell (resolved by
 * romanize-word.ts, which holds the rules).
 */
export type RawSpellings = readonly [string, string, string, string];

/** ASCII codes of the Latin fields for letters outside ASCII (see {@link ENTRIES}), and those letters. */
const LATIN_CODES = '123456789#%^+!?';
const LATIN_LETTERS = 'āīūʻḥṣṭḍáḤṢṬĀẓʼ';

/** A Latin field of the tables as read: its ASCII codes replaced by their letters (Mu5ammad: Muḥammad). */
function latinOf(field: string): string {
  return field.replace(/[1-9#%^+!?]/gu, (c) => LATIN_LETTERS[LATIN_CODES.indexOf(c)] ?? c);
}

/** The lookup key of an Arabic word: alef forms, ى, ة and hamza seats folded. */
export function lexiconKey(word: string): string {
  return foldText(word, FOLD_ALEF | FOLD_MAQSURA | FOLD_TA_MARBUTA | FOLD_HAMZA);
}

/** ALA-LC without its diacritics (the default mashreq form). */
export function plain(alaLc: string): string {
  return alaLc
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u02bb\u02bc]/gu, '')
    .replace(/ah\b/gu, 'a');
}

let table: Map<string, RawSpellings | undefined> | undefined;

function build(): Map<string, RawSpellings | undefined> {
  const m = new Map<string, RawSpellings | undefined>();
  for (const line of (MATCHED_NAMES + ENTRIES).split('\n')) {
    if (line === '' || line.startsWith('~')) continue;
    const [field = '', alaLc = '', mashreq = '', maghreb = ''] = line.split('|');
    const ar = arabicOf(field);
    const key = lexiconKey(ar);
    if (m.has(key)) continue;
    // no ALA-LC field: a name the rules already spell right in every style
    m.set(key, alaLc === '' ? undefined : [latinOf(maghreb), latinOf(mashreq), latinOf(alaLc), ar]);
  }
  return m;
}

/** The fields of an Arabic word's entry (by {@link lexiconKey}), or `undefined` (the rules spell it). */
export function rawSpellings(key: string): RawSpellings | undefined {
  table ??= build();
  return table.get(key);
}

/** Whether an Arabic word (by {@link lexiconKey}) is a name of the lexicon. */
export function isArabicName(key: string): boolean {
  table ??= build();
  return table.has(key);
}

/** Every entry with spellings (for the Latin index of romanize-word.ts). */
export function lexiconEntries(): IterableIterator<RawSpellings | undefined> {
  table ??= build();
  return table.values();
}

let matched: Set<string> | undefined;

/**
 * Whether an Arabic word, folded as the tokenizer folds it (alef and hamza forms), is a given
 * name of {@link MATCHED_NAMES} (its Arabic or one of its other Arabic spellings): the Arabic
 * half of the matcher's lexicon test, without its Latin spellings.
 */
export function isMatchedArabic(word: string): boolean {
  if (matched === undefined) {
    matched = new Set();
    for (const line of MATCHED_NAMES.split('\n')) {
      const f = line.split('|');
      const [id = '', ...others] = arabicOf(
        line.startsWith('~') ? line.slice(1) : (f[0] ?? '') + ' ' + (f[4] ?? ''),
      ).split(' ');
      matched.add(foldText(id, FOLD_ALEF | FOLD_HAMZA));
      for (const w of others) if (w !== '') matched.add(w);
    }
  }
  return matched.has(word);
}
