import type { CliLanguage } from './messages.js';

/** Help texts of the commands. */
export const HELP: Readonly<Record<string, string>> = Object.freeze({
  main: `Usage: tansiq <command> [options]

Commands:
  validate [paths… | -]   Validate datasets (.json, .jsonl, .ndjson files and folders; - for stdin)
  export --to <format> [paths… | -]
                          Export valid records to ftm, popolo, jsonld or plover
  schema [name]           Print the JSON Schema of a record or building block (default: record)
  date <text>             Parse an Arabic date expression and print it as JSON
  name <a> <b>            Compare two names and print the result as JSON
  extract <file | ->      Find mentions, dates and meetings in an Arabic article

Options:
  -h, --help              Show help (also: tansiq <command> --help)
  -v, --version           Print the version

Exit codes: 0 valid, 1 problems in the data, 2 usage or I/O problem.
`,
  validate: `Usage: tansiq validate [options] <paths… | ->

Validate tansiq datasets: every schema problem of every record, then checks across records
(duplicate ids, dangling references, co-chair terms, single-holder posts, lifetimes, meeting
participants), plus warnings for unsourced records and suspicious names.
Folders are searched recursively for .json, .jsonl and .ndjson files; - reads JSON Lines from stdin.

Options:
  -f, --format <fmt>      text | json | github | auto (default auto: github when
                          GITHUB_ACTIONS=true, else text)
      --max-errors <n>    List only the first n errors (all are still counted)
      --max-issues <n>    List at most n issues in all (default 100000)
      --fail-on <level>   error | warning (default error): lowest severity that fails the run
      --no-reference-data Do not resolve references against tansiq's shipped reference data
      --locale <lang>     en | ar: language of schema messages (default en)
  -j, --jobs <n>          Check records on n threads, this one and n-1 workers (default 1; at most the CPUs)
  -q, --quiet             Report errors only; no summary, no progress
  -h, --help              Show this help

Output: problems on stdout (text: path:line:col: severity [code] /pointer message),
summary and progress on stderr. With --format github, a Markdown table is appended to
$GITHUB_STEP_SUMMARY when it is set. NO_COLOR turns colours off.
Exit codes: 0 valid, 1 problems in the data, 2 usage or I/O problem.
`,
  export: `Usage: tansiq export --to <ftm|popolo|jsonld|plover> [options] <paths… | ->

Validate the inputs as 'tansiq validate' does, then export the valid records:
  ftm      FollowTheMoney entities, one JSON object per line (Aleph, yente, ftm tools)
  plover   PLOVER 2.0 event records, one JSON object per line
  popolo   one Popolo 1.0.1 JSON document
  jsonld   one schema.org JSON-LD document
Records that fail validation are reported (on stderr) and left out. Shipped reference
records that exported records point at are added, so the file stands on its own.
Folders are searched recursively for .json, .jsonl and .ndjson files; - reads JSON Lines from stdin.

Options:
  -t, --to <format>       ftm | popolo | jsonld | plover (required)
  -o, --output <file>     Write the export to a file (default stdout)
      --partial           Do not add the shipped records that exported records point at
      --id-prefix <p>     ftm: prefix every entity id (e.g. tansiq-)
      --ftm-version <n>   ftm: 4 (default, OpenSanctions/yente) or 3 (Aleph 3.8)
      --base-iri <iri>    jsonld: base of node IRIs (default urn:tansiq:)
      --fail-on <level>   error | warning (default error): lowest severity that fails the run
      --max-issues <n>    List at most n issues (default 100000); every invalid record is still left out
      --report            List the fields each record type loses in this format, and skipped records
  -q, --quiet             Report errors only; no summary
  -h, --help              Show this help

Exit codes: 0 valid, 1 problems in the data (valid records are still exported),
2 usage or I/O problem (nothing exported).
`,
  schema: `Usage: tansiq schema [name] [--list]

Print the JSON Schema (draft 2020-12) of a tansiq schema, e.g. record, person,
security-meeting, interval (default: record, the union of all record types).

Options:
      --list              List the available names
  -h, --help              Show this help
`,
  date: `Usage: tansiq date <text> [--reference YYYY-MM-DD]

Parse an Arabic (or mixed) date expression and print the result as JSON.

Options:
      --reference <date>  Date that relative expressions (yesterday, last Tuesday) count from
  -h, --help              Show this help
Exit codes: 0 parsed, 1 not a date, 2 usage problem.
`,
  name: `Usage: tansiq name <a> <b>

Compare two personal names (Arabic or Latin script) and print the comparison as JSON.

Options:
  -h, --help              Show this help
Exit codes: 0 same person, 1 different, 2 usage problem.
`,
  extract: `Usage: tansiq extract <file | -> [--reference YYYY-MM-DD] [--url URL] [--format text|json|jsonl]

Read an Arabic news article (a UTF-8 text file, or - for stdin) and print the persons, agencies,
forums and countries it mentions (linked to records where the link is sure), its dates and the
meetings it reports.

Options:
  -r, --reference <date>  The article's date: relative dates count from it, and a title plus
                          this date identifies who held the post (required with jsonl)
      --url <url>         The article's address, for the article record (jsonl)
  -f, --format <fmt>      text (default): the article with mentions and dates highlighted
                            (colours unless NO_COLOR is set), then the draft meetings
                          json: one JSON document { mentions, dates, meetings }
                          jsonl: records (persons, meetings, article) that tansiq validate accepts
  -h, --help              Show this help
Exit codes: 0 done, 2 usage or I/O problem.
`,
});

/** Arabic help texts of the commands. */
export const HELP_AR: Readonly<Record<string, string>> = Object.freeze({});

/** The help text of `command` (the main one for an unknown command) in `language`. */
export function helpText(command: string, language: CliLanguage): string {
  const texts = language === 'ar' ? HELP_AR : HELP;
  return texts[command] ?? HELP[command] ?? texts['main'] ?? HELP['main'] ?? '';
}
