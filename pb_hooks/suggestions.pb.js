/// <reference path="../pb_data/types.d.ts" />
/**
 * Residents' suggestions ("tell us about a change"): anyone may post one for a public
 * place. The body is checked and cleaned by lib/resident-input.js (only the five resident
 * fields, text only, invisible characters removed, a message with visible text); the server
 * fills the district (so the right coordinator sees it) and the status; a suggestion never
 * edits the resource itself.
 */
onRecordCreateRequest((e) => {
  const input = require(`${__hooks}/lib/resident-input.js`);
  if (!e.hasSuperuserAuth()) {
    const checked = input.checkSuggestion(input.rawBody(e));
    if (!checked.value) input.failWith(checked.errors);
    for (const key of input.FIELDS) e.record.set(key, checked.value[key]);
  }
  const resourceId = e.record.getString('resource');
  let resource;
  try {
    resource = e.app.findRecordById('resources', resourceId);
  } catch {
    throw new BadRequestError('The place does not exist.', {
      resource: new ValidationError('validation_not_found', 'The place does not exist.'),
    });
  }
  const isStaff = e.auth && e.auth.collection().name === 'users';
  if (
    !isStaff &&
    !e.hasSuperuserAuth() &&
    !(resource.getBool('is_public') && resource.getString('status') === 'active')
  ) {
    throw new BadRequestError('The place does not exist.', {
      resource: new ValidationError('validation_not_found', 'The place does not exist.'),
    });
  }
  e.record.set('district', resource.getString('district'));
  e.record.set('status', 'open');
  e.next();
}, 'suggestions');
