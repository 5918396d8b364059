/**
 * The records and settings a real city starts with (`sasaeai init`, issue #11): the city's
 * area row and `site` record (not fictional), its first app admin, a PocketBase superuser with
 * the same e-mail and password, daily backups with a retention count, and optionally the
 * reverse proxy's client-IP header.
 *
 * The city is shaped like the one an import makes (src/lib/import/plan-import.ts): an area of
 * kind `city` with the five-digit 全国地方公共団体コード as its code and `city:<code>` as its
 * source id, which the site points at. Districts and towns come with the first import, which
 * takes this city row over (see INIT_CITY_SOURCE) instead of adding a second one.
 *
 * Requires a superuser session on the gateway.
 */
import { INIT_CITY_SOURCE } from '../import/plan-import';
import type { Gateway } from './gateway';
import { GatewayError } from './gateway';
import { errorMessage } from '../domain/error-message';

export interface CitySetup {
  city: { name: string; code5: string; nameKana?: string; nameEn?: string };
  admin: { email: string; password: string; name?: string };
  /** PocketBase cron expression (e.g. `0 3 * * *`) and how many automatic backups to keep. */
  backups: { cron: string; keep: number };
  /** Headers PocketBase takes the client IP from (e.g. `['X-Forwarded-For']`); [] when not behind a proxy. */
  trustedProxyHeaders: string[];
  /** The public address (PocketBase `meta.appURL`, used in e-mailed links); omitted: left as is. */
  appUrl?: string;
}

/** Names the step that failed, with PocketBase's field messages. */
function fail(step: string, err: unknown): GatewayError {
  const data =
    (err as { response?: { data?: Record<string, { message?: string }> } }).response?.data ?? {};
  const fields = Object.entries(data)
    .map(([f, d]) => `${f}: ${d?.message ?? 'invalid'}`)
    .join('; ');
  const status = (err as { status?: number }).status ?? 0;
  return new GatewayError(`${step}: ${errorMessage(err)}${fields ? ` (${fields})` : ''}`, status);
}

async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw fail(name, err);
  }
}

/**
 * Writes `setup` into the (empty, migrated) database behind `gateway`.
 * @returns the ids of the city area, the site record and the admin user.
 * @throws GatewayError naming the step (city, site, admin, superuser, settings) that failed.
 */
export async function setUpCity(
  gateway: Gateway,
  setup: CitySetup,
): Promise<{ cityAreaId: string; siteId: string; adminId: string }> {
  const pb = gateway.pb;
  const { city, admin } = setup;
  const cityArea = await step('creating the city area', () =>
    pb.collection('areas').create({
      kind: 'city',
      code: city.code5,
      name: city.name,
      name_kana: city.nameKana ?? '',
      source: INIT_CITY_SOURCE,
      source_id: `city:${city.code5}`,
    }),
  );
  const site = await step('creating the site record', () =>
    pb.collection('site').create({
      city_name: city.name,
      city_name_kana: city.nameKana ?? '',
      city_name_en: city.nameEn ?? '',
      fictional: false,
      attribution: '',
      city: cityArea.id,
    }),
  );
  const user = await step(`creating the admin account ${admin.email}`, () =>
    pb.collection('users').create({
      email: admin.email,
      emailVisibility: false,
      verified: true,
      password: admin.password,
      passwordConfirm: admin.password,
      name: admin.name ?? '',
      role: 'admin',
    }),
  );
  await step(`creating the superuser ${admin.email}`, () =>
    pb
      .collection('_superusers')
      .create({ email: admin.email, password: admin.password, passwordConfirm: admin.password }),
  );
  await step('saving the settings (backups, trusted proxy)', () =>
    pb.settings.update({
      backups: { cron: setup.backups.cron, cronMaxKeep: setup.backups.keep },
      trustedProxy: { headers: setup.trustedProxyHeaders, useLeftmostIP: false },
      ...(setup.appUrl ? { meta: { appURL: setup.appUrl } } : {}),
    }),
  );
  return { cityAreaId: cityArea.id, siteId: site.id, adminId: user.id };
}

/** Deletes the superuser `email` (init's temporary one, once the real one exists). */
export async function deleteSuperuser(gateway: Gateway, email: string): Promise<void> {
  await step(`removing the temporary superuser ${email}`, async () => {
    const rec = await gateway.pb
      .collection('_superusers')
      .getFirstListItem(gateway.pb.filter('email = {:email}', { email }));
    await gateway.pb.collection('_superusers').delete(rec.id);
  });
}
