import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorMessage } from '../lib/domain/error-message';

/** One CLI command. `run` gets the arguments after the command name and returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  run(argv: string[]): Promise<number>;
}

/** A user error: printed as is (no stack), exit code 2. */
export class UsageError extends Error {}

/**
 * Parses `argv` strictly with node:util parseArgs; unknown flags and missing values become
 * UsageErrors that name the flag.
 */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new UsageError(errorMessage(err));
  }
}

/**
 * parseFlags with `--help` / `-h` added: with it, prints `help` and gives null, and the command
 * returns 0 (defineCommand does this for every command).
 */
export function parseFlagsOrHelp<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  help: string,
) {
  const flags = parseFlags<T & { help: { type: 'boolean'; short: 'h' } }>(argv, {
    ...options,
    help: { type: 'boolean', short: 'h' },
  });
  // (inside this generic function the values' type is not resolved yet; callers get it)
  if ((flags as { help?: boolean }).help) {
    console.log(help);
    return null;
  }
  return flags;
}

type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/** The flags a command declared, parsed (`--help` aside). */
export type FlagValues<T extends FlagOptions> = NonNullable<ReturnType<typeof parseFlagsOrHelp<T>>>;

/**
 * A command from its name, summary, help text and flags: `--help` / `-h` prints `help` and exits
 * 0 without running it; otherwise `run` gets the flags, parsed strictly (parseFlagsOrHelp). An
 * error it throws is printed by the dispatcher (main.ts: a UsageError exits 2, any other 1).
 */
export function defineCommand<const T extends FlagOptions>(spec: {
  name: string;
  summary: string;
  help: string;
  flags: T;
  run(flags: FlagValues<T>): Promise<number>;
}): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    async run(argv) {
      const flags = parseFlagsOrHelp(argv, spec.flags, spec.help);
      return flags ? spec.run(flags) : 0;
    },
  };
}
