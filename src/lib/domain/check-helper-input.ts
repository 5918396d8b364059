import { findPersonalData } from './find-personal-data';
import type { HelperInput } from './helper';
import { isEmailAddress, isPhoneNumber } from './validate-resource-input';

/**
 * Field → error code for a helper form; {} means it may be saved. The same rules as the
 * server hook (pb_hooks/lib/helpers.js), which checks again:
 * - `name`: required; `consentPurpose`: required (not only spaces);
 * - `consentOn`: required (`required`), YYYY-MM-DD (`date_format`), not after `todayIso`
 *   (`future_date`); `courseCompletedOn`: optional, the same format and not in the future;
 * - contact: at least one of phone, e-mail, postal address (`contact_required`, on `phone`);
 *   a phone of digits, hyphens and brackets (`phone_format`); an e-mail address (`email_format`);
 * - `serviceTypeIds`, `districtIds`: at least one (`required`);
 * - `note`, `availabilityNote`: no phone number or e-mail address (`personal_data`): the
 *   helper's own contact goes in the contact fields, and nobody else's belongs here.
 * @param todayIso today's date in Japan, YYYY-MM-DD
 */
export function checkHelperInput(input: HelperInput, todayIso: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const date = (field: 'consentOn' | 'courseCompletedOn', required: boolean) => {
    const v = input[field].trim();
    if (!v) {
      if (required) errors[field] = 'required';
    } else if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) errors[field] = 'date_format';
    else if (v > todayIso) errors[field] = 'future_date';
  };
  if (!input.name.trim()) errors.name = 'required';
  if (!input.phone.trim() && !input.email.trim() && !input.postalAddress.trim())
    errors.phone = 'contact_required';
  else if (!isPhoneNumber(input.phone.trim())) errors.phone = 'phone_format';
  if (!isEmailAddress(input.email.trim())) errors.email = 'email_format';
  if (input.serviceTypeIds.length === 0) errors.serviceTypeIds = 'required';
  if (input.districtIds.length === 0) errors.districtIds = 'required';
  date('consentOn', true);
  if (!input.consentPurpose.trim()) errors.consentPurpose = 'required';
  date('courseCompletedOn', false);
  for (const field of ['note', 'availabilityNote'] as const)
    if (findPersonalData(input[field]).length > 0) errors[field] = 'personal_data';
  return errors;
}
