// Maps plenary and vote domain events to the session's rooms, each with what the screens need to update
// themselves (no screen reloads its data for an event): computed once per event, sent once per room. Results of
// closed, unpublished votes and the control screen's rows go to the secretariat's room only; a member's own state
// (attendance, proxies, paper ballots) to their own room.
import type { Server } from 'socket.io';
import type {
	AgendaCurrentEvent,
	AttendanceChangedEvent,
	ControlRowEvent,
	MemberStateEvent,
	PlenaryChangedEvent,
	VoteChangedEvent,
	VoteClosedEvent,
	VoteOpenedEvent,
	VotePublishedEvent,
	VoteResultEvent
} from '../../schemas/plenary-live';
import type { DomainEvent } from '../events/bus';
import { attendanceSummary } from '../sessions/attendance';
import { attendanceRows, controlRow, liveItem, memberState, openVote, sessionHead, shownResultOf, touchedMembers } from '../sessions/live-state';
import { getSession } from '../sessions/plenaries';
import { log } from '../log';
import { bumpVersion } from './plenary-version';
import { manageRoom, plenaryRoom, scheduleCount } from './plenary-count';

type PlenaryEvent = Extract<DomainEvent, { sessionId: number }>;

/** `userRoom`: attach.ts's rooms.user (passed in to keep this file free of an import cycle). */
export type UserRoom = (userId: number) => string;
const defaultUserRoom: UserRoom = (id) => `user:${id}`;

/** Sends each member concerned their own state (a few members per event: never the whole council). */
function sendMemberStates(io: Server, userRoom: UserRoom, sessionId: number, councilId: number, membershipIds: number[]): void {
	for (const { userId, membershipId } of touchedMembers(sessionId, councilId, membershipIds)) {
		const payload: MemberStateEvent = { sessionId, me: memberState(sessionId, councilId, membershipId) };
		io.to(userRoom(userId)).emit('plenary:me', payload);
	}
}

function sendControlRow(io: Server, sessionId: number, voteId: number): void {
	const payload: ControlRowEvent = { sessionId, voteId, row: controlRow(voteId) };
	io.to(manageRoom(sessionId)).emit('vote:row', payload);
}

function route(io: Server, event: PlenaryEvent, userRoom: UserRoom): void {
	const { sessionId } = event;
	const room = { emit: (name: string, payload: unknown) => io.to(plenaryRoom(sessionId)).emit(name, payload) };
	switch (event.type) {
		case 'plenary.changed': {
			const head = sessionHead(sessionId);
			if (!head) return; // deleted: its screens find out on their next page load
			const payload: PlenaryChangedEvent = { sessionId, version: bumpVersion(sessionId), what: event.what, ...head };
			room.emit('plenary:changed', payload);
			return;
		}
		case 'agenda.current': {
			const item = event.itemId === null ? null : (getSession(sessionId)?.agenda.find((i) => i.id === event.itemId) ?? null);
			const payload: AgendaCurrentEvent = { sessionId, version: bumpVersion(sessionId), itemId: event.itemId, item: item && liveItem(item) };
			room.emit('agenda:current', payload);
			return;
		}
		case 'attendance.changed': {
			const payload: AttendanceChangedEvent = {
				sessionId,
				version: bumpVersion(sessionId),
				what: event.what,
				summary: attendanceSummary(sessionId),
				rows: attendanceRows(sessionId, event.membershipIds)
			};
			room.emit('attendance:changed', payload);
			sendMemberStates(io, userRoom, sessionId, event.councilId, event.membershipIds);
			return;
		}
		case 'vote.changed': {
			const payload: VoteChangedEvent = { sessionId, version: bumpVersion(sessionId), voteId: event.voteId };
			room.emit('vote:changed', payload);
			sendControlRow(io, sessionId, event.voteId);
			return;
		}
		case 'vote.opened': {
			const payload: VoteOpenedEvent = { sessionId, version: bumpVersion(sessionId), voteId: event.voteId, closesAt: event.closesAt, card: openVote(event.voteId) };
			room.emit('vote:opened', payload);
			sendControlRow(io, sessionId, event.voteId);
			return;
		}
		case 'vote.count':
			scheduleCount(io, sessionId, event.voteId);
			if (event.paperMembershipIds?.length) sendMemberStates(io, userRoom, sessionId, event.councilId, event.paperMembershipIds);
			return;
		case 'vote.closed': {
			const version = bumpVersion(sessionId);
			const closed: VoteClosedEvent = { sessionId, version, voteId: event.voteId, decision: event.decision };
			room.emit('vote:closed', closed);
			// until publication, the result is the secretariat's (secret-view.ts resultVisible)
			const result: VoteResultEvent = { sessionId, version, voteId: event.voteId, result: shownResultOf(event.voteId) };
			io.to(manageRoom(sessionId)).emit('vote:result', result);
			sendControlRow(io, sessionId, event.voteId);
			return;
		}
		case 'vote.published': {
			const payload: VotePublishedEvent = {
				sessionId,
				version: bumpVersion(sessionId),
				voteId: event.voteId,
				agendaItemId: event.agendaItemId,
				decision: event.decision,
				winners: event.winners,
				result: shownResultOf(event.voteId)
			};
			room.emit('vote:published', payload);
			sendControlRow(io, sessionId, event.voteId);
			return;
		}
	}
}

/** Maps plenary and vote domain events to the session's rooms. */
export function routePlenaryEvent(io: Server, event: DomainEvent, userRoom: UserRoom = defaultUserRoom): void {
	if (!('sessionId' in event)) return;
	try {
		route(io, event, userRoom);
	} catch (err) {
		log.error({ err: String(err), type: event.type }, 'plenary event failed');
	}
}
