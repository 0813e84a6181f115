// The rules of the list of speakers, as pure functions (the speakers page states them in words, speakers_rules_*):
// 1. A point of order goes first: before every waiting request, after the points of order already waiting.
// 2. A reply answers the person speaking: it may be asked only while someone speaks (not by that person), and goes
//    right after the waiting points of order and earlier replies, before the other requests.
// 3. Any other request joins the end of the queue, in the order asked.
// 4. A member waits at most once per item; they withdraw to change their request.
// 5. While the list is closed, members may only raise a point of order; the secretariat and the chair may still add.
// 6. The secretariat and the chair may then reorder the queue at will: rules 1-3 place a request when it is asked.
import type { SpeakerKind } from '$lib/schemas/speakers-live';

export type Waiting = { membershipId: number; kind: SpeakerKind };

/** Where a new request of `kind` goes among the waiting ones (0-based). */
export function placeFor(waiting: readonly Pick<Waiting, 'kind'>[], kind: SpeakerKind): number {
	if (kind === 'speech') return waiting.length;
	let i = 0;
	while (i < waiting.length && (waiting[i].kind === 'point_of_order' || (kind === 'reply' && waiting[i].kind === 'reply'))) i++;
	return i;
}

export type AskContext = {
	kind: SpeakerKind;
	/** by the member themself (false: added by the secretariat or the chair) */
	self: boolean;
	closed: boolean;
	alreadyWaiting: boolean;
	/** the membership speaking now, if anyone is */
	speaking: number | null;
	membershipId: number;
};

/** The refusal code for a request, or null when it may join the queue. */
export function askRefusal(c: AskContext): string | null {
	if (c.alreadyWaiting) return 'speakers_error_already_waiting';
	if (c.self && c.closed && c.kind !== 'point_of_order') return 'speakers_error_closed';
	if (c.kind === 'reply' && c.speaking === null) return 'speakers_error_reply_no_speaker';
	if (c.kind === 'reply' && c.speaking === c.membershipId) return 'speakers_error_reply_self';
	return null;
}

/** The ids in their new order after moving `id` to `position` (clamped). */
export function moveTo<T>(ids: readonly T[], id: T, position: number): T[] {
	const rest = ids.filter((x) => x !== id);
	const at = Math.max(0, Math.min(Math.trunc(position), rest.length));
	return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** Whole seconds between two instants (never negative). */
export const spokenSeconds = (startedAt: Date, endedAt: Date) => Math.max(0, Math.round((endedAt.getTime() - startedAt.getTime()) / 1000));

export type CollegeTime = { collegeId: number | null; name: string | null; speeches: number; seconds: number };

/**
 * Speaking time per college: every college of the council (in its order, even without a speech), then the members
 * without a college when any of them spoke.
 */
export function timeByCollege(colleges: readonly { id: number; name: string }[], spoken: readonly { collegeId: number | null; seconds: number }[]): { rows: CollegeTime[]; total: CollegeTime } {
	const rows: CollegeTime[] = colleges.map((c) => ({ collegeId: c.id, name: c.name, speeches: 0, seconds: 0 }));
	const none: CollegeTime = { collegeId: null, name: null, speeches: 0, seconds: 0 };
	for (const s of spoken) {
		const row = (s.collegeId !== null && rows.find((r) => r.collegeId === s.collegeId)) || none;
		row.speeches += 1;
		row.seconds += s.seconds;
	}
	if (none.speeches) rows.push(none);
	const total = rows.reduce((t, r) => ({ ...t, speeches: t.speeches + r.speeches, seconds: t.seconds + r.seconds }), { collegeId: null, name: null, speeches: 0, seconds: 0 } as CollegeTime);
	return { rows, total };
}
