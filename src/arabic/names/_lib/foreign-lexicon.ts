/**
 * Lexicon of given names and surnames of the major European languages (and of frequently cited
 * non-Arab officials), with the matcher that finds them in Arabic script (private).
 *
 * The lexicon holds Latin spellings only, most frequent first: Arabic writes a foreign name by
 * its sound, so a word is found by comparing sounds, not by a stored Arabic spelling. Both sides
 * are read into sound units — consonant classes (ج غ گ and g, j are one class; ب and b, p; ف ڤ
 * and f, v, German w; ت ط ث and t, th; ش and sh, sch, French ch; تش and ch, Italian c …) and vowel
 * letters — with the alternatives a Latin spelling has in the languages it may come from (g: غ
 * or Spanish خ; j: ج, خ or German ي; z: ز or تس; a silent final French consonant …). A name is a
 * candidate when its consonants are the Arabic word's; the candidate whose vowels explain the
 * Arabic vowel letters best wins (ا: a, u, or an initial vowel; و: o, u, w; ي: e, i, y, or an
 * English a), the first of the list on a tie. Names are written in lower case and capitalized
 * when read (`.de` stays a lower-case particle, a name with a capital — McCain, JD — is kept as
 * written); `latin=arabic,arabic` gives the Arabic spellings (in Buckwalter's ASCII, as in name-lexicon.ts) of a name the sounds do not find
 * (Xi شي, Recep رجب), `_` is a space. The tables are built on first use.
 */
import { arabicOf, lexiconKey } from './name-lexicon.js';

