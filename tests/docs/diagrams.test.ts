import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGRAMS, renderDiagrams } from '../../scripts/docs/diagrams.js';
import { REFERENCE_FIELDS } from '../../src/schemas/index.js';

const root = join(import.meta.dirname, '../..');

describe('diagrams of the guides', () => {
  it('every committed SVG is the rendering of its source (run `npm run generate:diagrams`)', async () => {
    const rendered = await renderDiagrams();
    expect([...rendered.keys()]).toEqual(DIAGRAMS.map((diagram) => diagram.svg));
    for (const [path, svg] of rendered) {
      expect(readFileSync(join(root, path), 'utf8'), `${path} is out of date: run npm run generate:diagrams`).toBe(svg);
    }
  });

  it('the record-reference picture names every record type and every reference field', () => {
    const svg = readFileSync(join(root, 'docs/guides/images/record-references.svg'), 'utf8');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
      (match[1] ?? '')
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
        .replaceAll('&amp;', '&'),
    );
    for (const [type, fields] of Object.entries(REFERENCE_FIELDS)) {
      expect(texts).toContain(type);
      for (const field of fields) {
        const label = field.path
          .map((segment) => (segment === '*' ? '[]' : `.${segment}`))
          .join('')
          .replace(/^\./, '');
        expect(
          texts.some((text) => text.trim().startsWith(label)),
          label,
        ).toBe(true);
      }
    }
  });

  it('every guide image it links to exists', () => {
    const guides = ['data-model.md', 'getting-started.md', 'validating-datasets.md'];
    for (const guide of guides) {
      const text = readFileSync(join(root, 'docs/guides', guide), 'utf8');
      for (const [, target] of text.matchAll(/\]\((images\/[\w.-]+)\)/g)) {
        expect(() => readFileSync(join(root, 'docs/guides', target as string)), `${guide} → ${target}`).not.toThrow();
      }
    }
  });
});
