/**
 * How CLI commands that talk to a server sign in: `--url`, `--email`, `--password` or
 * SASAEAI_URL, SASAEAI_EMAIL, SASAEAI_PASSWORD; as an app admin (users) or a PocketBase
 * superuser. Shared by `import` and `backup`, so both take the same flags and variables, and
 * the server's address by `export` and `survey` too.
 */
import { Gateway } from '../lib/data-access/gateway';
import { UsageError } from './command';

/** The server flags every such command declares (spread into its parseFlags options). */
export const SERVER_FLAGS = {
  url: { type: 'string' },
  email: { type: 'string' },
  password: { type: 'string' },
  superuser: { type: 'boolean' },
} as const;

/** The server's origin: --url, else SASAEAI_URL, else a server on this machine. */
export function serverUrl(flags: { url?: string }): string {
  return flags.url ?? process.env.SASAEAI_URL ?? 'http://127.0.0.1:8090';
}

/**
 * The e-mail and password from the flags or SASAEAI_EMAIL / SASAEAI_PASSWORD.
 * @param who what the account must be, for the message when either is missing.
 * @throws UsageError when either is missing
 */
export function credentialsFromFlags(
  flags: { email?: string; password?: string },
  who: string,
): { email: string; password: string } {
  const email = flags.email ?? process.env.SASAEAI_EMAIL;
  const password = flags.password ?? process.env.SASAEAI_PASSWORD;
  if (!email || !password)
    throw new UsageError(
      `give --email and --password of ${who} (or SASAEAI_EMAIL / SASAEAI_PASSWORD)`,
    );
  return { email, password };
}

/**
 * Signs in and returns the gateway.
 * @param who what the account must be, for the message when e-mail or password is missing.
 */
export async function signInFromFlags(
  flags: { url?: string; email?: string; password?: string },
  opts: { superuser: boolean; who: string },
): Promise<Gateway> {
  const gateway = new Gateway(serverUrl(flags));
  const { email, password } = credentialsFromFlags(flags, opts.who);
  if (opts.superuser) await gateway.loginSuperuser(email, password);
  else await gateway.login(email, password);
  return gateway;
}