const ENTRIES = `
le=lw .de=dy,dw .von .van .der .di jacques=jAk françois michel=my$Al,my$yl édouard louis
michael=mAykl mitchell powell=bAwl sophie=Swfy dmitry=dymtry,dmytry retailleau=rwtAyw,rytAyw
le_pen=lwbAn le_drian grande-marlaska=grAndy_mArlAskA thomas-greenfield=twmAs_grynfyld
kramp-karrenbauer=krAmb_kArnbAwr di_maio=dy_mAyw recep=rjb tayyip mevlut=mwlwd cavusoglu=jAwy$_>wglw
davutoglu=dAwd_>wglw,dAwwd_>wglw soylu=Swylw süleyman hulusi=xlwSy erdogan fidan hakan akar
Ki-moon=ky_mwn annan=EnAn,>nAn xi=$y jinping=jyn_byng qiang=t$yAng yi=yy emmanuel philippe jean élisabeth
bernard dominique laurent gérald bruno manuel catherine stéphane christophe florence sébastien marine éric
xavier valérie nathalie isabelle frédéric patrick pierre alain yves claude henri olivier thierry didier pascal
vincent noël nicolas georges khamenei rouhani=rwHAny raisi pezeshkian donald joe martin nancy barnier kyriakos
roberta albright JD=jy_dy barack kamala hillary bill george mike marco antony lloyd jake christopher avril
alejandro kristi tulsi pete merrick rex condoleezza colin steve nikki linda lindsey victoria morgan adam john
robert eric susan kevin sarah matthew brian stephanie jennifer mary elizabeth emily laura anna helen christine
maria julie marie anthony paul edward alexander=>lksndr frank henry peter joseph thomas charles daniel
kash rishi liz suella priti yvette shabana grant penny ben dominic james jeremy theresa david gordon tony
philip william jack margaret tom andrew richard mark netanyahu bennett lapid gantz gallant katz herzog
smotrich ben-gvir=bn_gfyr benjamin naftali yair benny yoav moshe merkel scholz merz schröder kohl steinmeier
baerbock maas gabriel faeser seehofer de_Maizière=dy_myzyr schäuble dobrindt pistorius lindner habeck wadephul
olaf horst walter heiko johann annalena annegret ursula karl markus lars gerhard helmut hans jürgen klaus
andreas claudia friedrich wolfgang boris christian angela macron hollande sarkozy chirac castex borne attal
barrot bayrou lecornu valls cazeneuve villepin fabius colonna séjourné darmanin nuñez castaner parly lagarde
mélenchon émié alliot-marie johnson may cameron brown blair sunak truss starmer hague hammond lammy cleverly
raab hunt miliband patel braverman cooper wallace corbyn khan bush obama clinton trump biden harris vance
pence cheney kerry blinken pompeo tillerson rubio rice baker austin esper mattis panetta gates hegseth miller
mayorkas noem holder sessions barr garland bondi comey wray mueller brennan ratcliffe burns haines gabbard
sullivan bolton waltz ortagus witkoff barrack boehler McConnell graham yellen haley nuland McCain meloni
draghi conte renzi gentiloni letta berlusconi mattarella tajani mogherini piantedosi lamorgese salvini
crosetto giorgia mario giuseppe guido luciana matteo paolo enrico silvio romano sergio giorgio antonio luigi
franco federica roberto carlo massimo francesco giovanni alessandro stefano luca alberto sánchez rajoy
zapatero aznar gonzález albares borrell laya marlaska robles iglesias solana pedro mariano josé luis josep
miguel ángel juan margarita carmen pablo santiago javier fernando carlos rafael teresa isabel costa guterres
silva lula milei putin medvedev mishustin lavrov shoigu belousov patrushev bortnikov naryshkin peskov
zakharova nebenzia gerasimov ivanov lukashenko zelensky kuleba sybiha reznikov umerov shmyhal yermak budanov
poroshenko vladimir nikolai=nykwlAy alexei mikhail andrei andrey=>ndryh igor viktor konstantin pavel ivan yuri
volodymyr dmytro oleksandr tusk duda sikorski orban fico vučić=fwt$yt$ rutte de_croo=dy_krw kurz nehammer
schallenberg mitsotakis johansson stoltenberg stubb kallas jens magnus ylva kaja anders geir pedersen
grundberg de_Mistura=dy_mystwrA staffan griffiths williams grossi juncker metsola schulz šefčovič=$yft$wfyt$
brunner leyen kofi ban modi abe shinzo narendra trudeau albanese justin keir stephen stefan sergey yildirim
kalin li wang volker joachim armin hubert alexis leo rachel samantha lisa nigel jonas valery filippo fabrice janet leon madeleine ron gina hanna alfonso marta nikos herman magdalena elise amber dick
kirill oleg anatoly yevgeny anton denis ruslan vitaly vasily leonid petro yasar yossi itamar gideon avi eli ariel
uri gilad ronen ned pam scott jason ryan jérôme arnaud benoît hervé luc hélène lorenzo fabio emma daniela gustavo
celso felipe eduardo ricardo diego cristina ousmane mamadou cyril félix jonathan gavin nick tim jim dan kurt gary greg neil liam oliver julia anne gérard guillaume julien gilles andrea dario yolanda irene vadim yulia olena
`;

/** Arabic letters a foreign name is written with, and their sound class (vowel letters: A O I). */
const AR_LETTERS = 'بپتطثجغگڨڭژهخدرزسشچفڤكلمناوي';
const AR_CLASS = 'bbttvgggggghqdrzsxcffklmnAOI';

/** Whether a sound unit is a vowel (Latin vowels lower case, Arabic vowel letters upper case). */
function isVowel(c: string | undefined): boolean {
  return c !== undefined && 'aeiouywAOIE'.includes(c);
}

/**
 * The sound units of a folded Arabic word: consonant classes and the vowel letters A O I (E: a
 * final ه), or `undefined` when the word has a letter foreign names are not written with (ح ع
 * ص ض ظ ق ذ: an Arabic word).
 */
export function arabicUnits(key: string): string | undefined {
  let u = '';
  const n = key.length;
  for (let i = 0; i < n; i++) {
    const c = key[i] as string;
    if (c === 'ء') continue;
    if (c === 'ت' && key[i + 1] === 'ش') {
      u += 'c';
      i++;
    } else if (c === 'ه' && i === n - 1 && i > 0) {
      u += 'E';
    } else {
      const k = AR_LETTERS.indexOf(c);
      if (k < 0) return undefined;
      u += AR_CLASS[k];
    }
  }
  return u;
}

