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
 */
export const MATCHED_NAMES = `
محمد|Muḥammad|Mohammed|Mohamed
محمود|=|Mahmoud
أحمد|=|Ahmed
حمد|Ḥamad
حامد|=|Hamed|Hamid
حميد
عمر|ʻUmar|Omar
عمرو|ʻAmr
علي
علاء
حسن|Ḥasan|Hassan
حسين|Ḥusayn|Hussein|Houcine
سعيد|=|Saeed|Said
سعد
عبدالله|ʻAbd Allāh|Abdullah|Abdellah
عبدالإله|ʻAbd al-Ilāh|Abdul Ilah|Abdelilah
عبدالرحمن|ʻAbd al-Raḥmān|Abdulrahman|Abderrahmane
عبدالرحيم|ʻAbd al-Raḥīm|Abdul Rahim|Abderrahim
خالد
يوسف|=|Youssef
إبراهيم|=||Brahim
مصطفى|Muṣṭafá||Mustapha|مصطفي
كريم
كريمة
أمين
أمينة
جميل|=
جميلة|=
نبيل|=
نبيلة|=
سعيدة
جوزيف|=|Joseph||جوزف جو
~كريستوفر كريس
~ويليام وليام بيل
~جيمس جيم
~مايكل ميكائيل مايك
~روبرت بوب
~انتوني توني
~توماس توم
~ريتشارد ريك ديك
~ديفيد ديف
~ستيفن ستيف
~نيكولاس نيك
~اليزابيث ليز
`;

