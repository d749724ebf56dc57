/**
 * The Buckwalter transliteration table (private), with the usual extension for Persian letters
 * used in Arabic-script names (پ P, چ J, ڤ V, گ G). One character each way, so the mapping is
 * reversible.
 */
const PAIRS =
  "ء'" +
  'آ|' +
  'أ>' +
  'ؤ&' +
  'إ<' +
  'ئ}' +
  'اA' +
  'بb' +
  'ةp' +
  'تt' +
  'ثv' +
  'جj' +
  'حH' +
  'خx' +
  'دd' +
  'ذ*' +
  'رr' +
  'زz' +
  'سs' +
  'ش$' +
  'صS' +
  'ضD' +
  'طT' +
  'ظZ' +
  'عE' +
  'غg' +
  'ـ_' +
  'فf' +
  'قq' +
  'كk' +
  'لl' +
  'مm' +
  'نn' +
  'هh' +
  'وw' +
  'ىY' +
  'يy' +
  '\u064BF' +
  '\u064CN' +
  '\u064DK' +
  '\u064Ea' +
  '\u064Fu' +
  '\u0650i' +
  '\u0651~' +
  '\u0652o' +
  '\u0670`' +
  'ٱ{' +
  'پP' +
  'چJ' +
  'ڤV' +
  'گG';

function build(reverse: boolean): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (let i = 0; i < PAIRS.length; i += 2) {
    const ar = PAIRS[i] ?? '';
    const bw = PAIRS[i + 1] ?? '';
    if (reverse) m.set(bw, ar);
    else m.set(ar, bw);
  }
  return m;
}

/** Arabic character → Buckwalter symbol. */
export const TO_BUCKWALTER: ReadonlyMap<string, string> = /* @__PURE__ */ (() => build(false))();
/** Buckwalter symbol → Arabic character. */
export const FROM_BUCKWALTER: ReadonlyMap<string, string> = /* @__PURE__ */ (() => build(true))();
