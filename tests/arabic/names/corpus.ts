/**
 * Labeled name-pair corpus for the name matcher (tests and bench).
 *
 * Built from knowledge of public officials' names as written in Arabic and Latin press, before
 * the matcher existed, and never edited to fit its output. Positive pairs come from the variant
 * lists of one person (every spelling there is a real spelling of that person's name); negative
 * pairs are either written by hand (hard negatives: relatives, shared given names or surnames,
 * reversed nasab chains, minimal pairs of different names) or pair two different persons of the
 * same region. A negative label means "these two names do not designate the same person".
 */

/** Category of a pair (region for ordinary pairs, or the difficulty being tested). */
export type Category =
  | 'maghreb'
  | 'egypt'
  | 'gulf'
  | 'levant'
  | 'iraq'
  | 'western'
  | 'partial'
  | 'minimal-pair'
  | 'nasab-order'
  | 'hard-negative';

/** One labeled pair. */
export interface CorpusPair {
  readonly a: string;
  readonly b: string;
  readonly same: boolean;
  readonly category: Category;
}

type Region = 'maghreb' | 'egypt' | 'gulf' | 'levant' | 'iraq' | 'western';

interface Person {
  readonly region: Region;
  /** Arabic-script spellings, the most common first. */
  readonly arabic: readonly string[];
  /** Latin spellings, the most common first. */
  readonly latin: readonly string[];
  /** Shortened forms used in press for this person (a distinctive surname alone). */
  readonly partial?: readonly string[];
}

const P = (region: Region, arabic: string, latin: string, partial?: string): Person => ({
  region,
  arabic: arabic.split('|'),
  latin: latin.split('|'),
  ...(partial === undefined ? {} : { partial: partial.split('|') }),
});

