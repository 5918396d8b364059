/**
 * Loads a CommonJS module of `pb_hooks/` the way PocketBase's JS VM does, in a fresh Node VM
 * context, for the parity tests that run the server's rules beside the TypeScript ones. Its
 * `require(`${__hooks}/lib/x.js`)` calls load the other hook modules the same way.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

const HOOKS = new URL('../../pb_hooks/', import.meta.url);

/**
 * The exports of a hook module (objects from the VM's realm: compare them as JSON).
 * @param path relative to pb_hooks/, e.g. `lib/needs.js`
 */
export function loadHookModule<T = unknown>(path: string): T {
  const mod = { exports: {} as unknown };
  runInNewContext(readFileSync(new URL(path.replace(/^\.\//, ''), HOOKS), 'utf8'), {
    module: mod,
    exports: mod.exports,
    __hooks: '.',
    require: (p: string) => loadHookModule(p),
  });
  return mod.exports as T;
}
