/**
 * Word tables of the extractor, written as real Arabic text. Frozen; the lexicon folds them with
 * the same folding as the input text when it is first built.
 */

/** Forms of country names the shipped country list does not spell out (full, official or common). */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.freeze({
  MA: ['المملكة المغربية', 'المغرب'],
  US: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا', 'واشنطن'],
  ES: ['المملكة الإسبانية', 'إسبانيا', 'اسبانيا'],
  FR: ['الجمهورية الفرنسية', 'فرنسا'],
  DZ: ['الجمهورية الجزائرية', 'الجمهورية الجزائرية الديمقراطية الشعبية', 'الجزائر'],
  TN: ['الجمهورية التونسية', 'تونس'],
  LY: ['دولة ليبيا', 'ليبيا'],
  MR: ['الجمهورية الإسلامية الموريتانية', 'موريتانيا'],
  EG: ['جمهورية مصر العربية', 'مصر'],
  SA: ['المملكة العربية السعودية', 'السعودية'],
  AE: ['دولة الإمارات العربية المتحدة', 'الإمارات', 'دولة الإمارات'],
  QA: ['دولة قطر', 'قطر'],
  KW: ['دولة الكويت', 'الكويت'],
  BH: ['مملكة البحرين', 'البحرين'],
  OM: ['سلطنة عمان', 'سلطنة عُمان'],
  JO: ['المملكة الأردنية الهاشمية', 'الأردن'],
  IQ: ['جمهورية العراق', 'العراق'],
  SY: ['الجمهورية العربية السورية', 'سوريا', 'سورية'],
  LB: ['الجمهورية اللبنانية', 'لبنان'],
  PS: ['دولة فلسطين', 'فلسطين'],
  YE: ['الجمهورية اليمنية', 'اليمن'],
  SD: ['جمهورية السودان', 'السودان'],
  GB: ['المملكة المتحدة', 'بريطانيا', 'بريطانيا العظمى'],
  DE: ['جمهورية ألمانيا الاتحادية', 'ألمانيا'],
  IT: ['الجمهورية الإيطالية', 'إيطاليا'],
  PT: ['البرتغال'],
  BE: ['بلجيكا'],
  NL: ['هولندا', 'مملكة هولندا'],
  RU: ['روسيا', 'روسيا الاتحادية'],
  CN: ['الصين', 'جمهورية الصين الشعبية'],
  TR: ['تركيا', 'الجمهورية التركية'],
  ML: ['جمهورية مالي'],
  NE: ['النيجر', 'جمهورية النيجر'],
  EU: ['الاتحاد الأوروبي', 'الاتحاد الاوروبي'],
});

/** Country names that are also common words: only their listed longer forms count. */
export const AMBIGUOUS_COUNTRY_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(['عمان', 'جورجيا']);

/**
 * Country names and nisbas that are also common words (مالي: Mali, or "financial"): a mention
 * only where the words around them show a state (see {@link STATE_BEFORE_NAME} and
 * {@link STATE_BEFORE_NISBA}).
 */
export const GUARDED_COUNTRY_WORDS: Readonly<
  Record<string, { readonly names: readonly string[]; readonly nisbas: readonly string[] }>
> = /* @__PURE__ */ Object.freeze({
  ML: { names: ['مالي'], nisbas: ['مالي'] },
  TD: { names: ['تشاد'], nisbas: [] },
});

/** Words after which a guarded country name is the state (في مالي، مع مالي، دولة مالي). */
export const STATE_BEFORE_NAME: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'في وفي إلى وإلى من ومن مع ومع بين وبين عن لدى حول نحو داخل دولة جمهورية شمال جنوب شرق غرب وسط حدود أراضي'.split(' '),
);

/**
 * Words after which a guarded nisba is the state's (السفير المالي، الجيش المالي، نظيره المالي).
 * Words after which it often means "financial" are not among them (الأمن المالي، الشرطة المالية،
 * السلطات المالية، المسؤول المالي، الجانب المالي).
 */
