#!/usr/bin/env node
// The `sasaeai` command line (`npx sasaeai …`): batch work and reports on the same pure
// TypeScript core the app uses. tsx loads the TypeScript sources directly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
