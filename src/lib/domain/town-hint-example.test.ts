import { describe, expect, it } from 'vitest';
import { townHintExample } from './town-hint-example';

describe('townHintExample', () => {
  it("takes the most populous town's reading, else its name, never a fixed word", () => {
    const towns = [
      { name: '八島町', nameKana: 'やしまちょう', population: 900 },
      { name: '旭町', nameKana: 'あさひちょう', population: 1200 },
      { name: '東町', nameKana: '', population: 5000 },
    ];
    expect(townHintExample(towns)).toBe('あさひ');
    expect(townHintExample(towns.map((t) => ({ ...t, nameKana: '' })))).toBe('東町');
    expect(townHintExample([])).toBe('');
  });
});
