import type { ArabicDate } from '../../src/arabic/index.js';
import { h, library, setDirection } from './lib.js';
import type { Panel } from './lib.js';

function notes(date: ArabicDate): string {
  const parts: string[] = [];
  if (date.range !== undefined) parts.push('range');
  if (date.relative) parts.push('relative to the article date');
  if (date.part !== undefined) parts.push(`${date.part} part of the period`);
  if (date.weekdayMismatch) parts.push('the weekday contradicts the date (the date wins)');
  if (date.hijri !== undefined) {
    const { year, month, day } = date.hijri;
    parts.push(`Hijri ${[year, month, day].filter((n) => n !== undefined).join('-')}`);
  }
  return parts.join('; ');
}

/** Dates found in the text: highlighted in place, and listed with ISO value, precision and calendar. */
export const datesPanel: Panel = {
  id: 'dates',
  title: 'Dates found',
  mount(section, context) {
    const status = h('p', { id: 'tq-dates-status', role: 'status', 'aria-live': 'polite' });
    const marked = h('p', { id: 'tq-dates-marked', class: 'tq-marked' });
    const body = h('tbody');
    const table = h(
      'table',
      { id: 'tq-dates-table', class: 'tq-table' },
      h('caption', {}, 'Each date found by findArabicDates'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['#', 'Text', 'ISO', 'Precision', 'Calendar', 'Days', 'Notes'].map((label) =>
            h('th', { scope: 'col' }, label),
          ),
        ),
      ),
      body,
    );
    const error = h('p', { id: 'tq-dates-error', class: 'tq-error', role: 'alert', hidden: '' });
    section.append(status, marked, table, error);

    context.onChange(() => {
      const text = context.text();
      const reference = context.reference();
      let dates: ArabicDate[];
      try {
        dates = library('arabic').findArabicDates(text, reference === undefined ? undefined : { reference });
        error.hidden = true;
      } catch (caught) {
        dates = [];
        error.textContent = caught instanceof Error ? caught.message : String(caught);
        error.hidden = false;
      }
      status.textContent = dates.length === 1 ? '1 date found' : `${dates.length} dates found`;

      setDirection(marked, text);
      const pieces: (Node | string)[] = [];
      let at = 0;
      dates.forEach((date, i) => {
        pieces.push(text.slice(at, date.index));
        pieces.push(h('mark', { title: `${i + 1}: ${date.iso}` }, text.slice(date.index, date.endIndex)));
        at = date.endIndex;
      });
      pieces.push(text.slice(at));
      marked.replaceChildren(...pieces);

      body.replaceChildren(
        ...dates.map((date, i) =>
          h(
            'tr',
            {},
            h('td', {}, String(i + 1)),
            h('td', { lang: 'ar', dir: 'rtl' }, date.text),
            h('td', { class: 'tq-iso' }, h('code', {}, date.iso)),
            h('td', {}, date.precision),
            h('td', {}, date.calendar),
            h('td', {}, date.start === date.end ? date.start : `${date.start} – ${date.end}`),
            h('td', {}, notes(date)),
          ),
        ),
      );
      table.hidden = dates.length === 0;
    });
  },
};