/** Lower case, without diacritics or other marks (ß ss). */
export function foldLatin(s: string): string {
  return s
    .toLowerCase()
    .replace(/ç/gu, 's')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/ß/gu, 'ss')
    .replace(/[^a-z]/gu, '');
}

/** The sound-unit readings of a Latin name (at most 32): consonant classes and Latin vowels. */
export function latinUnits(name: string): string[] {
  // a doubled letter is one sound (ll aside: French ill)
  const w = foldLatin(name).replace(/([^l])\1/gu, '$1');
  const n = w.length;
  const out: string[] = [];
  const go = (i: number, acc: string): void => {
    if (out.length >= 32) return;
    if (i >= n) {
      out.push(acc);
      return;
    }
    const c = w[i] as string;
    const d = w[i + 1];
    const two = c + (d ?? '');
    const prevV = isVowel(w[i - 1]);
    const last = i === n - 1 && n > 3;
    let opts: Array<[number, string]>;
    if (w.startsWith('tsch', i)) opts = [[4, 'c']];
    else if (w.startsWith('sch', i)) opts = [[3, 'x']];
    else if (w.startsWith('tch', i)) opts = [[3, 'c']];
    else if (i === 0 && two === 'mc') opts = [[2, 'mak']];
    else if (i === 0 && two === 'wr') opts = [[2, 'r']];
    else if (two === 'sc' && (w[i + 2] === 'e' || w[i + 2] === 'i'))
      opts = [
        [2, 'x'],
        [1, 's'],
      ];
    else if (two === 'sh' || two === 'sz') opts = [[2, 'x']];
    else if (two === 'ch')
      opts = [
        [2, 'x'],
        [2, 'c'],
        [2, 'k'],
        [2, 'q!'],
      ];
    else if (two === 'zh' || two === 'dj') opts = [[2, 'g']];
    else if (two === 'kh') opts = [[2, 'q']];
    else if (two === 'cz') opts = [[2, 'c']];
    else if (two === 'ph') opts = [[2, 'f']];
    else if (two === 'th')
      opts =
        i === 0
          ? [
              [2, 't'],
              [2, 'v'],
            ]
          : [
              [2, 'v'],
              [2, 't!'],
            ];
    else if (two === 'dt') opts = [[2, 't']];
    else if (two === 'gh')
      opts = [
        [2, 'g'],
        [2, ''],
      ];
    else if (two === 'ck' || two === 'qu') opts = [[2, 'k']];
    else if (two === 'gu' && (w[i + 2] === 'e' || w[i + 2] === 'i')) opts = [[2, 'g']];
    else if (c === 'c')
      opts =
        d === 'e' || d === 'i' || d === 'y'
          ? [
              [1, 's'],
              [1, 'c'],
              [1, 'x'],
              [1, 'v!'],
            ]
          : d === 'c' && (w[i + 2] === 'e' || w[i + 2] === 'i')
            ? [[2, 'c']]
            : [[1, 'k']];
    else if (c === 'g')
      opts =
        d === 'e' || d === 'i' || d === 'y'
          ? [
              [1, 'g'],
              [1, 'q!'],
            ]
          : [[1, 'g']];
    else if (c === 'j')
      opts = [
        [1, 'g'],
        [1, 'y'],
        [1, 'q!'],
      ];
    else if (c === 'h')
      opts =
        i === 0
          ? [[1, 'h']]
          : [
              [1, ''],
              [1, 'h'],
            ];
    else if (c === 's')
      opts =
        i === 0 && (d === 't' || d === 'p')
          ? [
              [1, 's'],
              [1, 'x!'],
            ]
          : isVowel(d)
            ? [
                [1, 's'],
                [1, 'z'],
              ]
            : last
              ? [
                  [1, 's'],
                  [1, 'z'],
                  [1, '!'],
                  [1, 'x!'],
                ]
              : [[1, 's']];
    else if (c === 'z')
      opts = [
        [1, 'z'],
        [1, 'ts'],
        [1, 'tz'],
        [1, 's!'],
        [1, 'v!'],
      ];
    else if (c === 'x')
      opts = last
        ? [
            [1, 'ks'],
            [1, '!'],
          ]
        : [[1, 'ks']];
    else if (c === 'w')
      opts = [
        [1, 'w'],
        [1, 'f!'],
      ];
    else if (c === 'v') opts = [[1, 'f']];
    else if (c === 'p') opts = [[1, 'b']];
    else if (c === 'q') opts = [[1, 'k']];
    else if (c === 't' || c === 'd')
      opts =
        last && (prevV || w[i - 1] === 'n' || w[i - 1] === 'r')
          ? [
              [1, c],
              [1, '!'],
            ]
          : [[1, c]];
    else if (c === 'r')
      opts =
        last && w[i - 1] === 'e'
          ? [
              [1, 'r'],
              [1, '!'],
            ]
          : [[1, 'r']];
    else if (two === 'll' && w[i - 1] === 'i' && isVowel(w[i + 2]))
      opts = [
        [2, 'l'],
        [2, 'y'],
      ];
    else opts = [[1, c]];
    for (const [adv, emit] of opts) {
      // a doubled consonant is written once (tt, ss, the t of tz)
      const e =
        emit !== '' && emit !== '!' && !isVowel(emit[0]) && acc.endsWith(emit[0] as string) ? emit.slice(1) : emit;
      go(i + adv, acc + e);
    }
  };
  go(0, '');
  return out;
}

