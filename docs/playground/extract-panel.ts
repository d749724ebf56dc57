import type { PartyRef } from '../../src/schemas/index.js';
import type { DraftMeeting, DraftParticipant, ExtractedMention, MentionKind } from '../../src/extract/index.js';
import { h, library, setDirection } from './lib.js';
import type { Panel } from './lib.js';

/** The mention kinds, in legend order, with the word the page uses for each. */
const KINDS: readonly (readonly [MentionKind, string])[] = [
  ['person', 'Persons'],
  ['agency', 'Agencies'],
  ['forum', 'Forums'],
  ['country', 'Countries'],
];

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What a reference points at: the record id, or the country code. */
function target(ref: PartyRef | undefined): string {
  if (ref === undefined) return 'not linked';
  return ref.kind === 'country' ? `country ${ref.country}` : ref.id;
}

function participant(p: DraftParticipant): (Node | string)[] {
  const details = [p.personId ?? 'not linked', p.role, p.country].filter((part) => part !== undefined).join(', ');
  return [h('bdi', { lang: 'ar', dir: 'auto' }, p.name), ` (${details})`];
}

function place(meeting: DraftMeeting): string {
  const { city, country } = meeting.location ?? {};
  return [city, country].filter((part) => part !== undefined).join(', ') || 'not given';
}

/** One row of a meeting's description list. */
function entry(term: string, ...value: (Node | string)[]): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, ...value)];
}

/**
 * Mentions (persons, agencies, forums, countries) highlighted in the text by kind and listed with
 * their span and linked record, and the draft meetings read in the text.
 */
