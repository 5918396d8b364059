/**
 * What the report says about readings the importer generated: how many records it planned with
 * a generated reading and a few examples, so the coordinator sees them before `--apply` and
 * knows to check them (they are marked 「自動生成」 on the resource form).
 */
import type { PlannedOp } from './plan-import';

export interface GeneratedReadingsSummary {
  /** Planned areas and resources (created or updated) whose reading was generated. */
  count: number;
  /** Up to `max` examples, in plan order. */
  examples: Array<{ name: string; nameKana: string }>;
}

export function generatedReadingsSummary(
  ops: readonly PlannedOp[],
  max = 5,
): GeneratedReadingsSummary {
  const summary: GeneratedReadingsSummary = { count: 0, examples: [] };
  for (const op of ops) {
    if (op.collection !== 'areas' && op.collection !== 'resources') continue;
    if (!op.record.nameKanaGenerated) continue;
    summary.count++;
    if (summary.examples.length < max)
      summary.examples.push({ name: op.record.name, nameKana: op.record.nameKana });
  }
  return summary;
}
