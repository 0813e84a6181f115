// Runtime configuration, read once from the environment. Every variable is documented in README.md.
import path from 'node:path';

function int(name: string, fallback: number): number {
	const raw = process.env[name];
	if (!raw) return fallback;
	const n = Number.parseInt(raw, 10);
	return Number.isFinite(n) ? n : fallback;
}

function bool(name: string, fallback: boolean): boolean {
	const raw = process.env[name]?.toLowerCase();
	if (raw === undefined || raw === '') return fallback;
	return !['0', 'false', 'no', 'off'].includes(raw);
}

/** A size in adapter-node's syntax: bytes, or with a K, M or G suffix (binary multiples). */
export function parseSize(raw: string | undefined, fallback: number): number {
	const match = /^\s*(\d+)\s*([kmg]?)\s*$/i.exec(raw ?? '');
	if (!match) return fallback;
	const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
	return Number.parseInt(match[1], 10) * unit;
}

const port = int('PORT', 3000);

export const config = {
	port,
	origin: process.env.ORIGIN ?? `http://localhost:${port}`,
	databasePath: process.env.DATABASE_PATH ?? path.resolve('data', 'cocon.db'),
	dataDir: process.env.DATA_DIR ?? path.resolve('data'),
	migrationsDir: process.env.MIGRATIONS_DIR ?? path.resolve('migrations'),
	adminEmail: process.env.ADMIN_EMAIL?.trim().toLowerCase() || undefined,
	adminPassword: process.env.ADMIN_PASSWORD || undefined,
	smtpUrl: process.env.SMTP_URL || undefined,
	mailFrom: process.env.MAIL_FROM ?? 'Cocon <no-reply@cocon.local>',
	demoData: bool('DEMO_DATA', true),
	logLevel: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
	loginMaxPerAccount: int('LOGIN_MAX_PER_ACCOUNT', 5),
	loginMaxPerAddress: int('LOGIN_MAX_PER_ADDRESS', 20),
	loginWindowMinutes: int('LOGIN_WINDOW_MINUTES', 15),
	/** Open socket.io connections allowed from one client address (src/lib/server/realtime/limits.ts). */
	socketMaxPerAddress: int('SOCKET_MAX_PER_ADDRESS', 500),
	/** adapter-node's global cap on request bodies (the routes that take files). */
	bodySizeLimit: parseSize(process.env.BODY_SIZE_LIMIT, 12 * 1024 * 1024),
	/** Largest body of a POST to a route that takes no file (login, plain forms); BODY_SIZE_LIMIT caps the others. */
	formBodySizeLimit: parseSize(process.env.FORM_BODY_SIZE_LIMIT, 64 * 1024)
} as const;
