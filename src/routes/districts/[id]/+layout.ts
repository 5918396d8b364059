// The message areas this route's pages show (issue #13: not in the residents' first chunk).
import { provideMessages } from '$lib/i18n/locale.svelte';
import { councilsMessages } from '$lib/i18n/messages/councils';
import { diagnosisMessages } from '$lib/i18n/messages/diagnosis';
import { needsMessages } from '$lib/i18n/messages/needs';
import { needsMatrixMessages } from '$lib/i18n/messages/needs-matrix';
import { paperworkMessages } from '$lib/i18n/messages/paperwork';

export const load = () =>
  provideMessages({
    councils: councilsMessages,
    diagnosis: diagnosisMessages,
    needs: needsMessages,
    needsMatrix: needsMatrixMessages,
    paperwork: paperworkMessages,
  });
