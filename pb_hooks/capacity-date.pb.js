/// <reference path="../pb_data/types.d.ts" />
/**
 * The "as of" date of a place's newcomers/capacity answer (issue #16 item 4, HSDS
 * service_capacity.updated): stamped by the server whenever a request changes whether newcomers
 * are taken, the capacity or the places still free, so it always says when that answer was
 * given (a client cannot back-date it). A request that changes none of them keeps the date.
 */
onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/capacity-date.js`).stamp(e, true);
  e.next();
}, 'resources');

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/capacity-date.js`).stamp(e, false);
  e.next();
}, 'resources');
