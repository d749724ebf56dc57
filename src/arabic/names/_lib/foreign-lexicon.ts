/**
 * Lexicon of given names and surnames of the major European languages (and of frequently cited
 * non-Arab officials) as they are written in Arabic, with their original spelling (private).
 *
 * One entry a line: `Latin|arabic arabic …` (the usual Arabic spellings of the name); the last
 * line, `|arabic arabic …`, lists the names whose phonetic spelling (foreign-word.ts) already is
 * the original one (بوريس Boris). A word is
 * found by its exact folded spelling, else by its consonant skeleton (the letters without ا و ي
 * ى ة ه ء), so ميركيل finds Merkel through ميركل. The tables are built on first use.
 */
import { foreignWord } from './foreign-word.js';
import { lexiconKey } from './name-lexicon.js';

const ENTRIES = `
Angela|أنجيلا انجيلا أنغيلا انغيلا
Merkel|ميركل ميركيل
Scholz|شولتس شولز شولتز
Friedrich|فريدريش فريدريك
Merz|ميرتس ميرز
Steinmeier|شتاينماير
Annalena|أنالينا انالينا
Baerbock|بيربوك بربوك بيربوك
Nancy|نانسي
Faeser|فيزر فيسر
Seehofer|زيهوفر
Ursula|أورسولا اورسولا
von|فون
der|دير
Leyen|لاين لايين
George|جورج
Bush|بوش
Barack|باراك
Joe|جو
Biden|بايدن
Trump|ترامب
Harris|هاريس
Hillary|هيلاري
Clinton|كلينتون
Bill|بيل
John|جون
Kerry|كيري
Antony|أنتوني انتوني
Mike|مايك
Pompeo|بومبيو
Pence|بنس
Marco|ماركو
Rubio|روبيو
Lloyd|لويد
Austin|أوستن اوستن
Jake|جيك
Sullivan|سوليفان
Christopher|كريستوفر
Wray|راي
William|ويليام وليام
Burns|بيرنز بورنز
Avril|أفريل افريل
Haines|هاينز هينز
Alejandro|أليخاندرو اليخاندرو
Noem|نويم
Patel|باتيل
Tulsi|تولسي
Gabbard|غابارد
Pete|بيت
Hegseth|هيغسيث هيجسيث
Merrick|ميريك
Garland|جارلاند
James|جيمس
Mattis|ماتيس
Rex|ريكس
Tillerson|تيلرسون
Condoleezza|كوندوليزا
Rice|رايس
Colin|كولن كولين
Powell|باول
Robert|روبرت
Mueller|مولر
Emmanuel|إيمانويل ايمانويل إمانويل امانويل
Macron|ماكرون
Le|لو
Gérald|جيرالد
Darmanin|دارمانان
Bruno|برونو
Retailleau|روتايو ريتايو
Catherine|كاترين كاثرين
Colonna|كولونا
Stéphane|ستيفان
Séjourné|سيجورنيه
Barrot|بارو
François|فرانسوا
Hollande|هولاند
Bayrou|بايرو
Nicolas|نيكولا نيكولاس
Sarkozy|ساركوزي
Jacques|جاك
Chirac|شيراك
Michel|ميشال ميشيل
Barnier|بارنييه
Gabriel|غابرييل جبرائيل
Attal|أتال اتال
Borne|بورن
Édouard|إدوار ادوار
Philippe|فيليب
Marine|مارين
Jean|جان
Pierre|بيير
Louis|لويس
Marie|ماري
Anne|آن ان
Laurent|لوران
Fabius|فابيوس
Johnson|جونسون
Theresa|تيريزا تريزا
May|ماي
David|ديفيد
Cameron|كاميرون
Lammy|لامي
Keir|كير
Sunak|سوناك
Truss|تراس
Yvette|إيفيت ايفيت
Cooper|كوبر
Priti|بريتي
Suella|سويلا
Braverman|برافرمان
Tony|توني
Blair|بلير
Gordon|جوردون
Brown|براون
Margaret|مارغريت مارجريت
Thatcher|تاتشر
Charles|تشارلز
Elizabeth|إليزابيث
Dominic|دومينيك
Raab|راب
Wallace|والاس
Grant|جرانت
Shapps|شابس
Jeremy|جيريمي
Hunt|هانت
Matteo|ماتيو
Salvini|سالفيني
Renzi|رينزي
Piantedosi|بيانتيدوسي
Giorgia|جورجيا
Meloni|ميلوني
Draghi|دراغي
Sergio|سيرجيو
Mattarella|ماتاريلا
Tajani|تاياني
Luigi|لويجي
Maio|مايو
Giuseppe|جوزيبي
Conte|كونتي
Silvio|سيلفيو
Berlusconi|برلسكوني
Guido|غيدو
Crosetto|كروسيتو
Lamorgese|لامورغيزي
Luciana|لوتشيانا
Pedro|بيدرو
Sánchez|سانشيز سانشيث
Fernando|فرناندو
Grande|غراندي
José|خوسيه
Manuel|مانويل
Albares|ألباريس الباريس
Josep|جوزيب
Borrell|بوريل
Margarita|مارغريتا
Robles|روبليس
Rajoy|راخوي
Felipe|فيليبي
Carlos|كارلوس
Juan|خوان
González|غونزاليس جونزاليس
Vladimir|فلاديمير
Putin|بوتين
Sergey|سيرغي سيرجي
Lavrov|لافروف
Shoigu|شويغو
Dmitry|دميتري ديمتري
Medvedev|ميدفيديف
Peskov|بيسكوف
Patrushev|باتروشيف
Alexander|ألكسندر الكسندر
Bortnikov|بورتنيكوف
Volodymyr|فولوديمير
Zelensky|زيلينسكي
Dmytro|دميترو
Kuleba|كوليبا
Viktor|فيكتور
Recep|رجب
Tayyip|طيب
Erdogan|أردوغان اردوغان
Mevlut|مولود
Cavusoglu|جاويش أوغلو
Soylu|صويلو
Rutte|روته
Jens|ينس يانس
Stoltenberg|ستولتنبرغ
Charles|شارل
Kaja|كايا
Kallas|كالاس
António|أنطونيو
Guterres|غوتيريش غوتيريس
Ki-moon|كي مون
Annan|عنان
Xi|شي
Jinping|جين بينغ جينبينغ
Narendra|ناريندرا
Justin|جاستن
Trudeau|ترودو
Albanese|ألبانيز البانيز
Luiz|لويز
Lula|لولا
Silva|سيلفا
Javier|خافيير
Milei|ميلي
Kyriakos|كيرياكوس
Tusk|توسك
Martin|مارتن
Paul|بول
Peter|بيتر
Michael|مايكل
Thomas|توماس
Stephen|ستيفن
Kevin|كيفن
Brian|براين
Daniel|دانيال
Andrew|أندرو اندرو
Matthew|ماثيو
Patrick|باتريك
Henry|هنري
Edward|إدوارد
Jennifer|جينيفر
Sarah|سارة
Emily|إميلي
Helen|هيلين
Laura|لورا
Julia|جوليا
Anna|آنا
Sophie|صوفي
Claire|كلير
Christine|كريستين
Lagarde|لاغارد
Klaus|كلاوس
Wolfgang|فولفغانغ
Schäuble|شويبله
Gerhard|غيرهارد
Schröder|شرودر
Helmut|هيلموت
Kohl|كول
Pistorius|بيستوريوس
Christian|كريستيان
Habeck|هابيك
Johann|يوهان
Wadephul|فاديفول
Stefan|شتيفان
Giovanni|جيوفاني
Paolo|باولو
Francesco|فرانشيسكو
Roberto|روبرتو
Andrea|أندريا
Alessandro|أليساندرو
Enrico|إنريكو
Letta|ليتا
Gentiloni|جنتيلوني
Prodi|برودي
Massimo|ماسيمو
Federica|فيديريكا
Mogherini|موغيريني
Miguel|ميغيل
Ángel|أنخيل
Rodríguez|رودريغيز
Zapatero|ثاباتيرو زاباتيرو
Álvaro|ألفارو
Francisco|فرانسيسكو
Pablo|بابلو
Iglesias|إغليسياس
Alberto|ألبرتو
Ribera|ريبيرا
Nadia|نادية
Marcelo|مارسيلو
Costa|كوستا
Rui|روي
Johansson|يوهانسون
Magnus|ماغنوس
Brunner|برونر
Juncker|يونكر
Roberta|روبرتا
Metsola|ميتسولا
Le Pen|لوبان
Le Drian|لودريان
Yves|إيف ايف
Noël|نويل
Walter|فالتر
Claude|كلود
Rafael|رافاييل رافائيل
Mitchell|ميتشل
Valls|فالس
Castaner|كاستانير
Christophe|كريستوف
Beaune|بون
Sébastien|سيباستيان
Lecornu|لوكورنو
Florence|فلورانس
Parly|بارلي
Mélenchon|ميلانشون
Vance|فانس
Steve|ستيف
Witkoff|ويتكوف
Adam|آدم
Boehler|بوهلر
Ortagus|أورتاغوس
Ratcliffe|راتكليف
Lindsey|ليندسي
Nuland|نولاند
Victoria|فيكتوريا
Greenfield|غرينفيلد
Nikki|نيكي
Haley|هيلي
Ben|بن
|أولاف اولاف هورست أوباما اوباما دونالد كامالا بلينكن مايوركاس كريستي كاش غارلاند دريان دارمانين بوريس ستارمر ريشي ليز غوردون غرانت ماريو أنتونيو مارلاسكا ماريانو أرانتشا لايا نيكولاي ڤيكتور أوربان اوربان هاكان فيدان مارك بان كوفي وانغ يي مودي ميتسوتاكيس دونالد مارتين ريتشارد ماريا هانس بوريس ليندنر دوبريندت رومانو موراتينوس سانتياغو دونالد بولتون ريشي مورغان توم والتز غراهام ليندا
`;

