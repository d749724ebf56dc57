import { describe, expect, it } from 'vitest';
import { isolateArabicInCode, isolateArabicText } from '../../scripts/docs/bidi.js';
import { transformPage } from '../../scripts/docs/typedoc-plugin.js';

const rtl = (run: string) => `<bdi dir="rtl" class="tq-bidi">${run}</bdi>`;

describe('isolateArabicText', () => {
  it('isolates the whole content of a highlighted string token, quotes outside', () => {
    expect(isolateArabicText('&#39;29 سبتمبر (أيلول) 2020&#39;')).toBe(
      '&#39;<bdi dir="auto" class="tq-bidi">29 سبتمبر (أيلول) 2020</bdi>&#39;',
    );
    expect(isolateArabicText('"المدير العام DGSN"')).toBe('"<bdi dir="auto" class="tq-bidi">المدير العام DGSN</bdi>"');
  });

  it('isolates each Arabic run of other text, with its digits and parentheses, not the code around it', () => {
    expect(isolateArabicText('parseArabicDate(&#39;29 سبتمبر (أيلول) 2020&#39;).iso')).toBe(
      `parseArabicDate(&#39;${rtl('29 سبتمبر (أيلول) 2020')}&#39;).iso`,
    );
    expect(isolateArabicText('// 18 دجنبر 2021 → 2021-12-18')).toBe(`// ${rtl('18 دجنبر 2021')} → 2021-12-18`);
    expect(isolateArabicText('(أيلول) and')).toBe(`(${rtl('أيلول')}) and`);
    expect(isolateArabicText('فبراير (آذار)')).toBe(rtl('فبراير (آذار)'));
    expect(isolateArabicText('هل؟ نعم، لا.')).toBe(`${rtl('هل؟ نعم، لا')}.`);
    expect(isolateArabicText('عربي)))')).toBe(`${rtl('عربي')})))`);
    expect(isolateArabicText('١٨/١٢/٢٠٢١')).toBe(rtl('١٨/١٢/٢٠٢١'));
  });

  it('leaves text without Arabic unchanged', () => {
    for (const text of ['', "const x = '2021-12-18';", 'index: 4, endIndex: 17', "it's"])
      expect(isolateArabicText(text)).toBe(text);
  });

  it('is linear on long adversarial input (time against plain Arabic text of the same length)', () => {
    const n = 40_000;
    const time = (text: string) => {
      const started = performance.now();
      for (let i = 0; i < 3; i += 1) isolateArabicText(text);
      return performance.now() - started;
    };
    const plain = 'عربي '.repeat(n / 5);
    const adversarial = [`${'(أ '.repeat(n / 3)}x`, `أ${')'.repeat(n)}`, `أ${' ('.repeat(n / 2)}`];
    const baseline = time(plain);
    for (const text of adversarial) expect(time(text) / Math.max(baseline, 1)).toBeLessThan(20);
  });
});

describe('isolateArabicInCode', () => {
  it('works inside <code> elements only, between tags', () => {
    const html =
      '<p>نص عربي</p><code><span class="hl-2">&#39;عبد اللطيف&#39;</span>)</code><code class="ts">x // حموشي</code><codex>عربي</codex>';
    expect(isolateArabicInCode(html)).toBe(
      `<p>نص عربي</p><code><span class="hl-2">&#39;<bdi dir="auto" class="tq-bidi">عبد اللطيف</bdi>&#39;</span>)</code><code class="ts">x // ${rtl('حموشي')}</code><codex>عربي</codex>`,
    );
  });

  it('survives unterminated markup', () => {
    expect(isolateArabicInCode('<code>عربي')).toBe('<code>عربي');
    expect(isolateArabicInCode('<code>x <span')).toBe('<code>x <span');
  });
});

describe('transformPage', () => {
  const page = (title: string) =>
    `<header><div id="tsd-toolbar-links"></div></header><div class="tsd-page-title">\n<h1>${title}</h1></div>\n<div class="tsd-panel tsd-typography"><h1 id="x">${title}</h1></div></body>`;

  it('drops the theme title of the home page, whose README has its own heading', () => {
    expect(transformPage('index.html', page('tansiq')).match(/<h1/g)).toHaveLength(1);
    expect(transformPage('modules.html', page('tansiq')).match(/<h1/g)).toHaveLength(2);
  });

  it('links the playground with a path relative to the page', () => {
    expect(transformPage('index.html', page('x'))).toContain('<a href="documents/Playground.html">Playground</a>');
    expect(transformPage('functions/arabic.parseArabicDate.html', page('x'))).toContain(
      '<a href="../documents/Playground.html">Playground</a>',
    );
  });

  it('loads the library bundles and the playground on the playground page only', () => {
    expect(transformPage('documents/Playground.html', page('Playground'))).toContain(
      '<script src="../assets/tansiq/arabic.js"></script><script src="../assets/tansiq/extract.js"></script>' +
        '<script src="../assets/playground.js"></script></body>',
    );
    expect(transformPage('documents/Data_model.html', page('Data model'))).not.toContain('playground.js');
  });
});