export const STATE_BEFORE_NISBA: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'السفير سفير نظيره نظيرته نظيرها نظرائه الرئيس رئيس الجيش جيش الوفد وفد وفدا القوات الحكومة حكومة الدرك الداخلية الخارجية الانتقالي العسكري'.split(
    ' ',
  ),
);

/** Words after which only the masculine of a guarded nisba is the state's: وزير المالية is the minister of finance. */
export const STATE_BEFORE_MASCULINE_NISBA: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'الوزير وزير الوزراء'.split(' '),
);

/**
 * Nisba adjectives (masculine singular without the article; the lexicon adds ال, the feminine ة,
 * the plurals and the dual). Derived ones come from the country names as well; these are the
 * irregular or common ones.
 */
export const NISBAS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.freeze({
  MA: ['مغربي'],
  US: ['أمريكي', 'أميركي', 'امريكي'],
  ES: ['إسباني', 'اسباني'],
  FR: ['فرنسي'],
  DZ: ['جزائري'],
  TN: ['تونسي'],
  LY: ['ليبي'],
  MR: ['موريتاني'],
  EG: ['مصري'],
  SA: ['سعودي'],
  AE: ['إماراتي'],
  QA: ['قطري'],
  KW: ['كويتي'],
  BH: ['بحريني'],
  OM: ['عماني'],
  JO: ['أردني'],
  IQ: ['عراقي'],
  SY: ['سوري'],
  LB: ['لبناني'],
  PS: ['فلسطيني'],
  YE: ['يمني'],
  SD: ['سوداني'],
  GB: ['بريطاني'],
  DE: ['ألماني'],
  IT: ['إيطالي'],
  PT: ['برتغالي'],
  BE: ['بلجيكي'],
  NL: ['هولندي'],
  RU: ['روسي'],
  CN: ['صيني'],
  TR: ['تركي'],
  CA: ['كندي'],
  NE: ['نيجري'],
  TD: ['تشادي'],
  NG: ['نيجيري'],
  SN: ['سنغالي'],
  GR: ['يوناني'],
  IR: ['إيراني'],
  IL: ['إسرائيلي'],
  PK: ['باكستاني'],
  IN: ['هندي'],
  JP: ['ياباني'],
  AT: ['نمساوي'],
  CH: ['سويسري'],
  SE: ['سويدي'],
  NO: ['نرويجي'],
  DK: ['دنماركي'],
});

/** Nisba stems that are also common words or personal names: never a country mention alone. */
export const AMBIGUOUS_NISBAS: ReadonlySet<string> = /* @__PURE__ */ new Set(['مالي', 'تركي', 'هندي', 'عماني']);

