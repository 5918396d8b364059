/// <reference path="../pb_data/types.d.ts" />
/**
 * "Sent on" marks of outreach requests (pb_migrations/1733260001_outreach_requests.js): the
 * server stamps who marked it, and a letter cannot have been sent on a day that has not come
 * yet (Japan time, UTC+9). A missing date means today.
 */
onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/coordination.js`);
  if (e.auth && e.auth.collection().name === 'users') e.record.set('sent_by', e.auth.id);
  // today in Japan (no daylight saving): shift the UTC clock by 9 hours and take the date
  const todayJst = new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10);
  const sentOn = e.record.getString('sent_on').slice(0, 10);
  if (!sentOn) e.record.set('sent_on', todayJst + ' 00:00:00.000Z');
  else if (sentOn > todayJst)
    lib.fail('sent_on', 'validation_future_date', 'The sent-on date cannot be in the future.');
  e.next();
}, 'outreach_requests');
