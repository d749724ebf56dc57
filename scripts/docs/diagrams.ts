/**
 * The diagrams of the guides, rendered from Graphviz sources to SVG with a WebAssembly build of
 * Graphviz (no network, no browser). The SVG files are committed next to the guides, so readers
 * of the Markdown on GitHub see pictures too; the docs site copies them.
 *
 * `npm run generate:diagrams` writes them; tests/docs/diagrams.test.ts fails when a committed
 * picture differs from its source (for the record references: from `REFERENCE_FIELDS`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { instance } from '@viz-js/viz';
import { referenceDiagram } from '../../src/schemas/_lib/reference-diagram.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** One diagram: where its picture goes and its Graphviz source. */
export interface Diagram {
  /** Path of the SVG file, from the repository root. */
  readonly svg: string;
  /** The DOT source. */
  readonly dot: () => string;
}

export const DIAGRAMS: readonly Diagram[] = [
  { svg: 'docs/guides/images/record-references.svg', dot: referenceDiagram },
  { svg: 'docs/guides/images/layers.svg', dot: () => readFileSync(`${root}docs/diagrams/layers.dot`, 'utf8') },
  {
    svg: 'docs/guides/images/validate-pipeline.svg',
    dot: () => readFileSync(`${root}docs/diagrams/validate-pipeline.dot`, 'utf8'),
  },
];

/** Renders every diagram: SVG text by path. */
export async function renderDiagrams(): Promise<Map<string, string>> {
  const viz = await instance();
  const out = new Map<string, string>();
  for (const diagram of DIAGRAMS) {
    const svg = viz.renderString(diagram.dot(), { format: 'svg', engine: 'dot' });
    out.set(diagram.svg, `${svg.trimEnd()}\n`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, svg] of await renderDiagrams()) {
    writeFileSync(`${root}${path}`, svg);
    console.log(`wrote ${path} (${svg.length} bytes)`);
  }
}
