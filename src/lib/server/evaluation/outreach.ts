// People are asked: opening a questionnaire or an approval round notifies its audience (in the app and by email,
// notifications/notify.ts, following each person's preferences); the evaluation may then remind those who have not
// answered, never the same person twice within REMIND_INTERVAL_MS. Everything runs in the caller's transaction;
// the caller announces the notified ids after the commit (notifications.changed).
import { and, eq, gt } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { councils } from '../councils/tables';
import { notify, type NotificationKind } from '../notifications/notify';
import { evaluationReminders } from './tables';

export const REMIND_INTERVAL_MS = 24 * 60 * 60 * 1000;

export type Asked = { kind: 'questionnaire' | 'round'; id: number; title: string; councilId: number; planId: number };
export type ReminderResult = { reminded: number; skipped: number; notified: number[] };

function linkOf(tx: Tx, asked: Asked): string {
	const slug = tx.select({ slug: councils.slug }).from(councils).where(eq(councils.id, asked.councilId)).get()!.slug;
	const base = `/c/${slug}/plans/${asked.planId}/evaluation`;
	return asked.kind === 'questionnaire' ? `${base}/questionnaires/${asked.id}/answer` : `${base}/approval#round-${asked.id}`;
}

function send(tx: Tx, asked: Asked, kind: NotificationKind, userIds: number[], actorId: number | null): number[] {
	return notify(tx, { userIds, kind, councilId: asked.councilId, params: { title: asked.title }, link: linkOf(tx, asked), exceptUserId: actorId ?? undefined });
}

/** Tells the audience that the questionnaire or round is open; returns the ids notified in the app. */
export function notifyOpened(tx: Tx, asked: Asked, userIds: number[], actorId: number | null): number[] {
	return send(tx, asked, asked.kind === 'questionnaire' ? 'questionnaire_opened' : 'approval_round_opened', userIds, actorId);
}

/**
 * Reminds `silent` (those of the audience who have not answered), except whoever was reminded of the same thing
 * less than REMIND_INTERVAL_MS before `now` (and the actor); records each reminder and one audit entry.
 */
export function remindSilent(tx: Tx, asked: Asked, silent: number[], actorId: number | null, now = new Date()): ReminderResult {
	const since = new Date(now.getTime() - REMIND_INTERVAL_MS);
	const recent = new Set(
		tx
			.select({ userId: evaluationReminders.userId })
			.from(evaluationReminders)
			.where(and(eq(evaluationReminders.kind, asked.kind), eq(evaluationReminders.refId, asked.id), gt(evaluationReminders.sentAt, since)))
			.all()
			.map((r) => r.userId)
	);
	const everyone = [...new Set(silent)].filter((id) => id !== actorId);
	const due = everyone.filter((id) => !recent.has(id));
	if (!due.length) return { reminded: 0, skipped: everyone.length, notified: [] };
	const notified = send(tx, asked, 'evaluation_reminder', due, actorId);
	tx.insert(evaluationReminders)
		.values(due.map((userId) => ({ kind: asked.kind, refId: asked.id, userId, sentAt: now })))
		.run();
	recordAudit(tx, {
		councilId: asked.councilId,
		actorId,
		action: asked.kind === 'questionnaire' ? 'questionnaire.remind' : 'approval.remind',
		entityType: asked.kind === 'questionnaire' ? 'questionnaire' : 'approval_round',
		entityId: asked.id,
		details: { reminded: due.length, skipped: everyone.length - due.length }
	});
	return { reminded: due.length, skipped: everyone.length - due.length, notified };
}
