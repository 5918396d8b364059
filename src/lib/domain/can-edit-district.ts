import type { User } from './types';

/**
 * True when `user` may edit records of `districtId`: admins every district, coordinators
 * their own districts, nobody else (signed out: false). The server's rules enforce the same;
 * the UI uses this only to show or hide edit controls.
 */
export function canEditDistrict(user: User | null, districtId: string): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  return user.role === 'coordinator' && user.districtIds.includes(districtId);
}
