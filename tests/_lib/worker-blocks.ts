import { writeFileSync } from 'node:fs';

/**
 * A preload (for `node --import`) counting the blocks of lines a validation run posts to its
 * worker threads; it writes `blocks sent N` to stderr when the process exits (see {@link blocksSent}).
 */
export const BLOCK_COUNTER_PRELOAD = `import { createRequire, syncBuiltinESMExports } from 'node:module';
const threads = createRequire(import.meta.url)('node:worker_threads');
const Base = threads.Worker;
let blocks = 0;
threads.Worker = class extends Base {
  constructor(file, options) {
    super(file, options);
    const post = this.postMessage.bind(this);
    this.postMessage = (message, transfer) => {
      if (message?.bytes !== undefined) blocks++;
      return post(message, transfer);
    };
  }
};
syncBuiltinESMExports();
process.on('exit', () => process.stderr.write('blocks sent ' + blocks + '\\n'));
`;

/** The count {@link BLOCK_COUNTER_PRELOAD} wrote to `stderr` (0 when it wrote none). */
export function blocksSent(stderr: string): number {
  return Number(/blocks sent (\d+)/u.exec(stderr)?.[1] ?? 0);
}

/**
 * Writes `count` person records as JSON Lines, each citing a source; with `invalidEvery`, every
 * such record has a number for a name (an error). Enough of them (150,000: about 20 MB) keep a
 * run busy long after its worker threads are ready.
 */
export function writePersonLines(file: string, count: number, invalidEvery = 0): void {
  const lines: string[] = [];
  for (let k = 0; k < count; k++)
    lines.push(
      JSON.stringify({
        type: 'person',
        id: `person.p-${k}`,
        name: invalidEvery > 0 && k % invalidEvery === 0 ? 7 : `P ${k}`,
        sources: [{ url: `https://news.example.org/a/${k}`, method: 'manual' }],
      }),
    );
  writeFileSync(file, lines.join('\n') + '\n');
}
