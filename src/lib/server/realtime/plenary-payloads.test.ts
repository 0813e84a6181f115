// The plenary room events carry what the screens need (no screen reloads for them): the opened vote's ballot card,
// the current item, attendance aggregates with the touched rows, results where the reader may see them, and a
// member's own state to their own room. Each event is computed once and sent once to a room.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from 'socket.io';
import { useTestDatabase } from '../db/client';
import { subscribe } from '../events/bus';
import { checkInAll, plenaryFixture } from '../plenaries/test-fixtures';
import { checkIn } from '../plenaries/attendance';
import { giveProxy } from '../plenaries/proxies';
import { setCurrentItem } from '../plenaries/agenda';
import { createVote, getVote, openVote, publishVote } from '../plenaries/votes';
import { closeVote } from '../plenaries/close';
import { enterPaper } from '../plenaries/paper';
import type { AttendanceChangedEvent, MemberStateEvent, PlenaryJoinAck, VoteOpenedEvent, VotePublishedEvent, VoteResultEvent } from '../../schemas/plenary-live';
import { fakeSocket } from './test-socket';
import { manageRoom, plenaryRoom, registerPlenarySocket, routePlenaryEvent, stopPlenaryTimers } from './plenary';
import { liveVersion } from './plenary-version';

type Sent = { room: string; name: string; payload: unknown };
let sent: Sent[] = [];
const io = { to: (room: string) => ({ emit: (name: string, payload: unknown) => sent.push({ room, name, payload }) }) } as unknown as Server;
let unsubscribe: () => void;

beforeEach(() => {
	useTestDatabase();
	sent = [];
	unsubscribe = subscribe((event) => routePlenaryEvent(io, event));
});

afterEach(() => {
	unsubscribe();
	stopPlenaryTimers(io);
});

const named = (name: string) => sent.filter((s) => s.name === name);

