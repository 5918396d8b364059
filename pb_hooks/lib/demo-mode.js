/// <reference path="../../pb_data/types.d.ts" />
/* global $os */
/**
 * The demo data directory and what it refuses (issue #11). CommonJS, loaded with require.
 *
 * A data directory made for the demo city holds the marker file `sasaeai-demo-city.txt`
 * (written by scripts/lib/demo-data.ts; the same name is DEMO_MARKER_FILE there). A file, not
 * the `site.fictional` flag, because the flag is data that admins and imports may change (an
 * import with a city name sets it to false), while the marker can only be removed by someone
 * with shell access to the server. Backups carry it, so a restored demo stays a demo.
 */

const DEMO_MARKER_FILE = 'sasaeai-demo-city.txt';

const MESSAGE =
  "This is the demo city's data directory (fictional data, accounts with public passwords): importing into it is refused, " +
  'so that a real city never mixes with the demo. Start a real city in its own data directory: ' +
  'npx sasaeai init --data-dir DIR --city-name 高崎市 --city-code 10202 --admin-email you@city.example, ' +
  'then DATA_DIR=DIR npm start, and import there.';

const MESSAGE_JA =
  'ここはデモ用の架空の市のデータディレクトリです（架空のデータ・パスワードが公開されたアカウント）。実在の市のデータと混ざらないよう、取り込みはできません。' +
  '実在の市は専用のデータディレクトリで始めてください：npx sasaeai init --data-dir DIR --city-name 高崎市 --city-code 10202 --admin-email you@city.example ' +
  'を実行し、DATA_DIR=DIR npm start で起動してから取り込みます。';

/**
 * The demo accounts' e-mail addresses (src/lib/demo-city/generate-demo-users.ts and
 * DEMO_SUPERUSER in scripts/lib/demo-data.ts; a unit test keeps the lists equal). Their
 * passwords are published in the README, so they may exist only in a demo data directory.
 */
const DEMO_EMAILS = [
  'admin@example.com',
  'coordinator@example.com',
  'coordinator2@example.com',
  'caremanager@example.com',
  'superuser@example.com',
];

/** Whether `app` serves a demo data directory. */
function isDemo(app) {
  try {
    $os.stat(app.dataDir() + '/' + DEMO_MARKER_FILE);
    return true;
  } catch {
    return false;
  }
}

/** The refusal body for an import into a demo directory, or null when importing is allowed. */
function importRefusal(app) {
  if (!isDemo(app)) return null;
  return { code: 'demo_data_dir', message: MESSAGE, messageJa: MESSAGE_JA };
}

/** Throws when `record` (users or _superusers) would be a demo account outside the demo directory. */
function refuseDemoAccount(app, record) {
  const email = String(record.getString('email') || '').toLowerCase();
  if (DEMO_EMAILS.indexOf(email) < 0 || isDemo(app)) return;
  throw new BadRequestError(
    `${email} is a demo account, whose password is published in the README: it exists only in the demo city's data directory, never in a real city. Use another e-mail address.`,
  );
}

module.exports = { DEMO_MARKER_FILE, DEMO_EMAILS, isDemo, importRefusal, refuseDemoAccount };
