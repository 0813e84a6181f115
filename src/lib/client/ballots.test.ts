import { afterEach, describe, expect, it, vi } from 'vitest';

const calls: { clientBallotId: string }[] = [];
let replies: ({ ok: false; code: string } | { ok: true; ack: unknown })[] = [];
vi.mock('./plenary', () => ({
	castOverSocket: async (cast: { clientBallotId: string }) => {
		calls.push(cast);
		return replies.shift() ?? { ok: false, code: 'timeout' };
	}
}));
const { sendBallot, ticketFor, uuid } = await import('./ballots');

const cast = (clientBallotId: string) => ({ voteId: 1, representedMembershipId: 2, choice: ['yes'], clientBallotId });

afterEach(() => {
	calls.length = 0;
	replies = [];
});

describe('sendBallot', () => {
	it('retries after a timeout with the same client ballot id until acknowledged', async () => {
		const ack = { voteId: 1, representedMembershipId: 2, clientBallotId: 'x', status: 'recorded', revision: 1, castAt: 0 };
		replies = [
			{ ok: false, code: 'timeout' },
			{ ok: false, code: 'server_error' },
			{ ok: true, ack }
		];
		const retries: number[] = [];
		const id = uuid();
		const result = await sendBallot(cast(id), { onRetry: (n) => retries.push(n) });
		expect(result).toEqual({ ok: true, ack });
		expect(calls.map((c) => c.clientBallotId)).toEqual([id, id, id]);
		expect(retries).toEqual([2, 3]);
	});

	it('does not retry a refusal', async () => {
		replies = [{ ok: false, code: 'plenaries_error_vote_not_open' }];
		expect(await sendBallot(cast(uuid()))).toEqual({ ok: false, code: 'plenaries_error_vote_not_open' });
		expect(calls).toHaveLength(1);
	});

	it('gives up after the last attempt', async () => {
		expect(await sendBallot(cast(uuid()), { attempts: 2 })).toEqual({ ok: false, code: 'timeout' });
		expect(calls).toHaveLength(2);
	});
});

describe('ids', () => {
	it('makes v4 UUIDs and tickets the server accepts', () => {
		expect(uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(uuid()).not.toBe(uuid());
		expect(ticketFor(1, 2)).toMatch(/^[A-Za-z0-9_-]{43}$/);
	});
});
