/**
 * Lexicon of given names and surnames of the major European languages (and of frequently cited
 * non-Arab officials) as they are written in Arabic, with their original spelling (private).
 *
 * One entry a line: `Latin|arabic arabic …` (the usual Arabic spellings of the name). A word is
 * found by its exact folded spelling, else by its consonant skeleton (the letters without ا و ي
 * ى ة ه ء), so ميركيل finds Merkel through ميركل. The tables are built on first use.
 */
import { lexiconKey } from './name-lexicon.js';

const ENTRIES = `
Angela|أنجيلا انجيلا أنغيلا انغيلا
Merkel|ميركل ميركيل
Olaf|أولاف اولاف
Scholz|شولتس شولز شولتز
Friedrich|فريدريش فريدريك
Merz|ميرتس ميرز
Steinmeier|شتاينماير
Annalena|أنالينا انالينا
Baerbock|بيربوك بربوك بيربوك
Nancy|نانسي
Faeser|فيزر فيسر
Horst|هورست
Seehofer|زيهوفر
Ursula|أورسولا اورسولا
von|فون
der|دير
Leyen|لاين لايين
George|جورج
Bush|بوش
Barack|باراك
Obama|أوباما اوباما
Joe|جو
Biden|بايدن
Donald|دونالد
Trump|ترامب
Kamala|كامالا
Harris|هاريس
Hillary|هيلاري
Clinton|كلينتون
Bill|بيل
John|جون
Kerry|كيري
Antony|أنتوني انتوني
Blinken|بلينكن
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
Mayorkas|مايوركاس
Kristi|كريستي
Noem|نويم
Kash|كاش
Patel|باتيل
Tulsi|تولسي
Gabbard|غابارد
Pete|بيت
Hegseth|هيغسيث هيجسيث
Merrick|ميريك
Garland|غارلاند جارلاند
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
Drian|دريان
Gérald|جيرالد
Darmanin|دارمانان دارمانين
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
Boris|بوريس
Johnson|جونسون
Theresa|تيريزا تريزا
May|ماي
David|ديفيد
Cameron|كاميرون
Lammy|لامي
Keir|كير
Starmer|ستارمر
Rishi|ريشي
Sunak|سوناك
Liz|ليز
Truss|تراس
Yvette|إيفيت ايفيت
Cooper|كوبر
Priti|بريتي
Suella|سويلا
Braverman|برافرمان
Tony|توني
Blair|بلير
Gordon|غوردون جوردون
Brown|براون
Margaret|مارغريت مارجريت
Thatcher|تاتشر
Charles|تشارلز
Elizabeth|إليزابيث
Dominic|دومينيك
Raab|راب
Wallace|والاس
Grant|غرانت جرانت
Shapps|شابس
Jeremy|جيريمي
Hunt|هانت
Matteo|ماتيو
Salvini|سالفيني
Renzi|رينزي
Piantedosi|بيانتيدوسي
Giorgia|جورجيا
Meloni|ميلوني
Mario|ماريو
Draghi|دراغي
Sergio|سيرجيو
Mattarella|ماتاريلا
Antonio|أنطونيو انطونيو أنتونيو
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
Marlaska|مارلاسكا
José|خوسيه
Manuel|مانويل
Albares|ألباريس الباريس
Josep|جوزيب
Borrell|بوريل
Margarita|مارغريتا
Robles|روبليس
Mariano|ماريانو
Rajoy|راخوي
Felipe|فيليبي
Carlos|كارلوس
Juan|خوان
Arancha|أرانتشا
González|غونزاليس جونزاليس
Laya|لايا
Vladimir|فلاديمير
Putin|بوتين
Sergey|سيرغي سيرجي
Lavrov|لافروف
Shoigu|شويغو
Dmitry|دميتري ديمتري
Medvedev|ميدفيديف
Peskov|بيسكوف
Nikolai|نيكولاي
Patrushev|باتروشيف
Alexander|ألكسندر الكسندر
Bortnikov|بورتنيكوف
Volodymyr|فولوديمير
Zelensky|زيلينسكي
Dmytro|دميترو
Kuleba|كوليبا
Viktor|فيكتور ڤيكتور
Orban|أوربان اوربان
Recep|رجب
Tayyip|طيب
Erdogan|أردوغان اردوغان
Hakan|هاكان
Fidan|فيدان
Mevlut|مولود
Cavusoglu|جاويش أوغلو
Soylu|صويلو
Mark|مارك
Rutte|روته
Jens|ينس يانس
Stoltenberg|ستولتنبرغ
Charles|شارل
Kaja|كايا
Kallas|كالاس
Guterres|غوتيريش غوتيريس
Ban|بان
Ki-moon|كي مون
Kofi|كوفي
Annan|عنان
Xi|شي
Jinping|جين بينغ جينبينغ
Wang|وانغ
Yi|يي
Narendra|ناريندرا
Modi|مودي
Fumio|فوميو
Kishida|كيشيدا
Shinzo|شينزو
Abe|آبي ابي
Justin|جاستن
Trudeau|ترودو
Albanese|ألبانيز البانيز
Jacinda|جاسيندا
Ardern|أرديرن
Luiz|لويز
Inácio|إيناسيو
Lula|لولا
Silva|سيلفا
Jair|جاير
Bolsonaro|بولسونارو
Javier|خافيير
Milei|ميلي
Giorgos|جورجوس
Kyriakos|كيرياكوس
Mitsotakis|ميتسوتاكيس
Nikos|نيكوس
Dendias|ديندياس
Andrzej|أندريه
Duda|دودا
Tusk|توسك
Karl|كارل
Nehammer|نيهامر
Schallenberg|شالنبرغ
Ignazio|إينياتسيو
Cassis|كاسيس
Alain|آلان الان
Berset|بيرسيه
Leo|ليو
Varadkar|فارادكار
Micheál|ميهال
Martin|مارتن مارتين
Paul|بول
Peter|بيتر
Michael|مايكل
Richard|ريتشارد
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
Maria|ماريا
Anna|آنا
Sophie|صوفي
Claire|كلير
Christine|كريستين
Lagarde|لاغارد
Valérie|فاليري
Pécresse|بيكريس
Ségolène|سيغولين
Royal|رويال
Hans|هانس
Klaus|كلاوس
Wolfgang|فولفغانغ
Schäuble|شويبله
Heiko|هايكو
Maas|ماس
Sigmar|زيغمار
Gerhard|غيرهارد
Schröder|شرودر
Helmut|هيلموت
Kohl|كول
Pistorius|بيستوريوس
Christian|كريستيان
Lindner|ليندنر
Habeck|هابيك
Dobrindt|دوبريندت
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
Romano|رومانو
Prodi|برودي
Massimo|ماسيمو
Federica|فيديريكا
Mogherini|موغيريني
Miguel|ميغيل
Ángel|أنخيل
Moratinos|موراتينوس
Rodríguez|رودريغيز
Zapatero|ثاباتيرو زاباتيرو
Álvaro|ألفارو
Francisco|فرانسيسكو
Pablo|بابلو
Iglesias|إغليسياس
Santiago|سانتياغو
Abascal|أباسكال
Alberto|ألبرتو
Núñez|نونيز
Feijóo|فيخو
Ribera|ريبيرا
Nadia|نادية
Calviño|كالفينو
Marcelo|مارسيلو
Rebelo|ريبيلو
Sousa|سوزا
Costa|كوستا
Rui|روي
Wopke|فوبكه
Hoekstra|هوكسترا
Croo|كرو
Ylva|إيلفا
Johansson|يوهانسون
Magnus|ماغنوس
Brunner|برونر
Margaritis|مارغاريتيس
Schinas|شيناس
Olivér|أوليفر
Várhelyi|فارهيلي
Dubravka|دوبرافكا
Šuica|شويتسا
Thierry|تييري
Breton|بريتون
Frans|فرانس
Timmermans|تيمرمانس
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
Bolton|بولتون
Pompidou|بومبيدو
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
Morgan|مورغان
Ortagus|أورتاغوس
Tom|توم
Waltz|والتز
Ratcliffe|راتكليف
Lindsey|ليندسي
Graham|غراهام
Nuland|نولاند
Victoria|فيكتوريا
Linda|ليندا
Greenfield|غرينفيلد
Nikki|نيكي
Haley|هيلي
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
    const lat = line.slice(0, bar);
    latin.add(lat.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase());
    for (const ar of line.slice(bar + 1).split(' ')) {
      const key = lexiconKey(ar);
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