/** The consonants of a sound-unit string. */
function skeletonOf(u: string): string {
  let s = '';
  for (const c of u) if (!isVowel(c) && c !== '!') s += c;
  return s;
}

/** The vowels before each consonant of a sound-unit string, and after the last. */
function slotsOf(u: string): string[] {
  const s = [''];
  for (const c of u) {
    if (isVowel(c)) s[s.length - 1] += c;
    else if (c !== '!') s.push('');
  }
  return s;
}

/**
 * How badly a Latin reading's vowels explain an Arabic word's vowel letters (same consonants):
 * 8 for each Arabic vowel letter no Latin vowel of its place explains, 1 for each Latin vowel
 * more than Arabic writes there (a final e aside), for an ي read from an English a and for an
 * ا read from a nasal French e or i (Laurent لوران).
 */
function vowelCost(ar: readonly string[], la: readonly string[], skeleton: string): number {
  let cost = 0;
  const last = ar.length - 1;
  for (let k = 0; k <= last; k++) {
    const a = ar[k] as string;
    let l = la[k] as string;
    // a vowel digraph is one sound (ie, ou, eau …); a final e is silent
    const extra =
      l.replace(/eau|[aeo]u|[aeo][iy]|ie|ee|ea|oo/gu, 'v').length - (k === last && l.endsWith('e') ? 1 : 0) - a.length;
    if (extra > 0) cost += extra;
    // Arabic writes an initial vowel (with alef)
    if (k === 0 && a === '' && /^[aeiou]/u.test(l)) cost += 8;
    for (let j = 0; j < a.length; j++) {
      const c = a[j];
      let ok = true;
      if (c === 'A') {
        if (k === 0 && j === 0 && /^[aeiou]/u.test(l)) {
          // an initial alef carries the first vowel, whatever it is
        } else if (/a/u.test(l) || l === 'u') l = l.replace(/[au]/u, '');
        else if ((a[j + 1] === 'I' && /[iy]/u.test(l)) || (a[j + 1] === 'O' && l.includes('ow'))) {
          // English i and ow: اي، او
        } else if (skeleton[k] === 'n' && /[ei]/u.test(l)) cost++;
        else ok = false;
      } else if (c === 'O') ok = /[ouw]/u.test(l);
      else if (c === 'I') {
        ok = /[eiy]/u.test(l);
        // a silent final e does not make a final ي (Stéphane ستيفان, Stephanie ستيفاني)
        if (k === last && l === 'e') cost++;
        // English a (James جيمس, Baker بيكر), never at the start (يلين is not Alain)
        ok ||= k > 0 && l.includes('a');
      } else ok = /[eai]/u.test(l);
      if (!ok) cost += 8;
    }
  }
  return cost;
}

interface ForeignTables {
  readonly exact: Map<string, string>;
  readonly index: Map<string, Array<readonly [string, string[], number]>>;
}

let tables: ForeignTables | undefined;

