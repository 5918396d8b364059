import { describe, expect, it } from 'vitest';
import { checkSuggestion, cleanResidentText } from './check-suggestion';

const ok = { resource: 'res000000000001', topic: 'schedule', message: '第3水曜日も開いています。' };

describe('cleanResidentText', () => {
  it('removes NUL, control, zero-width and bidi characters; keeps line breaks only when multiline', () => {
    expect(
      cleanResidentText('a\u0000b\u0007c\u200bd\u200de\u202ef\u2066g\ufeffh\u00adi', true),
    ).toBe('abcdefghi');
    expect(cleanResidentText('  一行目\r\n二行目\r三行目\t終わり  ', true)).toBe(
      '一行目\n二行目\n三行目 終わり',
    );
    expect(cleanResidentText('山田\n花子', false)).toBe('山田 花子');
  });

  it('keeps Japanese, emoji and the ideographic space inside the text', () => {
    expect(cleanResidentText('サロン\u3000「結」👍🏻', true)).toBe('サロン\u3000「結」👍🏻');
  });
});

describe('checkSuggestion', () => {
  it('accepts a plain suggestion and returns it cleaned, optional fields empty', () => {
    expect(checkSuggestion({ ...ok, message: ' 休みが\u200b増えました ' })).toEqual({
      value: { ...ok, message: '休みが増えました', reporter_name: '', reporter_contact: '' },
      errors: {},
    });
  });

  it('refuses every field a resident may not set, by name', () => {
    const { value, errors } = checkSuggestion({
      ...ok,
      id: 'x',
      status: 'accepted',
      handled_at: '2020-01-01',
      handled_by: 'u',
      district: 'd',
    });
    expect(value).toBeNull();
    expect(errors).toEqual({
      id: 'not_allowed',
      status: 'not_allowed',
      handled_at: 'not_allowed',
      handled_by: 'not_allowed',
      district: 'not_allowed',
    });
  });

  it('refuses values that are not text (an array for resource or topic)', () => {
    expect(
      checkSuggestion({ ...ok, resource: [ok.resource], topic: ['cost'], reporter_name: 5 }).errors,
    ).toEqual({
      resource: 'wrong_type',
      topic: 'wrong_type',
      reporter_name: 'wrong_type',
    });
    expect(checkSuggestion([ok]).errors).toEqual({
      resource: 'required',
      topic: 'required',
      message: 'required',
    });
  });

  it('needs visible text in the message', () => {
    expect(
      checkSuggestion({ ...ok, message: '\u200b\u200b\u200b\u200b\u200b\u200b' }).errors,
    ).toEqual({ message: 'required' });
    expect(checkSuggestion({ ...ok, message: '\u0000\u0000\u0000\u0000\u0000' }).errors).toEqual({
      message: 'required',
    });
    expect(checkSuggestion({ ...ok, message: '\u3000 \n\t\u00a0' }).errors).toEqual({
      message: 'required',
    });
    expect(checkSuggestion({ ...ok, message: '休 み で す' }).errors).toEqual({
      message: 'too_short',
    });
  });

  it('limits lengths after cleaning, in characters', () => {
    expect(
      checkSuggestion({ ...ok, message: 'あ'.repeat(1000) + '\u200b'.repeat(50) }).errors,
    ).toEqual({});
    expect(checkSuggestion({ ...ok, message: '👍'.repeat(1001) }).errors).toEqual({
      message: 'too_long',
    });
    expect(
      checkSuggestion({ ...ok, reporter_name: 'x'.repeat(101), reporter_contact: 'y'.repeat(201) })
        .errors,
    ).toEqual({
      reporter_name: 'too_long',
      reporter_contact: 'too_long',
    });
  });

  it('refuses an unknown topic and a resource id that is no record id', () => {
    expect(checkSuggestion({ ...ok, topic: 'nonsense', resource: '../../x' }).errors).toEqual({
      topic: 'required',
      resource: 'invalid',
    });
  });
});
