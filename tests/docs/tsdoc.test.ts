/**
 * Every public export carries TSDoc with a summary, an `@example` and a `@category`: TypeDoc checks
 * that something is documented; this checks that the documentation has what a reader needs.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { entryProgram, exportedSymbols } from '../../scripts/_lib/entry-program.js';

const root = resolve(import.meta.dirname, '../..');
const ENTRY_FILES = ['arabic', 'schemas', 'data', 'validate', 'extract', 'export'].map((layer) =>
  resolve(root, `src/${layer}/index.ts`),
);

interface ExportDoc {
  name: string;
  file: string;
  summary: boolean;
  example: boolean;
  category: boolean;
}

function collectExportDocs(): ExportDoc[] {
  const { program, checker } = entryProgram(ENTRY_FILES);
  const docs: ExportDoc[] = [];
  for (const file of ENTRY_FILES) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    for (const { name, target } of exportedSymbols(checker, source)) {
      const declarations = target.getDeclarations() ?? [];
      const tags = declarations.flatMap((d) => ts.getJSDocTags(d));
      const summary = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
      docs.push({
        name,
        file: declarations[0]?.getSourceFile().fileName.replace(`${root}/`, '') ?? '?',
        summary: summary.length > 0,
        example: tags.some((t) => t.tagName.text === 'example'),
        category: tags.some((t) => t.tagName.text === 'category'),
      });
    }
  }
  return docs;
}

describe('TSDoc of the public API', () => {
  const docs = collectExportDocs();

  it('finds the exports', () => {
    expect(docs.length).toBeGreaterThan(50);
  });

  it('every export has a summary, an @example and a @category', () => {
    const missing = docs
      .filter((d) => !d.summary || !d.example || !d.category)
      .map(
        (d) =>
          `${d.name} (${d.file}):${d.summary ? '' : ' summary'}${d.example ? '' : ' @example'}${d.category ? '' : ' @category'}`,
      );
    expect(missing).toEqual([]);
  });
}, 60_000);
