// Changes to the lists of speakers (rules: speaker-queue.ts). Each runs in the action's transaction with the item
// its scope loaded, bumps the list's version, writes its audit entry, publishes speakers.changed and returns the
// list as every screen shows it. Roles are checked by the action runner (speakers.ask, speakers.manage).
import { and, asc, eq } from 'drizzle-orm';
import type { SpeakerKind, SpeakerListState } from '$lib/schemas/speakers-live';
import type { Actor } from '../auth/permissions';
import type { Tx } from '../db/client';
import { councils, memberships } from '../councils/tables';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { membershipIn, presenceOf } from './access';
import type { ItemScope } from './actions/scope';
import { speakerLists, speakers } from './speaker-tables';
import { askRefusal, moveTo, placeFor } from './speaker-queue';
import { listState } from './speaker-state';

export type SpeakersContext = { tx: Tx; actor: Actor; now: Date; scope: ItemScope };

type SpeakerRow = typeof speakers.$inferSelect;

function requireOpen(scope: ItemScope): void {
	if (scope.plenary.state !== 'open') throw new DomainError('speakers_error_session_not_open');
}

function requireNotClosed(scope: ItemScope): void {
	if (scope.plenary.state === 'closed' || scope.plenary.state === 'minutes_published') throw new DomainError('plenaries_error_plenary_closed');
}

function waitingOf(tx: Tx, itemId: number): SpeakerRow[] {
	return tx
		.select()
		.from(speakers)
		.where(and(eq(speakers.agendaItemId, itemId), eq(speakers.state, 'waiting')))
		.orderBy(asc(speakers.position), asc(speakers.id))
		.all();
}

function speakingOf(tx: Tx, itemId: number): SpeakerRow | undefined {
	return tx
		.select()
		.from(speakers)
		.where(and(eq(speakers.agendaItemId, itemId), eq(speakers.state, 'speaking')))
		.get();
}

function writeOrder(tx: Tx, ids: number[]): void {
	ids.forEach((id, position) => tx.update(speakers).set({ position }).where(eq(speakers.id, id)).run());
}

function listRow(tx: Tx, itemId: number) {
	tx.insert(speakerLists).values({ agendaItemId: itemId }).onConflictDoNothing().run();
	return tx.select().from(speakerLists).where(eq(speakerLists.agendaItemId, itemId)).get()!;
}

/** Bumps the version, audits, publishes; returns the new state. */
function changed(ctx: SpeakersContext, action: string, details: Record<string, unknown>): SpeakerListState {
	const { tx, scope } = ctx;
	const list = listRow(tx, scope.item.id);
	tx.update(speakerLists)
		.set({ version: list.version + 1 })
		.where(eq(speakerLists.agendaItemId, scope.item.id))
		.run();
	recordAudit(tx, {
		councilId: scope.council.id,
		actorId: ctx.actor.user?.id ?? null,
		action,
		entityType: 'agenda_item',
		entityId: scope.item.id,
		details: { plenaryId: scope.plenary.id, ...details }
	});
	publish({ type: 'speakers.changed', councilId: scope.council.id, plenaryId: scope.plenary.id, itemId: scope.item.id });
	return listState(tx, scope.item.id, ctx.now)!;
}

/** The waiting request of a member, or a refusal on the field. */
function waitingRequest(tx: Tx, itemId: number, membershipId: number): SpeakerRow {
	const row = waitingOf(tx, itemId).find((r) => r.membershipId === membershipId);
	if (!row) throw new DomainError('speakers_error_not_waiting', 'membershipId');
	return row;
}

function enqueue(ctx: SpeakersContext, membershipId: number, kind: SpeakerKind, self: boolean): SpeakerListState {
	const { tx, scope } = ctx;
	requireOpen(scope);
	const waiting = waitingOf(tx, scope.item.id);
	const refusal = askRefusal({
		kind,
		self,
		closed: listRow(tx, scope.item.id).closed,
		alreadyWaiting: waiting.some((w) => w.membershipId === membershipId),
		speaking: speakingOf(tx, scope.item.id)?.membershipId ?? null,
		membershipId
	});
	if (refusal) throw new DomainError(refusal, self ? 'kind' : 'membershipId');
	const row = tx
		.insert(speakers)
		.values({ agendaItemId: scope.item.id, membershipId, kind, state: 'waiting', requestedAt: ctx.now, addedBy: ctx.actor.user?.id ?? null })
		.returning()
		.get();
	const at = placeFor(waiting as { kind: SpeakerKind }[], kind);
	writeOrder(tx, [...waiting.slice(0, at).map((w) => w.id), row.id, ...waiting.slice(at).map((w) => w.id)]);
	return changed(ctx, self ? 'speakers.ask' : 'speakers.add', { membershipId, kind });
}

/** The actor's own active membership in the council. */
function ownMembership(ctx: SpeakersContext): number {
	const userId = ctx.actor.user?.id ?? 0;
	const row = ctx.tx
		.select({ id: memberships.id })
		.from(memberships)
		.where(and(eq(memberships.councilId, ctx.scope.council.id), eq(memberships.userId, userId), eq(memberships.status, 'active')))
		.get();
	if (!row) throw new DomainError('plenaries_error_member_not_found');
	return row.id;
}

/** A member asks to speak; they must be checked in (in the room or remote). */
export function askToSpeak(ctx: SpeakersContext, kind: SpeakerKind): SpeakerListState {
	const membershipId = ownMembership(ctx);
	requireOpen(ctx.scope);
	if (!presenceOf(ctx.tx, ctx.scope.plenary.id).checkedIn.has(membershipId)) throw new DomainError('speakers_error_not_checked_in');
	return enqueue(ctx, membershipId, kind, true);
}

