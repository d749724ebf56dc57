/**
 * `tansiq validate` throughput and memory on a synthetic dataset of typical records (persons,
 * memberships, meetings: 1,000,000 records, ~20,000 with BENCH_SMOKE=1) written to
 * bench/.data/ (gitignored). Each measurement runs in its own child process (this file re-run
 * with `--child <mode>`), so peak RSS (`process.resourceUsage().maxRSS`) is that run's alone.
 *
 * Prints, in one run: records/s of a bare `readline` + `JSON.parse` loop (the floor nothing can
 * beat), of a bare loop over tansiq's own byte splitter, of `validateFiles` on one core (schema,
 * names, sources, references, lifetimes…), the ratio to the bare loop (target ≥ 60%), peak RSS
 * (target < 300 MB), the bundled bin on one thread and with `--jobs 2` worker threads (timed
 * from outside, startup included), and ajv on the generated JSON Schema (per-record schema check
 * only) as a reference point.
 *
 *   npx tsx bench/validate.bench.ts          # full run (writes ~0.5 GB once)
 *   BENCH_SMOKE=1 npx tsx bench/validate.bench.ts
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { binProgramApart } from '../scripts/_lib/bin-program-apart.js';

const smoke = process.env['BENCH_SMOKE'] === '1';
const N = smoke ? 20_000 : 1_000_000;
const here = fileURLToPath(import.meta.url);
const dataDir = join(import.meta.dirname, '.data');
const file = join(dataDir, `validate-${N}.jsonl`);
const binDir = join(dataDir, 'bin');
/** The bin's first file, in the bench's build of it. */
const binFile = join(binDir, 'cli', 'index.js');

interface Report {
  records: number;
  /** Wall-clock time of the run. */
  ms: number;
  /** CPU time (user + system) of the whole process during the run; NaN when not measured. */
  cpuMs: number;
  rssMb: number;
  errors?: number;
  /**
   * CPU time of each thread of the bin (ms, sampled from /proc every few milliseconds until it
   * exits; Linux only): the main thread, the busiest other thread (the worker under --jobs 2) and
   * all the others together (V8's garbage-collection and compiler helpers, I/O).
   */
  threads?: { main: number; busiest: number; others: number };
}

/** Deterministic pseudo-random numbers (xorshift). */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['MA', 'ES', 'FR', 'US', 'DZ', 'TN', 'EG', 'SA', 'NL', 'DE', 'IT', 'NG'];