/** Persons and the spellings of their names. */
export const PERSONS: readonly Person[] = [
  // --- Morocco
  P(
    'maghreb',
    'عبد اللطيف حموشي|عبد اللطيف الحموشي|عبداللطيف الحموشي',
    'Abdellatif Hammouchi|Abdelatif Hamuchi|Abdellatif El Hammouchi|Abdul Latif Hamouchi',
    'حموشي|الحموشي|Hammouchi',
  ),
  P('maghreb', 'عبد الوافي لفتيت', 'Abdelouafi Laftit|Abdelouafi Laftite|Abdelwafi Laftit', 'لفتيت|Laftit'),
  P('maghreb', 'ناصر بوريطة', 'Nasser Bourita|Naser Bourita', 'بوريطة|Bourita'),
  P('maghreb', 'ياسين المنصوري', 'Yassine Mansouri|Yassine El Mansouri|Yasin al-Mansouri'),
  P('maghreb', 'عبد الحق الخيام', 'Abdelhak Khiame|Abdelhak El Khiam|Abdelhaq Khiam', 'الخيام'),
  P('maghreb', 'عزيز أخنوش|عزيز اخنوش', 'Aziz Akhannouch|Aziz Akhanouch', 'أخنوش|Akhannouch'),
  P('maghreb', 'سعد الدين العثماني', 'Saadeddine Othmani|Saad Eddine El Othmani|Saad-Eddine El Othmani'),
  P(
    'maghreb',
    'عبد الإله بنكيران|عبد الاله بن كيران',
    'Abdelilah Benkirane|Abdelilah Benkiran|Abdel-Ilah Benkirane',
    'بنكيران|Benkirane',
  ),
  P('maghreb', 'محمد حصاد', 'Mohamed Hassad|Mohammed Hassad'),
  P('maghreb', 'بوشعيب الرميل', 'Bouchaib Rmail|Bouchaïb Rmail'),
  P('maghreb', 'إدريس جطو', 'Driss Jettou|Idriss Jettou'),
  P('maghreb', 'عباس الفاسي', 'Abbas El Fassi|Abbas al-Fassi'),
  P('maghreb', 'عبد الرحمن اليوسفي', 'Abderrahmane Youssoufi|Abderrahmane El Youssoufi|Abdelrahman Youssoufi'),
  P('maghreb', 'عبد اللطيف الجواهري', 'Abdellatif Jouahri|Abdellatif Jouahiri'),
  P('maghreb', 'مصطفى الرميد', 'Mustapha Ramid|Mustafa Ramid|El Mustapha Ramid'),
  P('maghreb', 'عبد اللطيف وهبي', 'Abdellatif Ouahbi|Abdelatif Wahbi'),
  P('maghreb', 'فوزي لقجع', 'Fouzi Lekjaa|Faouzi Lekjaa'),
  P('maghreb', 'نزار بركة', 'Nizar Baraka'),
  P('maghreb', 'رشيد الطالبي العلمي', 'Rachid Talbi Alami|Rachid Talbi El Alami'),
  P('maghreb', 'محمد السادس', 'Mohammed VI|Mohamed VI|Muhammad VI'),
  P('maghreb', 'الحسن الثاني', 'Hassan II'),
  P('maghreb', 'أحمد التوفيق', 'Ahmed Toufiq|Ahmed Taoufiq|Ahmed Tawfiq'),
  P('maghreb', 'شكيب بنموسى', 'Chakib Benmoussa|Chakib Benmousa'),
  P('maghreb', 'نادية فتاح العلوي|نادية فتاح', 'Nadia Fettah Alaoui|Nadia Fettah'),
  P('maghreb', 'عبد اللطيف لوديي', 'Abdellatif Loudiyi|Abdeltif Loudyi'),
  // --- Algeria
  P('maghreb', 'عبد المجيد تبون', 'Abdelmadjid Tebboune|Abdelmajid Tebboune|Abdul Majid Tebboune', 'تبون|Tebboune'),
  P('maghreb', 'عبد العزيز بوتفليقة', 'Abdelaziz Bouteflika|Abdul Aziz Bouteflika', 'بوتفليقة|Bouteflika'),
  P('maghreb', 'السعيد شنقريحة|سعيد شنقريحة', 'Saïd Chanegriha|Said Chengriha|Said Chanegriha', 'شنقريحة|Chanegriha'),
  P('maghreb', 'أحمد قايد صالح|أحمد قائد صالح', 'Ahmed Gaïd Salah|Ahmed Gaid Salah|Ahmed Gaid Saleh'),
  P('maghreb', 'رمطان لعمامرة', 'Ramtane Lamamra|Ramtane Lamamra', 'لعمامرة|Lamamra'),
  P('maghreb', 'أحمد عطاف', 'Ahmed Attaf'),
  P('maghreb', 'عبد العزيز جراد', 'Abdelaziz Djerad|Abdelaziz Djarad'),
  P('maghreb', 'أيمن بن عبد الرحمن', 'Aïmene Benabderrahmane|Aymen Benabderrahmane|Ayman Ben Abderrahmane'),
  P('maghreb', 'نذير العرباوي', 'Nadir Larbaoui|Nadhir Larbaoui'),
  P('maghreb', 'صبري بوقدوم', 'Sabri Boukadoum|Sabri Boukaddoum'),
  P('maghreb', 'عبد القادر بن صالح', 'Abdelkader Bensalah|Abdelkader Ben Salah'),
  P('maghreb', 'أحمد أويحيى', 'Ahmed Ouyahia|Ahmed Ouyahya'),
  P('maghreb', 'عبد المالك سلال', 'Abdelmalek Sellal|Abdelmalek Sellel'),
  P('maghreb', 'محمد مدين', 'Mohamed Mediène|Mohamed Mediene'),
  P('maghreb', 'الأخضر الإبراهيمي', 'Lakhdar Brahimi|Lakhdar Ibrahimi'),
  P('maghreb', 'هواري بومدين', 'Houari Boumediene|Houari Boumedienne'),
  P('maghreb', 'الشاذلي بن جديد', 'Chadli Bendjedid|Chadli Ben Djedid'),
  P('maghreb', 'اليمين زروال', 'Liamine Zeroual|Lamine Zeroual'),
  // --- Tunisia
  P('maghreb', 'قيس سعيد', 'Kaïs Saïed|Kais Saied|Qais Saied'),
  P(
    'maghreb',
    'الباجي قايد السبسي|الباجي قائد السبسي',
    'Béji Caïd Essebsi|Beji Caid Essebsi|Beji Caid el Sebsi',
    'السبسي|Essebsi',
  ),
  P('maghreb', 'زين العابدين بن علي', 'Zine El Abidine Ben Ali|Zine al-Abidine Ben Ali|Zine el-Abidine Ben Ali'),
  P('maghreb', 'الحبيب بورقيبة', 'Habib Bourguiba|Habib Bourguiba', 'بورقيبة|Bourguiba'),
  P('maghreb', 'يوسف الشاهد', 'Youssef Chahed|Youssef Chahed'),
  P('maghreb', 'هشام المشيشي', 'Hichem Mechichi|Hichem Mechichi'),
  P('maghreb', 'نجلاء بودن رمضان|نجلاء بودن', 'Najla Bouden Romdhane|Najla Bouden'),
  P('maghreb', 'راشد الغنوشي', 'Rached Ghannouchi|Rachid al-Ghannushi|Rached Ghannouchi'),
  P('maghreb', 'محمد الغنوشي', 'Mohamed Ghannouchi|Mohammed Ghannouchi'),
  P('maghreb', 'الحبيب الصيد', 'Habib Essid|Habib Sid'),
  P('maghreb', 'عثمان الجرندي', 'Othman Jerandi|Othmane Jerandi'),
  P('maghreb', 'نبيل عمار', 'Nabil Ammar'),
  P('maghreb', 'كمال الفقي', 'Kamel Feki|Kamel Fekih'),
  // --- Libya and Mauritania
  P(
    'maghreb',
    'معمر القذافي',
    'Muammar Gaddafi|Moammar Qadhafi|Mouammar Kadhafi|Muammar al-Qaddafi',
    'القذافي|Gaddafi|Kadhafi',
  ),
  P('maghreb', 'سيف الإسلام القذافي', 'Saif al-Islam Gaddafi|Seif el-Islam Kadhafi|Saif al-Islam al-Qadhafi'),
  P('maghreb', 'خليفة حفتر', 'Khalifa Haftar|Khalifa Hifter|Khalifa Heftar', 'حفتر|Haftar'),
  P('maghreb', 'عبد الحميد الدبيبة', 'Abdul Hamid Dbeibah|Abdelhamid Dbeibah|Abdulhamid al-Dbeibah', 'الدبيبة|Dbeibah'),
  P('maghreb', 'عقيلة صالح', 'Aguila Saleh|Aguila Salah|Aqila Saleh'),
  P('maghreb', 'فايز السراج|فائز السراج', 'Fayez al-Sarraj|Fayez Serraj|Faiez Serraj'),
  P('maghreb', 'محمد المنفي', 'Mohamed al-Menfi|Mohamed Menfi|Mohammed al-Manfi'),
  P(
    'maghreb',
    'محمد ولد الشيخ الغزواني|محمد ولد الغزواني',
    'Mohamed Ould Cheikh El Ghazouani|Mohamed Ould Ghazouani|Mohamed Ould El-Ghazaouani',
  ),
  P('maghreb', 'محمد ولد عبد العزيز', 'Mohamed Ould Abdel Aziz|Mohamed Ould Abdelaziz'),
  // --- Egypt
  P(
    'egypt',
    'عبد الفتاح السيسي|عبد الفتاح السيسى|عبدالفتاح السيسي',
    'Abdel Fattah el-Sisi|Abdel Fattah al-Sisi|Abdelfattah Elsisi|Abdul Fatah Al-Sisi',
    'السيسي|Sisi|el-Sisi',
  ),
  P('egypt', 'حسني مبارك|محمد حسني مبارك|حسنى مبارك', 'Hosni Mubarak|Hosny Moubarak|Husni Mubarak', 'مبارك|Mubarak'),
  P('egypt', 'محمد مرسي|محمد مرسى', 'Mohamed Morsi|Mohammed Mursi|Mohamed Morsy'),
  P('egypt', 'أنور السادات|محمد أنور السادات', 'Anwar Sadat|Anwar el-Sadat|Anouar el-Sadate', 'السادات|Sadat'),
  P('egypt', 'جمال عبد الناصر', 'Gamal Abdel Nasser|Gamal Abdul Nasser|Jamal Abdel Nasser'),
  P('egypt', 'سامح شكري|سامح شكرى', 'Sameh Shoukry|Sameh Shukri|Sameh Choukri'),
  P('egypt', 'بدر عبد العاطي', 'Badr Abdelatty|Badr Abdel Aty|Badr Abdel Ati'),
  P('egypt', 'مصطفى مدبولي|مصطفى مدبولى', 'Mostafa Madbouly|Moustafa Madbouli|Mustafa Madbouly', 'مدبولي|Madbouly'),
  P('egypt', 'عباس كامل', 'Abbas Kamel|Abbas Kamil'),
  P('egypt', 'حسن رشاد', 'Hassan Rashad|Hassan Rachad'),
  P('egypt', 'محمود توفيق', 'Mahmoud Tawfik|Mahmoud Tewfik|Mahmoud Toufik'),
  P('egypt', 'عمرو موسى|عمرو موسي', 'Amr Moussa|Amre Moussa|Amr Musa'),
  P('egypt', 'أحمد أبو الغيط|أحمد أبوالغيط', 'Ahmed Aboul Gheit|Ahmed Abul Gheit|Ahmed Aboul-Gheit|Ahmed Abu al-Ghayt'),
  P('egypt', 'محمد البرادعي', 'Mohamed ElBaradei|Mohamed El Baradei|Mohamed al-Baradei', 'البرادعي|ElBaradei'),
  P('egypt', 'بطرس بطرس غالي', 'Boutros Boutros-Ghali|Boutros Boutros Ghali'),
  P('egypt', 'عمر سليمان', 'Omar Suleiman|Omar Soliman|Omar Sulayman'),
  P('egypt', 'محمد حسين طنطاوي', 'Mohamed Hussein Tantawi|Mohamed Hussein Tantaoui', 'طنطاوي|Tantawi'),
  P('egypt', 'أحمد شفيق', 'Ahmed Shafik|Ahmed Chafik|Ahmed Shafiq'),
  P('egypt', 'هشام قنديل', 'Hesham Qandil|Hisham Kandil|Hesham Kandil'),
  P('egypt', 'إبراهيم محلب', 'Ibrahim Mahlab|Ibrahim Mehleb'),
  P('egypt', 'صدقي صبحي', 'Sedki Sobhi|Sedky Sobhy|Sidqi Subhi'),
  P('egypt', 'حمدين صباحي', 'Hamdeen Sabahi|Hamdin Sabahi|Hamdeen Sabbahi'),
  P('egypt', 'عبد المنعم أبو الفتوح', 'Abdel Moneim Aboul Fotouh|Abdel Monem Abou el-Fotouh|Abd al-Munim Abu al-Futuh'),
  P('egypt', 'نجيب ساويرس', 'Naguib Sawiris|Naguib Sawiras|Najib Sawiris'),
  P('egypt', 'محمد صلاح', 'Mohamed Salah|Mohammed Salah|Mo Salah'),
  P('egypt', 'مجدي عبد الغفار', 'Magdy Abdel Ghaffar|Magdi Abdel Ghaffar'),
  P('egypt', 'محمود حجازي', 'Mahmoud Hegazy|Mahmoud Hijazi|Mahmoud Hegazi'),
  P('egypt', 'أسامة ربيع', 'Osama Rabie|Ossama Rabia|Usama Rabie'),
  P('egypt', 'محمد إبراهيم', 'Mohamed Ibrahim|Mohammed Ibrahim'),
  // --- Gulf
  P(
    'gulf',
    'محمد بن سلمان|محمد بن سلمان آل سعود|الأمير محمد بن سلمان',
    'Mohammed bin Salman|Muhammad bin Salman Al Saud|Mohammad ibn Salman|Crown Prince Mohammed bin Salman',
  ),
  P(
    'gulf',
    'سلمان بن عبد العزيز|سلمان بن عبدالعزيز آل سعود|الملك سلمان بن عبد العزيز',
    'Salman bin Abdulaziz|King Salman bin Abdulaziz Al Saud|Salman ibn Abd al-Aziz',
  ),
  P('gulf', 'خالد بن سلمان', 'Khalid bin Salman|Khaled bin Salman|Khalid bin Salman Al Saud'),
  P('gulf', 'فيصل بن فرحان', 'Faisal bin Farhan|Faisal bin Farhan Al Saud|Faysal ibn Farhan'),
  P('gulf', 'عادل الجبير', 'Adel al-Jubeir|Adel Al-Jubair|Adel Jubeir', 'الجبير|al-Jubeir'),
  P('gulf', 'محمد بن نايف', 'Mohammed bin Nayef|Muhammad bin Naif|Mohamed bin Nayef'),
  P('gulf', 'عبد العزيز بن سعود بن نايف', 'Abdulaziz bin Saud bin Naif|Abdulaziz bin Saud bin Nayef'),
  P('gulf', 'بندر بن سلطان', 'Bandar bin Sultan|Bandar bin Sultan Al Saud'),
  P('gulf', 'تركي الفيصل', 'Turki al-Faisal|Turki Al Faisal|Turki al-Faysal'),
  P(
    'gulf',
    'عبد الله بن زايد|عبدالله بن زايد آل نهيان',
    'Abdullah bin Zayed|Abdullah bin Zayed Al Nahyan|Abdallah ben Zayed',
  ),
  P(
    'gulf',
    'محمد بن زايد|محمد بن زايد آل نهيان|الشيخ محمد بن زايد',
    'Mohamed bin Zayed|Mohammed bin Zayed Al Nahyan|Sheikh Mohamed bin Zayed|Mohamed ben Zayed',
  ),
  P('gulf', 'طحنون بن زايد', 'Tahnoun bin Zayed|Tahnoon bin Zayed|Tahnoun bin Zayed Al Nahyan'),
  P('gulf', 'منصور بن زايد', 'Mansour bin Zayed|Mansour bin Zayed Al Nahyan'),
  P('gulf', 'سيف بن زايد', 'Saif bin Zayed|Saif bin Zayed Al Nahyan|Seif bin Zayed'),
  P('gulf', 'خالد بن محمد بن زايد', 'Khaled bin Mohamed bin Zayed|Khalid bin Mohammed bin Zayed'),
  P(
    'gulf',
    'محمد بن راشد آل مكتوم|محمد بن راشد',
    'Mohammed bin Rashid Al Maktoum|Mohammed bin Rashid|Mohamed bin Rachid Al Maktoum',
  ),
  P(
    'gulf',
    'تميم بن حمد آل ثاني|تميم بن حمد',
    'Tamim bin Hamad Al Thani|Tamim bin Hamad|Sheikh Tamim bin Hamad Al Thani',
  ),
  P('gulf', 'حمد بن خليفة آل ثاني|حمد بن خليفة', 'Hamad bin Khalifa Al Thani|Hamad bin Khalifa'),
  P('gulf', 'خليفة بن حمد آل ثاني', 'Khalifa bin Hamad Al Thani'),
  P(
    'gulf',
    'محمد بن عبد الرحمن آل ثاني',
    'Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman bin Jassim Al Thani',
  ),
  P('gulf', 'قابوس بن سعيد', 'Qaboos bin Said|Qaboos bin Said Al Said|Qabus ibn Said'),
  P('gulf', 'هيثم بن طارق', 'Haitham bin Tariq|Haitham bin Tarik|Haitham bin Tariq Al Said'),
  P('gulf', 'بدر البوسعيدي', 'Badr Albusaidi|Badr al-Busaidi|Badr bin Hamad Al Busaidi'),
  P('gulf', 'حمد بن عيسى آل خليفة', 'Hamad bin Isa Al Khalifa|Hamad bin Issa Al Khalifa'),
  P('gulf', 'سلمان بن حمد آل خليفة', 'Salman bin Hamad Al Khalifa|Salman bin Hamad bin Isa Al Khalifa'),
  P(
    'gulf',
    'عبد اللطيف الزياني',
    'Abdullatif Al Zayani|Abdullatif bin Rashid Al Zayani|Abdul Latif al-Zayani',
    'الزياني|Al Zayani',
  ),
  P(
    'gulf',
    'مشعل الأحمد الجابر الصباح|مشعل الأحمد',
    'Mishal Al-Ahmad Al-Jaber Al-Sabah|Meshal al-Ahmad al-Jaber al-Sabah|Mishal al-Ahmad',
  ),
  P('gulf', 'نواف الأحمد الجابر الصباح|نواف الأحمد', 'Nawaf Al-Ahmad Al-Jaber Al-Sabah|Nawaf al-Ahmad'),
  P('gulf', 'صباح الأحمد الجابر الصباح|صباح الأحمد', 'Sabah Al-Ahmad Al-Jaber Al-Sabah|Sabah al-Ahmad'),
  P('gulf', 'أنور قرقاش', 'Anwar Gargash|Anwar Qarqash'),
  // --- Levant
  P('levant', 'بشار الأسد', 'Bashar al-Assad|Bachar el-Assad|Bashar Assad|Bashar al-Asad'),
  P('levant', 'حافظ الأسد', 'Hafez al-Assad|Hafez el-Assad|Hafiz al-Asad'),
  P('levant', 'ماهر الأسد', 'Maher al-Assad|Maher el-Assad'),
  P('levant', 'فيصل المقداد', 'Faisal Mekdad|Fayssal Mikdad|Faisal al-Miqdad'),
  P('levant', 'وليد المعلم', 'Walid Muallem|Walid al-Moualem|Walid al-Muallem'),
  P('levant', 'أحمد الشرع', 'Ahmed al-Sharaa|Ahmad al-Sharaa|Ahmed al-Charaa', 'الشرع|al-Sharaa'),
  P('levant', 'أبو محمد الجولاني', 'Abu Mohammad al-Julani|Abu Mohammed al-Jolani|Abou Mohammed al-Joulani'),
  P('levant', 'أسعد الشيباني', 'Asaad al-Shaibani|Asaad Hassan al-Shaibani|Assad al-Chaibani'),
  P(
    'levant',
    'عبد الله الثاني بن الحسين|عبد الله الثاني|الملك عبد الله الثاني',
    'Abdullah II bin Al-Hussein|Abdullah II|King Abdullah II|Abdallah II',
  ),
  P('levant', 'الحسين بن طلال', 'Hussein bin Talal|Hussein ibn Talal|Al-Hussein bin Talal'),
  P('levant', 'أيمن الصفدي', 'Ayman Safadi|Ayman al-Safadi'),
  P('levant', 'بشر الخصاونة', 'Bisher Al-Khasawneh|Bisher Khasawneh|Bishr al-Khasawneh'),
  P('levant', 'جعفر حسان', 'Jafar Hassan|Jaafar Hassan'),
  P('levant', 'نجيب ميقاتي', 'Najib Mikati|Nagib Mikati|Najib Miqati', 'ميقاتي|Mikati'),
  P('levant', 'سعد الحريري', 'Saad Hariri|Saad al-Hariri|Saad el-Hariri'),
  P('levant', 'رفيق الحريري', 'Rafic Hariri|Rafik Hariri|Rafiq al-Hariri'),
  P('levant', 'ميشال عون|ميشيل عون', 'Michel Aoun|Michel Aoun'),
  P('levant', 'جوزاف عون|جوزيف عون', 'Joseph Aoun|Joseph Aoun'),
  P('levant', 'نبيه بري', 'Nabih Berri|Nabih Birri'),
  P('levant', 'حسن نصر الله|حسن نصرالله', 'Hassan Nasrallah|Hasan Nasrallah|Hassan Nasr Allah', 'نصر الله|Nasrallah'),
  P('levant', 'نواف سلام', 'Nawaf Salam|Nawaf Salam'),
  P('levant', 'عباس إبراهيم', 'Abbas Ibrahim|Abbas Ibrahim'),
  P('levant', 'محمود عباس', 'Mahmoud Abbas|Mahmud Abbas'),
  P('levant', 'إسماعيل هنية', 'Ismail Haniyeh|Ismail Haniya|Ismaïl Haniyeh', 'هنية|Haniyeh'),
  P('levant', 'ياسر عرفات', 'Yasser Arafat|Yasir Arafat', 'عرفات|Arafat'),
  P('levant', 'محمد اشتية', 'Mohammad Shtayyeh|Mohammed Shtayyeh|Mohamed Shtayeh'),
  P('levant', 'رياض المالكي', 'Riyad al-Maliki|Riad Malki|Riyad al-Malki'),
  P('levant', 'ماجد فرج', 'Majed Faraj|Majid Faraj'),
  P('levant', 'يحيى السنوار', 'Yahya Sinwar|Yahia Sinwar|Yehya al-Sinwar', 'السنوار|Sinwar'),
  P('levant', 'حسين الشيخ', 'Hussein al-Sheikh|Hussein al-Cheikh|Hussein al-Shaykh'),
  P('levant', 'جبران باسيل', 'Gebran Bassil|Gibran Bassil|Jubran Bassil'),
  P('levant', 'وليد جنبلاط', 'Walid Jumblatt|Walid Joumblatt|Walid Jumblat', 'جنبلاط|Jumblatt'),
  P('levant', 'سمير جعجع', 'Samir Geagea|Samir Jaajaa'),
  P('levant', 'علي مملوك', 'Ali Mamlouk|Ali Mamluk'),
  P('levant', 'جميل حسن', 'Jamil Hassan|Jamil al-Hassan'),
  // --- Iraq
  P(
    'iraq',
    'محمد شياع السوداني|محمد شياع السودانى',
    "Mohammed Shia al-Sudani|Mohammed Shia' Al Sudani|Mohamed Chia al-Soudani",
    'السوداني|al-Sudani',
  ),
  P('iraq', 'مصطفى الكاظمي', 'Mustafa al-Kadhimi|Moustafa al-Kazimi|Mustafa Al-Kazemi', 'الكاظمي|al-Kadhimi'),
  P('iraq', 'عادل عبد المهدي', 'Adil Abdul-Mahdi|Adel Abdel Mahdi|Adil Abd al-Mahdi'),
  P('iraq', 'حيدر العبادي', 'Haider al-Abadi|Haidar al-Abadi|Haider Abadi'),
  P('iraq', 'نوري المالكي', 'Nouri al-Maliki|Nuri al-Maliki|Nouri Maliki'),
  P('iraq', 'فؤاد حسين', 'Fuad Hussein|Fouad Hussein|Fuad Husayn'),
  P('iraq', 'برهم صالح', 'Barham Salih|Barham Saleh'),
  P('iraq', 'عبد اللطيف رشيد', 'Abdul Latif Rashid|Abdullatif Rashid|Abdul Latif Jamal Rashid'),
  P('iraq', 'مقتدى الصدر', 'Muqtada al-Sadr|Moqtada al-Sadr|Moqtada Sadr', 'الصدر|al-Sadr'),
  P('iraq', 'علي السيستاني', 'Ali al-Sistani|Ali Sistani|Ali al-Husseini al-Sistani', 'السيستاني|Sistani'),
  P('iraq', 'صدام حسين', 'Saddam Hussein|Saddam Husayn|Saddam Hussain'),
  P('iraq', 'طارق عزيز', 'Tariq Aziz|Tarek Aziz|Tareq Aziz'),
  P('iraq', 'قاسم الأعرجي', 'Qasim al-Araji|Qassem al-Araji|Kasim al-Aaraji'),
  P('iraq', 'فالح الفياض', 'Falih al-Fayyadh|Faleh al-Fayyad|Falih al-Fayadh'),
  P('iraq', 'محمد الحلبوسي', 'Mohamed al-Halbousi|Mohammed al-Halbusi|Mohamed Halbousi'),
  P('iraq', 'مسعود بارزاني|مسعود البارزاني', 'Masoud Barzani|Massoud Barzani|Masud Barzani'),
  P('iraq', 'نيجيرفان بارزاني', 'Nechirvan Barzani|Nechirvan Idris Barzani'),
  P('iraq', 'مسرور بارزاني', 'Masrour Barzani|Masrour Barzani'),
  P('iraq', 'هوشيار زيباري', 'Hoshyar Zebari|Hoshyar Zibari'),
  P('iraq', 'إبراهيم الجعفري', 'Ibrahim al-Jaafari|Ibrahim al-Jafari|Ibrahim Jaafari'),
  P('iraq', 'إياد علاوي', 'Ayad Allawi|Iyad Allawi|Iyad Alawi'),
  P(
    'iraq',
    'أبو بكر البغدادي',
    'Abu Bakr al-Baghdadi|Abou Bakr al-Baghdadi|Abubakr al-Baghdadi',
    'البغدادي|al-Baghdadi',
  ),
  P('iraq', 'أبو مهدي المهندس', 'Abu Mahdi al-Muhandis|Abou Mahdi al-Mohandes'),
  // --- Western officials written in Arabic
  P('western', 'كريستوفر راي', 'Christopher Wray|Christopher A. Wray|Chris Wray', 'راي|Wray'),
  P('western', 'أفريل هاينز|أفريل هينز|أفريل هينس', 'Avril Haines|Avril D. Haines', 'هاينز|Haines'),
  P('western', 'ويليام بيرنز|وليام بيرنز|وليام بورنز', 'William Burns|William J. Burns|Bill Burns', 'بيرنز|Burns'),
  P(
    'western',
    'فرناندو غراندي مارلاسكا|فرناندو غراند مارلاسكا',
    'Fernando Grande-Marlaska|Fernando Grande-Marlaska Gómez|Fernando Grande Marlaska',
    'مارلاسكا|Marlaska|Grande-Marlaska',
  ),
  P('western', 'إسبيرانزا كاستيليرو', 'Esperanza Casteleiro|Esperanza Casteleiro Llamazares'),
  P('western', 'جو بايدن', 'Joe Biden|Joseph Biden|Joseph R. Biden', 'بايدن|Biden'),
  P('western', 'دونالد ترامب|دونالد ترمب', 'Donald Trump|Donald J. Trump', 'ترامب|ترمب|Trump'),
  P('western', 'أنتوني بلينكن|أنتوني بلينكين', 'Antony Blinken|Antony J. Blinken', 'بلينكن|Blinken'),
  P('western', 'لويد أوستن|لويد أوستين', 'Lloyd Austin|Lloyd J. Austin'),
  P('western', 'كامالا هاريس', 'Kamala Harris|Kamala D. Harris'),
  P('western', 'جون برينان', 'John Brennan|John O. Brennan'),
  P('western', 'جيمس كومي', 'James Comey|James B. Comey|Jim Comey'),
  P('western', 'جيمس كلابر', 'James Clapper|James R. Clapper'),
  P('western', 'جون راتكليف', 'John Ratcliffe|John Ratcliff'),
  P('western', 'كاش باتيل', 'Kash Patel|Kashyap Patel'),
  P('western', 'تولسي غابارد|تولسي جابارد', 'Tulsi Gabbard'),
  P('western', 'ماركو روبيو', 'Marco Rubio'),
  P('western', 'بيت هيغسيث|بيت هيجسيث', 'Pete Hegseth'),
  P('western', 'إيمانويل ماكرون|ايمانويل ماكرون', 'Emmanuel Macron', 'ماكرون|Macron'),
  P('western', 'جيرالد دارمانان|جيرالد دارمانين', 'Gérald Darmanin|Gerald Darmanin', 'دارمانان|Darmanin'),
  P('western', 'جان إيف لودريان|جان إيف لو دريان', 'Jean-Yves Le Drian|Jean Yves Le Drian', 'لودريان|Le Drian'),
  P('western', 'بيدرو سانشيز|بيدرو سانشيث', 'Pedro Sánchez|Pedro Sanchez|Pedro Sánchez Pérez-Castejón'),
  P('western', 'خوسيه مانويل ألباريس', 'José Manuel Albares|Jose Manuel Albares', 'ألباريس|Albares'),
  P('western', 'أولاف شولتس|أولاف شولتز', 'Olaf Scholz'),
  P('western', 'أنغيلا ميركل|أنجيلا ميركل', 'Angela Merkel', 'ميركل|Merkel'),
  P('western', 'فلاديمير بوتين', 'Vladimir Putin|Vladimir V. Putin|Wladimir Putin', 'بوتين|Putin'),
  P('western', 'سيرغي لافروف|سيرجي لافروف', 'Sergey Lavrov|Sergei Lavrov', 'لافروف|Lavrov'),
  P('western', 'ريشي سوناك', 'Rishi Sunak'),
  P('western', 'كير ستارمر', 'Keir Starmer'),
  P('western', 'بوريس جونسون', 'Boris Johnson'),
  P('western', 'جورجيا ميلوني', 'Giorgia Meloni', 'ميلوني|Meloni'),
  P('western', 'أنطونيو غوتيريش|أنطونيو غوتيريس', 'António Guterres|Antonio Guterres', 'غوتيريش|Guterres'),
  P('western', 'ستيفان دي ميستورا', 'Staffan de Mistura'),
  P('western', 'جوزيب بوريل', 'Josep Borrell|Josep Borrell Fontelles'),
  P('western', 'أورسولا فون دير لاين', 'Ursula von der Leyen'),
  P('western', 'ريتشارد مور', 'Richard Moore'),
  P('western', 'برنار إيمييه', 'Bernard Émié|Bernard Emie'),
  P('western', 'نيكولا ليرنر', 'Nicolas Lerner'),
  P('western', 'فرانك فالتر شتاينماير', 'Frank-Walter Steinmeier', 'شتاينماير|Steinmeier'),
  P('western', 'مارك روته', 'Mark Rutte'),
  P('western', 'ينس ستولتنبرغ', 'Jens Stoltenberg', 'ستولتنبرغ|Stoltenberg'),
  P('western', 'رجب طيب أردوغان', 'Recep Tayyip Erdoğan|Recep Tayyip Erdogan', 'أردوغان|Erdogan'),
  P('western', 'هاكان فيدان', 'Hakan Fidan'),
  P('western', 'كريستين لاغارد', 'Christine Lagarde'),
  P('western', 'باراك أوباما', 'Barack Obama|Barack H. Obama', 'أوباما|Obama'),
  P('western', 'هيلاري كلينتون', 'Hillary Clinton|Hillary Rodham Clinton'),
  P('western', 'مايك بومبيو', 'Mike Pompeo|Michael Pompeo'),
  P('western', 'ريكس تيلرسون', 'Rex Tillerson'),
  P('western', 'جيك سوليفان', 'Jake Sullivan'),
  P('western', 'كوندوليزا رايس', 'Condoleezza Rice'),
  P('western', 'ديفيد بترايوس', 'David Petraeus'),
  P('western', 'غابرييل أتال', 'Gabriel Attal'),
  P('western', 'برونو روتايو', 'Bruno Retailleau'),
  P('western', 'ميشال بارنييه|ميشيل بارنييه', 'Michel Barnier'),
  P('western', 'لوران نونيز', 'Laurent Nuñez|Laurent Nunez'),
  P('western', 'مارغريتا روبليس', 'Margarita Robles'),
  P('western', 'فيكتور أوربان|ڤيكتور أوربان', 'Viktor Orbán|Viktor Orban'),
  P('western', 'فولوديمير زيلينسكي', 'Volodymyr Zelensky|Volodymyr Zelenskyy|Wolodymyr Selenskyj', 'زيلينسكي|Zelensky'),
  P('western', 'ناريندرا مودي', 'Narendra Modi'),
  P('western', 'نيكولاس بيرنز', 'Nicholas Burns|R. Nicholas Burns'),
  P('western', 'كريس رايت', 'Chris Wright'),
  P('western', 'سوزان رايس', 'Susan Rice'),
  P('western', 'مايك بنس', 'Mike Pence'),
  P('western', 'بيل كلينتون', 'Bill Clinton'),
  P('western', 'هانتر بايدن', 'Hunter Biden'),
  P('western', 'جون سوليفان', 'John Sullivan'),
  P('western', 'أفريل لافين', 'Avril Lavigne'),
  P('western', 'بريجيت ماكرون', 'Brigitte Macron'),
];

