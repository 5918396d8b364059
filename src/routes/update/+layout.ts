// The message areas this route's pages show (issue #13: not in the residents' first chunk).
import { provideMessages } from '$lib/i18n/locale.svelte';
import { directoryMessages } from '$lib/i18n/messages/directory';
import { organiserMessages } from '$lib/i18n/messages/organiser';

export const load = () =>
  provideMessages({
    directory: directoryMessages,
    organiser: organiserMessages,
  });