/** Capitals and main cities: Arabic spellings → [country, Latin name, capital?]. */
export const CITIES: Readonly<Record<string, readonly [string, string, boolean]>> = /* @__PURE__ */ Object.freeze({
  الرباط: ['MA', 'Rabat', true],
  'الدار البيضاء': ['MA', 'Casablanca', false],
  طنجة: ['MA', 'Tangier', false],
  مراكش: ['MA', 'Marrakesh', false],
  فاس: ['MA', 'Fez', false],
  واشنطن: ['US', 'Washington', true],
  نيويورك: ['US', 'New York', false],
  مدريد: ['ES', 'Madrid', true],
  باريس: ['FR', 'Paris', true],
  'الجزائر العاصمة': ['DZ', 'Algiers', true],
  'تونس العاصمة': ['TN', 'Tunis', true],
  طرابلس: ['LY', 'Tripoli', true],
  نواكشوط: ['MR', 'Nouakchott', true],
  القاهرة: ['EG', 'Cairo', true],
  الرياض: ['SA', 'Riyadh', true],
  جدة: ['SA', 'Jeddah', false],
  أبوظبي: ['AE', 'Abu Dhabi', true],
  'أبو ظبي': ['AE', 'Abu Dhabi', true],
  دبي: ['AE', 'Dubai', false],
  الدوحة: ['QA', 'Doha', true],
  'مدينة الكويت': ['KW', 'Kuwait City', true],
  المنامة: ['BH', 'Manama', true],
  مسقط: ['OM', 'Muscat', true],
  عمان: ['JO', 'Amman', true],
  بغداد: ['IQ', 'Baghdad', true],
  دمشق: ['SY', 'Damascus', true],
  بيروت: ['LB', 'Beirut', true],
  الخرطوم: ['SD', 'Khartoum', true],
  صنعاء: ['YE', 'Sanaa', true],
  لندن: ['GB', 'London', true],
  برلين: ['DE', 'Berlin', true],
  روما: ['IT', 'Rome', true],
  لشبونة: ['PT', 'Lisbon', true],
  بروكسل: ['BE', 'Brussels', true],
  لاهاي: ['NL', 'The Hague', false],
  موسكو: ['RU', 'Moscow', true],
  بكين: ['CN', 'Beijing', true],
  أنقرة: ['TR', 'Ankara', true],
  أوتاوا: ['CA', 'Ottawa', true],
  نيامي: ['NE', 'Niamey', true],
  باماكو: ['ML', 'Bamako', true],
  داكار: ['SN', 'Dakar', true],
  // The rest of the Arab world: capitals and the cities where meetings are often held.
  مقديشو: ['SO', 'Mogadishu', true],
  موروني: ['KM', 'Moroni', true],
  'رام الله': ['PS', 'Ramallah', false],
  أغادير: ['MA', 'Agadir', false],
  وجدة: ['MA', 'Oujda', false],
  تطوان: ['MA', 'Tetouan', false],
  وهران: ['DZ', 'Oran', false],
  قسنطينة: ['DZ', 'Constantine', false],
  عنابة: ['DZ', 'Annaba', false],
  صفاقس: ['TN', 'Sfax', false],
  سوسة: ['TN', 'Sousse', false],
  بنغازي: ['LY', 'Benghazi', false],
  مصراتة: ['LY', 'Misrata', false],
  الإسكندرية: ['EG', 'Alexandria', false],
  'شرم الشيخ': ['EG', 'Sharm El-Sheikh', false],
  العقبة: ['JO', 'Aqaba', false],
  البصرة: ['IQ', 'Basra', false],
  أربيل: ['IQ', 'Erbil', false],
  الموصل: ['IQ', 'Mosul', false],
  حلب: ['SY', 'Aleppo', false],
  الشارقة: ['AE', 'Sharjah', false],
  الدمام: ['SA', 'Dammam', false],
  'مكة المكرمة': ['SA', 'Mecca', false],
  // Europe: capitals and the cities of its institutions and security conferences.
  فيينا: ['AT', 'Vienna', true],
  جنيف: ['CH', 'Geneva', false],
  برن: ['CH', 'Bern', true],
  زيورخ: ['CH', 'Zurich', false],
  ستوكهولم: ['SE', 'Stockholm', true],
  أوسلو: ['NO', 'Oslo', true],
  كوبنهاغن: ['DK', 'Copenhagen', true],
  كوبنهاجن: ['DK', 'Copenhagen', true],
  هلسنكي: ['FI', 'Helsinki', true],
  وارسو: ['PL', 'Warsaw', true],
  براغ: ['CZ', 'Prague', true],
  بودابست: ['HU', 'Budapest', true],
  أثينا: ['GR', 'Athens', true],
  بوخارست: ['RO', 'Bucharest', true],
  بلغراد: ['RS', 'Belgrade', true],
  زغرب: ['HR', 'Zagreb', true],
  ليوبليانا: ['SI', 'Ljubljana', true],
  سراييفو: ['BA', 'Sarajevo', true],
  تيرانا: ['AL', 'Tirana', true],
  سكوبيي: ['MK', 'Skopje', true],
  دبلن: ['IE', 'Dublin', true],
  فاليتا: ['MT', 'Valletta', true],
  نيقوسيا: ['CY', 'Nicosia', true],
  كييف: ['UA', 'Kyiv', true],
  كيشيناو: ['MD', 'Chisinau', true],
  مينسك: ['BY', 'Minsk', true],
  تالين: ['EE', 'Tallinn', true],
  ريغا: ['LV', 'Riga', true],
  فيلنيوس: ['LT', 'Vilnius', true],
  براتيسلافا: ['SK', 'Bratislava', true],
  أمستردام: ['NL', 'Amsterdam', true],
  ستراسبورغ: ['FR', 'Strasbourg', false],
  مرسيليا: ['FR', 'Marseille', false],
  برشلونة: ['ES', 'Barcelona', false],
  ميلانو: ['IT', 'Milan', false],
  ميونخ: ['DE', 'Munich', false],
  فرانكفورت: ['DE', 'Frankfurt', false],
  // Elsewhere: the seats of regional organizations and the capitals of frequent partners.
  إسطنبول: ['TR', 'Istanbul', false],
  طهران: ['IR', 'Tehran', true],
  'إسلام آباد': ['PK', 'Islamabad', true],
  نيودلهي: ['IN', 'New Delhi', true],
  طوكيو: ['JP', 'Tokyo', true],
  'أديس أبابا': ['ET', 'Addis Ababa', true],
  نيروبي: ['KE', 'Nairobi', true],
  أبوجا: ['NG', 'Abuja', true],
  واغادوغو: ['BF', 'Ouagadougou', true],
  نجامينا: ['TD', "N'Djamena", true],
  انجامينا: ['TD', "N'Djamena", true],
  كوناكري: ['GN', 'Conakry', true],
  أبيدجان: ['CI', 'Abidjan', false],
  كيغالي: ['RW', 'Kigali', true],
  بريتوريا: ['ZA', 'Pretoria', true],
  باكو: ['AZ', 'Baku', true],
});

