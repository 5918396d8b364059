/**
 * How `sasaeai import` signs in and names a server failure: a stable code (the `--json` error
 * object carries it) and a message saying what to do (check the URL, the password, add
 * --superuser).
 */
import { Gateway, GatewayError } from '../lib/data-access/gateway';

/**
 * A failure the import names for the user: `code` is stable (the `--json` error object carries
 * it), `message` says what to do.
 */
export class ImportCliError extends Error {
  constructor(
    readonly code: 'unreachable' | 'auth' | 'superuser_needed' | 'server',
    message: string,
  ) {
    super(message);
  }
}

/** Signs in; a refused sign-in tells apart "wrong password" from "superuser without --superuser". */
export async function signIn(
  gateway: Gateway,
  url: string,
  email: string,
  password: string,
  superuser: boolean,
): Promise<void> {
  try {
    if (superuser) await gateway.loginSuperuser(email, password);
    else await gateway.login(email, password);
    return;
  } catch (err) {
    throw await describeFailure(err, url, async () => {
      if (superuser) return null;
      // The same credentials may be a superuser's: say so instead of "Failed to authenticate".
      try {
        await gateway.loginSuperuser(email, password);
        gateway.logout();
        return new ImportCliError(
          'superuser_needed',
          `${email} is a superuser, not an app user: add --superuser to sign in as a superuser at ${url}`,
        );
      } catch {
        return null;
      }
    });
  }
}

/** A server failure as an ImportCliError naming the URL (status 0: the server did not answer). */
export async function describeFailure(
  err: unknown,
  url: string,
  onAuthRefused?: () => Promise<ImportCliError | null>,
): Promise<Error> {
  if (!(err instanceof GatewayError)) return err instanceof Error ? err : new Error(String(err));
  if (err.status === 0)
    return new ImportCliError(
      'unreachable',
      `cannot reach the server at ${url} (is it running, and is the URL right?): ${err.message}`,
    );
  if (err.status === 400 || err.status === 401 || err.status === 403) {
    const better = onAuthRefused ? await onAuthRefused() : null;
    if (better) return better;
    if (onAuthRefused)
      return new ImportCliError(
        'auth',
        `sign-in refused at ${url}: check --email and --password (an admin user; a superuser needs --superuser)`,
      );
  }
  return new ImportCliError(
    'server',
    `the server at ${url} answered ${err.status}: ${err.message}`,
  );
}
