// The queue's rules, as the speakers page states them: points of order first, replies right after the person speaking
// (after the points of order), other requests at the end; once per member; a closed list takes points of order only.
import { describe, expect, it } from 'vitest';
import type { SpeakerKind } from '$lib/schemas/speakers-live';
import { askRefusal, moveTo, placeFor, timeByCollege } from './speaker-queue';

const q = (...kinds: SpeakerKind[]) => kinds.map((kind) => ({ kind }));

describe('placeFor: where a new request goes', () => {
	it('puts a speech at the end of the queue, in the order asked', () => {
		expect(placeFor(q(), 'speech')).toBe(0);
		expect(placeFor(q('speech', 'speech'), 'speech')).toBe(2);
		expect(placeFor(q('point_of_order', 'reply', 'speech'), 'speech')).toBe(3);
	});

	it('puts a point of order first, after the points of order already waiting', () => {
		expect(placeFor(q('speech', 'speech'), 'point_of_order')).toBe(0);
		expect(placeFor(q('point_of_order', 'speech'), 'point_of_order')).toBe(1);
		expect(placeFor(q('point_of_order', 'reply', 'speech'), 'point_of_order')).toBe(1);
	});

	it('puts a reply after the points of order and earlier replies, before the speeches', () => {
		expect(placeFor(q('speech', 'speech'), 'reply')).toBe(0);
		expect(placeFor(q('point_of_order', 'speech'), 'reply')).toBe(1);
		expect(placeFor(q('point_of_order', 'reply', 'speech', 'reply'), 'reply')).toBe(2);
	});

	it('looks only at the head of a queue the chair reordered', () => {
		expect(placeFor(q('speech', 'point_of_order'), 'point_of_order')).toBe(0);
		expect(placeFor(q('speech', 'reply'), 'reply')).toBe(0);
	});
});

describe('askRefusal: who may join the queue', () => {
	const base = { kind: 'speech' as SpeakerKind, self: true, closed: false, alreadyWaiting: false, speaking: null, membershipId: 7 };

	it('accepts a first request on an open list', () => expect(askRefusal(base)).toBeNull());

	it('refuses a second waiting request of the same member', () => {
		expect(askRefusal({ ...base, alreadyWaiting: true })).toBe('speakers_error_already_waiting');
		expect(askRefusal({ ...base, alreadyWaiting: true, self: false, kind: 'point_of_order' })).toBe('speakers_error_already_waiting');
	});

	it('takes only points of order from members once the list is closed, while the secretariat may still add', () => {
		expect(askRefusal({ ...base, closed: true })).toBe('speakers_error_closed');
		expect(askRefusal({ ...base, closed: true, kind: 'reply', speaking: 3 })).toBe('speakers_error_closed');
		expect(askRefusal({ ...base, closed: true, kind: 'point_of_order' })).toBeNull();
		expect(askRefusal({ ...base, closed: true, self: false })).toBeNull();
	});

	it('takes a reply only while someone else speaks', () => {
		expect(askRefusal({ ...base, kind: 'reply' })).toBe('speakers_error_reply_no_speaker');
		expect(askRefusal({ ...base, kind: 'reply', speaking: 7 })).toBe('speakers_error_reply_self');
		expect(askRefusal({ ...base, kind: 'reply', speaking: 3 })).toBeNull();
	});
});

describe('moveTo', () => {
	it('moves an entry to a place, clamped to the queue', () => {
		expect(moveTo([1, 2, 3, 4], 4, 0)).toEqual([4, 1, 2, 3]);
		expect(moveTo([1, 2, 3, 4], 1, 2)).toEqual([2, 3, 1, 4]);
		expect(moveTo([1, 2, 3], 2, 99)).toEqual([1, 3, 2]);
		expect(moveTo([1, 2, 3], 3, -5)).toEqual([3, 1, 2]);
	});
});

describe('timeByCollege: the speaking-time summary', () => {
	const colleges = [
		{ id: 1, name: 'A' },
		{ id: 2, name: 'B' },
		{ id: 3, name: 'C' }
	];

	it('adds up speeches and seconds per college, lists every college, and totals them', () => {
		const { rows, total } = timeByCollege(colleges, [
			{ collegeId: 1, seconds: 120 },
			{ collegeId: 2, seconds: 45 },
			{ collegeId: 1, seconds: 30 }
		]);
		expect(rows).toEqual([
			{ collegeId: 1, name: 'A', speeches: 2, seconds: 150 },
			{ collegeId: 2, name: 'B', speeches: 1, seconds: 45 },
			{ collegeId: 3, name: 'C', speeches: 0, seconds: 0 }
		]);
		expect(total).toMatchObject({ speeches: 3, seconds: 195 });
	});

	it('gathers members without a college (or of an unknown one) in a last row, only when they spoke', () => {
		expect(timeByCollege(colleges, []).rows.map((r) => r.collegeId)).toEqual([1, 2, 3]);
		const { rows, total } = timeByCollege(colleges, [
			{ collegeId: null, seconds: 10 },
			{ collegeId: 99, seconds: 5 }
		]);
		expect(rows.at(-1)).toEqual({ collegeId: null, name: null, speeches: 2, seconds: 15 });
		expect(total.seconds).toBe(15);
	});
});