/** Hand-written hard negatives: pairs that share much but never name the same person. */
const HARD_NEGATIVES: ReadonlyArray<readonly [string, string, Category]> = [
  // relatives and namesakes
  ['Rached Ghannouchi', 'محمد الغنوشي', 'hard-negative'],
  ['راشد الغنوشي', 'Mohamed Ghannouchi', 'hard-negative'],
  ['Bashar al-Assad', 'حافظ الأسد', 'hard-negative'],
  ['ماهر الأسد', 'Bashar al-Assad', 'hard-negative'],
  ['Hafez al-Assad', 'Maher al-Assad', 'hard-negative'],
  ['Saad Hariri', 'رفيق الحريري', 'hard-negative'],
  ['Michel Aoun', 'جوزاف عون', 'hard-negative'],
  ['Muammar Gaddafi', 'سيف الإسلام القذافي', 'hard-negative'],
  ['Mohamed Ould Ghazouani', 'محمد ولد عبد العزيز', 'hard-negative'],
  ['Mohamed Ould Abdel Aziz', 'محمد ولد الشيخ الغزواني', 'hard-negative'],
  ['Mohammed bin Salman', 'خالد بن سلمان', 'hard-negative'],
  ['Mohammed bin Salman', 'محمد بن نايف', 'hard-negative'],
  ['محمد بن سلمان', 'Mohammed bin Rashid', 'hard-negative'],
  ['محمد بن زايد', 'Abdullah bin Zayed', 'hard-negative'],
  ['Mohamed bin Zayed', 'خالد بن محمد بن زايد', 'hard-negative'],
  ['محمد بن زايد', 'Khaled bin Mohamed bin Zayed', 'hard-negative'],
  ['Tahnoun bin Zayed', 'منصور بن زايد', 'hard-negative'],
  ['Saif bin Zayed', 'طحنون بن زايد', 'hard-negative'],
  ['Tamim bin Hamad Al Thani', 'حمد بن خليفة آل ثاني', 'hard-negative'],
  ['Hamad bin Isa Al Khalifa', 'سلمان بن حمد آل خليفة', 'hard-negative'],
  ['Nouri al-Maliki', 'رياض المالكي', 'hard-negative'],
  ['Riyad al-Maliki', 'نوري المالكي', 'hard-negative'],
  ['Masoud Barzani', 'مسرور بارزاني', 'hard-negative'],
  ['Nechirvan Barzani', 'مسعود بارزاني', 'hard-negative'],
  ['Masrour Barzani', 'Masoud Barzani', 'hard-negative'],
  ['Abdellatif Hammouchi', 'عبد اللطيف الجواهري', 'hard-negative'],
  ['Abdellatif Hammouchi', 'عبد اللطيف وهبي', 'hard-negative'],
  ['عبد اللطيف حموشي', 'Abdul Latif Rashid', 'hard-negative'],
  ['Abdellatif Hammouchi', 'عبد اللطيف الزياني', 'hard-negative'],
  ['Abdul Latif Rashid', 'Abdullatif Al Zayani', 'hard-negative'],
  ['Abdellatif Jouahri', 'Abdellatif Loudiyi', 'hard-negative'],
  ['Abdelaziz Bouteflika', 'عبد العزيز جراد', 'hard-negative'],
  ['Ahmed Attaf', 'أحمد أويحيى', 'hard-negative'],
  ['Ahmed Gaid Salah', 'أحمد عطاف', 'hard-negative'],
  ['Mohamed Morsi', 'محمد صلاح', 'hard-negative'],
  ['Mohamed Hassad', 'محمد حسين طنطاوي', 'hard-negative'],
  ['Sabah Al-Ahmad', 'نواف الأحمد', 'hard-negative'],
  ['Mishal al-Ahmad', 'صباح الأحمد الجابر الصباح', 'hard-negative'],
  ['Nawaf al-Ahmad Al-Sabah', 'مشعل الأحمد الجابر الصباح', 'hard-negative'],
  ['Nawaf Salam', 'نواف الأحمد', 'hard-negative'],
  ['Mohammed VI', 'محمد الخامس', 'hard-negative'],
  ['محمد السادس', 'Mohammed V', 'hard-negative'],
  ['Hassan II', 'الحسن الأول', 'hard-negative'],
  ['Abdullah II', 'عبد الله الأول', 'hard-negative'],
  ['Hussein bin Talal', 'عبد الله الثاني بن الحسين', 'hard-negative'],
  ['Fuad Hussein', 'صدام حسين', 'hard-negative'],
  ['Saddam Hussein', 'فؤاد حسين', 'hard-negative'],
  ['Ali al-Sistani', 'علي مملوك', 'hard-negative'],
  ['Jamil Hassan', 'جعفر حسان', 'hard-negative'],
  ['Hassan Nasrallah', 'حسن رشاد', 'hard-negative'],
  ['Omar Suleiman', 'عمرو موسى', 'hard-negative'],
  ['Amr Moussa', 'عمر سليمان', 'hard-negative'],
  ['Mahmoud Abbas', 'عباس كامل', 'hard-negative'],
  ['Abbas Ibrahim', 'محمود عباس', 'hard-negative'],
  ['Mahmoud Tawfik', 'محمود حجازي', 'hard-negative'],
  ['Khalifa Haftar', 'خليفة بن حمد آل ثاني', 'hard-negative'],
  ['Aguila Saleh', 'برهم صالح', 'hard-negative'],
  ['Barham Salih', 'عقيلة صالح', 'hard-negative'],
  ['Abdelkader Bensalah', 'أحمد قايد صالح', 'hard-negative'],
  ['Zine El Abidine Ben Ali', 'علي السيستاني', 'hard-negative'],
  ['Habib Bourguiba', 'الحبيب الصيد', 'hard-negative'],
  ['Habib Essid', 'الحبيب بورقيبة', 'hard-negative'],
  ['Yassine Mansouri', 'منصور بن زايد', 'hard-negative'],
  ['Christopher Wray', 'كريس رايت', 'hard-negative'],
  ['Chris Wright', 'كريستوفر راي', 'hard-negative'],
  ['William Burns', 'نيكولاس بيرنز', 'hard-negative'],
  ['Nicholas Burns', 'ويليام بيرنز', 'hard-negative'],
  ['Avril Haines', 'أفريل لافين', 'hard-negative'],
  ['Avril Lavigne', 'أفريل هاينز', 'hard-negative'],
  ['Condoleezza Rice', 'سوزان رايس', 'hard-negative'],
  ['Susan Rice', 'كوندوليزا رايس', 'hard-negative'],
  ['Mike Pompeo', 'مايك بنس', 'hard-negative'],
  ['Hillary Clinton', 'بيل كلينتون', 'hard-negative'],
  ['Joe Biden', 'هانتر بايدن', 'hard-negative'],
  ['Jake Sullivan', 'جون سوليفان', 'hard-negative'],
  ['James Comey', 'جيمس كلابر', 'hard-negative'],
  ['John Brennan', 'جون راتكليف', 'hard-negative'],
  ['Emmanuel Macron', 'بريجيت ماكرون', 'hard-negative'],
  ['Michel Aoun', 'ميشال بارنييه', 'hard-negative'],
  ['Fernando Grande-Marlaska', 'فرناندو سيمون', 'hard-negative'],
  ['Boris Johnson', 'ليندون جونسون', 'hard-negative'],
  // reversed or shifted nasab chains: the order is meaning
  ['محمد بن سلمان', 'سلمان بن محمد', 'nasab-order'],
  ['Mohammed bin Salman', 'سلمان بن محمد', 'nasab-order'],
  ['Mohamed bin Zayed', 'زايد بن محمد', 'nasab-order'],
  ['حمد بن خليفة', 'Khalifa bin Hamad', 'nasab-order'],
  ['Hamad bin Khalifa Al Thani', 'خليفة بن حمد آل ثاني', 'nasab-order'],
  ['Salman bin Hamad Al Khalifa', 'حمد بن سلمان آل خليفة', 'nasab-order'],
  ['تميم بن حمد', 'Hamad bin Tamim', 'nasab-order'],
  ['Hussein bin Talal', 'طلال بن حسين', 'nasab-order'],
  ['Khaled bin Mohamed bin Zayed', 'محمد بن خالد بن زايد', 'nasab-order'],
  ['Abdulaziz bin Saud bin Naif', 'سعود بن عبد العزيز بن نايف', 'nasab-order'],
  ['Mohamed Ould Abdel Aziz', 'عبد العزيز ولد محمد', 'nasab-order'],
  ['عبد الله بن زايد', 'Zayed bin Abdullah', 'nasab-order'],
  // minimal pairs: different names that differ by one letter or a feminine ending
  ['عمر', 'عمرو', 'minimal-pair'],
  ['Omar', 'Amr', 'minimal-pair'],
  ['عمر', 'Amr', 'minimal-pair'],
  ['Omar', 'عمرو', 'minimal-pair'],
  ['حمد', 'أحمد', 'minimal-pair'],
  ['Hamad', 'Ahmed', 'minimal-pair'],
  ['حمد', 'Ahmed', 'minimal-pair'],
  ['Hamad', 'أحمد', 'minimal-pair'],
  ['محمد', 'محمود', 'minimal-pair'],
  ['Mohamed', 'محمود', 'minimal-pair'],
  ['حسن', 'حسين', 'minimal-pair'],
  ['Hassan', 'حسين', 'minimal-pair'],
  ['Hussein', 'حسن', 'minimal-pair'],
  ['سعيد', 'سعيدة', 'minimal-pair'],
  ['Said', 'Saida', 'minimal-pair'],
  ['كريم', 'كريمة', 'minimal-pair'],
  ['Karim', 'Karima', 'minimal-pair'],
  ['Karim', 'كريمة', 'minimal-pair'],
  ['أمين', 'أمينة', 'minimal-pair'],
  ['Amine', 'Amina', 'minimal-pair'],
  ['نبيل', 'نبيلة', 'minimal-pair'],
  ['Nabila', 'نبيل', 'minimal-pair'],
  ['جميل', 'جميلة', 'minimal-pair'],
  ['Jamila', 'جميل', 'minimal-pair'],
  ['منصور', 'منصوري', 'minimal-pair'],
  ['Mansour', 'Mansouri', 'minimal-pair'],
  ['سعد', 'سعيد', 'minimal-pair'],
  ['Saad', 'Said', 'minimal-pair'],
  ['علي', 'علاء', 'minimal-pair'],
  ['Ali', 'Alaa', 'minimal-pair'],
  ['Haines', 'Hines', 'minimal-pair'],
  ['عبد الله', 'عبد الإله', 'minimal-pair'],
  ['Abdallah', 'Abdelilah', 'minimal-pair'],
  ['عبد الرحمن', 'عبد الرحيم', 'minimal-pair'],
  ['Abderrahmane', 'Abderrahim', 'minimal-pair'],
  ['Amr Moussa', 'Omar Moussa', 'minimal-pair'],
  ['Hamad bin Khalifa', 'Ahmed bin Khalifa', 'minimal-pair'],
  ['Karim Benzema', 'Karima Benzema', 'minimal-pair'],
  ['فاطمة', 'فاطمي', 'minimal-pair'],
  ['Wray', 'Wright', 'minimal-pair'],
];