/** Verbs (perfect and imperfect, third person) after which a capital stands for its state. */
export const STATE_VERBS: readonly string[] = /* @__PURE__ */ Object.freeze(
  (
    'أكدت أعلنت وجهت دعت رحبت أدانت نفت طالبت قررت عبرت أبدت اعتبرت رفضت اتهمت حذرت ردت تتهم تطالب ترفض تؤكد تدعو ' +
    'تعتبر تسعى سعت وافقت توافق أعربت تعرب قدمت تقدم منحت تمنح استدعت تستدعي قالت تقول أبلغت شددت تشدد'
  ).split(' '),
);

/**
 * Title heads: the word that starts a post or rank before (or after) a name, with the position
 * roles it can name. A role list of `[]` is an honorific or rank that names no post.
 */
export const TITLE_HEADS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.freeze({
  وزير: ['minister'],
  وزيرة: ['minister'],
  الوزير: ['minister'],
  الوزيرة: ['minister'],
  مدير: ['director', 'director-general', 'head'],
  مديرة: ['director', 'director-general', 'head'],
  المدير: ['director', 'director-general', 'head'],
  المديرة: ['director', 'director-general', 'head'],
  رئيس: ['head'],
  رئيسة: ['head'],
  الرئيس: ['head'],
  قائد: ['head'],
  القائد: ['head'],
  سفير: ['ambassador'],
  سفيرة: ['ambassador'],
  السفير: ['ambassador'],
  السفيرة: ['ambassador'],
  المبعوث: ['special-envoy'],
  مبعوث: ['special-envoy'],
  نائب: [],
  وكيل: [],
  وكيلة: [],
  كاتب: [],
  كاتبة: [],
  الجندي: [],
  الرقيب: [],
  مساعد: [],
  المستشار: [],
  مستشار: [],
  منسق: ['national-ct-coordinator'],
  المنسق: ['national-ct-coordinator'],
  والي: [],
  الوالي: [],
  محافظ: [],
  المحافظ: [],
  اللواء: [],
  لواء: [],
  العميد: [],
  عميد: [],
  الفريق: [],
  فريق: [],
  العقيد: [],
  عقيد: [],
  المقدم: [],
  الرائد: [],
  المشير: [],
  الجنرال: [],
  الكولونيل: [],
  الشيخ: [],
  الأمير: [],
  معالي: [],
  سعادة: [],
  فخامة: [],
  سمو: [],
  السيد: [],
  السيدة: [],
  الدكتور: [],
  الدكتورة: [],
  د: [],
  الأستاذ: [],
  الباحث: [],
  الباحثة: [],
  الخبير: [],
  الخبيرة: [],
  المحلل: [],
  الأستاذة: [],
  القاضي: [],
  الملك: [],
  ولي: [],
  نظيره: [],
  نظيرته: [],
  نظيرها: [],
  نظيرهم: [],
  نظيريه: [],
  نظرائه: [],
});

