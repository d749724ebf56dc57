/**
 * Word lists used to read name structure (private). Arabic entries are written in the folded
 * form produced by the name tokenizer (alef forms → ا, hamza seats folded, ى and ة kept).
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/** Arabic titles, ranks and honorifics removed from the start of a name. */
export const ARABIC_TITLES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  set(
    'السيد السيدة الشيخ الشيخة الامير الاميرة الملك الملكة اللواء العميد العقيد المقدم الرائد النقيب الفريق المشير العماد الجنرال المارشال الدكتور الدكتورة د الاستاذ الاستاذة المهندس المهندسة الحاج الحاجة الرئيس الرئيسة الوزير الوزيرة سمو جلالة فخامة معالي سعادة دولة السفير السفيرة الامام المستشار المستشارة السيناتور النائب النائبة القائد المدير المديرة مدير مديرة وزير وزيرة صاحب ولي',
  ))();

/** Words that continue an Arabic title (الفريق أول، اللواء الركن، صاحب السمو الملكي، ولي العهد). */
export const ARABIC_TITLE_CONTINUATIONS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  set(
    'اول الاول ركن الركن السمو الملكي الجلالة العهد الدولة الفخامة المعالي العام العامة',
  ))();

/** Latin titles, ranks and honorifics (lower case, without dots) removed from the start of a name. */
export const LATIN_TITLES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  set(
    'mr mrs ms miss mme mlle monsieur madame dr doctor docteur prof professor pr gen general lt lieut lieutenant col colonel maj major capt captain cmdr brig brigadier adm admiral field marshal marechal sheikh shaikh sheik shaykh cheikh cheick emir prince princess king queen sultan crown hh hrh he his her royal highness excellency majesty sir dame lord president minister hon honourable honorable sen senator rep amb ambassador judge imam hajj haj hadj',
  ))();

/** Arabic nasab particles (son/daughter of). */
export const ARABIC_PARTICLES: ReadonlySet<string> = /* @__PURE__ */ (() => set('بن ابن بنت ولد'))();

/** Latin nasab particles (son/daughter of). */
export const LATIN_PARTICLES: ReadonlySet<string> = /* @__PURE__ */ (() => set('bin ibn ben bint bent ould ibnou benou'))();

/** Latin spellings of the Arabic article written as a separate word. */
export const LATIN_ARTICLES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  set(
    'el al ul il ol ad ar as ash at az an ed er es et ez en ech ach esh ec l',
  ))();

/** Latin spellings of عبد written as a separate word (joined with the next word). */
export const LATIN_ABD: ReadonlySet<string> = /* @__PURE__ */ (() => set('abd abdel abdul abdal abdoul abdil abdol abdur abder abdes'))();

/** Latin spellings of أبو written as a separate word (joined with the next word). */
export const LATIN_ABU: ReadonlySet<string> = /* @__PURE__ */ (() => set('abu abou abo aboul abul'))();

/** Second parts that always join the previous word: الدين، الله، الاسلام and Latin spellings. */
export const ARABIC_SUFFIX_PARTS: ReadonlySet<string> = /* @__PURE__ */ (() => set('الدين الله الاسلام العابدين'))();

/** Latin second parts joined to the previous word (Nour Eddine, Nasr Allah). */
export const LATIN_SUFFIX_PARTS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  set(
    'eddine eddin edine uddin uddeen addin addine eddyn allah ullah ellah illah alla ullha',
  ))();

/** Latin second parts that join the previous word only after a separate article (Nour el Din, Nasr al Lah). */
export const LATIN_ARTICLE_SUFFIX_PARTS: ReadonlySet<string> = /* @__PURE__ */ (() => set('din dine deen lah llah abidine abidin'))();
