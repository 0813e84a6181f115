import { describe, expect, it } from 'vitest';
import type { Server } from 'socket.io';
import { fakeSocket } from './test-socket';
import { setup } from '../proposals/test-fixtures';
import { registerProposalSocket, routeProposalEvent, proposalListRoom, proposalRoom } from './proposals';

describe('proposal rooms', () => {
	it('lets a socket join only a proposal its user may read', async () => {
		const fx = setup();
		const draft = fx.proposalIn('draft');
		const published = fx.proposalIn('submitted');

		const anonymous = fakeSocket();
		registerProposalSocket(anonymous.socket, null);
		expect(await anonymous.emit('proposal:join', { proposalId: 'x' })).toEqual({ ok: false, error: 'invalid' });
		expect(await anonymous.emit('proposal:join', { proposalId: draft })).toEqual({ ok: false, error: 'forbidden' });
		expect(await anonymous.emit('proposal:join', { proposalId: published })).toEqual({ ok: true });
		expect([...anonymous.rooms]).toEqual([proposalRoom(published)]);

		const author = fakeSocket();
		registerProposalSocket(author.socket, fx.people.author.id);
		expect(await author.emit('proposal:join', { proposalId: draft })).toEqual({ ok: true });
		author.handlers.get('proposal:leave')!({ proposalId: draft });
		expect(author.rooms.size).toBe(0);

		const secretariat = fakeSocket();
		registerProposalSocket(secretariat.socket, fx.people.secretariat.id);
		expect(await secretariat.emit('proposal:join', { proposalId: draft })).toEqual({ ok: false, error: 'forbidden' });
	});

	it('refuses visitors in a private council', async () => {
		const fx = setup({ isPublic: false });
		const id = fx.proposalIn('submitted');
		const anonymous = fakeSocket();
		registerProposalSocket(anonymous.socket, null);
		expect(await anonymous.emit('proposal:join', { proposalId: id })).toEqual({ ok: false, error: 'forbidden' });
		const observer = fakeSocket();
		registerProposalSocket(observer.socket, fx.people.observer.id);
		expect(await observer.emit('proposal:join', { proposalId: id })).toEqual({ ok: true });
	});

	it('sends proposal changes to the proposal’s room with the support count, and the row as it now is to the council’s list', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const draft = fx.proposalIn('draft');
		const c = fx.council.id;
		const sent: [string, string, unknown][] = [];
		const io = { to: (room: string) => ({ emit: (event: string, payload: unknown) => sent.push([room, event, payload]) }) } as unknown as Server;
		routeProposalEvent(io, { type: 'proposal.changed', councilId: c, proposalId: id, what: 'supports', supportsCount: 3 });
		routeProposalEvent(io, { type: 'proposal.changed', councilId: c, proposalId: id, what: 'content' });
		routeProposalEvent(io, { type: 'proposal.changed', councilId: c, proposalId: draft, what: 'state' });
		routeProposalEvent(io, { type: 'council.changed', councilId: c });
		const row = { proposalId: id, listed: true, state: 'submitted', supportsCount: expect.any(Number), commentsCount: expect.any(Number), answered: false, submittedAt: expect.any(Number) };
		expect(sent).toEqual([
			[`proposal:${id}`, 'proposal:changed', { proposalId: id, what: 'supports', supportsCount: 3 }],
			[proposalListRoom(c), 'proposals:row', row],
			[`proposal:${id}`, 'proposal:changed', { proposalId: id, what: 'content' }],
			[`proposal:${draft}`, 'proposal:changed', { proposalId: draft, what: 'state' }],
			[proposalListRoom(c), 'proposals:row', { proposalId: draft, listed: false }]
		]);
	});

	it('lets a socket join a council’s list only if it may read the council’s proposals', async () => {
		const fx = setup({ isPublic: false });
		const anonymous = fakeSocket();
		registerProposalSocket(anonymous.socket, null);
		expect(await anonymous.emit('proposals:join', { councilId: 'x' })).toEqual({ ok: false, error: 'invalid' });
		expect(await anonymous.emit('proposals:join', { councilId: fx.council.id })).toEqual({ ok: false, error: 'forbidden' });
		const observer = fakeSocket();
		registerProposalSocket(observer.socket, fx.people.observer.id);
		expect(await observer.emit('proposals:join', { councilId: fx.council.id })).toEqual({ ok: true });
		expect([...observer.rooms]).toEqual([proposalListRoom(fx.council.id)]);
		observer.handlers.get('proposals:leave')!({ councilId: fx.council.id });
		expect(observer.rooms.size).toBe(0);
	});
});
