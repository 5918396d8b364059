// The message areas this route's pages show (issue #13: not in the residents' first chunk).
import { provideMessages } from '$lib/i18n/locale.svelte';
import { councilsMessages } from '$lib/i18n/messages/councils';
import { directoryMessages } from '$lib/i18n/messages/directory';
import { duplicatesMessages } from '$lib/i18n/messages/duplicates';
import { helpersMessages } from '$lib/i18n/messages/helpers';
import { needsMessages } from '$lib/i18n/messages/needs';
import { needsMatrixMessages } from '$lib/i18n/messages/needs-matrix';
import { organiserMessages } from '$lib/i18n/messages/organiser';
import { paperworkMessages } from '$lib/i18n/messages/paperwork';

export const load = () =>
  provideMessages({
    councils: councilsMessages,
    directory: directoryMessages,
    duplicates: duplicatesMessages,
    helpers: helpersMessages,
    needs: needsMessages,
    needsMatrix: needsMatrixMessages,
    organiser: organiserMessages,
    paperwork: paperworkMessages,
  });
