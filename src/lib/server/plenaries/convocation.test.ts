// Convening is one transaction with its notifications: when notifying fails, the plenary stays planned.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../db/client';
import { plenaryFixture } from './test-fixtures';
import { changePlenaryState } from './convocation';
import { getPlenary } from './plenaries';

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

describe('convening a plenary', () => {
	beforeEach(() => {
		useTestDatabase();
		failing.on = false;
	});

	it('rolls the state back when the members cannot be notified', () => {
		const f = plenaryFixture({ state: 'planned' });
		failing.on = true;
		expect(() => changePlenaryState(f.secretariat.user, f.plenary.id, 'convened')).toThrow('notifications unavailable');
		expect(getPlenary(f.plenary.id)!.plenary.state).toBe('planned');
		failing.on = false;
		expect(changePlenaryState(f.secretariat.user, f.plenary.id, 'convened').state).toBe('convened');
		expect(getPlenary(f.plenary.id)!.plenary.state).toBe('convened');
	});
});
