/**
 * A small lexicon of frequent given names whose spellings the phonetic rules cannot tell apart
 * from a different name (عمر/عمرو, حمد/أحمد, محمد/محمود, حسن/حسين, سعد/سعيد, علي/علاء …) and
 * the very common names that say little about who a person is (private).
 *
 * Each entry: an id, then its Arabic spellings (as folded by the tokenizer), then its Latin
 * spellings, separated by `|`; a leading `*` marks a common name.
 */
const ENTRIES = `
*muhammad|محمد|mo mohammed mohamed muhammad mohammad mohamad muhamad mouhamed mouhammad muhammed mohamedou mhamed mhammed mehmet mohd mouhamad mohammad
*mahmud|محمود|mahmoud mahmud mahmood
*ahmad|احمد|ahmed ahmad ahmet hmed
hamad|حمد|hamad
hamid|حامد|hamed hamid
hamid2|حميد|hamid hameed hmida
*umar|عمر|omar omer umar oumar
amr|عمرو|amr amro amrou amru amre
*ali|علي|ali aly
ala|علاء|alaa ala alae
*hasan|حسن|hassan hasan hassen hacen hassane hasane
*husayn|حسين|hussein hussain husain husayn hossein houcine hocine husein hussien houssine lhoussine
said|سعيد|said saeed saied saiid saeid
saad|سعد|saad sad saadi
*abdallah|عبدالله|abdallah abdullah abdellah abdulla abdalla abdelah abdoullah
abdalilah|عبدالاله|abdelilah abdelillah abdulilah abdelila abdulelah abdulillah abdelilah
abdrahman|عبدالرحمن|abderrahmane abderrahman abdelrahman abdulrahman abdurrahman abdelrahmane abdurahman abderahmane abdulrahmane
abdrahim|عبدالرحيم|abderrahim abdelrahim abdulrahim abderahim abdurrahim abdelrahime
*khalid|خالد|khaled khalid khaleed
*yusuf|يوسف|youssef yousef yusuf youcef youssouf yusef yousif
*ibrahim|ابراهيم|ibrahim brahim ibrahime ebrahim
*mustafa|مصطفى مصطفي|mustafa moustafa mostafa mustapha moustapha
karim|كريم|karim kareem
karima|كريمة|karima karimah
amin|امين|amine amin ameen
amina|امينة|amina aminah
jamil|جميل|jamil jamel djamel gamil
jamila|جميلة|jamila djamila gamila
nabil|نبيل|nabil nabeel
nabila|نبيلة|nabila nabilah
saida|سعيدة|saida saeeda
christopher|كريستوفر كريس|christopher chris kristopher
william|ويليام وليام بيل|william bill will billy
joseph|جوزيف جوزف جو|joseph joe joey
james|جيمس جيم|james jim jimmy jamie
michael|مايكل ميكائيل مايك|michael mike
robert|روبرت بوب|robert bob rob bobby
anthony|انتوني توني|anthony antony tony
thomas|توماس توم|thomas tom tommy
richard|ريتشارد ريك ديك|richard rick dick richie
david|ديفيد ديف|david dave
stephen|ستيفن ستيف|stephen steven steve
nicholas|نيكولاس نيك|nicholas nick nicolas
elizabeth|اليزابيث ليز|elizabeth liz beth
`;

interface LexiconTables {
  readonly ids: ReadonlyMap<string, readonly string[]>;
  readonly common: ReadonlySet<string>;
}

function build(): LexiconTables {
  const ids = new Map<string, string[]>();
  const common = new Set<string>();
  for (const line of ENTRIES.trim().split('\n')) {
    const [head = '', arabic = '', latin = ''] = line.split('|');
    const id = head.replace('*', '');
    if (head.startsWith('*')) common.add(id);
    for (const w of (arabic + ' ' + latin).split(' ')) {
      if (w === '') continue;
      const list = ids.get(w) ?? [];
      if (!list.includes(id)) list.push(id);
      ids.set(w, list);
    }
  }
  return { ids, common };
}

/** The lexicon tables (built once, never mutated). */
export const LEXICON: LexiconTables = /* @__PURE__ */ build();

/** Ids of a token's text in the lexicon, or `undefined`. */
export function lexiconIds(text: string): readonly string[] | undefined {
  return LEXICON.ids.get(text);
}

/** True when a token is one of the very common given names. */
export function isCommonName(ids: readonly string[] | undefined): boolean {
  if (ids === undefined) return false;
  for (const id of ids) if (LEXICON.common.has(id)) return true;
  return false;
}

/** Whether two id lists share an id. */
export function sharesId(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}
