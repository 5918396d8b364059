/**
 * The `sasaeai` CLI dispatcher. Each command lives in `commands/<name>.ts` and exports a
 * `Command` (made with `defineCommand`); add it to COMMANDS below. Commands print results on
 * stdout (JSON with `--json`) and clear messages on stderr; they return the process exit code.
 *
 * The documented flags and JSON output of a command are a contract: extend, never break.
 */
import { demoCityCommand } from './commands/demo-city';
import { searchCommand } from './commands/search';
import { importCommand } from './commands/import';
import { coverageCommand } from './commands/coverage';
import { exportCommand } from './commands/export';
import { surveyCommand } from './commands/survey';
import { initCommand } from './commands/init';
import { backupCommand } from './commands/backup';
import { restoreCommand } from './commands/restore';
import { UsageError, type Command } from './command';
import { errorMessage } from '../lib/domain/error-message';

const COMMANDS: Command[] = [
  demoCityCommand,
  searchCommand,
  importCommand,
  coverageCommand,
  exportCommand,
  surveyCommand,
  initCommand,
  backupCommand,
  restoreCommand,
];

const VERSION = '0.1.0';

function usage(): string {
  const lines = ['Usage: sasaeai <command> [options]', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(12)} ${c.summary}`);
  lines.push('', 'Run `sasaeai <command> --help` for its options.');
  return lines.join('\n');
}

/** Runs the CLI with `argv` (without node and script). @returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    console.log(VERSION);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`sasaeai: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    console.error(`sasaeai ${name}: ${errorMessage(err)}`);
    return err instanceof UsageError ? 2 : 1;
  }
}