export const extractPanel: Panel = {
  id: 'extract',
  title: 'Mentions and draft meetings',
  mount(section, context) {
    const status = h('p', { id: 'tq-extract-status', role: 'status', 'aria-live': 'polite' });
    const shown = new Set<MentionKind>(KINDS.map(([kind]) => kind));
    const counts = new Map<MentionKind, HTMLElement>();
    const legend = h(
      'fieldset',
      { class: 'tq-fieldset tq-kinds', id: 'tq-mention-kinds' },
      h('legend', {}, 'Highlight mentions of'),
      ...KINDS.map(([kind, label]) => {
        const id = `tq-show-${kind}`;
        const box = h('input', { type: 'checkbox', id, value: kind, checked: '' });
        box.addEventListener('change', () => {
          if (box.checked) shown.add(kind);
          else shown.delete(kind);
          render();
        });
        const count = h('span', { class: 'tq-count' });
        counts.set(kind, count);
        return h(
          'span',
          { class: 'tq-kind-choice' },
          box,
          h('label', { for: id }, h('mark', { class: `tq-kind tq-kind-${kind}` }, label), ' ', count),
        );
      }),
    );
    const marked = h('p', { id: 'tq-mentions-marked', class: 'tq-marked', 'aria-describedby': 'tq-mention-kinds' });
    const mentionRows = h('tbody');
    const mentionTable = h(
      'table',
      { id: 'tq-mentions-table', class: 'tq-table' },
      h('caption', {}, 'Each mention found by extractMentions'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['#', 'Text', 'Kind', 'Span', 'Linked to', 'Confidence', 'Name'].map((label) =>
            h('th', { scope: 'col' }, label),
          ),
        ),
      ),
      mentionRows,
    );
    const meetingsHeading = h('h3', { id: 'tq-meetings-heading' }, 'Draft meetings (extractMeetings)');
    const meetingsList = h('ol', {
      id: 'tq-meetings-list',
      class: 'tq-meetings',
      'aria-labelledby': meetingsHeading.id,
    });
    const noMeeting = h('p', { id: 'tq-meetings-none' }, 'No meeting reported in the text.');
    const error = h('p', { id: 'tq-extract-error', class: 'tq-error', role: 'alert', hidden: '' });
    section.append(status, legend, marked, mentionTable, meetingsHeading, meetingsList, noMeeting, error);

    let text = '';
    let mentions: ExtractedMention[] = [];

    /** Redraws the highlighted text: the kinds the reader unticked are left plain. */
    function render(): void {
      setDirection(marked, text);
      const pieces: (Node | string)[] = [];
      let at = 0;
      mentions.forEach((mention, i) => {
        const { start, end } = mention.span;
        if (start < at || !shown.has(mention.kind)) return;
        pieces.push(text.slice(at, start));
        pieces.push(
          h(
            'mark',
            {
              class: `tq-kind tq-kind-${mention.kind}`,
              'data-kind': mention.kind,
              title: `${i + 1}: ${mention.kind}, ${target(mention.ref)}`,
            },
            text.slice(start, end),
          ),
        );
        at = end;
      });
      pieces.push(text.slice(at));
      marked.replaceChildren(...pieces);
    }

    context.onChange(() => {
      text = context.text();
      const reference = context.reference();
      const options = reference === undefined ? {} : { reference };
      let meetings: DraftMeeting[];
      try {
        const extract = library('extract');
        mentions = extract.extractMentions(text, options).sort((a, b) => a.span.start - b.span.start);
        meetings = extract.extractMeetings(text, options);
        error.hidden = true;
      } catch (caught) {
        mentions = [];
        meetings = [];
        error.textContent = caught instanceof Error ? caught.message : String(caught);
        error.hidden = false;
      }

      const linked = mentions.filter((mention) => mention.ref !== undefined).length;
      status.textContent =
        `${plural(mentions.length, 'mention', 'mentions')} (${linked} linked), ` +
        `${plural(meetings.length, 'draft meeting', 'draft meetings')} found`;
      for (const [kind, count] of counts)
        count.textContent = `(${mentions.filter((mention) => mention.kind === kind).length})`;
      render();

      mentionRows.replaceChildren(
        ...mentions.map((mention, i) =>
          h(
            'tr',
            { 'data-kind': mention.kind },
            h('td', {}, String(i + 1)),
            h('td', { lang: 'ar', dir: 'rtl' }, mention.text),
            h('td', {}, h('mark', { class: `tq-kind tq-kind-${mention.kind}` }, mention.kind)),
            h('td', { class: 'tq-iso' }, h('code', {}, `${mention.span.start}–${mention.span.end}`)),
            h(
              'td',
              { class: mention.ref === undefined ? 'tq-no' : '' },
              mention.ref === undefined ? 'not linked' : h('code', {}, target(mention.ref)),
            ),
            h('td', {}, mention.confidence.toFixed(2)),
            h('td', {}, mention.name ?? ''),
          ),
        ),
      );
      mentionTable.hidden = mentions.length === 0;

      meetingsList.replaceChildren(
        ...meetings.map((meeting, i) => {
          const quote = text.slice(meeting.evidence.start, meeting.evidence.end);
          return h(
            'li',
            { class: 'tq-meeting' },
            h(
              'dl',
              { 'aria-label': `Draft meeting ${i + 1}` },
              ...entry('Date', meeting.date === undefined ? 'not given' : h('code', {}, meeting.date)),
              ...entry('Place', place(meeting)),
              ...entry('Kind', meeting.kind ?? 'not given'),
              ...entry('Parties', meeting.parties.map((party) => target(party)).join('; ') || 'none'),
              ...entry(
                'Participants',
                meeting.participants.length === 0
                  ? 'none'
                  : h(
                      'ul',
                      {},
                      ...meeting.participants.map((p) => h('li', { class: 'tq-participant' }, ...participant(p))),
                    ),
              ),
              ...(meeting.forumId === undefined ? [] : entry('Forum', h('code', {}, meeting.forumId))),
              ...entry('Confidence', meeting.confidence.toFixed(2)),
              ...entry(
                'Evidence',
                h('blockquote', { class: 'tq-evidence', lang: 'ar', dir: 'rtl' }, quote),
                h('span', { class: 'tq-span' }, ` characters ${meeting.evidence.start}–${meeting.evidence.end}`),
              ),
            ),
          );
        }),
      );
      meetingsList.hidden = meetings.length === 0;
      noMeeting.hidden = meetings.length !== 0;
    });
  },
};
