// Convening is one transaction with its notifications: when notifying fails, the session stays planned.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../db/client';
import { plenaryFixture } from './test-fixtures';
import { changeSessionState } from './convocation';
import { getSession } from './plenaries';

const failing = vi.hoisted(() => ({ on: false }));
vi.mock('../notifications/notify', async (original) => {
	const real = await original<typeof import('../notifications/notify')>();
	return {
		...real,
		notify: (...args: Parameters<typeof real.notify>) => {
			if (failing.on) throw new Error('notifications unavailable');
			return real.notify(...args);
		}
	};
});

describe('convening a session', () => {
	beforeEach(() => {
		useTestDatabase();
		failing.on = false;
	});

	it('rolls the state back when the members cannot be notified', () => {
		const f = plenaryFixture({ state: 'planned' });
		failing.on = true;
		expect(() => changeSessionState(f.secretariat.user, f.session.id, 'convened')).toThrow('notifications unavailable');
		expect(getSession(f.session.id)!.session.state).toBe('planned');
		failing.on = false;
		expect(changeSessionState(f.secretariat.user, f.session.id, 'convened').state).toBe('convened');
		expect(getSession(f.session.id)!.session.state).toBe('convened');
	});
});
