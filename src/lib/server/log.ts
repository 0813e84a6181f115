// Structured logs (pino). Never log a password, a token or a cookie: the redact list below is a safety net.
import { pino } from 'pino';
import { config } from './config';

export const log = pino({
	level: config.logLevel,
	redact: {
		paths: [
			'password',
			'*.password',
			'token',
			'*.token',
			'cookie',
			'*.cookie',
			'headers.cookie',
			'*.headers.cookie',
			'headers.authorization'
		],
		censor: '[redacted]'
	}
});
