/**
 * The last gate before a plan can be applied: every resource and organization the plan would
 * store is checked with the app's one validator (`validate-resource-input.ts`: schedule times
 * and rules, phone, web address, coordinates). A value that fails is an error naming the file
 * and row it came from, so the report is not ok and nothing is written. The readers already
 * refuse or leave out bad values; this catches every other path (HSDS schedules and phones,
 * values kept from the database on an update). The import route repeats the same checks on
 * the server (pb_hooks/lib/coordination.js `importedRecordProblem`).
 */
import {
  coordinatesProblem,
  isPhoneNumber,
  isWebsiteUrl,
  validateSchedule,
} from '../domain/validate-resource-input';
import { importIssue, type ImportIssue } from './import-issue';
import type { ImportPlan } from './plan-import';

/** Errors for the plan's records; [] when all are valid. */
export function plannedRecordIssues(plan: ImportPlan): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const op of plan.ops) {
    const problems: Array<[string, string]> = [];
    let name = '';
    if (op.collection === 'resources') {
      name = op.record.name;
      const r = op.record;
      for (const [path, code] of Object.entries(validateSchedule(r.schedule)))
        problems.push([path, code]);
      if (!isPhoneNumber(r.publicPhone)) problems.push(['publicPhone', `"${r.publicPhone}"`]);
      if (!isWebsiteUrl(r.website)) problems.push(['website', `"${r.website}"`]);
      if (r.location && coordinatesProblem(r.location[0], r.location[1]) === 'not_a_number')
        problems.push(['location', r.location.join(', ')]);
    } else if (op.collection === 'organizations') {
      name = op.record.name;
      if (!isPhoneNumber(op.record.publicPhone))
        problems.push(['publicPhone', `"${op.record.publicPhone}"`]);
    }
    for (const [field, detail] of problems) {
      issues.push(
        importIssue('error', op.origin.file, op.origin.row, field, 'recordInvalid', {
          field,
          detail: `${name}: ${detail}`,
        }),
      );
    }
  }
  return issues;
}

/** `plan` with the record checks' errors added to its report (not ok when there are any). */
export function withPlannedRecordChecks(plan: ImportPlan): ImportPlan {
  const issues = plannedRecordIssues(plan);
  if (issues.length === 0) return plan;
  return {
    ...plan,
    report: { ...plan.report, ok: false, issues: [...plan.report.issues, ...issues] },
  };
}