/** Honorifics and ranks that are directly followed by a name. */
export const DIRECT_HONORIFICS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'السيد السيدة الدكتور الدكتورة د الشيخ الأمير معالي سعادة فخامة سمو اللواء العميد الفريق العقيد المقدم الرائد المشير الجنرال الكولونيل الأستاذ الأستاذة القاضي'.split(
    ' ',
  ),
);

/** Counterpart words: "his counterpart" + optional nisba + name; the post is the one before. */
export const COUNTERPART_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'نظيره نظيرته نظيرها نظيرهم نظيريه نظرائه'.split(' '),
);

/** Words that continue a title phrase (domains of ministries, agency words, ranks). */
export const TITLE_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    'الداخلية الخارجية العدل الدفاع العام العامة العام، الوطني الوطنية للأمن الأمن لمراقبة مراقبة التراب الاستخبارات للاستخبارات المخابرات للمخابرات ' +
    'الشرطة للشرطة القضائية الدرك الملكي الحرس المدني لمكافحة مكافحة الإرهاب شؤون الدولة المنتدب المكلف المساعد الأول أول ركن الثاني ' +
    'الجهاز جهاز مكتب وكالة مديرية المديرية إدارة لإدارة مصلحة قسم نائب رئيس مجلس الوزراء الحكومة الجمهورية وزارة الأمني ' +
    'الجنائية الأبحاث للأبحاث الديوان لدى الأجهزة أجهزة الوطنيين الداخلي الخارجي الاستراتيجية الجيش العامة، للدراسات والمستندات ' +
    'التعاون الدولي والتعاون المغاربة الإفريقي الأفريقي الأمنية والأمن الهجرة والهجرة الحدود العليا الأعلى المركزي المركزية ' +
    'العسكرية الفيدرالي الفدرالي الفيدرالية التحقيقات الأمم المتحدة المنظمة الدولية للشرطة الشرطة الجنائية الدولي الدولية السامي السامية ' +
    'حكومة بحكومة الحكومة الوحدة تصريف الأعمال والبلديات الاتحادية الاتحادي القومي للأمن، الجامعي الجامعية المختص المتخصص الأمنية، الشؤون لشؤون للشؤون السياسية الدولة، الإفريقي والتعاون والمغاربة المقيمين بالخارج المنظمة المنظمة، جامعة بجامعة الجامعة كلية بكلية معهد بمعهد مركز بمركز عام العمومي الأمن الإقليمي للمنطقة ولاية ولاية أمن بولاية الولائي الجهوي السابق الحالي الجديد بالنيابة'
  ).split(' '),
);

/** Prepositions and words that may sit inside a title phrase (مدير الأمن في الجزائر). */
export const TITLE_LINKERS: ReadonlySet<string> = /* @__PURE__ */ new Set('في ب ل لدى و'.split(' '));

/** Ministry domains: the word after وزير/وزارة → the agency kind in the data. */
export const MINISTRY_DOMAINS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  الداخلية: 'interior-ministry',
  الخارجية: 'foreign-ministry',
  'الشؤون الخارجية': 'foreign-ministry',
  'الشؤون الخارجية والتعاون': 'foreign-ministry',
  العدل: 'justice-ministry',
  الدفاع: 'military',
});

/** Words that make an agency name one that several states' agencies could bear. */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'الوطني الوطنية الداخلي الداخلية العام العامة'.split(' '),
);

