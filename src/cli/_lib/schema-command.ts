import { jsonSchemaFileName, jsonSchemaFiles } from '../../schemas/index.js';
import { helpText } from './help.js';
import type { CliSay } from './messages.js';
import type { Io } from './io.js';
import { LOCALE_OPTION, parseCommandArgs } from './args.js';
import { UsageError } from './usage-error.js';

/** `tansiq schema [name]`: prints a JSON Schema, or the list of names. */
export function schemaCommand(args: string[], io: Io, say: CliSay): number {
  const parsed = parseCommandArgs('schema', args, {
    list: { type: 'boolean' },
    locale: LOCALE_OPTION,
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.values['help'] === true) {
    io.stdout.write(helpText('schema', say.language));
    return 0;
  }
  if (parsed.positionals.length > 1) throw new UsageError('schema_one_name', 'schema');
  const files = jsonSchemaFiles();
  const names = Object.keys(files)
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  if (parsed.values['list'] === true) {
    io.stdout.write(names.join('\n') + '\n');
    return 0;
  }
  const wanted = parsed.positionals[0] ?? 'record';
  const file = /[A-Z]/.test(wanted)
    ? jsonSchemaFileName(wanted.startsWith('tansiq.') ? wanted : `tansiq.${wanted}`)
    : `${wanted.toLowerCase()}.json`;
  const schema = files[file];
  if (schema === undefined) throw new UsageError('unknown_schema', 'schema', { name: wanted, list: names });
  io.stdout.write(JSON.stringify(schema, null, 2) + '\n');
  return 0;
}