/** A member withdraws their waiting request. */
export function withdrawSpeech(ctx: SpeakersContext): SpeakerListState {
	const membershipId = ownMembership(ctx);
	const row = waitingRequest(ctx.tx, ctx.scope.item.id, membershipId);
	ctx.tx.delete(speakers).where(eq(speakers.id, row.id)).run();
	writeOrder(
		ctx.tx,
		waitingOf(ctx.tx, ctx.scope.item.id).map((w) => w.id)
	);
	return changed(ctx, 'speakers.withdraw', { membershipId });
}

/** The secretariat or the chair adds a member of the council (at the door, by name). */
export function addSpeaker(ctx: SpeakersContext, membershipId: number, kind: SpeakerKind): SpeakerListState {
	const member = membershipIn(ctx.tx, ctx.scope.council.id, membershipId);
	if (member.status !== 'active') throw new DomainError('plenaries_error_member_inactive', 'membershipId');
	return enqueue(ctx, membershipId, kind, false);
}

export function removeSpeaker(ctx: SpeakersContext, membershipId: number): SpeakerListState {
	membershipIn(ctx.tx, ctx.scope.council.id, membershipId);
	const row = waitingRequest(ctx.tx, ctx.scope.item.id, membershipId);
	ctx.tx.delete(speakers).where(eq(speakers.id, row.id)).run();
	writeOrder(
		ctx.tx,
		waitingOf(ctx.tx, ctx.scope.item.id).map((w) => w.id)
	);
	return changed(ctx, 'speakers.remove', { membershipId });
}

/** Moves a waiting request to a 0-based place in the queue (drag and drop, or one step with the keyboard). */
export function moveSpeaker(ctx: SpeakersContext, membershipId: number, position: number): SpeakerListState {
	membershipIn(ctx.tx, ctx.scope.council.id, membershipId);
	requireOpen(ctx.scope);
	const row = waitingRequest(ctx.tx, ctx.scope.item.id, membershipId);
	const order = moveTo(
		waitingOf(ctx.tx, ctx.scope.item.id).map((w) => w.id),
		row.id,
		position
	);
	writeOrder(ctx.tx, order);
	return changed(ctx, 'speakers.move', { membershipId, position: order.indexOf(row.id) });
}

function endCurrent(ctx: SpeakersContext): SpeakerRow | undefined {
	const current = speakingOf(ctx.tx, ctx.scope.item.id);
	if (current) ctx.tx.update(speakers).set({ state: 'done', endedAt: ctx.now }).where(eq(speakers.id, current.id)).run();
	return current;
}

/** Gives the floor to a waiting member (default: the first of the queue); whoever spoke is stopped first. */
export function startSpeaker(ctx: SpeakersContext, membershipId?: number): SpeakerListState {
	requireOpen(ctx.scope);
	if (membershipId !== undefined) membershipIn(ctx.tx, ctx.scope.council.id, membershipId);
	const waiting = waitingOf(ctx.tx, ctx.scope.item.id);
	const next = membershipId === undefined ? waiting[0] : waitingRequest(ctx.tx, ctx.scope.item.id, membershipId);
	if (!next) throw new DomainError('speakers_error_queue_empty');
	endCurrent(ctx);
	ctx.tx.update(speakers).set({ state: 'speaking', startedAt: ctx.now }).where(eq(speakers.id, next.id)).run();
	writeOrder(
		ctx.tx,
		waiting.filter((w) => w.id !== next.id).map((w) => w.id)
	);
	return changed(ctx, 'speakers.start', { membershipId: next.membershipId });
}

export function stopSpeaker(ctx: SpeakersContext): SpeakerListState {
	requireOpen(ctx.scope);
	const current = endCurrent(ctx);
	if (!current) throw new DomainError('speakers_error_no_speaker');
	return changed(ctx, 'speakers.stop', { membershipId: current.membershipId });
}

export function setSpeakersClosed(ctx: SpeakersContext, closed: boolean): SpeakerListState {
	requireNotClosed(ctx.scope);
	listRow(ctx.tx, ctx.scope.item.id);
	ctx.tx.update(speakerLists).set({ closed }).where(eq(speakerLists.agendaItemId, ctx.scope.item.id)).run();
	return changed(ctx, closed ? 'speakers.close' : 'speakers.reopen', {});
}

/** The item's own speaking time in seconds (0: no limit), or null to follow the council's default. */
export function setItemSpeakingTime(ctx: SpeakersContext, seconds: number | null): SpeakerListState {
	requireNotClosed(ctx.scope);
	listRow(ctx.tx, ctx.scope.item.id);
	ctx.tx.update(speakerLists).set({ speakingSeconds: seconds }).where(eq(speakerLists.agendaItemId, ctx.scope.item.id)).run();
	return changed(ctx, 'speakers.time', { seconds });
}

/** The council's default speaking time (a council setting). */
export function setDefaultSpeakingTime(tx: Tx, councilId: number, actorId: number | null, seconds: number): { changed: boolean } {
	const before = tx.select({ s: councils.speakingSeconds }).from(councils).where(eq(councils.id, councilId)).get();
	if (!before) throw new DomainError('councils_error_not_found');
	if (before.s === seconds) return { changed: false };
	tx.update(councils).set({ speakingSeconds: seconds }).where(eq(councils.id, councilId)).run();
	recordAudit(tx, { councilId, actorId, action: 'council.speaking_time', entityType: 'council', entityId: councilId, details: { changes: { speakingSeconds: { from: before.s, to: seconds } } } });
	publish({ type: 'council.changed', councilId });
	return { changed: true };
}
