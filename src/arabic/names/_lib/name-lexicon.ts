/**
 * Lexicon of Arabic given names and frequent family names with their usual spelling in each
 * romanization style (private).
 *
 * One entry a line: `arabic|ala-lc|mashreq|maghreb`. An empty or missing mashreq field is the
 * ALA-LC form without its diacritics, ʻ and ʼ (and -ah → -a); an empty or missing maghreb field
 * is the mashreq form. ALA-LC forms follow the Library of Congress romanization tables
 * (ʻ for ع, ʼ for hamza, macrons for long vowels, á for ى, -ah for ة, al- never assimilated);
 * the press forms are the spellings of the Moroccan, Algerian and Tunisian French-language
 * press (maghreb) and of the English-language press of Egypt, the Levant, Iraq and the Gulf
 * (mashreq). Officials' own spellings win over a general rule (Tebboune, Hammouchi, Diab).
 * The table is built on first use.
 */
import { FOLD_ALEF, FOLD_HAMZA, FOLD_MAQSURA, FOLD_TA_MARBUTA, foldText } from '../../text/_lib/fold-text.js';

const ENTRIES = `
محمد|Muḥammad|Mohammed|Mohamed
أحمد|Aḥmad|Ahmed
محمود|Maḥmūd|Mahmoud
مصطفى|Muṣṭafá||Mustapha
عمر|ʻUmar|Omar
عمرو|ʻAmr
عثمان|ʻUthmān|Othman|Othmane
حسن|Ḥasan|Hassan
حسين|Ḥusayn|Hussein|Houcine
الحسين|al-Ḥusayn|al-Hussein|El Houcine
حسان|Ḥassān||Hassane
خالد|Khālid|Khaled|Khalid
يوسف|Yūsuf|Youssef
سعيد|Saʻīd|Saeed|Said
حمد|Ḥamad
حامد|Ḥāmid|Hamed|Hamid
ياسين|Yāsīn|Yassin|Yassine
عيسى|ʻĪsá|Issa|Aïssa
موسى|Mūsá|Moussa
يحيى|Yaḥyá||Yahia
زكريا|Zakarīyā|Zakaria
أيمن|Ayman||Aymen
قيس|Qays|Kais|Kaïs
رمطان|Ramṭān|Ramtane
السعيد|al-Saʻīd|al-Saeed|Saïd
ناصر|Nāṣir|Nasser
منصور|Manṣūr|Mansour
مسعود|Masʻūd|Masoud|Messaoud
محفوظ|Maḥfūẓ|Mahfouz|Mahfoud
مبروك|Mabrūk|Mabrouk
مختار|Mukhtār|Mokhtar
صالح|Ṣāliḥ|Saleh|Salah
هشام|Hishām||Hicham
طارق|Ṭāriq|Tarek|Tarik
شكري|Shukrī|Shoukry|Choukri
ماجد|Mājid|Majed|Majid
وليد|Walīd
سليمان|Sulaymān|Suleiman|Slimane
فؤاد|Fuʼād|Fouad
مراد|Murād||Mourad
رضا|Riḍā|Reda
بشار|Bashshār|Bashar|Bachar
نذير|Nadhīr|Nazir|Nadir
منير|Munīr|Mounir
نور|Nūr|Nour
نادية|Nādiyah|Nadia
ليلى|Laylá|Leila
مريم|Maryam|Mariam|Meriem
زينب|Zaynab|Zeinab|Zineb
هند|Hind
رانيا|Rāniyā|Rania
هدى|Hudá||Houda
سعاد|Suʻād|Souad
وفاء|Wafāʼ||Wafae
أسماء|Asmāʼ||Asmaa
نزهة|Nuzhah||Nezha
بثينة|Buthaynah|Buthaina|Bouthaina
رجاء|Rajāʼ||Rajae
مهدي|Mahdī||Mehdi
الهادي|al-Hādī||El Hadi
فيصل|Fayṣal|Faisal|Fayçal
سلطان|Sulṭān||Soltane
تركي|Turkī
ثامر|Thāmir|Thamer
جاسم|Jāsim|Jassim
راشد|Rāshid||Rachid
ذياب|Dhiyāb|Diab
هزاع|Hazzāʻ
عبدالله|ʻAbd Allāh|Abdullah|Abdellah
عبدالعزيز|ʻAbd al-ʻAzīz|Abdulaziz|Abdelaziz
عبدالرحمن|ʻAbd al-Raḥmān|Abdulrahman|Abderrahmane
عبدالرحيم|ʻAbd al-Raḥīm|Abdul Rahim|Abderrahim
عبدالفتاح|ʻAbd al-Fattāḥ|Abdel Fattah|Abdelfattah
عبدالقادر|ʻAbd al-Qādir|Abdul Qader|Abdelkader
عبدالمجيد|ʻAbd al-Majīd|Abdul Majeed|Abdelmadjid
عبداللطيف|ʻAbd al-Laṭīf|Abdul Latif|Abdellatif
عبدالكريم|ʻAbd al-Karīm|Abdul Karim|Abdelkrim
عبدالحميد|ʻAbd al-Ḥamīd|Abdul Hamid|Abdelhamid
عبدالحق|ʻAbd al-Ḥaqq|Abdul Haq|Abdelhak
عبدالسلام|ʻAbd al-Salām|Abdul Salam|Abdeslam
عبدالإله|ʻAbd al-Ilāh|Abdul Ilah|Abdelilah
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
الحبيب|al-Ḥabīb||Habib
الباجي|al-Bājī|al-Beji|Béji
الصادق|al-Ṣādiq||Sadok
الطاهر|al-Ṭāhir|al-Taher|Tahar
العيد|al-ʻĪd|al-Eid|Laïd
الأخضر|al-Akhḍar||Lakhdar
الهاشمي|al-Hāshimī|al-Hashemi|El Hachemi
طيب|Ṭayyib|Tayeb
عبيد|ʻUbayd|Obeid|Abid
إدريس|Idrīs||Driss
عمار|ʻAmmār
بلقاسم|Bilqāsim|Belkacem
قاسم|Qāsim|Qassem|Kacem
جبران|Jubrān|Gebran|Jebrane
ميشال|Mīshāl|Michel
ميشيل|Mīshīl|Michel
جوزيف|Jūzīf|Joseph
إلياس|Ilyās|Elias
نواف|Nawwāf|Nawaf
مشعل|Mishʻal||Mechaal
شريف|Sharīf|Sherif|Cherif
الشريف|al-Sharīf|al-Sherif|Cherif
أنور|Anwar||Anouar
عباس|ʻAbbās
مهند|Muhannad|Mohannad
عماد|ʻImād
نزار|Nizār
أسامة|Usāmah|Osama|Oussama
يعقوب|Yaʻqūb|Yacoub
داود|Dāwūd|Daoud
هارون|Hārūn|Haroun
لقمان|Luqmān||Loukmane
غسان|Ghassān||Ghassane
عدلي|ʻAdlī|Adly|Adli
مجدي|Majdī|Magdy|Majdi
فتحي|Fatḥī||Fethi
رؤوف|Raʼūf|Raouf
توفيق|Tawfīq||Taoufik
شوقي|Shawqī|Shawki|Chawki
فوزي|Fawzī||Fouzi
لطفي|Luṭfī|Lotfi
رفيق|Rafīq|Rafik
شفيق|Shafīq|Shafik|Chafik
صادق|Ṣādiq|Sadek|Sadok
ياسر|Yāsir|Yasser
بهاء|Bahāʼ|Bahaa|Bahae
ضياء|Ḍiyāʼ|Diaa|Diae
علاء|ʻAlāʼ|Alaa|Alae
ثائر|Thāʼir|Thaer
نعمان|Nuʻmān|Noman|Noamane
وائل|Wāʼil|Wael
هيثم|Haytham|Haitham
محسن|Muḥsin|Mohsen
حسني|Ḥusnī|Hosni
عزت|ʻIzzat|Ezzat
نجاة|Najāh|Najat
منى|Muná|Mona|Mouna
ريم|Rīm|Reem|Rim
سهام|Sihām
كاظم|Kāẓim|Kadhim|Kadhem
الكاظمي|al-Kāẓimī|al-Kadhimi|El Kadhimi
شياع|Shiyāʻ|Shia|Chiaa
السوداني|al-Sūdānī||Essoudani
مقتدى|Muqtadá||Moqtada
الصدر|al-Ṣadr||Sadr
نوري|Nūrī|Nouri
المالكي|al-Mālikī||El Maliki
حيدر|Ḥaydar|Haidar
العبادي|al-ʻAbbādī|al-Abadi|El Abadi
نيجيرفان|Nechirvan
بارزاني|Bārzānī
البرزاني|al-Bārzānī|Barzani
السيسي|al-Sīsī||Al-Sissi
مدبولي|Madbūlī|Madbouly
أبوالغيط|Abū al-Ghayṭ|Aboul Gheit
الغيط|al-Ghayṭ|al-Gheit|El Gheit
ميقاتي|Mīqātī|Mikati
الحريري|al-Ḥarīrī|Hariri
عون|ʻAwn|Aoun
بري|Birrī|Berri
جعجع|Jaʻjaʻ|Geagea
باسيل|Bāsīl|Bassil
جنبلاط|Junblāṭ|Jumblatt|Joumblatt
الأسد|al-Asad|al-Assad|El Assad
المقداد|al-Miqdād|Mekdad
الشرع|al-Sharaʻ|al-Sharaa|Al-Charaa
الشيباني|al-Shaybānī|al-Shaibani|Chaibani
هنية|Haniyah|Haniyeh
السنوار|al-Sinwār|Sinwar|Sinouar
اشتية|Ishtayyah|Shtayyeh
الصفدي|al-Ṣafadī|Safadi
الخصاونة|al-Khaṣāwinah|Khasawneh
الثاني|al-Thānī|Al Thani
مكتوم|Maktūm|Maktoum
قرقاش|Qarqāsh|Gargash
الجبير|al-Jubayr|al-Jubeir|El Joubeir
الفيصل|al-Fayṣal|Al Faisal|El Fayçal
البديوي|al-Budaywī|Albudaiwi|El Boudaiwi
الزياني|al-Zayānī|Al Zayani|Zayani
البوسعيدي|al-Būsaʻīdī|Al Busaidi|Al Boussaidi
بوريطة|Būrīṭah|Bourita
حموشي|Ḥammūshī|Hammouchi
الحموشي|al-Ḥammūshī|Hammouchi
المنصوري|al-Manṣūrī|al-Mansouri|El Mansouri
الخيام|al-Khayyām|Khiam|El Khiam
العثماني|al-ʻUthmānī|El Othmani
بنكيران|Bin Kīrān|Benkirane
أخنوش|Akhannūsh|Akhannouch
أخرباش|Akharbāsh|Akharbach
مساهل|Masāhil|Messahel
لعمامرة|Laʻmāmrah
تبون|Tabbūn|Tebboune
شنقريحة|Shanqrīḥah|Chengriha|Chanegriha
عطاف|ʻAṭṭāf
بوتفليقة|Būtaflīqah|Bouteflika
بنصالح|Bin Ṣāliḥ|Bensalah
جراد|Jarrād|Djerad
قايد|Qāyid|Gaid|Gaïd
السبسي|al-Sabsī|Essebsi
الغنوشي|al-Ghannūshī|Ghannouchi
الجبالي|al-Jibālī|Jebali
الشاهد|al-Shāhid|Chahed
المشيشي|al-Mishīshī|Mechichi
الجرندي|al-Jarandī|Jerandi
النفطي|al-Nafṭī|Nafti
بودن|Būdan|Bouden
الحشاني|al-Ḥashshānī|Hachani
المدوري|al-Madūrī|Madouri
المدني|al-Madanī||El Madani
الغزواني|al-Ghazwānī|Ghazouani|El Ghazouani
الدبيبة|al-Dubaybah|Dbeibah
المنفي|al-Manfī|Menfi
السراج|al-Sarrāj|Sarraj
البرهان|al-Burhān||Burhane
حميدتي|Ḥimīdtī|Hemedti
دقلو|Daqalū|Dagalo
حمدوك|Ḥamdūk|Hamdok
الحوثي|al-Ḥūthī|al-Houthi|El Houthi
العليمي|al-ʻAlīmī||El Alimi
الزعبي|al-Zuʻbī|al-Zoubi|Zoubi
الرفاعي|al-Rifāʻī||Rifai
التميمي|al-Tamīmī||Tamimi
الخطيب|al-Khaṭīb||El Khatib
الشامي|al-Shāmī||Chami
المصري|al-Miṣrī|al-Masri|El Masri
البغدادي|al-Baghdādī||El Baghdadi
الخوري|al-Khūrī|Khoury
حداد|Ḥaddād
الحداد|al-Ḥaddād||Haddad
نجار|Najjār
خياط|Khayyāṭ|Khayat
عطار|ʻAṭṭār
صباغ|Ṣabbāgh
قصاب|Qaṣṣāb|Kassab
جبور|Jabbūr|Jabbour
العلوي|al-ʻAlawī|Alaoui
الفاسي|al-Fāsī|el-Fassi|El Fassi
التازي|al-Tāzī|Tazi
بنعلي|Bin ʻAlī|Benali
بنموسى|Bin Mūsá|Benmoussa
بنشعبون|Bin Shaʻbūn|Benchaaboun
التوفيق|al-Tawfīq|Toufiq
وهبي|Wahbī|Ouahbi
الرميد|al-Ramīd|Ramid
لقجع|Laqjaʻ|Lekjaa
العلمي|al-ʻAlamī|Alami
الطالبي|al-Ṭālibī|Talbi
بنسعيد|Bin Saʻīd|Bensaid
الخلفي|al-Khalfī|El Khalfi
السعدي|al-Saʻdī|Saadi
بلخادم|Bilkhādim|Belkhadem
أويحيى|Uwyaḥyá|Ouyahia
سلال|Sallāl|Sellal
بلعيز|Balʻīz|Belaiz
زغماتي|Zaghmātī|Zeghmati
بلمهدي|Bilmahdī|Belmahdi
قوجيل|Qūjīl|Goudjil
بوغالي|Būghālī|Boughali
رمضان|Ramaḍān||Ramdane
عيد|ʻĪd|Eid|Aid
سلامة|Salāmah|Salameh|Salama
عمران|ʻImrān||Imrane
شاهين|Shāhīn|Shaheen|Chahine
الدين|al-Dīn||Eddine
الله|Allāh|Allah
زين|Zayn|Zein|Zine
سيف|Sayf|Saif|Seif
لبنى|Lubná||Loubna
منصف|Munṣif|Moncef
المنصف|al-Munṣif|Moncef
المرزوقي|al-Marzūqī|Marzouki
جلول|Jallūl|Jalloul
الشيخ|al-Shaykh|Sheikh|Cheikh
شيخ|Shaykh|Sheikh|Cheikh
`;

