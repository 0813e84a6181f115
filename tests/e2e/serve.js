// Starts the production server on a fresh temporary database for the end-to-end suite.
import fs from 'node:fs';
import path from 'node:path';

// One database directory per port, so that several suites can run side by side.
const dir = path.resolve('test-results', `e2e-db-${process.env.E2E_PORT ?? '4173'}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
process.env.DATABASE_PATH = path.join(dir, 'cocon.db');
process.env.DATA_DIR = dir;
process.env.PORT = process.env.E2E_PORT ?? '4173';
process.env.HOST = '127.0.0.1';
process.env.LOG_LEVEL ??= 'warn';
process.env.LOGIN_MAX_PER_ADDRESS ??= '1000';
await import('../../src/server/start.js');
