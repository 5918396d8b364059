import { describe, expect, it } from 'vitest';
import { localGovernmentCheckDigit, parseLocalGovernmentCode } from './parse-local-government-code';

describe('localGovernmentCheckDigit', () => {
  it.each([
    ['10202', '4'], // 高崎市
    ['01100', '2'], // 札幌市
    ['13101', '6'], // 千代田区
    ['10204', '1'], // 伊勢崎市: remainder 0 → 11 → 1
    ['07201', '0'], // 福島市: remainder 1 → 10 → 0
    ['10212', '1'], // みどり市
  ])('%s → %s', (code5, digit) => {
    expect(localGovernmentCheckDigit(code5)).toBe(digit);
  });

  it('refuses anything but five digits', () => {
    expect(() => localGovernmentCheckDigit('1020')).toThrow(RangeError);
  });
});

describe('parseLocalGovernmentCode', () => {
  it('takes five digits and six with the right check digit', () => {
    expect(parseLocalGovernmentCode('10202')).toEqual({
      ok: true,
      code5: '10202',
      code6: '102024',
    });
    expect(parseLocalGovernmentCode(' 102024 ')).toEqual({
      ok: true,
      code5: '10202',
      code6: '102024',
    });
  });

  it('names a wrong check digit with the expected one', () => {
    expect(parseLocalGovernmentCode('102025')).toEqual({
      ok: false,
      problem: { kind: 'checkDigit', given: '5', expected: '4' },
    });
  });

  it('names the prefecture part when it is not 01–47', () => {
    expect(parseLocalGovernmentCode('48202')).toEqual({
      ok: false,
      problem: { kind: 'prefecture', prefecture: '48' },
    });
    expect(parseLocalGovernmentCode('00202')).toEqual({
      ok: false,
      problem: { kind: 'prefecture', prefecture: '00' },
    });
  });

  it('refuses a prefecture code (municipality part 000)', () => {
    expect(parseLocalGovernmentCode('10000')).toEqual({
      ok: false,
      problem: { kind: 'prefectureItself' },
    });
  });

  it('refuses other shapes', () => {
    for (const s of ['1020', '1020245', '10-202', '１０２０２', '']) {
      expect(parseLocalGovernmentCode(s)).toEqual({ ok: false, problem: { kind: 'format' } });
    }
  });
});
