/**
 * checkSuggestion (TypeScript, the form) and pb_hooks/lib/resident-input.js (PocketBase's JS
 * VM, the server, running this module bundled into lib/check-suggestion.js) must agree: every
 * case gives the same cleaned value and the same errors from both, run as the VM runs them.
 */
import { loadHookModule } from '../../../tests/helpers/load-hook-module';
import { describe, expect, it } from 'vitest';
import { checkSuggestion } from './check-suggestion';

// The server's module, run as PocketBase's VM runs it.
const hook = loadHookModule<{
  checkSuggestion(body: unknown): { value: unknown; errors: Record<string, string> };
}>('lib/resident-input.js');

const ok = { resource: 'res000000000001', topic: 'schedule', message: '第3水曜日も開いています。' };
const CASES: unknown[] = [
  ok,
  { ...ok, reporter_name: ' 山田\n花子 ', reporter_contact: '090-0000-0000\u200b' },
  { ...ok, message: 'a\u0000b\u0007c\u200bd\u200de\u202ef\u2066g\ufeffh\u00adi\r\nj' },
  { ...ok, message: '\u200b'.repeat(10) },
  { ...ok, message: '\u0000'.repeat(10) },
  { ...ok, message: '\u3000 \n\t\u00a0' },
  { ...ok, message: '休 み で す' },
  { ...ok, message: '👍'.repeat(1000) },
  { ...ok, message: '👍'.repeat(1001) },
  { ...ok, message: 42 },
  { ...ok, resource: [ok.resource], topic: ['cost'] },
  { ...ok, resource: '../../x', topic: 'nonsense' },
  { ...ok, resource: null, topic: undefined },
  { ...ok, id: 'chosen', handled_at: '2020-01-01', status: 'accepted' },
  { ...ok, reporter_name: 'x'.repeat(101), reporter_contact: 'y'.repeat(201) },
  {},
  [],
  null,
  'text',
];

describe('form and server agree on suggestions', () => {
  it('on every case', () => {
    for (const body of CASES) {
      // the VM's objects come from another realm: compare as JSON
      expect(JSON.parse(JSON.stringify(hook.checkSuggestion(body))), JSON.stringify(body)).toEqual(
        JSON.parse(JSON.stringify(checkSuggestion(body))),
      );
    }
  });
});
