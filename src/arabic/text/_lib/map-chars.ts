/**
 * Replaces each UTF-16 unit of `s` found in `table` by its value and copies everything else. Only
 * units in `lo..hi` are looked up (a cheap pre-filter for tables of one block). Runs of unchanged
 * characters are copied as slices and the pieces are joined once at the end: concatenating one
 * character at a time grew superlinearly on long text. Returns `s` itself when nothing changes.
 */
export function mapChars(s: string, table: ReadonlyMap<string, string>, lo = 0, hi = 0xffff): string {
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < lo || c > hi) continue;
    const b = table.get(s[i] ?? '');
    if (b === undefined) continue;
    if (run < i) parts.push(s.slice(run, i));
    parts.push(b);
    run = i + 1;
  }
  if (run === 0) return s;
  if (run < s.length) parts.push(s.slice(run));
  return parts.join('');
}
