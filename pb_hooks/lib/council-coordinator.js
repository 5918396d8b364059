/// <reference path="../../pb_data/types.d.ts" />
/** The check behind pb_hooks/access.pb.js (CommonJS, loaded with require in each handler). */

function refuse(message) {
  throw new BadRequestError(message, {
    coordinator: new ValidationError('validation_not_coordinator', message),
  });
}

/** Throws a 400 on `coordinator` unless the named user may coordinate this council. */
function check(app, record, original) {
  const userId = record.getString('coordinator');
  if (!userId) return;
  const district = record.getString('district');
  if (
    original &&
    original.getString('coordinator') === userId &&
    original.getString('district') === district &&
    original.getInt('layer') === record.getInt('layer')
  )
    return;
  let user;
  try {
    user = app.findRecordById('users', userId);
  } catch {
    refuse('The coordinator must be an existing user.');
  }
  const role = user.getString('role');
  if (record.getInt('layer') === 2 || district) {
    if (role !== 'coordinator' || user.getStringSlice('districts').indexOf(district) < 0) {
      refuse("The coordinator must be a coordinator of the council's district.");
    }
  } else if (role !== 'coordinator' && role !== 'admin') {
    refuse('The city council’s coordinator must be a coordinator or an admin.');
  }
}

module.exports = { check };