interface ForeignTables {
  readonly exact: Map<string, string>;
  readonly skeleton: Map<string, string>;
  readonly latin: Set<string>;
}

let tables: ForeignTables | undefined;

/** The consonant skeleton of a folded Arabic word. */
export function consonantSkeleton(key: string): string {
  let s = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i] as string;
    if (c === 'ا' || c === 'و' || c === 'ي' || c === 'ء' || (c === 'ه' && i === key.length - 1)) continue;
    s += c;
  }
  return s;
}

function build(): ForeignTables {
  const exact = new Map<string, string>();
  const skeleton = new Map<string, string>();
  const latin = new Set<string>();
  for (const line of ENTRIES.split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0) continue;
    const given = line.slice(0, bar);
    for (const ar of line.slice(bar + 1).split(' ')) {
      const key = lexiconKey(ar);
      const lat = given === '' ? foreignWord(key) : given;
      latin.add(
        lat
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/gu, '')
          .toLowerCase(),
      );
      if (!exact.has(key)) exact.set(key, lat);
      const sk = consonantSkeleton(key);
      // a skeleton of two letters or less says too little to find a name by
      if (sk.length >= 3 && !skeleton.has(sk)) skeleton.set(sk, lat);
    }
  }
  return { exact, skeleton, latin };
}

/** The original spelling of a foreign name written in Arabic (by its exact key), or `undefined`. */
export function foreignExact(key: string): string | undefined {
  tables ??= build();
  return tables.exact.get(key);
}

/** The original spelling of a foreign name found by its consonant skeleton, or `undefined`. */
export function foreignBySkeleton(key: string): string | undefined {
  tables ??= build();
  const sk = consonantSkeleton(key);
  return sk.length >= 3 ? tables.skeleton.get(sk) : undefined;
}

/** Whether a lower-case, diacritic-free Latin word is one of the lexicon's foreign names. */
export function isForeignLatin(word: string): boolean {
  tables ??= build();
  return tables.latin.has(word);
}
