/**
 * Reads a password on the terminal without echoing it (raw mode: each key is read as typed,
 * nothing is printed; Backspace deletes, Enter ends, Ctrl-C and Ctrl-D abort).
 */

/**
 * Asks `prompt` on stderr and reads one line from a terminal without echo.
 * @throws Error when stdin is not a terminal (the caller offers an environment variable
 *   instead), or when the user aborts with Ctrl-C / Ctrl-D.
 */
export async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) throw new Error('stdin is not a terminal');
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  try {
    return await new Promise<string>((resolve, reject) => {
      let value = '';
      const onData = (chunk: string): void => {
        for (const ch of chunk) {
          if (ch === '\r' || ch === '\n') {
            stdin.off('data', onData);
            resolve(value);
            return;
          }
          if (ch === '\u0003' || ch === '\u0004') {
            stdin.off('data', onData);
            reject(new Error('aborted'));
            return;
          }
          if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
          else if (ch >= ' ') value += ch;
        }
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    process.stderr.write('\n');
  }
}
