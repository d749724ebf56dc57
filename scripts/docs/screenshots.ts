/**
 * Writes the README's pictures (`npm run screenshots`, after `npm run build` and `npm run docs`):
 * - docs/images/playground.png: the docs site's Playground page, as a reader sees it;
 * - docs/images/validate-terminal.png: real `tansiq validate` output on a broken dataset, run in a
 *   pseudo-terminal (so the CLI colours it as it would for you) and drawn as a terminal window.
 * Needs a system Chromium (see chromium.ts) and `script` (util-linux) for the pseudo-terminal.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.js';
import { serveFolder } from './serve.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'docs/images');

const COLORS: Record<string, string> = { '31': 'red', '33': 'yellow', '2': 'dim', '1': 'bold' };

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Terminal output (SGR colour codes only) as HTML spans. */
export function ansiToHtml(text: string): string {
  let html = '';
  let open = 0;
  for (const [i, part] of text.split('\u001b[').entries()) {
    if (i === 0) {
      html += escapeHtml(part);
      continue;
    }
    const m = part.indexOf('m');
    const codes = m < 0 ? [] : part.slice(0, m).split(';');
    const rest = m < 0 ? part : part.slice(m + 1);
    for (const code of codes) {
      if (code === '0' || code === '') {
        html += '</span>'.repeat(open);
        open = 0;
      } else if (COLORS[code] !== undefined) {
        html += `<span class="${COLORS[code]}">`;
        open += 1;
      }
    }
    html += escapeHtml(rest);
  }
  return html + '</span>'.repeat(open);
}

function validateOutput(): { command: string; output: string } {
  const work = mkdtempSync(join(tmpdir(), 'tansiq-shot-'));
  try {
    mkdirSync(join(work, 'data'));
    copyFileSync(join(root, 'tests/fixtures/validate/broken/cross.jsonl'), join(work, 'data/records.jsonl'));
    const command = 'tansiq validate data/';
    const run = spawnSync('script', ['-qec', `node ${join(root, 'dist/cli/index.js')} validate data/`, '/dev/null'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', TERM: 'xterm-256color', NO_COLOR: undefined, COLUMNS: '120' },
    });
    if (run.error) throw new Error(`could not run \`script\` (util-linux) for a pseudo-terminal: ${run.error.message}`);
    const output = run.stdout.replaceAll('\r', '').replaceAll('\u001b[K', '');
    if (!output.includes('[unknown_reference]'))
      throw new Error(`unexpected output of ${command}:\n${output}${run.stderr}`);
    return { command, output };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const TERMINAL_CSS = `
body { margin: 0; padding: 16px; background: #e9edf2; font-family: "DejaVu Sans", sans-serif; }
.window { width: 1040px; border-radius: 8px; overflow: hidden; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.bar { background: #3a3f4b; color: #d7dae0; font-size: 13px; padding: 7px 12px; display: flex; gap: 7px; align-items: center; }
.dot { width: 12px; height: 12px; border-radius: 50%; display: inline-block; }
.title { margin-left: 12px; }
pre { margin: 0; padding: 12px 14px; background: #1e2127; color: #dcdfe4; font: 13px/1.45 "DejaVu Sans Mono", monospace; white-space: pre-wrap; word-break: break-all; }
.prompt { color: #7ec699; } .red { color: #ff6b6b; } .yellow { color: #f0c674; } .dim { color: #8b93a1; } .bold { font-weight: bold; }
`;

async function main(): Promise<void> {
  for (const needed of ['dist/cli/index.js', 'docs-site/documents/Playground.html']) {
    if (!existsSync(join(root, needed)))
      throw new Error(`${needed} is missing: run \`npm run build\` and \`npm run docs\` first`);
  }
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const server = await serveFolder(join(root, 'docs-site'));
  try {
    const context = await browser.newContext({
      viewport: { width: 1100, height: 900 },
      deviceScaleFactor: 1,
      colorScheme: 'light',
    });
    await context.route('**/*', (route) =>
      route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
    );

    const { command, output } = validateOutput();
    const terminal = await context.newPage();
    await terminal.setContent(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${TERMINAL_CSS}</style></head><body><div class="window">` +
        '<div class="bar"><span class="dot" style="background:#ff5f57"></span><span class="dot" style="background:#febc2e"></span>' +
        '<span class="dot" style="background:#28c840"></span><span class="title">Terminal</span></div>' +
        `<pre><span class="prompt">$</span> ${escapeHtml(command)}\n${ansiToHtml(output.trimEnd())}</pre></div></body></html>`,
    );
    await terminal.locator('.window').screenshot({ path: join(out, 'validate-terminal.png') });

    const playground = await context.newPage();
    await playground.goto(`${server.origin}/documents/Playground.html`);
    await playground.locator('#tq-playground.tq-ready').waitFor();
    // From the page heading to the mentions highlighted by kind: the dates panel and the top of
    // the extraction panel, the part a reader sees first.
    const top = await playground.locator('.col-content h1').first().boundingBox();
    const bottom = await playground.locator('#tq-mentions-marked').boundingBox();
    if (top === null || bottom === null) throw new Error('the Playground page has no heading or no mentions panel');
    await playground.screenshot({
      path: join(out, 'playground.png'),
      fullPage: true,
      clip: { x: top.x, y: top.y - 12, width: top.width + 4, height: bottom.y + bottom.height - top.y + 24 },
    });
  } finally {
    await browser.close();
    await server.close();
  }
  for (const name of ['playground.png', 'validate-terminal.png']) console.log(`wrote docs/images/${name}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
