// Outgoing mail: written to the outbox in the caller's transaction, sent later only when SMTP_URL is set.
import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { db, type Tx } from '../db/client';
import { outbox } from './tables';
import { config } from '../config';
import { log } from '../log';

export function queueMail(tx: Tx, mail: { to: string; subject: string; body: string }): void {
	tx.insert(outbox).values(mail).run();
}

export function listOutbox(limit = 50) {
	return db().select().from(outbox).orderBy(asc(outbox.id)).limit(limit).all();
}

const MAX_ATTEMPTS = 5;

/** Sends what is waiting in the outbox; a no-op without SMTP_URL. */
export async function flushOutbox(): Promise<number> {
	if (!config.smtpUrl) return 0;
	const transport = nodemailer.createTransport(config.smtpUrl);
	const pending = db()
		.select()
		.from(outbox)
		.where(and(isNull(outbox.sentAt), lt(outbox.attempts, MAX_ATTEMPTS)))
		.limit(50)
		.all();
	let sent = 0;
	for (const mail of pending) {
		try {
			await transport.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.body });
			db()
				.update(outbox)
				.set({ sentAt: new Date(), attempts: mail.attempts + 1 })
				.where(eq(outbox.id, mail.id))
				.run();
			sent++;
		} catch (err) {
			log.warn({ mailId: mail.id, err: String(err) }, 'mail not sent');
			db()
				.update(outbox)
				.set({ attempts: mail.attempts + 1, lastError: String(err).slice(0, 500) })
				.where(eq(outbox.id, mail.id))
				.run();
		}
	}
	return sent;
}

export function startOutboxSender(intervalMs = 30_000): void {
	if (!config.smtpUrl) return;
	setInterval(() => void flushOutbox().catch((err) => log.error({ err: String(err) }, 'outbox')), intervalMs).unref();
}
