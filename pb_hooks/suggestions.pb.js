/// <reference path="../pb_data/types.d.ts" />
/**
 * Residents' suggestions ("tell us about a change"): anyone may post one for a public
 * place. The server fills the district (so the right coordinator sees it) and the status;
 * a suggestion never edits the resource itself.
 */
onRecordCreateRequest((e) => {
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
  if (!isStaff && !e.hasSuperuserAuth() && !(resource.getBool('is_public') && resource.getString('status') === 'active')) {
    throw new BadRequestError('The place does not exist.', {
      resource: new ValidationError('validation_not_found', 'The place does not exist.'),
    });
  }
  const message = e.record.getString('message').trim();
  if (message.length < 5) {
    throw new BadRequestError('Please describe the change.', {
      message: new ValidationError('validation_too_short', 'Please write at least 5 characters.'),
    });
  }
  e.record.set('message', message);
  e.record.set('district', resource.getString('district'));
  e.record.set('status', 'open');
  e.next();
}, 'suggestions');