/** Title heads whose post names an agency: وزير الداخلية → وزارة الداخلية, مدير X → مديرية X. */
export const VIRTUAL_HEADS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  وزير: 'وزارة',
  وزيرة: 'وزارة',
  الوزير: 'وزارة',
  وزيري: 'وزارة',
  وزيرا: 'وزارة',
  مدير: 'مديرية',
  مديرة: 'مديرية',
});

/** Words after which a capital stands for its state (أن الرباط، بين الرباط ومدريد). */
export const STATE_PARTICLES: ReadonlySet<string> = /* @__PURE__ */ new Set('أن إن لأن بأن وأن بين'.split(' '));

/**
 * Words that end (or cannot be part of) a personal name: function words, frequent verbs and
 * nouns of news prose, months and weekdays.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    'في من إلى الى عن مع أن إن أنه إنه بأن لأن كان كانت قد لقد لم لن ما ماذا هذا هذه ذلك تلك الذي التي الذين اللذين ' +
    'هو هي هم هما نحن أنا وقد وكان وكانت كما حيث حين عند عندما بعد قبل خلال أثناء بين ضمن حول نحو لدى منذ حتى ثم أو أم ' +
    'بل لكن غير سوى كل بعض جميع أي إذ إذا لو يوم اليوم أمس غدا الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت ' +
    'يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليوز غشت أغسطس سبتمبر شتنبر أكتوبر نوفمبر نونبر دجنبر ديسمبر ' +
    'كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين رفقة بحضور برئاسة وذلك وفق وفقا حسب بحسب إطار الإطار سياق ' +
    'استقبل يستقبل استقبال التقى يلتقي التقت لقاء اجتمع يجتمع اجتماع أجرى يجري أجرت مباحثات محادثات بحث يبحث بحثت زار يزور زيارة ' +
    'وقع يوقع توقيع ترأس يترأس ترأست شارك يشارك شاركت مشاركة حضر يحضر أكد يؤكد أكدت قال يقول قالت أعلن يعلن أعلنت أوضح أضاف ' +
    'أشار أفاد ذكر أبرز شدد دعا عبر أعرب تطرق تناول تم جرى جرت تلقى تلقت اتصالا اتصال هاتفيا هاتفي الهاتفي وزير وزيرة مدير ' +
    'رئيس سفير نظيره نظيرته الوفد وفد وفدا الجانب الجانبين الطرفين البلدين بلدين المسؤول المسؤولين مسؤول مسؤولين ' +
    'الأمنية الأمني التعاون تعاون مجال مجالات سبل تعزيز دعم مكافحة محاربة الإرهاب الجريمة المنظمة العلاقات الثنائية ' +
    'المملكة الجمهورية الدولة الحكومة الوزارة الجهاز العاصمة بلاده بلادها المصدر البيان بيان بلاغ البلاغ وكالة الأنباء ' +
    'أيضا أيضاً كذلك فضلا فضلاً علاوة إضافة وأيضا لا ولا نعم ليس ليست الآن عام سنة شهر أسبوع الماضي المقبل القادم الجاري ' +
    'الاجتماع اجتماع الجلسة جلسة مناصفة هامش لقاءات المعهد الدوريات حصيلة والتقى واستقبل وأكد وأضاف وقال وأوضح وأشار وتطرق وبحث وناقش ناقش يناقش ويأتي يأتي تأتي ' +
    // Plural adjectives of regions and groups (نظرائه الأوروبيين والأفارقة): never a person's name.
    'الأوروبيين الأوروبيون الأوربيين الأفارقة الأفريقيين الإفريقيين العرب الأجانب الغربيين الغربيون الآسيويين الخليجيين المغاربيين الدوليين الإقليميين الأمميين'
  ).split(' '),
);

/** Name particles that join the words around them (عبد اللطيف، ابن، أبو). */
export const NAME_JOINERS: ReadonlySet<string> = /* @__PURE__ */ new Set('عبد بن ابن بنت أبو أبي ولد آل'.split(' '));