/** Spellings of one lexicon entry: maghreb, mashreq, ala-lc. */
export type Spellings = readonly [string, string, string];

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

let table: Map<string, Spellings> | undefined;

function build(): Map<string, Spellings> {
  const m = new Map<string, Spellings>();
  for (const line of ENTRIES.split('\n')) {
    if (line === '') continue;
    const [ar = '', alaLc = '', mashreqField = '', maghrebField = ''] = line.split('|');
    const mashreq = mashreqField === '' ? plain(alaLc) : mashreqField;
    const key = lexiconKey(ar);
    if (!m.has(key)) m.set(key, [maghrebField === '' ? mashreq : maghrebField, mashreq, alaLc]);
  }
  return m;
}

/** The spellings of an Arabic word (by {@link lexiconKey}), or `undefined`. */
export function arabicSpellings(key: string): Spellings | undefined {
  table ??= build();
  return table.get(key);
}

let latinWords: Set<string> | undefined;

/** Whether a lower-case, diacritic-free Latin word is a press spelling of a lexicon name. */
export function isArabicLatin(word: string): boolean {
  if (latinWords === undefined) {
    const set = new Set<string>();
    table ??= build();
    for (const [maghreb, mashreq] of table.values()) {
      for (const w of (maghreb + ' ' + mashreq).split(/[\s-]+/u)) set.add(plain(w).toLowerCase());
    }
    latinWords = set;
  }
  return latinWords.has(word);
}
