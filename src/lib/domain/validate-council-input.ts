import type { Council } from './types';

/** Editable fields of a council. */
export type CouncilInput = Pick<Council, 'status' | 'establishedOn' | 'vision' | 'coordinatorName'>;

/**
 * Field → error code for a council edit; {} means it may be saved. A council that is set up
 * needs its date (`required`, or `date_format` when not YYYY-MM-DD); the vision is at most
 * 300 characters (code points, `too_long`). The server checks again.
 */
export function validateCouncilInput(input: CouncilInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.status === 'set_up' && !/^\d{4}-\d{2}-\d{2}$/.test(input.establishedOn)) {
    errors.establishedOn = input.establishedOn ? 'date_format' : 'required';
  }
  if ([...input.vision].length > 300) errors.vision = 'too_long';
  return errors;
}