/** Meeting triggers: folded word sequences → meeting kind. */
export const MEETING_TRIGGERS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  استقبل: 'bilateral-talks',
  استقبلت: 'bilateral-talks',
  يستقبل: 'bilateral-talks',
  تستقبل: 'bilateral-talks',
  التقى: 'bilateral-talks',
  التقت: 'bilateral-talks',
  التقوا: 'bilateral-talks',
  يلتقي: 'bilateral-talks',
  اجتمع: 'bilateral-talks',
  اجتمعت: 'bilateral-talks',
  يجتمع: 'bilateral-talks',
  'أجرى مباحثات': 'bilateral-talks',
  'أجرت مباحثات': 'bilateral-talks',
  'أجرى محادثات': 'bilateral-talks',
  'أجرت محادثات': 'bilateral-talks',
  'أجريا مباحثات': 'bilateral-talks',
  'أجرى مباحثات هاتفية': 'phone-call',
  'يجري مباحثات': 'bilateral-talks',
  بحث: 'bilateral-talks',
  بحثت: 'bilateral-talks',
  'بحث مع': 'bilateral-talks',
  'بحثت مع': 'bilateral-talks',
  'يبحث مع': 'bilateral-talks',
  'تباحث مع': 'bilateral-talks',
  'عقد اجتماعا': 'bilateral-talks',
  'عقدت اجتماعا': 'bilateral-talks',
  'عقد جلسة': 'working-session',
  'عقدت جلسة': 'working-session',
  'جلسة عمل': 'working-session',
  زار: 'bilateral-visit',
  زارت: 'bilateral-visit',
  يزور: 'bilateral-visit',
  'زيارة عمل': 'bilateral-visit',
  'زيارة رسمية': 'bilateral-visit',
  زيارة: 'bilateral-visit',
  'اتصال هاتفي': 'phone-call',
  'اتصالا هاتفيا': 'phone-call',
  'مكالمة هاتفية': 'phone-call',
  'تقنية الفيديو': 'videoconference',
  'تقنية التناظر': 'videoconference',
  وقع: 'signing',
  وقعت: 'signing',
  وقعا: 'signing',
  يوقع: 'signing',
  توقيع: 'signing',
  ترأس: 'working-session',
  ترأست: 'working-session',
  يترأس: 'working-session',
  شارك: 'other',
  شاركت: 'other',
  يشارك: 'other',
  تشارك: 'other',
  مشاركة: 'other',
  عقد: 'bilateral-talks',
  عقدت: 'bilateral-talks',
  رأس: 'working-session',
  ناقش: 'bilateral-talks',
  ناقشت: 'bilateral-talks',
  تحادث: 'bilateral-talks',
  تباحث: 'bilateral-talks',
  'تلقى اتصالا': 'phone-call',
  'تلقت اتصالا': 'phone-call',
  انطلقت: 'plenary',
  اختتمت: 'plenary',
  افتتحت: 'plenary',
  'انطلقت أشغال': 'plenary',
  'انطلقت أعمال': 'plenary',
  'اختتمت أشغال': 'plenary',
  'اختتمت أعمال': 'plenary',
  احتضنت: 'plenary',
  احتضن: 'plenary',
  استضافت: 'bilateral-talks',
  استضاف: 'bilateral-talks',
  لقاء: 'bilateral-talks',
  مباحثات: 'bilateral-talks',
  محادثات: 'bilateral-talks',
});

/** Words that mark a clause as future, planned or hypothetical (no meeting is reported held). */
export const FUTURE_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'سوف سيلتقي سيستقبل سيجري سيزور سيوقع سيترأس سيشارك ستستقبل ستلتقي ستجري ستزور ستوقع ستترأس ستشارك المقرر مقرر يعتزم تعتزم يرتقب مرتقبة المرتقبة المرتقب مرتقب ستعقد سيعقد المقبل المقبلة القادم القادمة سيجتمع ستجتمع'.split(
    ' ',
  ),
);