/** Minimal-pair positives: spellings of one given name (the same name, so the same person could bear both). */
const SAME_NAME: ReadonlyArray<readonly [string, string]> = [
  ['محمد', 'Mohamed'],
  ['Mohammed', 'Muhammad'],
  ['Mohamed', 'Mohammad'],
  ['عمرو', 'Amr'],
  ['عمر', 'Omar'],
  ['أحمد', 'Ahmed'],
  ['حمد', 'Hamad'],
  ['حسين', 'Hussein'],
  ['حسن', 'Hassan'],
  ['سعيدة', 'Saida'],
  ['كريمة', 'Karima'],
  ['علاء', 'Alaa'],
  ['منصوري', 'Mansouri'],
  ['عبد الإله', 'Abdelilah'],
  ['عبد الرحيم', 'Abderrahim'],
];

function build(): CorpusPair[] {
  const pairs: CorpusPair[] = [];
  const seen = new Map<string, boolean>();
  const add = (a: string, b: string, same: boolean, category: Category): void => {
    if (a === b) return;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const before = seen.get(key);
    if (before !== undefined) {
      if (before !== same) throw new Error(`contradictory labels for ${a} / ${b}`);
      return;
    }
    seen.set(key, same);
    pairs.push({ a, b, same, category });
  };
  for (const p of PERSONS) {
    const [ar0, ...arRest] = p.arabic;
    const [la0, ...laRest] = p.latin;
    if (ar0 === undefined || la0 === undefined) continue;
    for (const la of p.latin) add(ar0, la, true, p.region);
    for (const ar of arRest) add(ar, la0, true, p.region);
    for (const la of laRest) add(la0, la, true, p.region);
    for (const ar of arRest) add(ar0, ar, true, p.region);
    for (const part of p.partial ?? []) {
      const arabicScript = /[\u0600-\u06ff]/u.test(part);
      add(part, arabicScript ? la0 : ar0, true, 'partial');
    }
  }
  for (const [a, b, c] of HARD_NEGATIVES) add(a, b, false, c);
  for (const [a, b] of SAME_NAME) add(a, b, true, 'minimal-pair');
  // Ordinary negatives: each person against a different person of the same region
  // (fixed offsets in the list, cross-script and same-script).
  const regions: Region[] = ['maghreb', 'egypt', 'gulf', 'levant', 'iraq', 'western'];
  for (const region of regions) {
    const list = PERSONS.filter((p) => p.region === region);
    list.forEach((p, i) => {
      const q = list[(i + 3) % list.length];
      const r = list[(i + 7) % list.length];
      if (q !== undefined && q !== p) add(p.arabic[0] ?? '', q.latin[0] ?? '', false, region);
      if (r !== undefined && r !== p && i % 4 === 0) add(p.latin[0] ?? '', r.arabic[0] ?? '', false, region);
      // same-script negatives
      const s5 = list[(i + 5) % list.length];
      const s11 = list[(i + 11) % list.length];
      if (s5 !== undefined && s5 !== p) add(p.arabic[0] ?? '', s5.arabic[0] ?? '', false, region);
      if (s11 !== undefined && s11 !== p && i % 2 === 1) add(p.latin[0] ?? '', s11.latin[0] ?? '', false, region);
    });
  }
  // Partial negatives: a surname alone against another person's full name.
  const withPartial = PERSONS.filter((p) => p.partial !== undefined);
  withPartial.forEach((p, i) => {
    const q = withPartial[(i + 1) % withPartial.length];
    const part = p.partial?.[0];
    if (q === undefined || part === undefined) return;
    add(part, q.latin[0] ?? '', false, 'partial');
    add(p.partial?.[p.partial.length - 1] ?? part, q.arabic[0] ?? '', false, 'partial');
  });
  return pairs;
}

/** All labeled pairs. */
export const CORPUS: readonly CorpusPair[] = build();
