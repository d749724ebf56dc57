import type { ValidationProgress } from '../../validate/index.js';
import { cliMessagesIn } from './messages.js';
import type { CliSay } from './messages.js';

/**
 * A progress line on stderr (records, records/s, percent of bytes), redrawn at most every
 * 200 ms. Created only when stderr is a TTY, not in CI, and the input is large.
 */
export class ProgressLine {
  private last = -Infinity;
  private drawn = false;
  private readonly started = performance.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly say: CliSay = cliMessagesIn('en'),
  ) {}

  update(p: ValidationProgress): void {
    const now = performance.now();
    if (now - this.last < 200) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(p.records / seconds) : 0;
    const pct = p.bytesTotal > 0 ? ` ${Math.min(100, Math.floor((p.bytesRead / p.bytesTotal) * 100))}%` : '';
    const file = p.file === '-' ? this.say('stdin') : p.file;
    const line = this.say('progress', {
      file,
      records: p.records.toLocaleString('en-US'),
      rate: rate.toLocaleString('en-US'),
      percent: pct,
    });
    this.stream.write(`\r\u001b[K${line}`); // CR + erase line
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\u001b[K'); // CR + erase line
    this.drawn = false;
  }
}

/** Whether to show progress: interactive stderr, not CI, large input. */
export function wantProgress(env: NodeJS.ProcessEnv, stream: NodeJS.WriteStream, large: boolean): boolean {
  return stream.isTTY === true && (env['CI'] === undefined || env['CI'] === '' || env['CI'] === 'false') && large;
}
