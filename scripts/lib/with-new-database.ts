/**
 * The way a new data directory gets its first records (the demo city, `sasaeai init`'s city):
 * through the gateway of a private PocketBase that nobody else can reach, stopped afterwards.
 */
import { Gateway } from '../../src/lib/data-access/gateway';
import { createDatabase, servePrivately } from './pocketbase-process';

/**
 * Creates the database in `dataDir` with `superuser` (createDatabase), serves it privately and
 * runs `work` with that superuser signed in; the server stops afterwards, whatever happens.
 * @returns what `work` returns
 */
export async function withNewDatabase<T>(
  dataDir: string,
  superuser: { email: string; password: string },
  work: (gateway: Gateway) => Promise<T>,
): Promise<T> {
  await createDatabase(dataDir, superuser);
  const pb = await servePrivately({ dataDir });
  try {
    const gateway = new Gateway(pb.url);
    await gateway.loginSuperuser(superuser.email, superuser.password);
    return await work(gateway);
  } finally {
    await pb.stop();
  }
}
