// Domain events: services publish them after their transaction commits; the realtime module (and anything
// else that reacts to changes) subscribes. Services never know who listens.
import { EventEmitter } from 'node:events';

export type DomainEvent =
	| { type: 'member.changed'; councilId: number; membershipId: number }
	| { type: 'members.imported'; councilId: number; count: number }
	| { type: 'council.changed'; councilId: number }
	| { type: 'invitation.changed'; councilId: number; invitationId: number }
	| { type: 'session.revoked'; userId: number };

type Listener = (event: DomainEvent) => void;

const holder = globalThis as unknown as { __coconBus?: EventEmitter };
const emitter = (holder.__coconBus ??= new EventEmitter().setMaxListeners(100));

/** Call only after the transaction that made the change has committed. */
export function publish(event: DomainEvent): void {
	emitter.emit('event', event);
}

export function subscribe(listener: Listener): () => void {
	emitter.on('event', listener);
	return () => emitter.off('event', listener);
}
