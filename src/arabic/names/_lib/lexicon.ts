/**
 * The given names that name matching must tell apart although their spellings sound alike
 * (عمر/عمرو, حمد/أحمد, محمد/محمود, حسن/حسين, سعد/سعيد, علي/علاء …) and the very common names
 * that say little about who a person is (private). The names and their spellings are in the
 * romanization lexicon's {@link MATCHED_NAMES} table (one source for both uses), their Latin
 * spellings in matched-spellings.ts; this module
 * indexes them for matching: every spelling of a name (its Arabic, as folded by the tokenizer,
 * and its Latin spellings) maps to the name's id.
 */
import { FOLD_ALEF, FOLD_HAMZA, foldText } from '../../_lib/fold-text.js';
import { MATCHED_SPELLINGS } from './matched-spellings.js';
import { arabicOf, MATCHED_NAMES } from './name-lexicon.js';

interface LexiconTables {
  readonly ids: ReadonlyMap<string, readonly string[]>;
  readonly common: ReadonlySet<string>;
}

function build(): LexiconTables {
  const ids = new Map<string, string[]>();
  const common = new Set<string>();
  const latin = new Map<string, string>();
  for (const line of MATCHED_SPELLINGS.trim().split('\n')) {
    const bar = line.indexOf('|');
    latin.set(line.slice(0, bar), line.slice(bar + 1));
  }
  for (const line of MATCHED_NAMES.trim().split('\n')) {
    const fields = line.split('|');
    const foreign = line.startsWith('~');
    // a foreign line: its Arabic spellings; an Arabic one: its Arabic and its other Arabic spellings
    const arabic = arabicOf(foreign ? line.slice(1) : (fields[0] ?? '') + ' ' + (fields[4] ?? '')).split(' ');
    // the id is the name's Arabic spelling as the tokenizer folds it
    const id = foldText(arabic[0] ?? '', FOLD_ALEF | FOLD_HAMZA);
    let spellings = latin.get(arabic[0] ?? '') ?? '';
    if (spellings.startsWith('*')) {
      common.add(id);
      spellings = spellings.slice(1);
    }
    for (const w of [id, ...arabic.slice(1), ...spellings.split(' ')]) {
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
