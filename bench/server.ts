// Starts the built app (src/server/start.js) for a benchmark on its own port and database, and waits for /healthz.
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

export async function startServer(options: { root: string; port: number; dbFile: string; dir: string }): Promise<ChildProcess> {
	const { root, port, dbFile, dir } = options;
	const child = spawn(process.execPath, [path.join(root, 'src/server/start.js')], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'warn', DATABASE_PATH: dbFile, DATA_DIR: dir, NODE_ENV: 'production' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	child.stdout!.on('data', () => {});
	const deadline = Date.now() + 180_000;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 300));
	}
	child.kill();
	throw new Error('the server did not start');
}
