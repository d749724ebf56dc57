import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/docs/chromium.js';
import { ansiToHtml } from '../../scripts/docs/screenshots.js';
import { serveFolder } from '../../scripts/docs/serve.js';

describe('findChromium', () => {
  const saved = process.env['CHROMIUM_PATH'];
  afterEach(() => {
    if (saved === undefined) delete process.env['CHROMIUM_PATH'];
    else process.env['CHROMIUM_PATH'] = saved;
  });

  it('fails with a clear message when CHROMIUM_PATH names no file (never skips)', () => {
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    expect(() => findChromium()).toThrow('CHROMIUM_PATH=/nonexistent/chromium does not exist');
  });
});

describe('ansiToHtml', () => {
  it('turns the CLI colours into spans and escapes the rest', () => {
    expect(ansiToHtml('a.jsonl:1:2: \u001b[31merror\u001b[0m \u001b[2m[invalid_json]\u001b[0m <x> & y')).toBe(
      'a.jsonl:1:2: <span class="red">error</span> <span class="dim">[invalid_json]</span> &lt;x&gt; &amp; y',
    );
  });
});

describe('serveFolder', () => {
  it('serves files of its folder only', async () => {
    const server = await serveFolder(new URL('../../docs', import.meta.url).pathname);
    try {
      const page = await fetch(`${server.origin}/playground.md`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('tq-playground');
      expect((await fetch(`${server.origin}/guides/images/layers.svg`)).headers.get('content-type')).toBe(
        'image/svg+xml',
      );
      expect((await fetch(`${server.origin}/missing.html`)).status).toBe(404);
      expect((await fetch(`${server.origin}/..%2fpackage.json`)).status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
