#!/usr/bin/env node
// The `barwise` command: loads the TypeScript CLI through tsx (see docs/adr/0004).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
