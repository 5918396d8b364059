// The message areas this route's pages show (issue #13: not in the residents' first chunk).
import { provideMessages } from '$lib/i18n/locale.svelte';
import { adminMessages } from '$lib/i18n/messages/admin';
import { importerMessages } from '$lib/i18n/messages/importer';
import { needsMessages } from '$lib/i18n/messages/needs';
import { organiserMessages } from '$lib/i18n/messages/organiser';

export const load = () =>
  provideMessages({
    admin: adminMessages,
    importer: importerMessages,
    needs: needsMessages,
    organiser: organiserMessages,
  });
