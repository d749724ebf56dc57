/**
 * The docs site's TypeDoc plugin (loaded from typedoc.json; `npm run docs` runs TypeDoc with tsx
 * so this file can be TypeScript):
 * - isolates Arabic inside code so it reads right to left in place (see bidi.ts);
 * - drops the page title of the home page, where the README's own `# tansiq` heading follows;
 * - links the Playground from the header of every page;
 * - bundles the playground and the browser builds of the library entries it loads (from the
 *   package's own build in dist/) into the site's assets, and loads them on the Playground page.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PageEvent } from 'typedoc';
import type { Application, RendererEvent } from 'typedoc';
import { isolateArabicInCode } from './bidi.js';
import { PLAYGROUND_LIBRARIES } from '../../docs/playground/libraries.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where the Playground document is written (TypeDoc names document pages after their title). */
export const PLAYGROUND_PAGE = 'documents/Playground.html';

const relativeRoot = (url: string): string => '../'.repeat(url.split('/').length - 1);

function playgroundScripts(url: string): string {
  const base = relativeRoot(url);
  const libraries = PLAYGROUND_LIBRARIES.map((name) => `<script src="${base}assets/tansiq/${name}.js"></script>`);
  return `${libraries.join('')}<script src="${base}assets/playground.js"></script>`;
}

/** Post-processes one rendered page (pure: exported for the tests). */
export function transformPage(url: string, html: string): string {
  let out = isolateArabicInCode(html);
  if (url === 'index.html') {
    // The README starts with its own `# tansiq`: the theme's title would show it twice.
    out = out.replace(
      /<div class="tsd-page-title">\s*<h1>[^<]*<\/h1>\s*<\/div>\s*(?=<div class="tsd-panel tsd-typography"><h1)/,
      '',
    );
  }
  const link = `<a href="${relativeRoot(url)}${PLAYGROUND_PAGE}">Playground</a>`;
  out = out.replace('<div id="tsd-toolbar-links">', `<div id="tsd-toolbar-links">${link}`);
  if (url === PLAYGROUND_PAGE) out = out.replace('</body>', `${playgroundScripts(url)}</body>`);
  return out;
}

/** Bundles the library entries (from dist/) and the playground into `<out>/assets`. */
export async function bundlePlayground(outputDirectory: string): Promise<void> {
  for (const name of PLAYGROUND_LIBRARIES) {
    const entry = `${root}dist/${name}/index.js`;
    if (!existsSync(entry)) throw new Error(`docs: ${entry} is missing: run \`npm run build\` before \`npm run docs\``);
    await build({
      entryPoints: [entry],
      outfile: `${outputDirectory}/assets/tansiq/${name}.js`,
      bundle: true,
      format: 'iife',
      globalName: `tansiq.${name}`,
      // tsup's chunks import each other bare (for order) and by name: the bare imports are moot.
      logOverride: { 'ignored-bare-import': 'silent' },
      platform: 'browser',
      target: 'es2022',
      minify: true,
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'warning',
    });
  }
  await build({
    entryPoints: [`${root}docs/playground/main.ts`],
    outfile: `${outputDirectory}/assets/playground.js`,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

export function load(app: Application): void {
  app.renderer.on(PageEvent.END, (page: PageEvent) => {
    if (page.contents !== undefined) page.contents = transformPage(page.url, page.contents);
  });
  app.renderer.postRenderAsyncJobs.push((event: RendererEvent) => bundlePlayground(event.outputDirectory));
}
