// Maps plenary and vote domain events to the plenary's rooms, each with what the screens need to update
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
import { attendanceSummary } from '../plenaries/attendance';
import { attendanceRows, controlRow, liveItem, memberState, openVote, plenaryHead, shownResultOf, touchedMembers } from '../plenaries/live-state';
import { getPlenary } from '../plenaries/plenaries';
import { log } from '../log';
import { bumpVersion } from './plenary-version';
import { manageRoom, plenaryRoom, scheduleCount } from './plenary-count';

type PlenaryEvent = Extract<DomainEvent, { plenaryId: number }>;

/** `userRoom`: attach.ts's rooms.user (passed in to keep this file free of an import cycle). */
export type UserRoom = (userId: number) => string;
const defaultUserRoom: UserRoom = (id) => `user:${id}`;

/** Sends each member concerned their own state (a few members per event: never the whole council). */
function sendMemberStates(io: Server, userRoom: UserRoom, plenaryId: number, councilId: number, membershipIds: number[]): void {
	for (const { userId, membershipId } of touchedMembers(plenaryId, councilId, membershipIds)) {
		const payload: MemberStateEvent = { plenaryId, me: memberState(plenaryId, councilId, membershipId) };
		io.to(userRoom(userId)).emit('plenary:me', payload);
	}
}

function sendControlRow(io: Server, plenaryId: number, voteId: number): void {
	const payload: ControlRowEvent = { plenaryId, voteId, row: controlRow(voteId) };
	io.to(manageRoom(plenaryId)).emit('vote:row', payload);
}

function route(io: Server, event: PlenaryEvent, userRoom: UserRoom): void {
	const { plenaryId } = event;
	const room = { emit: (name: string, payload: unknown) => io.to(plenaryRoom(plenaryId)).emit(name, payload) };
	switch (event.type) {
		case 'plenary.changed': {
			const head = plenaryHead(plenaryId);
			if (!head) return; // deleted: its screens find out on their next page load
			const payload: PlenaryChangedEvent = { plenaryId, version: bumpVersion(plenaryId), what: event.what, ...head };
			room.emit('plenary:changed', payload);
			return;
		}
		case 'agenda.current': {
			const item = event.itemId === null ? null : (getPlenary(plenaryId)?.agenda.find((i) => i.id === event.itemId) ?? null);
			const payload: AgendaCurrentEvent = { plenaryId, version: bumpVersion(plenaryId), itemId: event.itemId, item: item && liveItem(item) };
			room.emit('agenda:current', payload);
			return;
		}
		case 'attendance.changed': {
			const payload: AttendanceChangedEvent = {
				plenaryId,
				version: bumpVersion(plenaryId),
				what: event.what,
				summary: attendanceSummary(plenaryId),
				rows: attendanceRows(plenaryId, event.membershipIds)
			};
			room.emit('attendance:changed', payload);
			sendMemberStates(io, userRoom, plenaryId, event.councilId, event.membershipIds);
			return;
		}
		case 'vote.changed': {
			const payload: VoteChangedEvent = { plenaryId, version: bumpVersion(plenaryId), voteId: event.voteId };
			room.emit('vote:changed', payload);
			sendControlRow(io, plenaryId, event.voteId);
			return;
		}
		case 'vote.opened': {
			const payload: VoteOpenedEvent = { plenaryId, version: bumpVersion(plenaryId), voteId: event.voteId, closesAt: event.closesAt, card: openVote(event.voteId) };
			room.emit('vote:opened', payload);
			sendControlRow(io, plenaryId, event.voteId);
			return;
		}
		case 'vote.count':
			scheduleCount(io, plenaryId, event.voteId);
			if (event.paperMembershipIds?.length) sendMemberStates(io, userRoom, plenaryId, event.councilId, event.paperMembershipIds);
			return;
		case 'vote.closed': {
			const version = bumpVersion(plenaryId);
			const closed: VoteClosedEvent = { plenaryId, version, voteId: event.voteId, decision: event.decision };
			room.emit('vote:closed', closed);
			// until publication, the result is the secretariat's (secret-view.ts resultVisible)
			const result: VoteResultEvent = { plenaryId, version, voteId: event.voteId, result: shownResultOf(event.voteId) };
			io.to(manageRoom(plenaryId)).emit('vote:result', result);
			sendControlRow(io, plenaryId, event.voteId);
			return;
		}
		case 'vote.published': {
			const payload: VotePublishedEvent = {
				plenaryId,
				version: bumpVersion(plenaryId),
				voteId: event.voteId,
				agendaItemId: event.agendaItemId,
				decision: event.decision,
				winners: event.winners,
				result: shownResultOf(event.voteId)
			};
			room.emit('vote:published', payload);
			sendControlRow(io, plenaryId, event.voteId);
			return;
		}
	}
}

/** Maps plenary and vote domain events to the plenary's rooms. */
export function routePlenaryEvent(io: Server, event: DomainEvent, userRoom: UserRoom = defaultUserRoom): void {
	if (!('plenaryId' in event)) return;
	try {
		route(io, event, userRoom);
	} catch (err) {
		log.error({ err: String(err), type: event.type }, 'plenary event failed');
	}
}
