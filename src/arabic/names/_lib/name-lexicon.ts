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
 * The Arabic is written in Buckwalter's ASCII, as in {@link ENTRIES} (محمد is mHmd, كريس krys).
 */
export const MATCHED_NAMES = `
mHmd|Muḥammad|Mohammed|Mohamed
mHmwd|=|Mahmoud
>Hmd|=|Ahmed
Hmd|Ḥamad
HAmd|=|Hamed|Hamid
Hmyd
Emr|ʻUmar|Omar
Emrw|ʻAmr
Ely
ElA'
Hsn|Ḥasan|Hassan
Hsyn|Ḥusayn|Hussein|Houcine
sEyd|=|Saeed|Said
sEd
EbdAllh|ʻAbd Allāh|Abdullah|Abdellah
EbdAl<lh|ʻAbd al-Ilāh|Abdul Ilah|Abdelilah
EbdAlrHmn|ʻAbd al-Raḥmān|Abdulrahman|Abderrahmane
EbdAlrHym|ʻAbd al-Raḥīm|Abdul Rahim|Abderrahim
xAld
ywsf|=|Youssef
<brAhym|=||Brahim
mSTfY|Muṣṭafá||Mustapha|mSTfy
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
 */
const ENTRIES = `
sfyAn|Sufyān|Sufian|Sofiane
rAbH|=|Rabeh|Rabah
mnyp|Munyah|Mounia
wdAd|Widād||Ouidad
snA'
vryA|Thurayyā|Thuraya|Touria
rbyE|=|Rabie
Th|Ṭāhā
HsAm|Ḥusām|Hossam|Houssam
frAs|Firās
bwElAm|=|Boualem
bsAm|Bassām
EbdAlgfAr|ʻAbd al-Ghaffār|Abdel Ghaffar|Abdelghaffar
EbdAlmnEm|ʻAbd al-Munʻim|Abdel Moneim|Abdelmoneim
EbdAlstAr|ʻAbd al-Sattār|Abdul Sattar|Abdessatar
EbdAljbAr|ʻAbd al-Jabbār|Abdul Jabbar|Abdeljabbar
AlmjAly|=||El Majali
AlTrAwnp|=|al-Tarawneh|Tarawneh
Al$mry|Shammarī||Chammari
Aldlymy|Dulaymī|al-Dulaimi|Dulaimi
Aljbwry|Jubūrī|al-Jubouri|Jebouri
AlEbydy|ʻUbaydī|al-Obeidi|Obeidi
AlqHTAny|=||Kahtani
AlEtyby|ʻUtaybī|al-Otaibi|Otaibi
AlTrAblsy|Ṭarābulusī|Trabelsi
AljbAly|=|al-Jebali|Jebali
AlhmAmy|Hammāmī|Hammami
bnAny|Bannānī|Bennani
brAdp|Barrādah|Berrada
bnjlwn|Bin Jallūn|Benjelloun
AlEmrAny|ʻUmrānī|Amrani
Al<drysy|=|al-Idrissi|Idrissi
EvmAn|ʻUthmān|Othman
AlHsyn|Ḥusayn|al-Hussein|El Houcine
HsAn|Ḥassān||Hassane
<smAEyl
fATmp
yAsyn|=|Yassin|Yassine
EysY|=|Issa|Aïssa
mwsY|=|Moussa
yHyY|=||Yahia
zkryA|Zakarīyā|Zakaria
>ymn|=||Aymen
qys|Qays|Kais|Kaïs
rmTAn|=|Ramtane
AlsEyd|=|al-Saeed|Saïd
nASr|=|Nasser
mnSwr|=|Mansour
msEwd|=|Masoud|Messaoud
mHfwZ
mbrwk|=|Mabrouk
mxtAr|Mukhtār|Mokhtar
SAlH|=|Saleh|Salah
SlAH|=|Salah
jmAl|=
kmAl|=||Kamel
h$Am|Hishām||Hichem
EAdl
TArq|=|Tarek|Tarik
sAmy
sAmH
$kry|Shukrī|Shoukry|Choukri
smyr|=
smyrp|=
r$yd
r$ydp
mjyd|=
mAjd|=|Majed|Majid
wlyd|=
xlyl
slym|=
slymAn|Sulaymān|Suleiman|Slimane
njyb|=
lTyfp
Ezyz
Ezyzp
f&Ad|Fuʼād|Fouad
mrAd|Murād||Mourad
rDA|Riḍā|Reda
b$Ar|Bashshār|Bashar|Bachar
b$yr|=||Bachir
n*yr|=|Nazir|Nadir
mnyr|Munīr|Mounir
nwr
nAdyp|Nādiyah|Nadia
lylY|Laylá|Leila
mrym|Maryam|Mariam|Meriem
zynb|Zaynab|Zeinab|Zineb
xdyjp
EA}$p
slmY|=
hnd|Hind
rAnyA|=|Rania
hdY|Hudá||Houda
njlA'|=
sEAd|Suʻād|Souad
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
fySl|Fayṣal|Faisal|Fayçal
fhd
slTAn|Sulṭān||Soltane
slmAn|=||Salmane
zAyd
tmym|=
TlAl|=
nAyf
bndr|=
trky|Turkī
vAmr|=|Thamer
jAsm|=|Jassim
HmdAn
rA$d|=||Rached
*yAb|=|Diab
dyAb
hzAE|Hazzāʻ
EbdAlEzyz|ʻAbd al-ʻAzīz|Abdulaziz|Abdelaziz
EbdAlftAH|ʻAbd al-Fattāḥ|Abdel Fattah|Abdelfattah
EbdAlqAdr|ʻAbd al-Qādir|Abdul Qader|Abdelkader
EbdAlmjyd|ʻAbd al-Majīd|Abdul Majeed|Abdelmadjid
EbdAllTyf|ʻAbd al-Laṭīf|Abdul Latif|Abdellatif
EbdAlkrym|ʻAbd al-Karīm|Abdul Karim|Abdelkrim
EbdAlHmyd|ʻAbd al-Ḥamīd|Abdul Hamid|Abdelhamid
EbdAlHq|ʻAbd al-Ḥaqq|Abdul Haq|Abdelhak
EbdAlslAm|ʻAbd al-Salām|Abdul Salam|Abdeslam
EbdAlwAfy|ʻAbd al-Wāfī|Abdul Wafi|Abdelouafi
EbdAlmAlk|ʻAbd al-Mālik|Abdul Malik|Abdelmalek
EbdAlmlk|ʻAbd al-Malik|Abdul Malik|Abdelmalek
EbdAlEAly|ʻAbd al-ʻĀlī|Abdul Ali|Abdelali
EbdAlgny|ʻAbd al-Ghanī|Abdul Ghani|Abdelghani
EbdAlHkym|ʻAbd al-Ḥakīm|Abdul Hakim|Abdelhakim
EbdAlrzAq|ʻAbd al-Razzāq|Abdul Razzaq|Abderrazak
EbdAljlyl|ʻAbd al-Jalīl|Abdul Jalil|Abdeljalil
EbdAlwhAb|ʻAbd al-Wahhāb|Abdul Wahab|Abdelouahab
EbdAlnASr|ʻAbd al-Nāṣir|Abdel Nasser|Abdennacer
EbdAlmhdy|ʻAbd al-Mahdī|Abdul Mahdi|Abdelmahdi
EbdAlEATy|ʻAbd al-ʻĀṭī|Abdelatty|Abdelati
EbdAlHfyZ|ʻAbd al-Ḥafīẓ|Abdul Hafiz|Abdelhafid
EbdAlnby|ʻAbd al-Nabī|Abdul Nabi|Abdennabi
EbdAlSmd|ʻAbd al-Ṣamad|Abdul Samad|Abdessamad
EbdAlr&wf|ʻAbd al-Raʼūf|Abdul Raouf|Abderraouf
nwrAldyn|Nūr al-Dīn|Nour al-Din|Noureddine
sEdAldyn|Saʻd al-Dīn|Saad al-Din|Saadeddine
SlAHAldyn|Ṣalāḥ al-Dīn|Salah al-Din|Salaheddine
EzAldyn|ʻIzz al-Dīn|Ezz al-Din|Azzeddine
jmAlAldyn|Jamāl al-Dīn||Djamaleddine
xyrAldyn|Khayr al-Dīn|Khair al-Din|Kheireddine
bdrAldyn|Badr al-Dīn||Badreddine
nSrAllh|Naṣr Allāh|Nasrallah
ETAAllh|ʻAṭāʼ Allāh|Attallah|Atallah
ftHAllh|Fatḥ Allāh|Fathallah
Abwbkr|Abū Bakr||Aboubakr
zynAlEAbdyn|Zayn al-ʻĀbidīn|Zine al-Abidine|Zine El Abidine
AlErby|ʻArabī||Larbi
AlTyb|Ṭayyib|al-Tayeb|Tayeb
AlHbyb|=||Habib
AlbAjy|=|al-Beji|Béji
AlSAdq|=||Sadok
AlTAhr|=|al-Taher|Tahar
AlEyd|=|al-Eid|Laïd
Al>xDr|=||Lakhdar
AlhA$my|=|al-Hashemi|El Hachemi
Hbyb
Tyb|Ṭayyib|Tayeb
Ebyd|ʻUbayd|Obeid|Abid
<drys|=||Driss
EmAr|ʻAmmār
blqAsm|Bilqāsim|Belkacem
qAsm|=|Qassem|Kacem
nEym
jEfr
jbrAn|Jubrān|Gebran|Jebrane
my$Al|=|Michel
my$yl|=|Michel
<lyAs|=|Elias
nwAf|Nawwāf|Nawaf
m$El|Mishʻal||Mechaal
$ryf|=|Sherif|Cherif
Al$ryf|=|al-Sherif|Cherif
>nwr|Anwar||Anouar
EbAs|ʻAbbās
mhnd|Muhannad|Mohannad
mAzn
mAhr
tAmr
HAzm
hAny
rAmy
fAdy
zyAd
EmAd|ʻImād
nzAr|Nizār
njm|=
Hmzp
>sAmp|Usāmah|Osama|Oussama
>ns
<sHAq
yEqwb|=|Yacoub
dAwd|Dāwūd|Daoud
hArwn|=|Haroun
lqmAn|Luqmān||Loukmane
EdnAn
gsAn|Ghassān||Ghassane
Edly|=|Adly|Adli
mjdy|=|Magdy|Majdi
Hmdy
ftHy|=||Fethi
r&wf|=|Raouf
twfyq|Tawfīq||Taoufik
$wqy|Shawqī|Shawki|Chawki
fwzy|Fawzī||Fouzi
lTfy|Luṭfī|Lotfi
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
nEmAn|Nuʻmān|Noman|Noamane
ryAD
mrwAn
Ezmy
wA}l|=|Wael
hyvm|Haytham|Haitham
>krm
mHsn|Muḥsin|Mohsen
Hsny|Ḥusnī|Hosni
Ezt|ʻIzzat|Ezzat
njAp|=|Najat
>ml
mnY|Muná|Mona|Mouna
gAdp
dynA
rym|=|Reem|Rim
shAm|Sihām
mlykp|=
$ryfp
Hkym
kAZm|=|Kadhim|Kadhem
AlkAZmy|=|al-Kadhimi|El Kadhimi
$yAE|=|Shia|Chiaa
AlswdAny|=||Essoudani
fAlH
jwAd|=||Jaouad
mqtdY|Muqtadá||Moqtada
AlSdr|=||Sadr
nwry
AlmAlky|=||El Malki
Hydr|Ḥaydar|Haider|Haidar
AlEbAdy|ʻAbbādī|al-Abadi|El Abadi
brhm
Alsysy|=||Al-Sissi
>bwAlgyT|Abū al-Ghayṭ|Aboul Gheit
AlgyT|Ghayṭ|al-Gheit|El Gheit
AlHryry|=|Hariri
Ewn|ʻAwn|Aoun
bry|Birrī|Berri
slAm|=
Al>sd|=|al-Assad|El Assad
AlSfdy|Ṣafadī|Safadi
AlvAny|=|Al Thani
nhyAn
mktwm|=|Maktoum
sEwd
xlyfp
AlfySl|Fayṣal|al-Faisal|El Fayçal
Hmw$y|Ḥammūshī|Hammouchi
AlHmw$y|Ḥammūshī|Hammouchi
lftyt|=
AlmnSwry|=|al-Mansouri|Mansouri
Almrzwqy|=|al-Marzouki|Marzouki
AlEvmAny|ʻUthmānī|El Othmani
>xrbA$|Akharbāsh|Akharbach
msAhl|=|Messahel
tbwn|Tabbūn|Tebboune
bnSAlH|Bin Ṣāliḥ|Bensalah
qAyd|=|Gaid|Gaïd
Almdny|Madanī||El Madani
AlgzwAny|=|Ghazouani|El Ghazouani
AlbrhAn|Burhān||Burhane
AlHwvy|=|al-Houthi|El Houthi
AlzEby|Zuʻbī|al-Zoubi|Zoubi
AlrfAEy|Rifāʻī||Rifai
Altmymy|=||Tamimi
AlxTyb|=||El Khatib
Al$Amy|=||Chami
AlmSry|Miṣrī|al-Masri|El Masri
AlbgdAdy|=||El Baghdadi
Alxwry|=|Khoury
HdAd|Ḥaddād
AlHdAd|Ḥaddād||Haddad
njAr|Najjār
xyAT|Khayyāṭ|Khayat
ETAr|ʻAṭṭār
SbAg|Ṣabbāgh
qSAb|Qaṣṣāb|Kassab
jbwr|Jabbūr|Jabbour
AlElwy|ʻAlawī|Alaoui
AlfAsy|=|el-Fassi|El Fassi
AltAzy|=|Tazi
bnEly|Bin ʻAlī|Benali
Altwfyq|Tawfīq|Toufiq
AlElmy|ʻAlamī|Alami
AlTAlby|=|Talbi
bnsEyd|Bin Saʻīd|Bensaid
Alxlfy|=|El Khalfi
AlsEdy|=|Saadi
$EbAn
rmDAn|Ramaḍān||Ramdane
Eyd|=|Eid|Aid
sAlm
slAmp|=|Salameh|Salama
EAmr
EmrAn|ʻImrān||Imrane
kAml
fryd
wzyr|=||Ouazir
$Ahyn|=|Shaheen|Chahine
Aldyn|=||Eddine
Allh|Allāh|Allah
zyn|Zayn|Zein|Zine
syf|Sayf|Saif|Seif
wly|=||Ouali
gAzy
lbnY|Lubná||Loubna
mnSf|Munṣif|Moncef
AlmnSf|Munṣif|Moncef
Al$yx|Shaykh|Sheikh|Cheikh
$yx|Shaykh|Sheikh|Cheikh
AlSbAH|=|Al-Sabah
nAjy|=||Neji
blAl|Bilāl
ywns
EwD|ʻAwaḍ||Aouad
mbArk|Mubārak||Moubarak
mrsy|Mursī|Morsi
Sqr
jmEp|Jumʻah|Jumaa|Jomaa
rbh|Rabbuh||Rabbou
Ebdrbh|ʻAbd Rabbih|Abd Rabbuh|Abderabbou
b$r|Bishr|Bisher|Bichr
Alsyd|Sayyid|al-Sayyed|Essayed
frj|Faraj||Farej
fAyz|=|Fayez|Faiez
jwdp|=|Judeh|Jouda
Almhdy|=||Mehdi
AlmxtAr|Mukhtār|Mokhtar
ESAm|ʻIṣām|Essam|Issam
jbryl|Jibrīl
mwlwd|Mawlūd|Mouloud
mEmr|Muʻammar||Mouammar
zhyr|Zuhayr|Zuhair|Zouhair
mEA*|Muʻādh|Muath|Mouad
mn*r|Mundhir|Munther|Mondher
yAsmyn|Yāsmīn|Yasmine
b$rY|Bushrá||Bouchra
slwY|=
nhY|Nuhá|Noha
dEA'|Duʻāʼ|Doaa|Douaa
rHAb|Riḥāb|Rehab|Rihab
$ymA'|Shaymāʼ|Shaimaa|Chaimae
AbtsAm|Ibtisām||Ibtissam
swsn|Sawsan||Saoussen
nwAl|=||Naoual
$kyb|=||Chakib
mnjy|Munjī|Mongi
Almnjy|Munjī|Mongi
lHsn|=|Lahcen
Myt|Āyt|Ait
EbdAlbAsT|ʻAbd al-Bāsiṭ|Abdul Basit|Abdelbasset
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
    m.set(key, alaLc === '' ? undefined : [maghreb, mashreq, alaLc, ar]);
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
