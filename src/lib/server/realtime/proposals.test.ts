import { describe, expect, it } from 'vitest';
import type { Server } from 'socket.io';
import { fakeSocket } from './test-socket';
import { setup } from '../proposals/test-fixtures';
import { registerProposalSocket, routeProposalEvent, proposalRoom } from './proposals';

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

	it('sends proposal changes to the proposal’s room only, with the support count', () => {
		const sent: [string, string, unknown][] = [];
		const io = { to: (room: string) => ({ emit: (event: string, payload: unknown) => sent.push([room, event, payload]) }) } as unknown as Server;
		routeProposalEvent(io, { type: 'proposal.changed', councilId: 1, proposalId: 7, what: 'supports', supportsCount: 3 });
		routeProposalEvent(io, { type: 'proposal.changed', councilId: 1, proposalId: 7, what: 'comments' });
		routeProposalEvent(io, { type: 'council.changed', councilId: 1 });
		expect(sent).toEqual([
			['proposal:7', 'proposal:changed', { proposalId: 7, what: 'supports', supportsCount: 3 }],
			['proposal:7', 'proposal:changed', { proposalId: 7, what: 'comments' }]
		]);
	});
});
