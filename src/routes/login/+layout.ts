// The message areas this route's pages show (issue #13: not in the residents' first chunk).
import { provideMessages } from '$lib/i18n/locale.svelte';
import { adminMessages } from '$lib/i18n/messages/admin';

export const load = () => provideMessages({ admin: adminMessages });
