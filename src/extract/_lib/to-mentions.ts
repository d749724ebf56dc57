import type { ExtractedMention } from '../extracted-mention.js';
import type { Analysis } from './analyze.js';

/** The public form of the analysis' mentions. */
export function toMentions(text: string, analysis: Analysis): ExtractedMention[] {
  return analysis.mentions.map((f) => {
    const m: { -readonly [K in keyof ExtractedMention]: ExtractedMention[K] } = {
      text: text.slice(f.start, f.end),
      span: { start: f.start, end: f.end },
      kind: f.kind,
      confidence: f.confidence,
    };
    if (f.ref !== undefined) m.ref = f.ref;
    if (f.name !== undefined && f.ref === undefined) m.name = f.name;
    return m;
  });
}
