// The message areas this route's pages show (issue #13: not in the residents' first chunk).
import { provideMessages } from '$lib/i18n/locale.svelte';
import { organiserMessages } from '$lib/i18n/messages/organiser';
import { paperworkMessages } from '$lib/i18n/messages/paperwork';

export const load = () =>
  provideMessages({
    organiser: organiserMessages,
    paperwork: paperworkMessages,
  });
