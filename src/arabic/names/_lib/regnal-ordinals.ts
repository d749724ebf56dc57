// Regnal ordinals written after a name (محمد السادس، Charles III): the number they stand for.
// Shared by name parsing (which also knows laqabs that are not numbers) and matching (where two
// names with different ordinals never match).
import { arabicOf } from './name-lexicon.js';

/** Arabic ordinals 1–10, folded (الاول without hamza), written in Buckwalter's ASCII (الاول … العاشر). */
export const ARABIC_ORDINALS: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map(
    arabicOf('AlAwl AlvAny AlvAlv AlrAbE AlxAms AlsAds AlsAbE AlvAmn AltAsE AlEA$r')
      .split(' ')
      .map((w, i) => [w, i + 1]),
  ))();

/** Roman numerals I–X, lower case. */
export const ROMAN_ORDINALS: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map('i ii iii iv v vi vii viii ix x'.split(' ').map((w, i) => [w, i + 1])))();
