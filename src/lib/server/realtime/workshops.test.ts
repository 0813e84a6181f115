import { describe, expect, it } from 'vitest';
import type { Server } from 'socket.io';
import { fakeSocket } from './test-socket';
import { db } from '../db/client';
import { insertUser } from '../auth/users';
import { setup } from '../workshops/test-fixtures';
import { acceptGuestLinkAsUser, createGuestLink } from '../workshops/guests';
import { registerWorkshopSocket, routeWorkshopEvent, workshopRoom } from './workshops';

describe('workshop rooms', () => {
	it('lets council people and the workshop’s guests join; a guest joins their workshop only', async () => {
		const fx = setup();
		const other = fx.workshopFor('Autre atelier');
		const link = createGuestLink(fx.facilitator, fx.workshopId, 'Invitée');
		const guest = db().transaction((tx) => insertUser(tx, { email: 'guest-room@example.org', name: 'Invitée' }));
		acceptGuestLinkAsUser(link.token, guest.id);

		const anonymous = fakeSocket();
		registerWorkshopSocket(anonymous.socket, null);
		expect(await anonymous.emit('workshop:join', { workshopId: 'x' })).toEqual({ ok: false, error: 'invalid' });
		expect(await anonymous.emit('workshop:join', { workshopId: fx.workshopId })).toEqual({ ok: false, error: 'forbidden' });

		const g = fakeSocket();
		registerWorkshopSocket(g.socket, guest.id);
		expect(await g.emit('workshop:join', { workshopId: fx.workshopId })).toEqual({ ok: true });
		expect(await g.emit('workshop:join', { workshopId: other })).toEqual({ ok: false, error: 'forbidden' });
		expect([...g.rooms]).toEqual([workshopRoom(fx.workshopId)]);
		g.handlers.get('workshop:leave')!({ workshopId: fx.workshopId });
		expect(g.rooms.size).toBe(0);

		const observer = fakeSocket();
		registerWorkshopSocket(observer.socket, fx.people.observer.id);
		expect(await observer.emit('workshop:join', { workshopId: other })).toEqual({ ok: true });
		const outsider = fakeSocket();
		registerWorkshopSocket(outsider.socket, fx.people.outsider.id);
		expect(await outsider.emit('workshop:join', { workshopId: other })).toEqual({ ok: false, error: 'forbidden' });
	});

	it('sends workshop changes to the workshop’s room only', () => {
		const sent: [string, string, unknown][] = [];
		const io = { to: (room: string) => ({ emit: (event: string, payload: unknown) => sent.push([room, event, payload]) }) } as unknown as Server;
		routeWorkshopEvent(io, { type: 'workshop.changed', councilId: 1, workshopId: 4, what: 'board' });
		routeWorkshopEvent(io, { type: 'workshop.changed', councilId: 1, workshopId: 4, what: 'notes', meetingId: 2, notesVersion: 3 });
		routeWorkshopEvent(io, { type: 'council.changed', councilId: 1 });
		expect(sent).toEqual([
			['workshop:4', 'workshop:changed', { workshopId: 4, what: 'board' }],
			['workshop:4', 'workshop:changed', { workshopId: 4, what: 'notes', meetingId: 2, notesVersion: 3 }]
		]);
	});
});
