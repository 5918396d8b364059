/**
 * `sasaeai init --data-dir DIR --city-name 高崎市 --city-code 10202 --admin-email EMAIL`
 *
 * Makes a real city's data directory (issue #11), empty of demo content: the migrated database,
 * the city's area row and `site` record (not fictional), the first app admin (signs in at
 * /login) and a PocketBase superuser with the same e-mail and password, daily backups with a
 * retention count, and (--behind-proxy) the reverse proxy's client-IP header. `DATA_DIR=DIR
 * npm start` then serves it as it is; districts, towns and places come with the first import.
 *
 * Every input is checked before anything is written. The directory is built in a hidden
 * sibling and renamed into place only when everything succeeded, so a failure leaves no
 * half-made directory; a directory that holds anything (or that a server uses) is refused and
 * left untouched.
 *
 * The password comes from SASAEAI_ADMIN_PASSWORD or is asked twice on the terminal (no echo),
 * never from a flag (it would stay in the shell history and the process list).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensurePocketBase } from '../../../scripts/lib/pocketbase-binary';
import { findRunningServer } from '../../../scripts/lib/server-lock';
import { withNewDatabase } from '../../../scripts/lib/with-new-database';
import { deleteSuperuser, setUpCity, type CitySetup } from '../../lib/data-access/set-up-city';
import {
  parseLocalGovernmentCode,
  type LocalGovernmentCodeProblem,
} from '../../lib/domain/parse-local-government-code';
import { defineCommand, UsageError } from '../command';
import { readSecret } from '../read-secret';
import { makeStagingDir } from '../staging-dir';
import { errorMessage } from '../../lib/domain/error-message';

/** Shortest admin password accepted (the account can import, edit every record and manage users). */
export const MIN_ADMIN_PASSWORD_LENGTH = 10;
/** PocketBase stores passwords with bcrypt, which reads at most 72 bytes; PocketBase caps them at 71. */
const MAX_ADMIN_PASSWORD_LENGTH = 71;
/** 03:00 Japan time: PocketBase's cron runs in UTC (the settings page shows it as 3時). */
const DEFAULT_BACKUP_CRON = '0 18 * * *';
const DEFAULT_BACKUP_KEEP = 7;

const HELP = `Usage: sasaeai init --data-dir DIR --city-name NAME --city-code CODE --admin-email EMAIL [options]

Makes a real city's data directory (no demo data, no demo accounts). Serve it with
DATA_DIR=DIR npm start, sign in at /login, then import the city's files.

  --data-dir DIR        a new or empty directory (refused if it holds anything)
  --city-name NAME      the municipality's name, e.g. 高崎市
  --city-code CODE      全国地方公共団体コード: 5 digits (10202) or 6 with the check digit (102024)
  --city-name-kana K    its reading (optional), e.g. たかさきし
  --city-name-en E      its English name (optional), e.g. Takasaki City
  --admin-email EMAIL   the first administrator: an app admin (/login) and a PocketBase
                        superuser (/_/) with this e-mail and the same password
  --admin-name NAME     the admin's display name (optional)
  --backup-cron CRON    automatic backups into DIR/backups (default "${DEFAULT_BACKUP_CRON}": daily at 03:00 Japan time; the cron runs in UTC)
  --backup-keep N       how many automatic backups to keep (default ${DEFAULT_BACKUP_KEEP})
  --behind-proxy        served behind a reverse proxy (Caddy, nginx): take each visitor's IP
                        from X-Forwarded-For, so rate limits count residents one by one
  --app-url URL         the public address, e.g. https://sasaeai.city.example.jp (links in e-mails)
  --json                print the result as one JSON object

Password: SASAEAI_ADMIN_PASSWORD, or asked on the terminal (at least ${MIN_ADMIN_PASSWORD_LENGTH} characters).`;

