import { RECORD_TYPES } from '../common/record-type.js';
import type { RecordType } from '../common/record-type.js';
import { REFERENCE_FIELDS } from '../helpers/reference-fields.js';

const PARTY_TARGETS: readonly RecordType[] = ['agency', 'forum', 'person'];

/** `participants/*\/ref` → `participants[].ref` */
function label(path: readonly string[]): string {
  return path.map((segment) => (segment === '*' ? '[]' : `.${segment}`)).join('').replace(/^\./, '');
}

const nodeId = (type: RecordType): string => type.replaceAll('-', '_');

/**
 * The Mermaid flowchart of record types and the references between them, generated from
 * REFERENCE_FIELDS (the table recordReferences walks). Edges are grouped per (from, to) pair and
 * labelled with the referencing fields; party references (country | organization | person) are
 * marked "(party)" and drawn to agency, forum and person.
 */
export function referenceDiagram(): string {
  const lines = ['flowchart LR'];
  for (const type of RECORD_TYPES) lines.push(`  ${nodeId(type)}["${type}"]`);
  for (const from of RECORD_TYPES) {
    const edges = new Map<RecordType, string[]>();
    for (const field of REFERENCE_FIELDS[from]) {
      const targets = field.target === 'party' ? PARTY_TARGETS : field.target;
      const text = field.target === 'party' ? `${label(field.path)} (party)` : label(field.path);
      for (const to of targets) edges.set(to, [...(edges.get(to) ?? []), text]);
    }
    for (const to of RECORD_TYPES) {
      const texts = edges.get(to);
      if (texts !== undefined) lines.push(`  ${nodeId(from)} -->|"${texts.join('<br/>')}"| ${nodeId(to)}`);
    }
  }
  return lines.join('\n');
}
