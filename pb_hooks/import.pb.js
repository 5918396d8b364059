/// <reference path="../pb_data/types.d.ts" />
/* global routerAdd, $apis */
/**
 * POST /api/sasaeai/import — applies an import plan all or nothing (issue #7).
 *
 * Body: `{ ops: [{ collection, action: "create" | "update", id, fields }] }`, parents before
 * children (the planner in src/lib/import/ orders them). Every op is validated and saved in ONE
 * database transaction: the first rejected op rolls back everything and the answer names its
 * index, so the client can point at the file and row it came from.
 *
 * Why a route and not the batch API: the batch API is one transaction per request and is capped
 * at `batch.maxRequests` (2000) requests, so a 50,000-place import would be 25 separate
 * transactions — a failure half-way would leave half a city. This route has no such cap.
 *
 * Only superusers and users with role "admin" may call it. Collections are limited to the ones
 * an import writes. Every resource and organization is checked with the rules of the API hook
 * (pb_hooks/lib/coordination.js importedRecordProblem: schedule times, phone, web address,
 * coordinates) before it is saved; a bad value rejects the whole import, naming the op.
 * Record request hooks (the change log) do not run for these saves; the
 * route writes one change_log summary row per import instead, through the same txApp, so the
 * import and its entry commit together or not at all.
 */
routerAdd(
  'POST',
  '/api/sasaeai/import',
  (e) => {
    // Admins only; the demo city's directory takes no import: 409 with how to start a real city.
    const demoRefusal = require(`${__hooks}/lib/import-gate.js`).importGate(e);
    if (demoRefusal) return e.json(409, demoRefusal);

    const ALLOWED = [
      'areas',
      'resources',
      'organizations',
      'data_sources',
      'site',
      'population_cells',
      'needs',
    ];
    const checks = require(`${__hooks}/lib/coordination.js`);
    const body = e.requestInfo().body || {};
    const ops = body.ops;
    if (!Array.isArray(ops)) throw new BadRequestError('The body must be { ops: [...] }.');

    const counts = {};
    let failed = null;
    try {
      e.app.runInTransaction((txApp) => {
        const collections = {};
        for (let i = 0; i < ops.length; i++) {
          const op = ops[i];
          try {
            if (ALLOWED.indexOf(op.collection) < 0)
              throw new Error(`collection "${op.collection}" cannot be imported`);
            let record;
            if (op.action === 'create') {
              if (!collections[op.collection])
                collections[op.collection] = txApp.findCollectionByNameOrId(op.collection);
              record = new Record(collections[op.collection]);
              if (op.id) record.set('id', op.id);
            } else if (op.action === 'update') {
              record = txApp.findRecordById(op.collection, op.id);
            } else {
              throw new Error(`unknown action "${op.action}"`);
            }
            const fields = op.fields || {};
            for (const key in fields) record.set(key, fields[key]);
            // The same checks as the API hook and the importer: the CLI can be bypassed, so
            // nothing is stored unchecked (a phone "abc-defg", a time 25:00).
            const problem = checks.importedRecordProblem(
              op.collection,
              JSON.parse(toString(record)),
            );
            if (problem) throw new Error(problem.message);
            if (op.collection === 'needs') {
              // Needs (issue #19): the API hook's one rule (pb_hooks/lib/needs.js), since
              // request hooks do not run here: whole counts with their unit, a district, no
              // future date, no phone number or e-mail in the note. The importer is the author.
              const needs = require(`${__hooks}/lib/needs.js`);
              const values = JSON.parse(toString(record));
              values.count = fields.count === undefined ? values.count : fields.count;
              const errors = needs.recordProblems(txApp, values, false);
              const field = Object.keys(errors)[0];
              if (field) throw new Error(needs.message(field, errors[field]));
              if (op.action === 'create' && e.auth && e.auth.collection().name === 'users')
                record.set('created_by', e.auth.id);
            }
            txApp.save(record);
          } catch (err) {
            failed = {
              index: i,
              collection: op && op.collection,
              id: op && op.id,
              message: describe(err),
            };
            throw err;
          }
          const key = `${op.collection}:${op.action}`;
          counts[key] = (counts[key] || 0) + 1;
        }
        const logs = txApp.findCollectionByNameOrId('change_log');
        const entry = new Record(logs);
        entry.set('collection_name', 'import');
        entry.set('record_id', String(body.importId || 'import').slice(0, 40));
        entry.set('action', 'create');
        // a name or id, never an e-mail address (change_log is read by coordinators)
        const isUser = e.auth && e.auth.collection().name === 'users';
        if (isUser) entry.set('actor', e.auth.id);
        entry.set(
          'actor_label',
          isUser ? e.auth.getString('name') || 'user:' + e.auth.id : 'superuser:' + e.auth.id,
        );
        entry.set('changes', { counts: counts, files: body.files || [] });
        txApp.save(entry);
      });
    } catch (err) {
      if (failed)
        return e.json(400, {
          message: `Rejected op #${failed.index} (${failed.collection} ${failed.id}): ${failed.message}`,
          failed: failed,
        });
      return e.json(400, { message: describe(err) });
    }
    return e.json(200, { counts: counts });

    function describe(err) {
      // Validation errors print as "field: message; field: message".
      const text = String(err && err.message ? err.message : err);
      return text.replace(/^Error: /, '');
    }
  },
  $apis.requireAuth('users', '_superusers'),
  $apis.bodyLimit(512 << 20),
);

/**
 * GET /api/sasaeai/import — whether this data directory takes imports, asked before a dry run
 * (the CLI and /admin/import) so the refusal comes before files are read, not after.
 * 200 `{ importable: true }`, or 409 with the same body as the refused POST.
 */
routerAdd(
  'GET',
  '/api/sasaeai/import',
  (e) => {
    // Admins only; the demo city's directory takes no import: 409 with how to start a real city.
    const demoRefusal = require(`${__hooks}/lib/import-gate.js`).importGate(e);
    if (demoRefusal) return e.json(409, demoRefusal);
    return e.json(200, { importable: true });
  },
  $apis.requireAuth('users', '_superusers'),
);
