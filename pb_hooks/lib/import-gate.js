/// <reference path="../../pb_data/types.d.ts" />
/* global ForbiddenError */
/**
 * Who may import and where (import.pb.js, both routes). CommonJS, loaded with require.
 * Only superusers and users with role "admin" may import; the demo city's directory takes no
 * import (issue #11).
 */

/**
 * @throws ForbiddenError for anyone but a superuser or an admin
 * @returns the 409 refusal body for a demo data directory, or null when the import may go on
 */
function importGate(e) {
  const isAdmin =
    e.hasSuperuserAuth() ||
    (e.auth && e.auth.collection().name === 'users' && e.auth.getString('role') === 'admin');
  if (!isAdmin) throw new ForbiddenError('Only administrators may import data.');
  return require(`${__hooks}/lib/demo-mode.js`).importRefusal(e.app);
}

module.exports = { importGate };
