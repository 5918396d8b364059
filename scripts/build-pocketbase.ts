/**
 * `npm run build:pocketbase`: builds bin/pocketbase from pb/ when its inputs changed (the same
 * step `npm start` and the test setup run first).
 */
import { ensurePocketBase } from './lib/pocketbase-binary';

if (!ensurePocketBase()) console.log('bin/pocketbase is up to date.');
