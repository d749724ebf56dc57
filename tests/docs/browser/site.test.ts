/**
 * The docs site as a reader meets it, in Chromium: run after `npm run docs` (`npm run test:docs`).
 * Serves docs-site/ on 127.0.0.1 and drives Debian's chromium with playwright-core.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/docs/chromium.js';
import { serveFolder } from '../../../scripts/docs/serve.js';
import type { StaticServer } from '../../../scripts/docs/serve.js';
import { RECORD_TYPES } from '../../../src/schemas/index.js';

const site = join(import.meta.dirname, '../../../docs-site');
const PLAYGROUND = 'documents/Playground.html';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Requests to anything but the test server, by page. */
const outside: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(site, 'index.html')))
    throw new Error('docs-site/index.html is missing: run `npm run docs` first');
  const executablePath = findChromium();
  server = await serveFolder(site);
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`)) await route.continue();
    else {
      outside.push(url);
      await route.abort('blockedbyclient');
    }
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page of the site and records console errors and uncaught exceptions. */
async function open(path: string, page?: Page): Promise<{ page: Page; errors: string[] }> {
  const target = page ?? (await context.newPage());
  const errors: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  };
  const onError = (error: Error) => errors.push(`exception: ${error.message}`);
  target.on('console', onConsole);
  target.on('pageerror', onError);
  const response = await target.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
  if (response?.status() !== 200) errors.push(`HTTP ${response?.status()}`);
  target.off('console', onConsole);
  target.off('pageerror', onError);
  return { page: target, errors };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

describe('docs site in Chromium', () => {
  it('every guide and module page, the playground and a third of the API pages load with no console error and no request outside the site', async () => {
    const files = htmlFiles(site);
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain(PLAYGROUND);
    // API pages (one per export, 300 and growing) come from the same few TypeDoc templates: every
    // third one, by sorted path, covers each template while keeping the test under two minutes.
    const api = /^(?:classes|functions|interfaces|types|variables|enums)\//;
    let nth = 0;
    const picked = files.filter((file) => !api.test(file) || nth++ % 3 === 0);
    expect(picked.filter((file) => api.test(file)).length).toBeGreaterThan(50);
    const problems: string[] = [];
    const queue = [...picked];
    const workers = await Promise.all([1, 2, 3].map(() => context.newPage()));
    await Promise.all(
      workers.map(async (page) => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          const before = outside.length;
          const { errors } = await open(file, page);
          for (const error of errors) problems.push(`${file}: ${error}`);
          for (const url of outside.slice(before)) problems.push(`${file}: request outside the site: ${url}`);
        }
      }),
    );
    await Promise.all(workers.map((page) => page.close()));
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  }, 600_000);

  it('the data-model guide shows the record-reference diagram as an SVG picture naming every record type', async () => {
    const { page } = await open('documents/Data_model.html');
    const image = page.locator('img[src$="record-references.svg"]');
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(300);
    expect((await image.boundingBox())?.width).toBeGreaterThan(300);
    const svg = await page.evaluate(
      async (src) => {
        const response = await fetch(src);
        return { type: response.headers.get('content-type'), text: await response.text() };
      },
      await image.evaluate((img: HTMLImageElement) => img.src),
    );
    expect(svg.type).toBe('image/svg+xml');
    const texts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return [...doc.querySelectorAll('text')].map((node) => node.textContent);
    }, svg.text);
    for (const type of RECORD_TYPES) expect(texts).toContain(type);
    expect(await image.getAttribute('alt')).toMatch(/record types/);
    await page.close();
  });

  it('isolates every Arabic run in code, so each reads right to left in place', async () => {
    for (const path of [
      'index.html',
      'documents/Arabic_dates.html',
      'documents/Arabic_names.html',
      'functions/tansiq.parseArabicDate.html',
    ]) {
      const { page, errors } = await open(path);
      expect(errors, path).toEqual([]);
      const report = await page.evaluate(() => {
        const arabic = /\p{Script=Arabic}/u;
        const bad: string[] = [];
        let isolated = 0;
        for (const code of document.querySelectorAll('code')) {
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            if (!arabic.test(node.textContent ?? '')) continue;
            const holder = node.parentElement?.closest('.tq-bidi');
            const style = holder ? getComputedStyle(holder) : undefined;
            if (!style || !['isolate', 'plaintext'].includes(style.unicodeBidi)) bad.push(node.textContent ?? '');
            else isolated += 1;
          }
        }
        return { bad, isolated };
      });
      expect(report.bad, path).toEqual([]);
      expect(report.isolated, path).toBeGreaterThan(0);
      await page.close();
    }
  });

  it('lays out an Arabic string in code right to left between its quotes', async () => {
    const { page } = await open('index.html');
    const layout = await page.evaluate(() => {
      const bdi = [...document.querySelectorAll('pre code .tq-bidi')].find((node) =>
        node.textContent?.startsWith('الثلاثاء 14 يونيو'),
      );
      if (!bdi || !bdi.firstChild) return undefined;
      const text = bdi.firstChild;
      const rect = (node: Node, start: number, end: number) => {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        return range.getBoundingClientRect();
      };
      const content = text.textContent ?? '';
      const box = bdi.getBoundingClientRect();
      const before = bdi.previousSibling;
      const after = bdi.nextSibling;
      return {
        direction: getComputedStyle(bdi).direction,
        weekday: rect(text, 0, 'الثلاثاء'.length),
        year: rect(text, content.indexOf('2022'), content.indexOf('2022') + 4),
        box: { left: box.left, right: box.right },
        quoteBefore: before
          ? rect(before, (before.textContent ?? '').length - 1, (before.textContent ?? '').length)
          : undefined,
        quoteAfter: after ? rect(after, 0, 1) : undefined,
      };
    });
    expect(layout, "the README example `parseArabicDate('الثلاثاء 14 يونيو …')` is on the home page").toBeDefined();
    if (layout === undefined) return;
    expect(['rtl', 'ltr']).toContain(layout.direction);
    // Right to left inside the string: the weekday (first word) is right of the year (last).
    expect(layout.weekday.left).toBeGreaterThan(layout.year.right - 1);
    // The quotes stay on their sides: the code around reads left to right.
    expect(layout.quoteBefore?.right).toBeLessThanOrEqual(layout.box.left + 1);
    expect(layout.quoteAfter?.left).toBeGreaterThanOrEqual(layout.box.right - 1);
    await page.close();
  });

  it('search finds an export', async () => {
    const { page } = await open('index.html');
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', 'findArabicDates');
    const result = page.locator('#tsd-search-results a', { hasText: 'findArabicDates' }).first();
    await result.waitFor({ timeout: 10_000 });
    await result.click();
    await page.waitForURL(/findArabicDates\.html/);
    expect(await page.locator('h1').first().textContent()).toContain('findArabicDates');
    await page.close();
  });

  it('the playground finds dates live and compares and romanizes names', async () => {
    const { page, errors } = await open(PLAYGROUND);
    expect(errors).toEqual([]);
    await page.locator('#tq-playground.tq-ready').waitFor();
    const text = page.getByLabel('Text to read');
    await text.fill('الثلاثاء 14 يونيو (حزيران) 2022');
    const row = page.locator('#tq-dates-table tbody tr').first();
    await expect
      .poll(() => row.locator('td').allTextContents())
      .toEqual(['1', 'الثلاثاء 14 يونيو (حزيران) 2022', '2022-06-14', 'day', 'gregorian', '2022-06-14', '']);
    expect(await page.locator('#tq-dates-table tbody tr').count()).toBe(1);
    expect(await page.locator('#tq-dates-marked mark').textContent()).toBe('الثلاثاء 14 يونيو (حزيران) 2022');
    expect(await text.getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#tq-dates-status').textContent()).toBe('1 date found');

    // Typed with the keyboard, live: a Hijri date and a relative one with the article date.
    await text.fill('');
    await text.pressSequentially('في 15 رمضان 1444 هـ');
    await expect.poll(() => page.locator('#tq-dates-table tbody td:nth-child(5)').allTextContents()).toEqual(['hijri']);
    await text.fill('وصل الوفد أمس');
    await page.getByLabel(/Article date/).fill('2021-12-18');
    await expect
      .poll(() => page.locator('#tq-dates-table tbody td:nth-child(3)').allTextContents())
      .toEqual(['2021-12-17']);

    await page.getByLabel('First name').fill('عبد اللطيف حموشي');
    await page.getByLabel('Second name').fill('Abdellatif Hammouchi');
    await expect.poll(() => page.locator('#tq-name-match').textContent()).toMatch(/^match/);
    expect(Number(await page.locator('#tq-name-score').textContent())).toBeGreaterThan(0.65);
    await page.getByLabel('Second name').fill('Mohammed Salah');
    await expect.poll(() => page.locator('#tq-name-match').textContent()).toMatch(/^no match/);

    await page.getByLabel('Arabic name').fill('عبد اللطيف حموشي');
    await page.getByLabel('Style').selectOption('mashreq');
    const mashreq = await page.locator('#tq-romanized').textContent();
    await page.getByLabel('Style').selectOption('ala-lc');
    const alaLc = await page.locator('#tq-romanized').textContent();
    expect(mashreq).toMatch(/^Abdul/);
    expect(alaLc).toMatch(/^ʻAbd al-/);
    await page.close();
  });

  it('the playground highlights linked mentions by kind and lists the draft meetings', async () => {
    const { page, errors } = await open(PLAYGROUND);
    expect(errors).toEqual([]);
    await page.locator('#tq-playground.tq-ready').waitFor();
    // The page's own sample text: a meeting in Madrid, linked to both ministers.
    await expect.poll(() => page.locator('#tq-meetings-list > li').count()).toBe(1);
    expect(await page.locator('#tq-meetings-list').textContent()).toContain('person.abdelouafi-laftit');

    const sentence =
      'استقبل المدير العام للأمن الوطني عبد اللطيف حموشي، أمس الاثنين بالرباط، مدير مكتب التحقيقات الفيدرالي كريستوفر راي.';
    await page.getByLabel('Text to read').fill(sentence);
    await page.getByLabel(/Article date/).fill('2023-02-21');
    const person = page.locator('#tq-mentions-table tbody tr', { hasText: 'عبد اللطيف حموشي' });
    await expect
      .poll(() => person.locator('td').allTextContents())
      .toEqual(['2', 'عبد اللطيف حموشي', 'person', '33–49', 'person.abdellatif-hammouchi', '0.95', '']);
    expect(await page.locator('#tq-mentions-table tbody tr').count()).toBe(4);
    const marks = page.locator('#tq-mentions-marked mark');
    expect(await marks.allTextContents()).toEqual([
      'لأمن الوطني',
      'عبد اللطيف حموشي',
      'مكتب التحقيقات الفيدرالي',
      'كريستوفر راي',
    ]);
    expect(await marks.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-kind')))).toEqual([
      'agency',
      'person',
      'agency',
      'person',
    ]);
    expect(await page.locator('#tq-mentions-marked').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#tq-extract-status').textContent()).toBe('4 mentions (4 linked), 1 draft meeting found');

    const meeting = page.locator('#tq-meetings-list > li');
    expect(await meeting.count()).toBe(1);
    const fields = await meeting.locator('dt').allTextContents();
    const values = await meeting.locator(':scope > dl > dd').allTextContents();
    const described = Object.fromEntries(fields.map((field, i) => [field, values[i]]));
    expect(described).toMatchObject({
      Date: '2023-02-20',
      Place: 'Rabat, MA',
      Parties: 'country MA; country US; agency.ma-dgsn; agency.us-fbi',
    });
    expect(await meeting.locator('.tq-participant').allTextContents()).toEqual([
      'عبد اللطيف حموشي (person.abdellatif-hammouchi, host, MA)',
      'كريستوفر راي (person.christopher-wray, visitor, US)',
    ]);
    expect(await meeting.locator('blockquote').textContent()).toBe(sentence.slice(0, -1));

    // Unticking a kind (keyboard: focus the box, press Space) leaves its mentions plain.
    await page.getByLabel(/^Agencies/).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => marks.allTextContents()).toEqual(['عبد اللطيف حموشي', 'كريستوفر راي']);

    // An unknown name is found but not linked.
    await page.getByLabel('Text to read').fill('استقبل وزير الداخلية كريم الزهراوي نظيره');
    const unknown = page.locator('#tq-mentions-table tbody tr', { hasText: 'كريم الزهراوي' });
    await expect
      .poll(() => unknown.locator('td').allTextContents())
      .toEqual(['2', 'كريم الزهراوي', 'person', '21–34', 'not linked', '0.60', 'Karim Zahraoui']);
    await page.close();
  });

  it('the header links the playground from every page', async () => {
    const { page } = await open('documents/Getting_started.html');
    await page.getByRole('link', { name: 'Playground' }).first().click();
    await page.waitForURL(/Playground\.html$/);
    expect(await page.title()).toMatch(/^Playground/);
    await page.close();
  });

  it('the home page shows its title once', async () => {
    const { page } = await open('index.html');
    expect(await page.locator('h1').allTextContents()).toEqual(['tansiq']);
    await page.close();
  });

  for (const path of ['index.html', 'documents/Data_model.html', PLAYGROUND]) {
    it(`axe finds no serious or critical violation on ${path}`, async () => {
      const { page } = await open(path);
      if (path === PLAYGROUND) await page.locator('#tq-playground.tq-ready').waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      expect(serious).toEqual([]);
      await page.close();
    }, 300_000);
  }
});
