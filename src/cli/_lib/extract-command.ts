import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ArabicDate } from '../../arabic/index.js';
import { annotateArticle, extractDates, extractMeetings, extractMentions } from '../../extract/index.js';
import type { DraftMeeting, ExtractedMention } from '../../extract/index.js';
import { helpText } from './help.js';
import { LOCALE_OPTION, oneOf, parseCommandArgs } from './args.js';
import { cliText, meetingWord } from './messages.js';
import type { CliMessageId, CliSay } from './messages.js';
import type { OptionSpec } from './args.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

const FORMATS = ['text', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

const COLOURS: Record<string, string> = {
  person: '\u001b[35m', // magenta
  agency: '\u001b[36m', // cyan
  forum: '\u001b[33m', // yellow
  country: '\u001b[32m', // green
  date: '\u001b[4;34m', // underlined blue
};
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function refLabel(m: ExtractedMention, say: CliSay): string {
  if (m.ref === undefined) return m.name === undefined ? say('not_linked') : say('not_linked_name', { name: m.name });
  return m.ref.kind === 'country' ? m.ref.country : m.ref.id;
}

function validDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Options of `tansiq extract`. */
export const EXTRACT_OPTIONS = {
  reference: {
    type: 'string',
    short: 'r',
    needs: cliText('needs_date'),
    check: (raw: string) => (validDay(raw) ? raw : undefined),
  },
  url: {
    type: 'string',
    needs: cliText('needs_url'),
    check: (raw: string) => (/^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/.test(raw) ? raw : undefined),
  },
  format: oneOf(FORMATS, 'f'),
  locale: LOCALE_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const satisfies Readonly<Record<string, OptionSpec>>;

/** The text report: the article with mentions and dates marked, the mentions, the dates, the meetings. */
function formatText(
  text: string,
  mentions: readonly ExtractedMention[],
  dates: readonly ArabicDate[],
  meetings: readonly DraftMeeting[],
  colour: boolean,
  say: CliSay,
): string {
  const marks: { start: number; end: number; kind: string }[] = mentions.map((m) => ({
    start: m.span.start,
    end: m.span.end,
    kind: m.kind,
  }));
  for (const d of dates)
    if (!marks.some((m) => m.start < d.endIndex && d.index < m.end))
      marks.push({ start: d.index, end: d.endIndex, kind: 'date' });
  marks.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    out += text.slice(at, m.start);
    const inner = text.slice(m.start, m.end);
    out += colour ? `${COLOURS[m.kind] ?? ''}${inner}${RESET}` : `[${inner}]`;
    at = m.end;
  }
  out += text.slice(at);
  const c = (kind: string, s: string): string => (colour ? `${COLOURS[kind] ?? ''}${s}${RESET}` : s);
  const h = (s: string): string => (colour ? `${BOLD}${s}${RESET}` : s);
  const lines: string[] = [out.trimEnd(), '', h(say('extract_mentions', { n: mentions.length }))];
  // The kind of a mention, padded to 8 columns: the schema's word in English, a label in Arabic.
  const kind = (k: string): string => (say.language === 'en' ? k : say(`kind_${k}` as CliMessageId));
  for (const m of mentions) {
    lines.push(
      `  ${String(m.span.start).padStart(6)}-${String(m.span.end).padEnd(6)} ${c(m.kind, kind(m.kind).padEnd(8))} ${m.text}  ${colour ? DIM : ''}${refLabel(m, say)} ${m.confidence.toFixed(2)}${colour ? RESET : ''}`,
    );
  }
  lines.push('', h(say('extract_dates', { n: dates.length })));
  for (const d of dates)
    lines.push(
      `  ${String(d.index).padStart(6)}-${String(d.endIndex).padEnd(6)} ${c('date', d.iso.padEnd(10))} ${d.text}`,
    );
  lines.push('', h(say('extract_meetings', { n: meetings.length })));
  meetings.forEach((m, i) => {
    const parties = m.parties.map((p) => (p.kind === 'country' ? p.country : p.id));
    lines.push(
      `  ${i + 1}. ${m.kind === undefined ? say('meeting') : meetingWord(say, m.kind)} ${m.date ?? say('no_date_in_text')}${m.location?.city === undefined ? '' : say('in_city', { city: m.location.city })}${m.forumId === undefined ? '' : ` (${m.forumId})`}  ${say('confidence', { value: m.confidence.toFixed(2) })}`,
    );
    lines.push(`     ${say('parties', { list: parties })}`);
    for (const p of m.participants)
      lines.push(
        `     - ${p.name}${p.personId === undefined ? '' : ` → ${p.personId}`}${p.role === undefined ? '' : ` (${meetingWord(say, p.role)})`}`,
      );
    const quote = text.slice(m.evidence.start, m.evidence.end).replace(/\s+/g, ' ');
    lines.push(`     «${quote.length > 160 ? `${quote.slice(0, 157)}…` : quote}»`);
  });
  return `${lines.join('\n')}\n`;
}

/** `tansiq extract FILE|- [--reference YYYY-MM-DD] [--url URL] [--format text|json|jsonl]`. */
export async function extractCommand(args: string[], io: Io, say: CliSay): Promise<number> {
  const parsed = parseCommandArgs('extract', args, EXTRACT_OPTIONS);
  const values = parsed.values as { reference?: string; url?: string; format?: Format; help?: boolean };
  if (values.help === true) {
    io.stdout.write(helpText('extract', say.language));
    return 0;
  }
  if (parsed.positionals.length !== 1)
    throw new UsageError('extract_one_file', 'extract', { n: parsed.positionals.length });
  const format = values.format ?? 'text';
  const reference = values.reference;
  const url = values.url;
  if (format === 'jsonl' && reference === undefined) throw new UsageError('jsonl_needs_reference', 'extract');
  const file = parsed.positionals[0] as string;
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    const e = error as { code?: string; message?: string };
    io.stderr.write(`tansiq: ${say('cannot_read_file', { file, reason: e.code ?? e.message ?? String(error) })}\n`);
    return 2;
  }
  if (format === 'jsonl') {
    const fallback = `https://article.invalid/${encodeURIComponent(file === '-' ? 'stdin' : basename(file))}`;
    if (url === undefined) io.stderr.write(`tansiq: ${say('no_url', { url: fallback })}\n`);
    const { article, meetings, persons } = annotateArticle({
      text,
      url: url ?? fallback,
      reference: reference as string,
    });
    const lines = [...persons, ...meetings, article].map((r) => JSON.stringify(r));
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  }
  const options = reference === undefined ? {} : { reference };
  const mentions = extractMentions(text, options);
  const meetings = extractMeetings(text, options);
  const dates: ArabicDate[] = extractDates(text, options);
  if (format === 'json') {
    const out = {
      reference: reference ?? null,
      mentions,
      dates: dates.map((d) => ({
        text: d.text,
        span: { start: d.index, end: d.endIndex },
        value: d.iso,
        precision: d.precision,
        relative: d.relative,
      })),
      meetings,
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  const noColour = io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '';
  const colour = !noColour && (io.env['FORCE_COLOR'] !== undefined || io.stdout.isTTY === true);
  io.stdout.write(formatText(text, mentions, dates, meetings, colour, say));
  return 0;
}
