// The message areas this route's pages show (issue #13: not in the residents' first chunk).
import { provideMessages } from '$lib/i18n/locale.svelte';
import { coverageMessages } from '$lib/i18n/messages/coverage';
import { needsMatrixMessages } from '$lib/i18n/messages/needs-matrix';

export const load = () =>
  provideMessages({ coverage: coverageMessages, needsMatrix: needsMatrixMessages });
