// What the server does once at start: migrate, make sure an admin can log in, create the demo council on
// an empty database, attach the realtime module, start the mail sender and the timers (votes, digests).
import { config } from './config';
import { db, migrateDatabase } from './db/client';
import { createSetupTokenIfNeeded, ensureConfiguredAdmin } from './auth/bootstrap';
import { seedDemoIfEmpty } from './demo/seed';
import { getIo } from './realtime/io';
import { attachRealtime } from './realtime/attach';
import { startOutboxSender } from './mail/outbox';
import { closeExpiredVotes } from './plenaries/close';
import { sendDueDigests } from './notifications/digest';
import { log } from './log';

const holder = globalThis as unknown as { __coconStarted?: Promise<void> };

async function start(): Promise<void> {
	migrateDatabase(db());
	if (config.demoData) {
		const seeded = await seedDemoIfEmpty();
		if (seeded) log.info('demo council created');
	}
	const admin = await ensureConfiguredAdmin(config.adminEmail, config.adminPassword);
	if (admin === 'incomplete') log.warn('ADMIN_EMAIL and ADMIN_PASSWORD must be set together: no administrator created from them');
	if (admin === 'password_too_short') log.warn('ADMIN_PASSWORD is shorter than 12 characters or only spaces: no administrator created from it');
	const token = createSetupTokenIfNeeded();
	if (token) console.log(`\nNo administrator yet. Create the first one here (valid 24 h):\n  ${config.origin}/setup/${token}\n`);
	const io = getIo();
	if (io) attachRealtime(io);
	startOutboxSender();
	// votes with a timer close themselves: check every second. Not a request, so not a declared action: the timer
	// calls the service directly (the secretariat's own closing is the action votes.close).
	setInterval(() => {
		try {
			closeExpiredVotes();
		} catch (err) {
			log.error({ err: String(err) }, 'closing expired votes failed');
		}
	}, 1000).unref();
	// weekly notification digests: send those that are due, every hour
	setInterval(
		() => {
			try {
				sendDueDigests();
			} catch (err) {
				log.error({ err: String(err) }, 'sending notification digests failed');
			}
		},
		60 * 60 * 1000
	).unref();
}

export function startServer(): Promise<void> {
	holder.__coconStarted ??= start();
	return holder.__coconStarted;
}