const ENTRIES = `
سفيان|Sufyān|Sufian|Sofiane
رابح|=|Rabeh|Rabah
منية|Munyah|Mounia
وداد|Widād||Ouidad
سناء
ثريا|Thurayyā|Thuraya|Touria
ربيع|=|Rabie
طه|Ṭāhā
حسام|Ḥusām|Hossam|Houssam
فراس|Firās
بوعلام|=|Boualem
بسام|Bassām
عبدالغفار|ʻAbd al-Ghaffār|Abdel Ghaffar|Abdelghaffar
عبدالمنعم|ʻAbd al-Munʻim|Abdel Moneim|Abdelmoneim
عبدالستار|ʻAbd al-Sattār|Abdul Sattar|Abdessatar
عبدالجبار|ʻAbd al-Jabbār|Abdul Jabbar|Abdeljabbar
المجالي|=|al-Majali|El Majali
الطراونة|=|al-Tarawneh|Tarawneh
الشمري|al-Shammarī|al-Shammari|Chammari
الدليمي|al-Dulaymī|al-Dulaimi|Dulaimi
الجبوري|al-Jubūrī|al-Jubouri|Jebouri
العبيدي|al-ʻUbaydī|al-Obeidi|Obeidi
القحطاني|=|al-Qahtani|Kahtani
العتيبي|al-ʻUtaybī|al-Otaibi|Otaibi
الطرابلسي|al-Ṭarābulusī|Trabelsi
الجبالي|=|al-Jebali|Jebali
الهمامي|al-Hammāmī|Hammami
بناني|Bannānī|Bennani
برادة|Barrādah|Berrada
بنجلون|Bin Jallūn|Benjelloun
العمراني|al-ʻUmrānī|Amrani
الإدريسي|=|al-Idrissi|Idrissi
عثمان|ʻUthmān|Othman
الحسين|al-Ḥusayn|al-Hussein|El Houcine
حسان|Ḥassān||Hassane
إسماعيل
فاطمة
ياسين|=|Yassin|Yassine
عيسى|=|Issa|Aïssa
موسى|=|Moussa
يحيى|=||Yahia
زكريا|Zakarīyā|Zakaria
أيمن|=||Aymen
قيس|Qays|Kais|Kaïs
رمطان|=|Ramtane
السعيد|=|al-Saeed|Saïd
ناصر|=|Nasser
منصور|=|Mansour
مسعود|=|Masoud|Messaoud
محفوظ
مبروك|=|Mabrouk
مختار|Mukhtār|Mokhtar
صالح|=|Saleh|Salah
صلاح|=|Salah
جمال|=
كمال|=||Kamel
هشام|Hishām||Hichem
عادل
طارق|=|Tarek|Tarik
سامي
سامح
شكري|Shukrī|Shoukry|Choukri
سمير|=
سميرة|=
رشيد
رشيدة
مجيد|=
ماجد|=|Majed|Majid
وليد|=
خليل
سليم|=
سليمان|Sulaymān|Suleiman|Slimane
نجيب|=
لطيفة
عزيز
عزيزة
فؤاد|Fuʼād|Fouad
مراد|Murād||Mourad
رضا|Riḍā|Reda
بشار|Bashshār|Bashar|Bachar
بشير|=||Bachir
نذير|=|Nazir|Nadir
منير|Munīr|Mounir
نور
نادية|Nādiyah|Nadia
ليلى|Laylá|Leila
مريم|Maryam|Mariam|Meriem
زينب|Zaynab|Zeinab|Zineb
خديجة
عائشة
سلمى|=
هند|Hind
رانيا|=|Rania
هدى|Hudá||Houda
نجلاء|=
سعاد|Suʻād|Souad
وفاء|=|Wafaa|Wafae
أسماء
حنان|=||Hanane
إيمان
نزهة|Nuzhah||Nezha
بثينة|Buthaynah|Buthaina|Bouthaina
رجاء
مهدي|=||Mehdi
هادي
الهادي|=||El Hadi
فيصل|Fayṣal|Faisal|Fayçal
فهد
سلطان|Sulṭān||Soltane
سلمان|=||Salmane
زايد
تميم|=
طلال|=
نايف
بندر|=
تركي|Turkī
ثامر|=|Thamer
جاسم|=|Jassim
حمدان
راشد
ذياب|=|Diab
دياب
هزاع|Hazzāʻ
عبدالعزيز|ʻAbd al-ʻAzīz|Abdulaziz|Abdelaziz
عبدالفتاح|ʻAbd al-Fattāḥ|Abdel Fattah|Abdelfattah
عبدالقادر|ʻAbd al-Qādir|Abdul Qader|Abdelkader
عبدالمجيد|ʻAbd al-Majīd|Abdul Majeed|Abdelmadjid
عبداللطيف|ʻAbd al-Laṭīf|Abdul Latif|Abdellatif
عبدالكريم|ʻAbd al-Karīm|Abdul Karim|Abdelkrim
عبدالحميد|ʻAbd al-Ḥamīd|Abdul Hamid|Abdelhamid
عبدالحق|ʻAbd al-Ḥaqq|Abdul Haq|Abdelhak
عبدالسلام|ʻAbd al-Salām|Abdul Salam|Abdeslam
عبدالوافي|ʻAbd al-Wāfī|Abdul Wafi|Abdelouafi
عبدالمالك|ʻAbd al-Mālik|Abdul Malik|Abdelmalek
عبدالملك|ʻAbd al-Malik|Abdul Malik|Abdelmalek
عبدالعالي|ʻAbd al-ʻĀlī|Abdul Ali|Abdelali
عبدالغني|ʻAbd al-Ghanī|Abdul Ghani|Abdelghani
عبدالحكيم|ʻAbd al-Ḥakīm|Abdul Hakim|Abdelhakim
عبدالرزاق|ʻAbd al-Razzāq|Abdul Razzaq|Abderrazak
عبدالجليل|ʻAbd al-Jalīl|Abdul Jalil|Abdeljalil
عبدالوهاب|ʻAbd al-Wahhāb|Abdul Wahab|Abdelouahab
عبدالناصر|ʻAbd al-Nāṣir|Abdel Nasser|Abdennacer
عبدالمهدي|ʻAbd al-Mahdī|Abdul Mahdi|Abdelmahdi
عبدالعاطي|ʻAbd al-ʻĀṭī|Abdelatty|Abdelati
عبدالحفيظ|ʻAbd al-Ḥafīẓ|Abdul Hafiz|Abdelhafid
عبدالنبي|ʻAbd al-Nabī|Abdul Nabi|Abdennabi
عبدالصمد|ʻAbd al-Ṣamad|Abdul Samad|Abdessamad
عبدالرؤوف|ʻAbd al-Raʼūf|Abdul Raouf|Abderraouf
نورالدين|Nūr al-Dīn|Nour al-Din|Noureddine
سعدالدين|Saʻd al-Dīn|Saad al-Din|Saadeddine
صلاحالدين|Ṣalāḥ al-Dīn|Salah al-Din|Salaheddine
عزالدين|ʻIzz al-Dīn|Ezz al-Din|Azzeddine
جمالالدين|Jamāl al-Dīn||Djamaleddine
خيرالدين|Khayr al-Dīn|Khair al-Din|Kheireddine
بدرالدين|Badr al-Dīn||Badreddine
نصرالله|Naṣr Allāh|Nasrallah
عطاالله|ʻAṭāʼ Allāh|Attallah|Atallah
فتحالله|Fatḥ Allāh|Fathallah
ابوبكر|Abū Bakr||Aboubakr
زينالعابدين|Zayn al-ʻĀbidīn|Zine al-Abidine|Zine El Abidine
العربي|al-ʻArabī||Larbi
الطيب|al-Ṭayyib|al-Tayeb|Tayeb
الحبيب|=||Habib
الباجي|=|al-Beji|Béji
الصادق|=||Sadok
الطاهر|=|al-Taher|Tahar
العيد|=|al-Eid|Laïd
الأخضر|=||Lakhdar
الهاشمي|=|al-Hashemi|El Hachemi
حبيب
طيب|Ṭayyib|Tayeb
عبيد|ʻUbayd|Obeid|Abid
إدريس|=||Driss
عمار|ʻAmmār
بلقاسم|Bilqāsim|Belkacem
قاسم|=|Qassem|Kacem
نعيم
جعفر
جبران|Jubrān|Gebran|Jebrane
ميشال|=|Michel
ميشيل|=|Michel
إلياس|=|Elias
نواف|Nawwāf|Nawaf
مشعل|Mishʻal||Mechaal
شريف|=|Sherif|Cherif
الشريف|=|al-Sherif|Cherif
أنور|Anwar||Anouar
عباس|ʻAbbās
مهند|Muhannad|Mohannad
مازن
ماهر
تامر
حازم
هاني
رامي
فادي
زياد
عماد|ʻImād
نزار|Nizār
نجم|=
حمزة
أسامة|Usāmah|Osama|Oussama
أنس
إسحاق
يعقوب|=|Yacoub
داود|Dāwūd|Daoud
هارون|=|Haroun
لقمان|Luqmān||Loukmane
عدنان
غسان|Ghassān||Ghassane
عدلي|=|Adly|Adli
مجدي|=|Magdy|Majdi
حمدي
فتحي|=||Fethi
رؤوف|=|Raouf
توفيق|Tawfīq||Taoufik
شوقي|Shawqī|Shawki|Chawki
فوزي|Fawzī||Fouzi
لطفي|Luṭfī|Lotfi
رفيق|=|Rafik
شفيق|=|Shafik|Chafik
صادق|=|Sadek|Sadok
عاطف
ياسر|=|Yasser
نبيه|=
بهاء
ضياء
ثائر|=|Thaer
بدر|=
نعمان|Nuʻmān|Noman|Noamane
رياض
مروان
عزمي
وائل|=|Wael
هيثم|Haytham|Haitham
أكرم
محسن|Muḥsin|Mohsen
حسني|Ḥusnī|Hosni
عزت|ʻIzzat|Ezzat
نجاة|=|Najat
أمل
منى|Muná|Mona|Mouna
غادة
دينا
ريم|=|Reem|Rim
سهام|Sihām
مليكة|=
شريفة
حكيم
كاظم|=|Kadhim|Kadhem
الكاظمي|=|al-Kadhimi|El Kadhimi
شياع|=|Shia|Chiaa
السوداني|=||Essoudani
فالح
جواد|=||Jaouad
مقتدى|Muqtadá||Moqtada
الصدر|=||Sadr
نوري
المالكي|=||El Malki
حيدر|Ḥaydar|Haider|Haidar
العبادي|al-ʻAbbādī|al-Abadi|El Abadi
برهم
السيسي|=||Al-Sissi
أبوالغيط|Abū al-Ghayṭ|Aboul Gheit
الغيط|al-Ghayṭ|al-Gheit|El Gheit
الحريري|=|Hariri
عون|ʻAwn|Aoun
بري|Birrī|Berri
سلام|=
الأسد|=|al-Assad|El Assad
الصفدي|al-Ṣafadī|Safadi
الثاني|=|Al Thani
نهيان
مكتوم|=|Maktoum
سعود
خليفة
الفيصل|al-Fayṣal|Al Faisal|El Fayçal
حموشي|Ḥammūshī|Hammouchi
الحموشي|al-Ḥammūshī|Hammouchi
لفتيت|=
المنصوري|=|al-Mansouri|Mansouri
المرزوقي|=|al-Marzouki|Marzouki
العثماني|al-ʻUthmānī|El Othmani
أخرباش|Akharbāsh|Akharbach
مساهل|=|Messahel
تبون|Tabbūn|Tebboune
بنصالح|Bin Ṣāliḥ|Bensalah
قايد|=|Gaid|Gaïd
المدني|al-Madanī||El Madani
الغزواني|=|Ghazouani|El Ghazouani
البرهان|al-Burhān||Burhane
الحوثي|=|al-Houthi|El Houthi
الزعبي|al-Zuʻbī|al-Zoubi|Zoubi
الرفاعي|al-Rifāʻī||Rifai
التميمي|=||Tamimi
الخطيب|=||El Khatib
الشامي|=||Chami
المصري|al-Miṣrī|al-Masri|El Masri
البغدادي|=||El Baghdadi
الخوري|=|Khoury
حداد|Ḥaddād
الحداد|al-Ḥaddād||Haddad
نجار|Najjār
خياط|Khayyāṭ|Khayat
عطار|ʻAṭṭār
صباغ|Ṣabbāgh
قصاب|Qaṣṣāb|Kassab
جبور|Jabbūr|Jabbour
العلوي|al-ʻAlawī|Alaoui
الفاسي|=|el-Fassi|El Fassi
التازي|=|Tazi
بنعلي|Bin ʻAlī|Benali
التوفيق|al-Tawfīq|Toufiq
العلمي|al-ʻAlamī|Alami
الطالبي|=|Talbi
بنسعيد|Bin Saʻīd|Bensaid
الخلفي|=|El Khalfi
السعدي|=|Saadi
شعبان
رمضان|Ramaḍān||Ramdane
عيد|=|Eid|Aid
سالم
سلامة|=|Salameh|Salama
عامر
عمران|ʻImrān||Imrane
كامل
فريد
وزير|=||Ouazir
شاهين|=|Shaheen|Chahine
الدين|=||Eddine
الله|Allāh|Allah
زين|Zayn|Zein|Zine
سيف|Sayf|Saif|Seif
ولي|=||Ouali
غازي
لبنى|Lubná||Loubna
منصف|Munṣif|Moncef
المنصف|al-Munṣif|Moncef
الشيخ|al-Shaykh|Sheikh|Cheikh
شيخ|Shaykh|Sheikh|Cheikh
الصباح|=|Al-Sabah
ناجي|=||Neji
بلال|Bilāl
يونس
عوض|ʻAwaḍ||Aouad
مبارك|Mubārak||Moubarak
مرسي|Mursī|Morsi
صقر
جمعة|Jumʻah|Jumaa|Jomaa
ربه|Rabbuh||Rabbou
عبدربه|ʻAbd Rabbih|Abd Rabbuh|Abderabbou
بشر|Bishr|Bisher|Bichr
السيد|al-Sayyid|al-Sayyed|Essayed
فرج|Faraj||Farej
فايز|=|Fayez|Faiez
جودة|=|Judeh|Jouda
المهدي|=||Mehdi
المختار|al-Mukhtār|Mokhtar
`;

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
    const [ar = '', alaLc = '', mashreq = '', maghreb = ''] = line.split('|');
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
      const [id = '', ...others] = (line.startsWith('~') ? line.slice(1) : (f[0] ?? '') + ' ' + (f[4] ?? '')).split(
        ' ',
      );
      matched.add(foldText(id, FOLD_ALEF | FOLD_HAMZA));
      for (const w of others) if (w !== '') matched.add(w);
    }
  }
  return matched.has(word);
}
