// Lists of speakers in the plenary's room: a change sends the list's whole state (pushed state, nothing to reload),
// a new current item sends that item's list, and `speakers:get` answers only those who may read the plenary.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Server } from 'socket.io';
import { eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { insertUser } from '../auth/users';
import { councils } from '../councils/tables';
import { perform } from '../actions/perform';
import { setCurrentItem } from '../plenaries/agenda';
import { checkInAll, plenaryFixture } from '../plenaries/test-fixtures';
import { askToSpeak } from '../plenaries/actions';
import type { SpeakersStateEvent } from '../../schemas/speakers-live';
import { fakeSocket } from './test-socket';
import { registerSpeakersSocket, routeSpeakersEvent } from './speakers';

beforeEach(() => useTestDatabase());

function recorder() {
	const sent: [string, string, SpeakersStateEvent][] = [];
	const io = { to: (room: string) => ({ emit: (event: string, payload: SpeakersStateEvent) => sent.push([room, event, payload]) }) } as unknown as Server;
	return { io, sent };
}

describe('speakers in the plenary room', () => {
	it('pushes the changed list, and the new current item’s list, to the plenary’s room', () => {
		const f = plenaryFixture();
		const [a1] = f.all;
		checkInAll(f.plenary.id, [a1]);
		perform({ user: a1.user, roles: ['member'] }, f.council, askToSpeak, { plenaryId: f.plenary.id, itemId: f.item.id });
		const { io, sent } = recorder();
		routeSpeakersEvent(io, { type: 'speakers.changed', councilId: f.council.id, plenaryId: f.plenary.id, itemId: f.item.id });
		expect(sent).toHaveLength(1);
		const [room, event, payload] = sent[0];
		expect([room, event]).toEqual([`plenary:${f.plenary.id}`, 'speakers:state']);
		expect(payload).toMatchObject({ plenaryId: f.plenary.id, currentItemId: null, list: { itemId: f.item.id, version: 1, waiting: [{ membershipId: a1.membershipId, name: a1.name }] } });

		setCurrentItem(f.secretariat.user, f.plenary.id, f.item.id);
		routeSpeakersEvent(io, { type: 'agenda.current', councilId: f.council.id, plenaryId: f.plenary.id, itemId: f.item.id });
		expect(sent[1][2]).toMatchObject({ currentItemId: f.item.id, list: { itemId: f.item.id } });
		routeSpeakersEvent(io, { type: 'vote.changed', councilId: f.council.id, plenaryId: f.plenary.id, voteId: 1 });
		expect(sent).toHaveLength(2);
	});

	it('answers speakers:get to those who may read the plenary, not to strangers of a private council', async () => {
		const f = plenaryFixture({ council: { isPublic: false } });
		setCurrentItem(f.secretariat.user, f.plenary.id, f.item.id);
		const member = fakeSocket();
		registerSpeakersSocket(member.socket, { id: f.all[0].user.id, isAdmin: false });
		expect(await member.emit('speakers:get', { plenaryId: f.plenary.id, itemId: null })).toMatchObject({ ok: true, state: { currentItemId: f.item.id, list: { itemId: f.item.id } } });
		expect(await member.emit('speakers:get', { plenaryId: 'x', itemId: null })).toEqual({ ok: false, error: 'invalid' });
		expect(await member.emit('speakers:get', { plenaryId: 999_999, itemId: null })).toEqual({ ok: false, error: 'not_found' });
		const other = plenaryFixture();
		expect(await member.emit('speakers:get', { plenaryId: f.plenary.id, itemId: other.item.id })).toEqual({ ok: false, error: 'not_found' });

		const stranger = db().transaction((tx) => insertUser(tx, { email: 'stranger-speakers@example.org', name: 'Stranger' }));
		for (const user of [null, { id: stranger.id, isAdmin: false }]) {
			const s = fakeSocket();
			registerSpeakersSocket(s.socket, user);
			expect(await s.emit('speakers:get', { plenaryId: f.plenary.id, itemId: null })).toEqual({ ok: false, error: 'forbidden' });
		}
		db().update(councils).set({ isPublic: true }).where(eq(councils.id, f.council.id)).run();
		const visitor = fakeSocket();
		registerSpeakersSocket(visitor.socket, null);
		expect(await visitor.emit('speakers:get', { plenaryId: f.plenary.id, itemId: null })).toMatchObject({ ok: true });
	});
});
