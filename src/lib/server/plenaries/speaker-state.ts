// Reading the lists of speakers: one item's list as every screen shows it (SpeakerListState), the event a plenary's
// room is sent, who spoke on each item (the minutes) and the speaking time per college (the summary).
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { SpeakerKind, SpeakerListState, SpeakersStateEvent } from '$lib/schemas/speakers-live';
import { db, type Tx } from '../db/client';
import { users } from '../auth/tables';
import { colleges, councils, memberships } from '../councils/tables';
import { collegesOf } from './access';
import { agendaItems, plenaries } from './tables';
import { speakerLists, speakers } from './speaker-tables';
import { spokenSeconds, timeByCollege } from './speaker-queue';

type Reader = Tx;

function rowsOf(tx: Reader, itemIds: number[]) {
	if (!itemIds.length) return [];
	return tx
		.select({
			id: speakers.id,
			itemId: speakers.agendaItemId,
			membershipId: speakers.membershipId,
			kind: speakers.kind,
			state: speakers.state,
			position: speakers.position,
			startedAt: speakers.startedAt,
			endedAt: speakers.endedAt,
			name: users.name,
			collegeId: memberships.collegeId,
			college: colleges.name
		})
		.from(speakers)
		.innerJoin(memberships, eq(memberships.id, speakers.membershipId))
		.innerJoin(users, eq(users.id, memberships.userId))
		.leftJoin(colleges, eq(colleges.id, memberships.collegeId))
		.where(inArray(speakers.agendaItemId, itemIds))
		.orderBy(asc(speakers.position), asc(speakers.startedAt), asc(speakers.id))
		.all();
}

const entry = (r: ReturnType<typeof rowsOf>[number]) => ({ id: r.id, membershipId: r.membershipId, name: r.name, college: r.college, kind: r.kind as SpeakerKind });

/** The list of one agenda item; null when the item does not exist. */
export function listState(tx: Reader, itemId: number, at = new Date()): SpeakerListState | null {
	const item = tx
		.select({ id: agendaItems.id, title: agendaItems.title, plenaryId: agendaItems.plenaryId, defaultSeconds: councils.speakingSeconds })
		.from(agendaItems)
		.innerJoin(plenaries, eq(plenaries.id, agendaItems.plenaryId))
		.innerJoin(councils, eq(councils.id, plenaries.councilId))
		.where(eq(agendaItems.id, itemId))
		.get();
	if (!item) return null;
	const list = tx.select().from(speakerLists).where(eq(speakerLists.agendaItemId, itemId)).get();
	const rows = rowsOf(tx, [itemId]);
	const current = rows.find((r) => r.state === 'speaking');
	return {
		plenaryId: item.plenaryId,
		itemId,
		itemTitle: item.title,
		version: list?.version ?? 0,
		closed: list?.closed ?? false,
		speakingSeconds: list?.speakingSeconds ?? item.defaultSeconds,
		itemSeconds: list?.speakingSeconds ?? null,
		current: current?.startedAt ? { ...entry(current), startedAt: current.startedAt.getTime() } : null,
		waiting: rows.filter((r) => r.state === 'waiting').map(entry),
		done: rows
			.filter((r) => r.state === 'done' && r.startedAt && r.endedAt)
			.sort((a, b) => a.startedAt!.getTime() - b.startedAt!.getTime())
			.map((r) => ({ ...entry(r), seconds: spokenSeconds(r.startedAt!, r.endedAt!) })),
		at: at.getTime()
	};
}

/** What the plenary's room is sent: the list of `itemId` (default: the plenary's current item) and the current item. */
export function speakersEvent(plenaryId: number, itemId: number | null = null, tx: Reader = db()): SpeakersStateEvent | null {
	const plenary = tx.select({ id: plenaries.id, currentItemId: plenaries.currentItemId }).from(plenaries).where(eq(plenaries.id, plenaryId)).get();
	if (!plenary) return null;
	const shown = itemId ?? plenary.currentItemId;
	const list = shown === null ? null : listState(tx, shown);
	if (list && list.plenaryId !== plenaryId) return null;
	return { plenaryId, currentItemId: plenary.currentItemId, list };
}

export type SpokeLine = { name: string; college: string | null; kind: SpeakerKind; seconds: number };

/** Who spoke on each item of the plenary, in the order they spoke. */
export function spokeOnItems(plenaryId: number, tx: Reader = db()): Map<number, SpokeLine[]> {
	const ids = tx
		.select({ id: agendaItems.id })
		.from(agendaItems)
		.where(eq(agendaItems.plenaryId, plenaryId))
		.all()
		.map((i) => i.id);
	const out = new Map<number, SpokeLine[]>();
	const done = rowsOf(tx, ids)
		.filter((r) => r.state === 'done' && r.startedAt && r.endedAt)
		.sort((a, b) => a.startedAt!.getTime() - b.startedAt!.getTime());
	for (const r of done) {
		const lines = out.get(r.itemId) ?? [];
		lines.push({ name: r.name, college: r.college, kind: r.kind as SpeakerKind, seconds: spokenSeconds(r.startedAt!, r.endedAt!) });
		out.set(r.itemId, lines);
	}
	return out;
}

/** Speaking time per college over the whole plenary (finished speeches). */
export function speakingTimeSummary(plenaryId: number, tx: Reader = db()) {
	const plenary = tx.select({ councilId: plenaries.councilId }).from(plenaries).where(eq(plenaries.id, plenaryId)).get();
	if (!plenary) return { rows: [], total: { collegeId: null, name: null, speeches: 0, seconds: 0 } };
	const spoken = tx
		.select({ collegeId: memberships.collegeId, startedAt: speakers.startedAt, endedAt: speakers.endedAt })
		.from(speakers)
		.innerJoin(agendaItems, eq(agendaItems.id, speakers.agendaItemId))
		.innerJoin(memberships, eq(memberships.id, speakers.membershipId))
		.where(and(eq(agendaItems.plenaryId, plenaryId), eq(speakers.state, 'done')))
		.all()
		.filter((r) => r.startedAt && r.endedAt)
		.map((r) => ({ collegeId: r.collegeId, seconds: spokenSeconds(r.startedAt!, r.endedAt!) }));
	return timeByCollege(collegesOf(tx, plenary.councilId), spoken);
}
export type SpeakingTimeSummary = ReturnType<typeof speakingTimeSummary>;
