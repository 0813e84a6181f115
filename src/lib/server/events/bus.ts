// Domain events: services publish them after their transaction commits; the realtime module (and anything
// else that reacts to changes) subscribes. Services never know who listens.
import { EventEmitter } from 'node:events';

export type DomainEvent =
	| { type: 'member.changed'; councilId: number; membershipId: number }
	| { type: 'members.imported'; councilId: number; count: number }
	| { type: 'council.changed'; councilId: number }
	| { type: 'invitation.changed'; councilId: number; invitationId: number }
	/** a request to join was made, confirmed or decided (the secretariat's queue and its count) */
	| { type: 'join_request.changed'; councilId: number; requestId: number }
	| { type: 'session.revoked'; userId: number }
	| { type: 'notifications.changed'; userIds: number[] }
	| { type: 'plan.changed'; councilId: number; planId: number }
	| { type: 'indicator.changed'; councilId: number; planId: number; indicatorId: number; what: 'definition' | 'state' | 'measurements' }
	| { type: 'measurements.imported'; councilId: number; planId: number; indicatorIds: number[]; count: number }
	// evaluation (src/lib/server/evaluation): never who answered what
	| { type: 'evaluation.changed'; councilId: number; planId: number; campaignId: number }
	| { type: 'questionnaire.responded'; councilId: number; questionnaireId: number; responses: number }
	| { type: 'proposal.changed'; councilId: number; proposalId: number; what: 'supports' | 'comments' | 'amendments' | 'state' | 'content'; supportsCount?: number }
	// plenaries and votes (src/lib/server/plenaries): small "something changed" signals, no choices, ever
	| { type: 'plenary.changed'; councilId: number; plenaryId: number; what: 'details' | 'state' | 'agenda' | 'minutes' }
	| { type: 'agenda.current'; councilId: number; plenaryId: number; itemId: number | null }
	/** a check-in or out ('presence') or a proxy given or revoked ('proxy'): the members concerned */
	| { type: 'attendance.changed'; councilId: number; plenaryId: number; what: 'presence' | 'proxy'; membershipIds: number[] }
	/** an item's list of speakers changed: read it with listState(itemId) (speaker-state.ts) */
	| { type: 'speakers.changed'; councilId: number; plenaryId: number; itemId: number }
	| { type: 'vote.changed'; councilId: number; plenaryId: number; voteId: number }
	| { type: 'vote.opened'; councilId: number; plenaryId: number; voteId: number; closesAt: number | null }
	/** a new ballot or paper entry changed the counts: read them with liveCount(voteId) (throttle it) */
	| { type: 'vote.count'; councilId: number; plenaryId: number; voteId: number; paperMembershipIds?: number[] }
	| { type: 'vote.closed'; councilId: number; plenaryId: number; voteId: number; decision: string }
	| { type: 'vote.published'; councilId: number; plenaryId: number; voteId: number; agendaItemId: number; decision: string; winners: string[] }
	// thematic workshops (src/lib/server/workshops): small "what changed" signals for the workshop's room
	| { type: 'workshop.changed'; councilId: number; workshopId: number; what: 'details' | 'members' | 'meetings' | 'notes' | 'board' | 'outputs'; meetingId?: number; notesVersion?: number };

type Listener = (event: DomainEvent) => void;

const holder = globalThis as unknown as { __coconBus?: EventEmitter };
const emitter = (holder.__coconBus ??= new EventEmitter().setMaxListeners(100));

/** Events held back while an action's transaction is open (innermost last); see collectEvents. */
const held: DomainEvent[][] = [];

/**
 * Call after the transaction that made the change has committed. Inside an action run by the action runner, the
 * event is held until the runner's own transaction commits (and dropped if it rolls back).
 */
export function publish(event: DomainEvent): void {
	const open = held.at(-1);
	if (open) open.push(event);
	else emitter.emit('event', event);
}

/**
 * Runs `fn` (synchronous: a transaction) holding back the events it publishes; they are published when `fn`
 * returns and dropped when it throws. Nested calls hand their events to the outer one.
 */
export function collectEvents<T>(fn: () => T): T {
	held.push([]);
	let events: DomainEvent[];
	let result: T;
	try {
		result = fn();
	} finally {
		events = held.pop()!;
	}
	for (const event of events) publish(event);
	return result;
}

export function subscribe(listener: Listener): () => void {
	emitter.on('event', listener);
	return () => emitter.off('event', listener);
}
