/** Escapes one JSON Pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`). */
function escapeToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** RFC 6901 JSON Pointer of a path (`[]` → `''`, `['a', 0]` → `'/a/0'`). */
export function toPointer(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += '/' + escapeToken(String(seg));
  return out;
}

/** Converts a zod issue path (which may hold symbols) to pointer segments. */
export function toSegments(path: readonly PropertyKey[]): (string | number)[] {
  const out: (string | number)[] = [];
  for (const seg of path) out.push(typeof seg === 'symbol' ? String(seg.description) : seg);
  return out;
}

/** Parses a JSON Pointer back to segments (numeric-looking tokens stay strings). */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
}
