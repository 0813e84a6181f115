// Lists of speakers, live: every change of an item's list, and every change of the plenary's current item, sends the
// list's whole state to the plenary's room (`speakers:state`), so that screens show it as it comes, without
// reloading anything. A screen that reconnects asks for the state again with `speakers:get` (acknowledged).
import type { Server, Socket } from 'socket.io';
import { speakersGetSchema, type SpeakersGetAck, type SpeakersStateEvent } from '../../schemas/speakers-live';
import type { DomainEvent } from '../events/bus';
import { can } from '../auth/permissions';
import { activeRoles, getCouncilById } from '../councils/councils';
import { getPlenary } from '../plenaries/plenaries';
import { plenaryVisibleTo } from '../plenaries/visibility';
import { speakersEvent } from '../plenaries/speaker-state';
import { log } from '../log';
import { plenaryRoom } from './plenary';

type User = { id: number; isAdmin: boolean } | null;

function onGet(user: User, payload: unknown): SpeakersGetAck {
	const parsed = speakersGetSchema.safeParse(payload);
	if (!parsed.success) return { ok: false, error: 'invalid' };
	const detail = getPlenary(parsed.data.plenaryId);
	const council = detail && getCouncilById(detail.plenary.councilId);
	if (!detail || !council) return { ok: false, error: 'not_found' };
	const actor = { user: user && { id: user.id, isAdmin: user.isAdmin }, roles: activeRoles(council.id, user?.id) };
	if (!can(actor, 'plenaries.read', council) || !plenaryVisibleTo(actor, council, detail.plenary)) return { ok: false, error: 'forbidden' };
	const state = speakersEvent(detail.plenary.id, parsed.data.itemId);
	return state ? { ok: true, state } : { ok: false, error: 'not_found' };
}

export function registerSpeakersSocket(socket: Socket, user: User): void {
	socket.on('speakers:get', (payload: unknown, ack?: (a: SpeakersGetAck) => void) => {
		const reply = typeof ack === 'function' ? ack : () => {};
		try {
			reply(onGet(user, payload));
		} catch (err) {
			log.error({ err: String(err) }, 'speakers:get failed');
			reply({ ok: false, error: 'not_found' });
		}
	});
}

function emitState(io: Server, plenaryId: number, itemId: number | null): void {
	const state: SpeakersStateEvent | null = speakersEvent(plenaryId, itemId);
	if (state) io.to(plenaryRoom(plenaryId)).emit('speakers:state', state);
}

/** A list changed, or the plenary moved to another item (whose list every screen then shows). */
export function routeSpeakersEvent(io: Server, event: DomainEvent): void {
	try {
		if (event.type === 'speakers.changed') emitState(io, event.plenaryId, event.itemId);
		else if (event.type === 'agenda.current') emitState(io, event.plenaryId, event.itemId);
	} catch (err) {
		log.error({ err: String(err) }, 'speakers:state failed');
	}
}
