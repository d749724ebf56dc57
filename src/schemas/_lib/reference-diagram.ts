import { RECORD_TYPES } from '../common/record-type.js';
import type { RecordType } from '../common/record-type.js';
import { REFERENCE_FIELDS } from '../helpers/reference-fields.js';

/** `participants/*\/ref` → `participants[].ref` */
function label(path: readonly string[]): string {
  return path
    .map((segment) => (segment === '*' ? '[]' : `.${segment}`))
    .join('')
    .replace(/^\./, '');
}

const nodeId = (type: RecordType): string => type.replaceAll('-', '_');

/** Relation and event records: drawn in a column on the left, pointing to the entities. */
const RELATIONS: readonly RecordType[] = ['occupancy', 'membership', 'meeting', 'forum-membership', 'co-chair-term'];

/** Source citations (`sources[].articleId`, `names[].sources[].articleId`, …): one note, not an arrow each. */
const isSourceCitation = (path: readonly string[]): boolean => path.at(-3) === 'sources' && path.at(-1) === 'articleId';

/**
 * The Graphviz (DOT) graph of record types and the references between them, generated from
 * REFERENCE_FIELDS (the table recordReferences walks). Edges are grouped per (from, to) pair and
 * labelled with the referencing fields. Party references (country | organization | person) point
 * to a "party" node, which points to agency, forum and person (a country is shipped data, not a
 * record). Source citations to articles, which every record type has, are listed in the caption
 * instead of drawn. scripts/docs/diagrams.ts renders it to the SVG picture shown in the
 * data-model guide; a test fails when the picture drifts.
 */
export function referenceDiagram(): string {
  const citing = new Map<string, RecordType[]>();
  const lines = [
    'digraph references {',
    '  graph [rankdir=LR, fontname="Helvetica", bgcolor="white", nodesep=0.25, ranksep=0.8, pad=0.2, fontsize=12, labelloc=b, labeljust=l];',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=13, color="#1f4e79", fillcolor="#e8f0fa", fontcolor="#102a43", penwidth=1.4];',
    '  edge [fontname="Helvetica", fontsize=10, color="#52606d", fontcolor="#243b53", arrowsize=0.7];',
    '  party [label="party\n(country | organization | person)", shape=diamond, style="filled", fillcolor="#f0f4f8", color="#52606d", fontsize=11];',
    '  country [label="country\n(shipped data, no record)", shape=box, style="dashed,rounded", color="#52606d", fontsize=11];',
    '  party -> country [style=dashed];',
    '  party -> agency [label="organization", style=dashed];',
    '  party -> forum [label="organization", style=dashed];',
    '  party -> person [label="person", style=dashed];',
  ];
  for (const type of RECORD_TYPES) {
    const relation = RELATIONS.includes(type);
    lines.push(`  ${nodeId(type)} [label="${type}"${relation ? ', fillcolor="#fdf1e1", color="#8a4b08"' : ''}];`);
  }
  lines.push(`  { rank=same; ${RELATIONS.map(nodeId).join('; ')}; }`);
  for (const from of RECORD_TYPES) {
    const edges = new Map<RecordType | 'party', string[]>();
    for (const field of REFERENCE_FIELDS[from]) {
      if (isSourceCitation(field.path)) {
        citing.set(label(field.path), [...(citing.get(label(field.path)) ?? []), from]);
        continue;
      }
      const targets = field.target === 'party' ? (['party'] as const) : field.target;
      for (const to of targets) edges.set(to, [...(edges.get(to) ?? []), label(field.path)]);
    }
    for (const [to, texts] of edges) {
      const target = to === 'party' ? 'party' : nodeId(to);
      lines.push(`  ${nodeId(from)} -> ${target} [label="${texts.join('\\l')}\\l"];`);
    }
  }
  const caption = [...citing].map(
    ([field, types]) =>
      `  ${field}: ${types.length === RECORD_TYPES.length ? 'every record type' : types.join(', ')}\\l`,
  );
  lines.push(`  label="Not drawn: the source citations, which point to article:\\l${caption.join('')}";`);
  lines.push('}');
  return lines.join('\n');
}
