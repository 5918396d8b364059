/// <reference path="../pb_data/types.d.ts" />
/* global routerAdd, $apis */
/**
 * Possible duplicates in the directory (issue #12).
 *
 * POST /api/sasaeai/resources/merge  { keep, merge, take: [field, …] }
 *   Merges resource `merge` into `keep`, in ONE transaction:
 *   1. each field in `take` that `keep` lacks (empty) is filled from `merge` (fields `keep`
 *      already has are never overwritten: the coordinator confirmed these in a side-by-side view);
 *   2. everything that points at `merge` is re-pointed to `keep`: private contacts, support
 *      events, residents' suggestions, areas' support centre, care managers' shortlists;
 *   3. `merge` is archived, not deleted: status closed, a status reason naming `keep`, and
 *      `merged_into` = keep;
 *   4. the change log gets an entry for each of the two records (who, when, before/after).
 *   Answers { keep, merged, repointed: { collection: count } }.
 *
 * POST /api/sasaeai/resources/not-duplicate  { a, b }
 *   Records that the two are different places, so the "possible duplicates" list stops showing
 *   the pair. Answers { id }.
 *
 * Rules: admins (and superusers) anywhere; coordinators only when BOTH records are in their
 * districts. Anyone else is refused.
 */
routerAdd(
  'POST',
  '/api/sasaeai/resources/merge',
  (e) => {
    const lib = require(`${__hooks}/lib/merge-resources.js`);
    const body = e.requestInfo().body || {};
    const keepId = String(body.keep || '');
    const mergeId = String(body.merge || '');
    const take = Array.isArray(body.take) ? body.take.map(String) : [];
    if (!keepId || !mergeId || keepId === mergeId)
      throw new BadRequestError('Give two different resources: { keep, merge }.');
    const bad = take.filter((f) => lib.FILLABLE.indexOf(f) < 0);
    if (bad.length)
      throw new BadRequestError(`These fields cannot be taken over: ${bad.join(', ')}.`);

    let result = null;
    e.app.runInTransaction((txApp) => {
      const keep = lib.findResource(txApp, keepId);
      const merge = lib.findResource(txApp, mergeId);
      lib.checkAllowed(e, keep, merge);
      if (merge.getString('merged_into'))
        throw new BadRequestError('This record has already been merged.');
      if (keep.getString('merged_into'))
        throw new BadRequestError('The record to keep has itself been merged into another.');
      result = lib.merge(txApp, e, keep, merge, take);
    });
    return e.json(200, result);
  },
  $apis.requireAuth('users', '_superusers'),
);

routerAdd(
  'POST',
  '/api/sasaeai/resources/not-duplicate',
  (e) => {
    const lib = require(`${__hooks}/lib/merge-resources.js`);
    const body = e.requestInfo().body || {};
    const ids = [String(body.a || ''), String(body.b || '')].sort();
    if (!ids[0] || !ids[1] || ids[0] === ids[1])
      throw new BadRequestError('Give two different resources: { a, b }.');
    let id = '';
    e.app.runInTransaction((txApp) => {
      const a = lib.findResource(txApp, ids[0]);
      const b = lib.findResource(txApp, ids[1]);
      lib.checkAllowed(e, a, b);
      id = lib.dismiss(txApp, e, a, b);
    });
    return e.json(200, { id: id });
  },
  $apis.requireAuth('users', '_superusers'),
);
