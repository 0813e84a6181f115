// Structured logs (pino). Never log a password, a token or a cookie: the redact list below is a safety net.
import { pino } from 'pino';
import { config } from './config';

/** Keys whose values never reach the logs, at the top level and up to two levels down. */
export const SECRET_KEYS = ['password', 'passwordHash', 'confirm', 'token', 'tokenHash', 'cookie', 'set-cookie', 'authorization', 'secret'];

const segment = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`);
const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => [segment(key).replace(/^\./, ''), `*${segment(key)}`, `*.*${segment(key)}`]);

export const log = pino({
	level: config.logLevel,
	redact: { paths: REDACTED_PATHS, censor: '[redacted]' }
});

/** The path to log for a request: values of route parameters that hold a secret (e.g. [token]) are masked. */
export function loggablePath(pathname: string, params: Partial<Record<string, string>>): string {
	let path = pathname;
	for (const [name, value] of Object.entries(params)) {
		if (value && /token|secret|key/i.test(name)) path = path.split(encodeURIComponent(value)).join('[redacted]').split(value).join('[redacted]');
	}
	return path;
}
