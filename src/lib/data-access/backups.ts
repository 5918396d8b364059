/**
 * PocketBase backups through the gateway (`sasaeai backup`, issue #11). A backup is a zip of
 * the whole data directory (database, uploaded files, the demo marker if any), made by the
 * server in one transaction and stored in DATA_DIR/backups.
 *
 * Requires a superuser session on the gateway.
 */
import type { Gateway } from './gateway';
import { GatewayError } from './gateway';
import { errorMessage } from '../domain/error-message';

/** A backup name PocketBase accepts (`[a-z0-9_-]+.zip`), from `prefix` and the UTC time. */
export function backupName(prefix: string, at: Date = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15);
  return `${prefix}_${stamp}.zip`;
}

function describe(step: string, err: unknown): GatewayError {
  const status = (err as { status?: number }).status ?? 0;
  return new GatewayError(`${step}: ${errorMessage(err)}`, status);
}

/** Makes a backup named `name` on the server now (waits until it is written). */
export async function createBackup(gateway: Gateway, name: string): Promise<void> {
  try {
    await gateway.pb.backups.create(name);
  } catch (err) {
    throw describe(`making the backup ${name}`, err);
  }
}

/** The one-time download address of the backup `name` (a short-lived file token in its query). */
export async function backupDownloadUrl(gateway: Gateway, name: string): Promise<string> {
  try {
    const token = await gateway.pb.files.getToken();
    return gateway.pb.backups.getDownloadURL(token, name);
  } catch (err) {
    throw describe(`asking for a download token of ${name}`, err);
  }
}
