/**
 * The whole message tree of each language (the core plus every lazily loaded area), for tests:
 * the key-parity and punctuation checks walk every message, and unit tests of code that reads
 * an area without a route (`provideAllMessages`) get every area at once. The app never imports
 * this: each route provides only its own areas (src/routes/**\/+layout.ts).
 */
import { en } from '../en';
import { ja, type LazyArea, type Messages } from '../ja';
import { provideMessages, type AreaMessages } from '../locale.svelte';
import { adminMessages } from '../messages/admin';
import { councilsMessages } from '../messages/councils';
import { coverageMessages } from '../messages/coverage';
import { diagnosisMessages } from '../messages/diagnosis';
import { directoryMessages } from '../messages/directory';
import { duplicatesMessages } from '../messages/duplicates';
import { helpersMessages } from '../messages/helpers';
import { importerMessages } from '../messages/importer';
import { needsMessages } from '../messages/needs';
import { needsMatrixMessages } from '../messages/needs-matrix';
import { organiserMessages } from '../messages/organiser';
import { paperworkMessages } from '../messages/paperwork';

/** Every lazy area in both languages; typed so that an area left out fails the type check. */
const AREAS = {
  admin: adminMessages,
  councils: councilsMessages,
  coverage: coverageMessages,
  diagnosis: diagnosisMessages,
  directory: directoryMessages,
  duplicates: duplicatesMessages,
  helpers: helpersMessages,
  importer: importerMessages,
  needs: needsMessages,
  needsMatrix: needsMatrixMessages,
  organiser: organiserMessages,
  paperwork: paperworkMessages,
} satisfies { [A in LazyArea]: AreaMessages<A> };

function tree(code: 'ja' | 'en'): Messages {
  const areas = Object.fromEntries(Object.entries(AREAS).map(([k, v]) => [k, v[code]]));
  return { ...(code === 'ja' ? ja : en), ...areas } as Messages;
}

/** Every Japanese message. */
export const allJa: Messages = tree('ja');
/** Every English message. */
export const allEn: Messages = tree('en');

/** Makes every area readable through `locale.t`, as if the route had provided them all. */
export function provideAllMessages(): void {
  provideMessages(AREAS);
}
