// The message areas this route's pages show (issue #13: not in the residents' first chunk).
import { provideMessages } from '$lib/i18n/locale.svelte';
import { councilsMessages } from '$lib/i18n/messages/councils';
import { diagnosisMessages } from '$lib/i18n/messages/diagnosis';
import { paperworkMessages } from '$lib/i18n/messages/paperwork';

export const load = () =>
  provideMessages({
    councils: councilsMessages,
    diagnosis: diagnosisMessages,
    paperwork: paperworkMessages,
  });
