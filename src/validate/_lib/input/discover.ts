import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawIssue } from '../check/raw-issue.js';
import type { Say } from '../messages/messages.js';

/** A data source to read. */
export interface Target {
  path: string;
  kind: 'json' | 'jsonl' | 'stdin';
  size: number;
}

/** A problem with a path as a whole, before any record is read. */
export interface PathIssue extends RawIssue {
  file: string;
}

const DATA_EXTENSIONS = ['.json', '.jsonl', '.ndjson'] as const;

function kindOf(path: string): 'json' | 'jsonl' {
  return path.toLowerCase().endsWith('.json') ? 'json' : 'jsonl';
}

function isDataFile(name: string): boolean {
  const lower = name.toLowerCase();
  return DATA_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function describeError(error: unknown, say: Say): string {
  const e = error as { code?: string; message?: string };
  if (e.code === 'EACCES' || e.code === 'EPERM') return say('permission_denied');
  if (e.code === 'ENOENT') return say('file_not_found');
  return e.code ?? e.message ?? String(error);
}

/**
 * Expands paths into data files: `-` is stdin; a folder is walked (sorted, skipping
 * `node_modules` and dot-folders) for `.json`, `.jsonl` and `.ndjson` files; a file is read
 * whatever its extension (`.json` as JSON, anything else as JSON Lines). `say` writes the issues'
 * messages.
 */
export async function discover(
  paths: readonly string[],
  say: Say,
): Promise<{ targets: Target[]; issues: PathIssue[] }> {
  const targets: Target[] = [];
  const issues: PathIssue[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      if (!seen.has('-')) targets.push({ path: '-', kind: 'stdin', size: 0 });
      seen.add('-');
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as { code?: string }).code;
      issues.push(
        code === 'ENOENT' || code === 'ENOTDIR'
          ? { file: path, pointer: '', code: 'file_not_found', message: say('file_not_found') }
          : {
              file: path,
              pointer: '',
              code: 'read_error',
              message: say('cannot_read', { reason: describeError(error, say) }),
            },
      );
      continue;
    }
    if (!info.isDirectory()) {
      if (!seen.has(path)) targets.push({ path, kind: kindOf(path), size: info.size });
      seen.add(path);
      continue;
    }
    let dataFiles = 0;
    const found: Target[] = [];
    const stack = [path];
    while (stack.length > 0) {
      const dir = stack.pop() as string;
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (error) {
        issues.push({
          file: dir,
          pointer: '',
          code: 'read_error',
          message: say('cannot_read_folder', { reason: describeError(error, say) }),
        });
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const subdirs: string[] = [];
      for (const entry of entries) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && entry.name !== 'node_modules') subdirs.push(full);
        } else if (isDataFile(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
          const size = await stat(full).then(
            (s) => s.size,
            () => 0,
          );
          found.push({ path: full, kind: kindOf(entry.name), size });
        }
      }
      // Depth-first in name order: push sub-folders in reverse so the first is walked first.
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i] as string);
      // Files of this folder come before its sub-folders' files.
      dataFiles += found.length;
      for (const t of found.splice(0)) {
        if (!seen.has(t.path)) targets.push(t);
        seen.add(t.path);
      }
    }
    if (dataFiles === 0) {
      issues.push({
        file: path,
        pointer: '',
        code: 'no_data_files',
        message: say('empty_folder'),
      });
    }
  }
  return { targets, issues };
}