describe('plenary room events', () => {
	it('a check-in sends one attendance event to the room, with the new aggregates and the touched row, and the member their own state', () => {
		const f = plenaryFixture();
		const [a] = f.all;
		sent = [];
		const before = liveVersion(f.plenary.id);
		checkIn(a.user, { plenaryId: f.plenary.id, membershipId: a.membershipId, mode: 'in_room' });
		const room = sent.filter((s) => s.room === plenaryRoom(f.plenary.id));
		expect(room).toHaveLength(1);
		const e = room[0].payload as AttendanceChangedEvent;
		expect(room[0].name).toBe('attendance:changed');
		expect(e.version).not.toBe(before);
		expect(e.version).toBe(liveVersion(f.plenary.id));
		expect(e.summary).toMatchObject({ plenaryId: f.plenary.id, present: 1, inRoom: 1, entitled: f.all.length });
		expect(e.summary.quorum).toMatchObject({ counted: 1 });
		expect(e.rows).toEqual([{ membershipId: a.membershipId, name: a.name, entitled: true, mode: 'in_room', representedBy: null }]);
		// and nothing else but the member's own state, to their own room
		expect(sent.filter((s) => s.room !== plenaryRoom(f.plenary.id))).toEqual([
			{ room: `user:${a.user.id}`, name: 'plenary:me', payload: expect.objectContaining({ plenaryId: f.plenary.id, me: expect.objectContaining({ membershipId: a.membershipId, mode: 'in_room' }) }) }
		]);
	});

	it('a proxy tells giver and holder their new state, and the holder checking in makes the giver represented', () => {
		const f = plenaryFixture();
		const [a, b] = f.all;
		giveProxy(a.user, { plenaryId: f.plenary.id, giverMembershipId: a.membershipId, holderMembershipId: b.membershipId });
		const mine = named('plenary:me').map((s) => [s.room, (s.payload as MemberStateEvent).me?.membershipId]);
		expect(mine).toEqual(
			expect.arrayContaining([
				[`user:${a.user.id}`, a.membershipId],
				[`user:${b.user.id}`, b.membershipId]
			])
		);
		const holder = named('plenary:me').find((s) => s.room === `user:${b.user.id}`)!.payload as MemberStateEvent;
		expect(holder.me?.held).toEqual([{ membershipId: a.membershipId, name: a.name, voter: true, hasCollege: true, checkedIn: false }]);
		expect((named('attendance:changed')[0].payload as AttendanceChangedEvent).what).toBe('proxy');
		sent = [];
		checkIn(b.user, { plenaryId: f.plenary.id, membershipId: b.membershipId, mode: 'remote' });
		const e = named('attendance:changed')[0].payload as AttendanceChangedEvent;
		expect(e.summary).toMatchObject({ present: 1, represented: 1, presentOrRepresented: 2 });
		expect(e.rows).toEqual(expect.arrayContaining([expect.objectContaining({ membershipId: a.membershipId, mode: null, representedBy: b.name })]));
	});

	it('the current item goes out with its title', () => {
		const f = plenaryFixture();
		setCurrentItem(f.secretariat.user, f.plenary.id, f.item.id);
		expect(named('agenda:current')).toEqual([
			{
				room: plenaryRoom(f.plenary.id),
				name: 'agenda:current',
				payload: { plenaryId: f.plenary.id, version: expect.any(String), itemId: f.item.id, item: expect.objectContaining({ id: f.item.id, title: f.item.title, position: 0 }) }
			}
		]);
	});

	it('an opened vote carries its ballot card (question, options, rules, what it decides) and its count', () => {
		const f = plenaryFixture();
		const v = createVote(f.secretariat.user, f.item.id, {
			question: 'Quel lieu ?',
			method: 'single',
			options: ['Mairie', 'Halles'],
			weighting: 'none',
			quorumKind: 'none',
			description: 'Pour la prochaine séance'
		});
		sent = [];
		openVote(f.secretariat.user, v.id, { durationSeconds: 60 });
		const opened = named('vote:opened');
		expect(opened).toHaveLength(1);
		expect(opened[0].room).toBe(plenaryRoom(f.plenary.id));
		const e = opened[0].payload as VoteOpenedEvent;
		expect(e.card.vote).toMatchObject({
			id: v.id,
			question: 'Quel lieu ?',
			description: 'Pour la prochaine séance',
			method: 'single',
			options: [
				{ id: 'o1', label: 'Mairie' },
				{ id: 'o2', label: 'Halles' }
			],
			weighting: 'none',
			secrecy: 'named',
			state: 'open',
			closesAt: expect.any(Number),
			result: null
		});
		expect(e.card.decides).toEqual([]);
		expect(e.card.indicators).toEqual([]);
		expect(e.card.count).toMatchObject({ voteId: v.id, cast: 0, entitled: f.all.length });
		// the control screen's row goes to the secretariat's room only
		expect(named('vote:row').map((s) => s.room)).toEqual([manageRoom(f.plenary.id)]);
	});

	it('a closed result goes to the secretariat’s room only until published, then to everyone; a secret vote’s small groups stay masked', () => {
		const f = plenaryFixture({ perCollege: [3, 2, 2, 1] });
		checkInAll(f.plenary.id, f.all);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Secret ?', method: 'yes_no_abstain', secrecy: 'secret', weighting: 'none', quorumKind: 'none' });
		openVote(f.secretariat.user, v.id);
		sent = [];
		closeVote(f.secretariat.user, v.id);
		const closed = named('vote:closed');
		expect(closed).toEqual([{ room: plenaryRoom(f.plenary.id), name: 'vote:closed', payload: { plenaryId: f.plenary.id, version: expect.any(String), voteId: v.id, decision: expect.any(String) } }]);
		const results = named('vote:result');
		expect(results.map((s) => s.room)).toEqual([manageRoom(f.plenary.id)]);
		const shown = getVote(v.id)!.result; // the masked view (secret-view.ts)
		expect((results[0].payload as VoteResultEvent).result.vote.result).toEqual(shown);
		// nothing sent to the whole room holds the result
		for (const s of sent.filter((x) => x.room === plenaryRoom(f.plenary.id))) expect(JSON.stringify(s.payload)).not.toContain('"decision":{');
		expect(sent.filter((x) => x.room === plenaryRoom(f.plenary.id) && JSON.stringify(x.payload).includes('"result"'))).toEqual([]);
		sent = [];
		publishVote(f.secretariat.user, v.id);
		const published = named('vote:published');
		expect(published.map((s) => s.room)).toEqual([plenaryRoom(f.plenary.id)]);
		const p = published[0].payload as VotePublishedEvent;
		expect(p.result.vote).toMatchObject({ id: v.id, state: 'published', result: shown });
		expect(p.result.chainHead).toMatch(/^[0-9a-f]{64}$/);
	});

	it('a paper ballot tells its voter’s own screen that they voted on paper', () => {
		const f = plenaryFixture();
		const a = f.all[0];
		checkInAll(f.plenary.id, [a]);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Adopter ?', method: 'yes_no_abstain', weighting: 'none', quorumKind: 'none' });
		openVote(f.secretariat.user, v.id);
		sent = [];
		enterPaper(f.secretariat.user, v.id, { voters: [a.membershipId], groups: [{ collegeId: a.collegeId, counts: { yes: 1 } }] });
		const mine = named('plenary:me');
		expect(mine.map((s) => s.room)).toEqual([`user:${a.user.id}`]);
		expect((mine[0].payload as MemberStateEvent).me?.ballots[v.id]?.[a.membershipId]).toMatchObject({ voted: true, onPaper: true });
	});

	it('each event is computed once whatever the room size: one emit per room', () => {
		const f = plenaryFixture();
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Adopter ?', method: 'yes_no_abstain' });
		sent = [];
		openVote(f.secretariat.user, v.id);
		checkIn(f.all[0].user, { plenaryId: f.plenary.id, membershipId: f.all[0].membershipId, mode: 'remote' });
		const perRoom = sent.filter((s) => s.room === plenaryRoom(f.plenary.id)).map((s) => s.name);
		expect(perRoom).toEqual(['vote:opened', 'attendance:changed']);
	});
});

describe('plenary:join', () => {
	it('answers with the live version; the secretariat’s sockets also join the secretariat’s room', async () => {
		const f = plenaryFixture();
		const member = fakeSocket();
		registerPlenarySocket(member.socket, { id: f.all[0].user.id, isAdmin: false });
		expect((await member.emit('plenary:join', { plenaryId: f.plenary.id })) as PlenaryJoinAck).toEqual({ ok: true, version: liveVersion(f.plenary.id) });
		expect([...member.rooms]).toEqual([plenaryRoom(f.plenary.id)]);
		const secretariat = fakeSocket();
		registerPlenarySocket(secretariat.socket, { id: f.secretariat.user.id, isAdmin: false });
		await secretariat.emit('plenary:join', { plenaryId: f.plenary.id });
		expect([...secretariat.rooms].sort()).toEqual([plenaryRoom(f.plenary.id), manageRoom(f.plenary.id)].sort());
	});

	it('refuses a planned plenary’s room to those who may not see it yet', async () => {
		const f = plenaryFixture({ state: 'planned' });
		const member = fakeSocket();
		registerPlenarySocket(member.socket, { id: f.all[0].user.id, isAdmin: false });
		expect(await member.emit('plenary:join', { plenaryId: f.plenary.id })).toEqual({ ok: false, error: 'forbidden' });
	});
});