/** Each part of a bad city code, said plainly. */
function describeCodeProblem(code: string, p: LocalGovernmentCodeProblem): string {
  switch (p.kind) {
    case 'format':
      return `--city-code "${code}" is not a 全国地方公共団体コード: give 5 digits (e.g. 10202) or 6 with the check digit (102024)`;
    case 'prefecture':
      return `--city-code "${code}": its first two digits "${p.prefecture}" are not a prefecture (01–47)`;
    case 'prefectureItself':
      return `--city-code "${code}" is a prefecture's code (its last three digits are 000), not a city's`;
    case 'checkDigit':
      return `--city-code "${code}": its check digit (the 6th digit) is ${p.given}, but for ${code.trim().slice(0, 5)} it must be ${p.expected}; the code is mistyped`;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why `dir` cannot become a new city, or null when it is missing or empty and unused. */
function dataDirProblem(dir: string): string | null {
  const inUse = findRunningServer(dir);
  if (inUse) return `--data-dir ${dir} is in use: ${inUse}`;
  if (!existsSync(dir)) return null;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return `--data-dir ${dir} is not a directory that can be read`;
  }
  if (entries.length === 0) return null;
  const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
  return `--data-dir ${dir} already holds data (${shown}): init only makes a new city in a new or empty directory. Nothing was changed.`;
}

async function adminPassword(): Promise<string> {
  const fromEnv = process.env.SASAEAI_ADMIN_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  let first: string;
  try {
    first = await readSecret('Admin password (at least 10 characters): ');
  } catch (err) {
    if (err instanceof Error && err.message === 'aborted')
      throw new UsageError('aborted: nothing was written');
    throw new UsageError(
      'set SASAEAI_ADMIN_PASSWORD, or run init on a terminal to be asked for the password',
    );
  }
  checkPassword(first);
  const again = await readSecret('The same password again: ').catch(() => '');
  if (again !== first) throw new UsageError('the two passwords differ: nothing was written');
  return first;
}

function checkPassword(password: string): void {
  const n = [...password].length;
  if (n < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new UsageError(
      `the admin password (SASAEAI_ADMIN_PASSWORD or the terminal) has ${n} characters; it needs at least ${MIN_ADMIN_PASSWORD_LENGTH}. Nothing was written.`,
    );
  }
  if (new TextEncoder().encode(password).length > MAX_ADMIN_PASSWORD_LENGTH) {
    throw new UsageError(
      `the admin password is longer than ${MAX_ADMIN_PASSWORD_LENGTH} bytes, which PocketBase cannot store. Nothing was written.`,
    );
  }
}

/**
 * Builds the city in `staging` (migrations, a temporary superuser, the records and settings
 * through a private PocketBase on a free loopback port, then the temporary superuser removed).
 */
async function buildCity(staging: string, setup: CitySetup): Promise<void> {
  // A throwaway superuser for this private server: the real password never goes on a command line.
  const temp = {
    email: `init-${randomBytes(6).toString('hex')}@sasaeai.invalid`,
    password: randomBytes(24).toString('base64url'),
  };
  await withNewDatabase(staging, temp, async (gateway) => {
    await setUpCity(gateway, setup);
    await gateway.loginSuperuser(setup.admin.email, setup.admin.password);
    await deleteSuperuser(gateway, temp.email);
  });
}

export const initCommand = defineCommand({
  name: 'init',
  summary: "make a real city's data directory (admin account, backups; no demo data)",
  help: HELP,
  flags: {
    'data-dir': { type: 'string' },
    'city-name': { type: 'string' },
    'city-code': { type: 'string' },
    'city-name-kana': { type: 'string' },
    'city-name-en': { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
    'backup-cron': { type: 'string' },
    'backup-keep': { type: 'string' },
    'behind-proxy': { type: 'boolean' },
    'app-url': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(flags) {
    // ---- every input is checked before anything is written -----------------------------------
    for (const f of ['data-dir', 'city-name', 'city-code', 'admin-email'] as const) {
      if (!flags[f]?.trim()) throw new UsageError(`--${f} is required (see --help)`);
    }
    const cityName = flags['city-name']!.trim();
    if ([...cityName].length > 100 || /\p{Cc}/u.test(cityName) || !/[市区町村]$/.test(cityName)) {
      throw new UsageError(
        `--city-name "${cityName}" must be the municipality's name as written in Japanese, ending in 市, 区, 町 or 村 (e.g. 高崎市)`,
      );
    }
    const code = parseLocalGovernmentCode(flags['city-code']!);
    if (!code.ok) throw new UsageError(describeCodeProblem(flags['city-code']!, code.problem));
    const email = flags['admin-email']!.trim();
    if (!EMAIL.test(email) || email.length > 255)
      throw new UsageError(`--admin-email "${email}" is not an e-mail address`);
    const keep =
      flags['backup-keep'] === undefined ? DEFAULT_BACKUP_KEEP : Number(flags['backup-keep']);
    if (!Number.isInteger(keep) || keep < 1 || keep > 1000)
      throw new UsageError(
        `--backup-keep must be a whole number from 1 to 1000, got "${flags['backup-keep']}"`,
      );
    const cron = (flags['backup-cron'] ?? DEFAULT_BACKUP_CRON).trim();
    if (cron.split(/\s+/).length !== 5)
      throw new UsageError(
        `--backup-cron "${cron}" is not a cron expression of 5 fields (minute hour day month weekday), e.g. "0 3 * * *"`,
      );
    let appUrl: string | undefined;
    if (flags['app-url'] !== undefined) {
      try {
        const u = new URL(flags['app-url']);
        if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('scheme');
        appUrl = u.origin;
      } catch {
        throw new UsageError(
          `--app-url "${flags['app-url']}" is not an http(s) address such as https://sasaeai.city.example.jp`,
        );
      }
    }
    const dataDir = resolve(flags['data-dir']!);
    const dirProblem = dataDirProblem(dataDir);
    if (dirProblem) throw new UsageError(dirProblem);
    const password = await adminPassword();
    checkPassword(password);

    const setup: CitySetup = {
      city: {
        name: cityName,
        code5: code.code5,
        nameKana: flags['city-name-kana']?.trim(),
        nameEn: flags['city-name-en']?.trim(),
      },
      admin: { email, password, name: flags['admin-name']?.trim() },
      backups: { cron, keep },
      trustedProxyHeaders: flags['behind-proxy'] ? ['X-Forwarded-For'] : [],
      appUrl,
    };

    // ---- build beside the target, then move it into place -------------------------------------
    const log = flags.json ? (m: string) => console.error(m) : (m: string) => console.log(m);
    ensurePocketBase(log);
    const { path: staging, discard } = makeStagingDir(dataDir, 'init');
    try {
      await buildCity(staging, setup);
      // Checked again: someone may have written into the directory meanwhile.
      const late = dataDirProblem(dataDir);
      if (late) throw new UsageError(late);
      if (existsSync(dataDir)) rmdirSync(dataDir); // empty (checked above); rmdir refuses otherwise
      renameSync(staging, dataDir);
    } catch (err) {
      discard();
      if (err instanceof UsageError) throw err;
      throw new Error(`init failed, nothing was written to ${dataDir}: ${errorMessage(err)}`);
    }

    const result = {
      dataDir,
      city: { name: cityName, code: code.code5, code6: code.code6 },
      admin: email,
      superuser: email,
      backups: { cron, keep, dir: join(dataDir, 'backups') },
      trustedProxyHeaders: setup.trustedProxyHeaders,
      appUrl: appUrl ?? null,
    };
    if (flags.json) console.log(JSON.stringify(result));
    else {
      console.log(`${cityName} (${code.code6}) is ready in ${dataDir}.`);
      console.log(`  admin (app /login and admin UI /_/): ${email}`);
      console.log(`  backups: "${cron}", keeping ${keep}, in ${result.backups.dir}`);
      if (setup.trustedProxyHeaders.length)
        console.log(
          `  client IP from: ${setup.trustedProxyHeaders.join(', ')} (behind a reverse proxy)`,
        );
      console.log(`Serve it with: DATA_DIR=${dataDir} npm start`);
    }
    return 0;
  },
});
