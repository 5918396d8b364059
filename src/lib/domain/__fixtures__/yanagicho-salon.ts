import type { Resource } from '../types';
import { scheduleOf } from './schedule-of';

/**
 * A free drop-in gathering place for anyone, with the few fields a care manager's shortlist
 * shows (the rest of `Resource` left out, hence the cast). A fresh object each call.
 */
export function yanagichoSalon(): Resource {
  return {
    id: 'r1',
    name: '柳町サロン',
    kind: 'gathering_place',
    status: 'active',
    address: '柳町1-2-3',
    publicPhone: '',
    schedule: scheduleOf(),
    cost: { amountYen: 0, unit: 'free', note: '' },
    eligibility: 'anyone',
    booking: 'drop_in',
  } as unknown as Resource;
}
