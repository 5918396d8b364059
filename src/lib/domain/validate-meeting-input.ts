import type { CouncilMeeting } from './types';

/**
 * Field → error code for a council meeting; {} means it may be saved. The date must be
 * YYYY-MM-DD (`required` / `date_format`), the theme non-blank (`required`), attendees a
 * whole number ≥ 0 (`not_a_number`). The server checks again.
 */
export function validateMeetingInput(
  input: Omit<CouncilMeeting, 'id' | 'councilId'>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.heldOn))
    errors.heldOn = input.heldOn ? 'date_format' : 'required';
  if (!input.theme.trim()) errors.theme = 'required';
  if (!Number.isInteger(input.attendees) || input.attendees < 0) errors.attendees = 'not_a_number';
  return errors;
}
