#!/usr/bin/env node
// `npx cocon-verify tally.json`: runs src/lib/tally/verify-cli.ts (TypeScript, through tsx) from this repository.
import { register } from 'tsx/esm/api';

register();
await import('../src/lib/tally/verify-cli.ts');
