/// <reference path="../pb_data/types.d.ts" />
/* global routerAdd, ForbiddenError */
/**
 * Site settings (issue #11).
 *
 * - `site` record: the walking distance and pace are checked with a message naming the field
 *   (PocketBase's own min/max message does not say what the number is).
 * - `GET|PUT /api/sasaeai/backup-settings`: the daily backup schedule. PocketBase's settings
 *   are superuser-only, so this admin-only route reads and writes just `backups.cron` and
 *   `backups.cronMaxKeep` (nothing else of the settings), and logs each change in change_log.
 *   It also says whether e-mail (SMTP) is set up, so the accounts page can offer reset links.
 */

onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/site-settings.js`).checkWalk(e.record);
  e.next();
}, 'site');

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/site-settings.js`).checkWalk(e.record);
  e.next();
}, 'site');

routerAdd('GET', '/api/sasaeai/backup-settings', (e) => {
  const lib = require(`${__hooks}/lib/site-settings.js`);
  if (!lib.isAdmin(e))
    throw new ForbiddenError('Only administrators may read the backup settings.');
  const settings = e.app.settings();
  return e.json(200, { ...lib.readBackups(settings), mailEnabled: !!settings.smtp.enabled });
});

routerAdd('PUT', '/api/sasaeai/backup-settings', (e) => {
  const lib = require(`${__hooks}/lib/site-settings.js`);
  const log = require(`${__hooks}/lib/change-log.js`);
  if (!lib.isAdmin(e))
    throw new ForbiddenError('Only administrators may change the backup settings.');
  const next = lib.backupsFromBody(e.requestInfo().body || {});

  e.app.runInTransaction((txApp) => {
    const settings = txApp.settings();
    // A record of an unsaved collection named "settings" carries the two values into the
    // change log's own writer, so the entry reads like every other (field → [before, after]).
    const asRecord = (values) => {
      const record = new Record(
        new Collection({
          type: 'base',
          name: 'settings',
          fields: [
            { type: 'text', name: 'cron' },
            { type: 'number', name: 'cronMaxKeep' },
          ],
        }),
      );
      record.set('id', 'backups');
      record.set('cron', values.cron);
      record.set('cronMaxKeep', values.cronMaxKeep);
      return record;
    };
    const before = log.snapshot(
      asRecord({ cron: settings.backups.cron, cronMaxKeep: settings.backups.cronMaxKeep }),
    );
    settings.backups.cron = next.cron;
    settings.backups.cronMaxKeep = next.cronMaxKeep;
    txApp.save(settings);
    log.write({ auth: e.auth, record: asRecord(next) }, txApp, 'update', before);
  });
  const settings = e.app.settings();
  return e.json(200, { ...lib.readBackups(settings), mailEnabled: !!settings.smtp.enabled });
});
