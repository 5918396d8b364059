import { describe, expect, it } from 'vitest';
import type { SuggestionInput } from './suggestion-record';
import { validateSuggestion } from './validate-suggestion';

const input = (over: Partial<SuggestionInput> = {}): SuggestionInput => ({
  resourceId: 'r1',
  topic: 'schedule',
  message: '毎週水曜日に変わりました',
  reporterName: '',
  reporterContact: '',
  ...over,
});

describe('validateSuggestion', () => {
  it('keys the server rule’s errors by the form’s field names', () => {
    expect(validateSuggestion(input())).toEqual({});
    expect(validateSuggestion(input({ topic: '', message: '  ' }))).toEqual({
      topic: 'required',
      message: 'required',
    });
    expect(
      validateSuggestion(
        input({ reporterName: 'x'.repeat(101), reporterContact: 'y'.repeat(201) }),
      ),
    ).toEqual({
      reporterName: 'too_long',
      reporterContact: 'too_long',
    });
  });
});