/** Writes the dataset: a few forums and agencies, then persons, memberships and meetings. */
async function generate(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const out = createWriteStream(file);
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  let written = 0;
  const write = async (rec: unknown): Promise<void> => {
    if (!out.write(JSON.stringify(rec) + '\n')) await once(out, 'drain');
    written++;
  };
  const src = (i: number): unknown[] => [
    { url: `https://news.example.org/a/${i}`, quote: 'استقبل المدير العام وفدا أمنيا', method: 'manual' },
  ];
  const agencies: string[] = [];
  for (const c of COUNTRIES) {
    const id = `agency.bench-police-${c.toLowerCase()}`;
    agencies.push(id);
    await write({
      type: 'agency',
      id,
      names: [
        { value: `National Police ${c}`, lang: 'en', kind: 'official' },
        { value: 'المديرية العامة للأمن الوطني', lang: 'ar', kind: 'official' },
      ],
      kind: 'police',
      country: c,
      founded: '1956',
      sources: src(0),
    });
  }
  await write({
    type: 'forum',
    id: 'forum.bench-forum',
    names: [{ value: 'Bench Forum', lang: 'en', kind: 'official' }],
    kind: 'informal-platform',
    founded: '2011-09-22',
    chairModel: { seats: 2 },
    sources: src(0),
  });
  let persons = 0;
  while (written < N) {
    const r = rand();
    if (r < 0.34 || persons < 10) {
      const c = pick(COUNTRIES);
      await write({
        type: 'person',
        id: `person.bench-${persons}`,
        name: `Person Number ${persons}`,
        names: [
          { value: 'عبد اللطيف حموشي', lang: 'ar', kind: 'native', preferred: true },
          { value: `Person Number ${persons}`, lang: 'fr', kind: 'transliteration' },
        ],
        gender: 'male',
        nationalities: [c],
        sources: src(written),
      });
      persons++;
    } else if (r < 0.67) {
      await write({
        type: 'membership',
        id: `membership.bench-${written}`,
        member: { kind: 'person', id: `person.bench-${Math.floor(rand() * persons)}` },
        organizationId: pick(agencies),
        role: 'officer',
        interval: { start: '2015-05', status: 'current' },
        sources: src(written),
      });
    } else {
      const a = pick(COUNTRIES);
      const b = pick(COUNTRIES.filter((x) => x !== a));
      const pa = `person.bench-${Math.floor(rand() * persons)}`;
      const pb = `person.bench-${Math.floor(rand() * persons)}`;
      await write({
        type: 'meeting',
        id: `meeting.bench-${written}`,
        title: [{ value: 'لقاء ثنائي لتعزيز التعاون الأمني', lang: 'ar' }],
        kind: 'bilateral-visit',
        format: 'in-person',
        status: 'held',
        start: `20${12 + Math.floor(rand() * 12)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
        location: { city: 'Rabat', country: a },
        hostCountry: a,
        hostAgencyId: `agency.bench-police-${a.toLowerCase()}`,
        forumId: 'forum.bench-forum',
        delegations: [
          { id: 'host', party: { kind: 'country', country: a }, headPersonId: pa, memberPersonIds: [pa] },
          { id: 'guest', party: { kind: 'country', country: b }, headPersonId: pb, memberPersonIds: [pb] },
        ],
        participants: [
          { ref: { kind: 'person', id: pa }, delegationId: 'host', roles: ['host', 'head-of-delegation'] },
          { ref: { kind: 'person', id: pb }, delegationId: 'guest', roles: ['visitor', 'head-of-delegation'] },
        ],
        topics: ['terrorism', 'police-cooperation'],
        sources: src(written),
      });
    }
  }
  out.end();
  await once(out, 'finish');
}

// ---------------------------------------------------------------- children

async function child(mode: string, file: string): Promise<Report> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let records = 0;
  let errors = 0;
  if (mode === 'bare-readline') {
    const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const line of rl) {
      if (line.length === 0) continue;
      JSON.parse(line);
      records++;
    }
  } else if (mode === 'bare-split') {
    let carry: Buffer | undefined;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      const buf = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
      let start = 0;
      let nl = buf.indexOf(10, start);
      while (nl !== -1) {
        if (nl > start) {
          JSON.parse(buf.toString('utf8', start, nl));
          records++;
        }
        start = nl + 1;
        nl = buf.indexOf(10, start);
      }
      carry = start < buf.length ? buf.subarray(start) : undefined;
    }
  } else if (mode === 'ajv') {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const addFormats = (await import('ajv-formats')).default as unknown as (ajv: InstanceType<typeof Ajv2020>) => void;
    const { jsonSchemaFiles } = await import('../src/schemas/index.js');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(jsonSchemaFiles()['record.json'] as object);
    const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const line of rl) {
      if (line.length === 0) continue;
      if (!validate(JSON.parse(line))) errors++;
      records++;
    }
  } else if (mode === 'validate') {
    const { validateFiles } = await import('../src/validate/index.js');
    const r = await validateFiles([file]);
    records = r.summary.records;
    errors = r.summary.errors;
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { records, ms, cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024, errors };
}

/** GNU time, to read the peak RSS and CPU time of the bin (all its threads); absent off Linux. */
const GNU_TIME = '/usr/bin/time';

/** CPU time (ms) of each thread of a process, from /proc (empty off Linux or once it has exited). */
function threadTimes(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), ((Number(f[11]) + Number(f[12])) * 1000) / 100);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/**
 * Runs the bundled bin (`node bin/cli/index.js validate --jobs N`) and times it from outside; under
 * GNU time (when present) also its peak RSS and CPU time (user + system, every thread), and with
 * `sampleThreads` (on Linux) the CPU time of each of its threads. Sampling reads /proc every few
 * milliseconds from this process, which takes CPU time the bin's threads would otherwise have
 * (a few percent of a core: enough to lower the --jobs 2 speed-up on a 2-core machine), so the
 * timed runs do not sample.
 */
async function runBin(jobs: number, sampleThreads = false): Promise<Report> {
  const args = [binFile, 'validate', '--jobs', String(jobs), '--format', 'json', file];
  const timed = existsSync(GNU_TIME);
  const t0 = performance.now();
  const child = timed
    ? spawn(GNU_TIME, ['-f', '\ntime: %M %U %S', process.execPath, ...args])
    : spawn(process.execPath, args);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => stdout.push(b));
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  // The node process is GNU time's child: its threads are sampled until it exits.
  const last = new Map<number, number>();
  let nodePid = timed ? undefined : child.pid;
  const sample = !sampleThreads
    ? undefined
    : setInterval(() => {
        if (nodePid === undefined && child.pid !== undefined) {
          try {
            const kids = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim();
            if (kids !== '') nodePid = Number(kids.split(' ')[0]);
          } catch {
            // not on Linux, or not started yet
          }
        }
        if (nodePid !== undefined) for (const [tid, ms] of threadTimes(nodePid)) last.set(tid, ms);
      }, 10);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sample);
  const ms = performance.now() - t0;
  const err = Buffer.concat(stderr).toString('utf8');
  if (status !== 0 && status !== 1) throw new Error(`tansiq validate --jobs ${jobs} failed: ${err}`);
  const doc = JSON.parse(Buffer.concat(stdout).toString('utf8')) as { summary: { records: number; errors: number } };
  const m = /time: (\d+) ([\d.]+) ([\d.]+)/.exec(err);
  const rssMb = m === null ? Number.NaN : Number(m[1]) / 1024;
  const cpuMs = m === null ? Number.NaN : (Number(m[2]) + Number(m[3])) * 1000;
  const report: Report = { records: doc.summary.records, ms, cpuMs, rssMb, errors: doc.summary.errors };
  if (nodePid !== undefined && last.size > 0) {
    const main = last.get(nodePid) ?? 0;
    const others = [...last].filter(([tid]) => tid !== nodePid).map(([, t]) => t);
    const busiest = Math.max(0, ...others);
    report.threads = { main, busiest, others: others.reduce((a, b) => a + b, 0) - busiest };
  }
  return report;
}

/**
 * Where the time goes: runs the bin under `--cpu-prof` (on one thread, or with `--jobs N`: one
 * profile per thread) and sums self time by part of the work (by function and source of each
 * sample). Returns lines to print, per thread.
 */
function profileSummary(jobs = 1): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tansiq-prof-'));
  try {
    const r = spawnSync(
      process.execPath,
      ['--cpu-prof', `--cpu-prof-dir=${dir}`, binFile, 'validate', '--jobs', String(jobs), '--format', 'json', file],
      { encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    if (r.status !== 0 && r.status !== 1) return [`(profile failed: ${r.stderr.slice(0, 200)})`];
    // Node names profiles CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main one.
    const names = readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .sort((a, b) => Number(a.split('.').at(-3)) - Number(b.split('.').at(-3)));
    if (names.length === 0) return ['(no profile written)'];
    const lines: string[] = [];
    for (const [t, name] of names.entries()) {
      const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        nodes: { id: number; callFrame: { functionName: string; url: string } }[];
        samples: number[];
        timeDeltas: number[];
      };
      const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
      const parts = new Map<string, number>();
      let total = 0;
      for (let i = 0; i < profile.samples.length; i++) {
        const frame = frames.get(profile.samples[i] as number);
        const dt = profile.timeDeltas[i] ?? 0;
        if (frame === undefined) continue;
        total += dt;
        const part = partOf(frame.functionName, frame.url);
        parts.set(part, (parts.get(part) ?? 0) + dt);
      }
      if (names.length > 1)
        lines.push(`  ${t === 0 ? 'main thread' : `worker thread ${t}`} (${(total / 1e6).toFixed(1)} s profiled):`);
      for (const [part, time] of [...parts].sort((a, b) => b[1] - a[1]))
        lines.push(`  ${((time / total) * 100).toFixed(0).padStart(3)}%  ${part}`);
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CROSS: ReadonlySet<string> = new Set([
  'merge',
  'finish',
  'add',
  'get',
  'find',
  'hashId',
  'warm',
  'prefetch',
  'addHashed',
  'getHashed',
  'tag',
  'tagHashed',
  'retagHashed',
  'equals',
  'store',
  'grow',
  'checkUse',
  'checkRefType',
  'reportOverlaps',
]);
const FACTS: ReadonlySet<string> = new Set([
  'collectFacts',
  'collect',
  'use',
  'life',
  'walk',
  'visit',
  'intervalUseBounds',
  'firstDayNumber',
  'lastDayNumber',
  'dayNumber',
  'digits',
  'referenceWalk',
]);
const NAMES: ReadonlySet<string> = new Set(['inspectName', 'inspectNames', 'isPlainName', 'originOf', 'closeWord']);
const READING: ReadonlySet<string> = new Set([
  'slice',
  'toString',
  'decode',
  'read',
  '_read',
  'readBlocks',
  'processBlock',
  'indexOf',
  '_copyActual',
]);

/** The part of the work a profiled function belongs to (by its name and the file it is in). */
function partOf(fn: string, url: string): string {
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === '(idle)') return 'idle (waiting for input or for another thread)';
  if (fn === '(program)' || fn === '(root)') return 'engine (outside JavaScript)';
  if (fn === 'postMessage' || url.includes('worker_threads') || url.includes('/worker/'))
    return 'passing blocks and results between threads';
  // JSON.parse is a builtin: its time is the self time of the function calling it.
  if (fn === 'checkLine') return 'JSON.parse of each line (builtin, in checkLine)';
  if (/compile|generate|module|evaluate|import|require|load/i.test(fn) || url.includes('/modules/'))
    return 'start-up (module loading, schema compilation)';
  if (CROSS.has(fn)) return 'checks across records (fact store, id table)';
  if (FACTS.has(fn) || fn.startsWith('walk')) return 'facts of each record (references, dates)';
  if (NAMES.has(fn) || url.includes('arabic')) return 'name checks';
  if (READING.has(fn) || url.startsWith('node:')) return 'reading and decoding (streams, Buffer → string)';
  // The generated validator's wrappers in tansiq's schemas (the checks run on the record itself).
  if (
    url === '' ||
    url.includes('/zod/') ||
    fn.startsWith('RegExp:') ||
    fn === 'recordChecks' ||
    fn === 'validator' ||
    fn === 'validator.accepts'
  )
    return 'schema check (compiled RecordSchema, zod)';
  return 'other validator code (issues, record checks)';
}

/** Runs a measurement in a fresh process, from the bundled copy of this file (no tsx overhead). */
function runChild(mode: string): Report {
  const r = spawnSync(process.execPath, [join(binDir, 'bench.js'), '--child', mode, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as Report;
}

// ---------------------------------------------------------------- main

const childAt = process.argv.indexOf('--child');
if (childAt !== -1) {
  const report = await child(process.argv[childAt + 1] ?? '', process.argv[childAt + 2] ?? '');
  process.stdout.write(JSON.stringify(report) + '\n');
} else {
  if (!existsSync(file)) {
    const t = performance.now();
    await generate();
    console.log(
      `generated ${N.toLocaleString('en-US')} records (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s: ${file}`,
    );
  }
  // The bin as users run it, laid out as in dist/ (the program split into chunks under cli/chunks/,
  // the worker script in validate/, where the bin and its chunks look for it), and this file
  // bundled, to run the in-process measurements without tsx's transform overhead.
  const { build } = await import('esbuild');
  rmSync(binDir, { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    charset: 'utf8',
    logLevel: 'warning',
    outdir: binDir,
  } as const;
  await build({
    ...common,
    entryPoints: {
      'cli/index': join(import.meta.dirname, '../src/cli/index.ts'),
      'validate/worker': join(import.meta.dirname, '../src/validate/worker.ts'),
      bench: here,
    },
    plugins: [binProgramApart],
  });
  await build({
    ...common,
    entryPoints: { 'cli/run': join(import.meta.dirname, '../src/cli/run.ts') },
    splitting: true,
    chunkNames: 'cli/chunks/[name]-[hash]',
  });
  // Best of several rounds, the runs of a round one after the other (the machine may be shared):
  // the shortest wall time, the least CPU time (with that round's times per thread), the largest
  // peak RSS.
  const rounds = Math.max(1, Number(process.env['BENCH_ROUNDS'] ?? (smoke ? 1 : 3)));
  const best = new Map<string, Report>();
  const keep = (mode: string, r: Report): void => {
    const b = best.get(mode);
    if (b === undefined) {
      best.set(mode, r);
      return;
    }
    const byCpu = !(r.cpuMs >= b.cpuMs) ? r : b;
    const merged: Report = {
      ...byCpu,
      ms: Math.min(r.ms, b.ms),
      rssMb: Math.max(r.rssMb, b.rssMb),
    };
    best.set(mode, merged);
  };
  for (let round = 0; round < rounds; round++) {
    for (const mode of ['bare-readline', 'bare-split', 'validate']) keep(mode, runChild(mode));
    keep('jobs-1', await runBin(1));
    keep('jobs-2', await runBin(2));
  }
  // CPU time per thread, from one more run each that samples its threads (not timed).
  const threads1 = (await runBin(1, true)).threads;
  const threads2 = (await runBin(2, true)).threads;
  // A bin that cannot find its worker script checks every block on its main thread: its figures
  // would be one thread's under the name of --jobs 2.
  if (!smoke && availableParallelism() >= 2 && threads2 !== undefined && threads2.busiest < threads2.main / 4)
    throw new Error(
      `--jobs 2: the worker thread used ${threads2.busiest.toFixed(0)} ms of CPU time beside the main thread's ${threads2.main.toFixed(0)} ms: it checked (almost) no blocks`,
    );
  keep('ajv', runChild('ajv'));
  const rows: [string, Report][] = [...best];
  const rate = (r: Report): number => r.records / (r.ms / 1000);
  const bare = rate(rows[0]?.[1] as Report);
  const label: Record<string, string> = {
    'bare-readline': 'bare loop: readline + JSON.parse',
    'bare-split': 'bare loop: byte split + JSON.parse',
    validate: 'tansiq validateFiles, 1 thread',
    'jobs-1': 'bin: tansiq validate (incl. startup)',
    'jobs-2': 'bin: tansiq validate --jobs 2 (incl. startup)',
    ajv: 'ajv (record.json), readline + parse',
  };
  console.log(
    `\n${N.toLocaleString('en-US')} records, ${(statSync(file).size / 1e6).toFixed(0)} MB${smoke ? ' (smoke)' : ''} (synthetic, in-sample: written by this bench); best of ${rounds} round${rounds === 1 ? '' : 's'} (ajv: one)\n`,
  );
  const cpuRate = (r: Report): number => r.records / (r.cpuMs / 1000);
  const bareCpu = cpuRate(rows[0]?.[1] as Report);
  console.log(
    '| run | records/s (wall) | vs bare readline loop | records per CPU-second | vs bare (CPU) | time | peak RSS | errors |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [mode, r] of rows) {
    const cpu = Number.isNaN(r.cpuMs) ? '–' : Math.round(cpuRate(r)).toLocaleString('en-US');
    const cpuRatio = Number.isNaN(r.cpuMs) ? '–' : `${((cpuRate(r) / bareCpu) * 100).toFixed(0)}%`;
    console.log(
      `| ${label[mode] ?? mode} | ${Math.round(rate(r)).toLocaleString('en-US')} | ${((rate(r) / bare) * 100).toFixed(0)}% | ${cpu} | ${cpuRatio} | ${(r.ms / 1000).toFixed(2)} s | ${Number.isNaN(r.rssMb) ? '–' : `${r.rssMb.toFixed(0)} MB`} | ${r.errors ?? 0} |`,
    );
  }
  const v = rows.find(([m]) => m === 'validate')?.[1] as Report;
  const j1 = rows.find(([m]) => m === 'jobs-1')?.[1] as Report;
  const j = rows.find(([m]) => m === 'jobs-2')?.[1] as Report;
  console.log(
    `\nratio validate / bare loop: ${((rate(v) / bare) * 100).toFixed(0)}% wall, ${((cpuRate(v) / bareCpu) * 100).toFixed(0)}% by CPU time (target ≥ 60%)`,
  );
  console.log(
    `load average during the run: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores (wall-clock figures need an idle machine)`,
  );
  console.log(
    `bin --jobs 2 speed-up over the bin on 1 thread: ${(rate(j) / rate(j1)).toFixed(2)}× wall (target ≥ 1.6× on 2 idle cores)`,
  );
  if (!Number.isNaN(j.cpuMs) && !Number.isNaN(j1.cpuMs)) {
    const work = j.cpuMs / j1.cpuMs;
    // On 2 cores a run takes at least half its CPU time (every thread's, V8's helpers included);
    // one thread's wall clock already leaves its helpers the second core.
    console.log(
      `bin --jobs 2 CPU work / 1 thread: ${work.toFixed(2)}×; on 2 cores it takes at least half its CPU time, so at most ${(j1.ms / (j.cpuMs / 2)).toFixed(2)}× the one-thread wall clock (perfect balance)`,
    );
    console.log(
      `peak RSS of the bin: ${j1.rssMb.toFixed(0)} MB on 1 thread, ${j.rssMb.toFixed(0)} MB with --jobs 2 (target ≤ 300 MB)`,
    );
  }
  console.log(`peak RSS of validate: ${v.rssMb.toFixed(0)} MB (target < 300 MB)`);
  // Load-independent view of --jobs 2: CPU time per thread (the sampled runs). On 2 idle cores the run
  // takes at least its busiest thread's time, and at least half its whole CPU time.
  const t1 = threads1;
  const t2 = threads2;
  if (t1 !== undefined && t2 !== undefined) {
    const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `CPU time by thread, 1 thread: main ${s(t1.main)}, other threads ${s(t1.busiest + t1.others)} (garbage-collection and compiler helpers, I/O)`,
    );
    console.log(
      `CPU time by thread, --jobs 2: main ${s(t2.main)}, worker ${s(t2.busiest)}, other threads ${s(t2.others)}`,
    );
    const one = Math.max(t1.main, (t1.main + t1.busiest + t1.others) / 2);
    const two = Math.max(t2.main, t2.busiest, (t2.main + t2.busiest + t2.others) / 2);
    console.log(
      `critical path on 2 idle cores (busiest thread, or half the CPU time if more): ${s(one)} on 1 thread, ${s(two)} with --jobs 2 → expected speed-up ${(one / two).toFixed(2)}× (target ≥ 1.6×)`,
    );
  }
  console.log('\nwhere one thread spends its CPU time (bin on 1 thread under --cpu-prof, self time by part):');
  for (const line of profileSummary()) console.log(line);
  console.log('\nwhere the time goes with --jobs 2 (bin under --cpu-prof, one profile per thread, self time by part):');
  for (const line of profileSummary(2)) console.log(line);
  console.log(
    'ajv checks one record against the JSON Schema only; tansiq adds names, sources and checks across records.',
  );
}
