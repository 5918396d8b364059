import { describe, expect, it } from 'vitest';
import { validateCouncilInput } from './validate-council-input';

const base = {
  status: 'set_up' as const,
  establishedOn: '2026-06-01',
  vision: '',
  coordinatorName: '',
};

describe('validateCouncilInput', () => {
  it('needs a YYYY-MM-DD date only when the council is set up', () => {
    expect(validateCouncilInput(base)).toEqual({});
    expect(validateCouncilInput({ ...base, establishedOn: '' })).toEqual({
      establishedOn: 'required',
    });
    expect(validateCouncilInput({ ...base, establishedOn: '2026/6/1' })).toEqual({
      establishedOn: 'date_format',
    });
    expect(validateCouncilInput({ ...base, status: 'preparing', establishedOn: '' })).toEqual({});
  });

  it('counts the vision in characters, not UTF-16 units (300 at most)', () => {
    expect(validateCouncilInput({ ...base, vision: '𠮷'.repeat(300) })).toEqual({});
    expect(validateCouncilInput({ ...base, vision: 'あ'.repeat(301) })).toEqual({
      vision: 'too_long',
    });
  });
});