function build(): ForeignTables {
  const exact = new Map<string, string>();
  const index = new Map<string, Array<readonly [string, string[], number]>>();
  for (const entry of ENTRIES.split(/\s+/u)) {
    if (entry === '') continue;
    const eq = entry.indexOf('=');
    // written in lower case: each word is capitalized, but a particle (.de) and a name written
    // with a capital (JD, McCain) are kept as they are
    const raw = eq < 0 ? entry : entry.slice(0, eq);
    const spaced = raw.replace(/_/gu, ' ');
    const name =
      raw[0] === '.'
        ? raw.slice(1)
        : /\p{Lu}/u.test(raw)
          ? spaced
          : spaced.replace(/(^|[ '-])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    if (eq >= 0) {
      for (const ar of entry.slice(eq + 1).split(',')) {
        const k = lexiconKey(arabicOf(ar.replace(/_/gu, '')));
        if (!exact.has(k)) exact.set(k, name);
      }
      continue;
    }
    for (const u of latinUnits(name)) {
      const sk = skeletonOf(u);
      let list = index.get(sk);
      if (list === undefined) index.set(sk, (list = []));
      list.push([name, slotsOf(u), u.split('!').length - 1]);
    }
  }
  return { exact, index };
}

let cache: Map<string, readonly [string, number] | undefined> | undefined;

/** The best lexicon name for a folded Arabic word and its cost (remembered for the next calls). */
function lookup(key: string): readonly [string, number] | undefined {
  // a bounded memory: a name's words are looked up several times in a row
  if (cache === undefined || cache.size >= 512) cache = new Map();
  let r = cache.get(key);
  if (r === undefined && !cache.has(key)) {
    r = find(key);
    cache.set(key, r);
  }
  return r;
}

function find(key: string): readonly [string, number] | undefined {
  tables ??= build();
  const ex = tables.exact.get(key);
  if (ex !== undefined) return [ex, 0];
  const u = arabicUnits(key);
  if (u === undefined) return undefined;
  const sk = skeletonOf(u);
  const list = tables.index.get(sk);
  if (list === undefined) return undefined;
  const slots = slotsOf(u);
  let best: readonly [string, number] | undefined;
  for (const [name, la, silent] of list) {
    const c = silent + vowelCost(slots, la, sk);
    if (best === undefined || c < best[1]) best = [name, c];
  }
  // a short word must match closely: one or two consonants say little
  return best !== undefined && best[1] < 3 * sk.length ? best : undefined;
}

/**
 * How surely a folded Arabic word is a foreign name of the lexicon: 0 for a spelling it lists,
 * the vowel cost of the best name else (under 2: every vowel of the name written), or
 * `undefined` when no name fits.
 */
export function foreignCost(key: string): number | undefined {
  return lookup(key)?.[1];
}

/** The original spelling of a foreign name written in Arabic whose every vowel letter the name explains, or `undefined`. */
export function foreignExact(key: string): string | undefined {
  const r = lookup(key);
  return r !== undefined && r[1] < 8 ? r[0] : undefined;
}

/** The original spelling of a foreign name written in Arabic that differs by at most one vowel letter, or `undefined`. */
export function foreignBySkeleton(key: string): string | undefined {
  const r = lookup(key);
  return r !== undefined && r[1] < 16 && skeletonOf(arabicUnits(key) ?? '').length > 2 ? r[0] : undefined;
}

/** The name two Arabic words make together (their keys joined: جينبينغ Jinping), or `undefined`. */
export function foreignJoined(key: string): string | undefined {
  tables ??= build();
  return tables.exact.get(key);
}

/** Whether a lower-case, diacritic-free Latin word is one of the lexicon's foreign names. */
export function isForeignLatin(word: string): boolean {
  // (built apart from the Arabic-side tables: romanization never needs it)
  if (latinWords === undefined) {
    latinWords = new Set();
    for (const entry of ENTRIES.split(/\s+/u))
      for (const part of (entry.split('=')[0] ?? '').split(/[._ -]/u)) if (part !== '') latinWords.add(foldLatin(part));
  }
  return latinWords.has(word);
}

let latinWords: Set<string> | undefined;
