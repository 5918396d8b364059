import { describe, expect, it } from 'vitest';
import { validateMeetingInput } from './validate-meeting-input';

const base = { heldOn: '2026-11-10', theme: '買い物支援', attendees: 12, summary: '' };

describe('validateMeetingInput', () => {
  it('accepts a dated, themed meeting with zero or more attendees', () => {
    expect(validateMeetingInput(base)).toEqual({});
    expect(validateMeetingInput({ ...base, attendees: 0 })).toEqual({});
  });

  it('names each bad field', () => {
    expect(validateMeetingInput({ heldOn: '', theme: ' ', attendees: -1, summary: '' })).toEqual({
      heldOn: 'required',
      theme: 'required',
      attendees: 'not_a_number',
    });
    expect(validateMeetingInput({ ...base, heldOn: '11/10', attendees: 1.5 })).toEqual({
      heldOn: 'date_format',
      attendees: 'not_a_number',
    });
  });
});
