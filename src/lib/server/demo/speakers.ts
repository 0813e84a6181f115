// Who spoke at the demo's "Assemblée plénière 2026" (docs/domain.md, 'The list of speakers'): a few speeches on the
// report, the proposal and the annual themes, from every college, with a reply and a point of order, so that the
// minutes list them and sum the speaking time per college. Written as finished speeches at their real times.
import type { Tx } from '../db/client';
import { speakerLists, speakers } from '../plenaries/speaker-tables';

type Present = { membershipId: number; collegeIndex: number };
type Speech = [college: number, nth: number, seconds: number, kind?: 'reply' | 'point_of_order'];

/** item index → minutes after the start when its debate begins, and its speeches in order */
const DEBATES: { item: number; from: number; speeches: Speech[] }[] = [
	{
		item: 1,
		from: 12,
		speeches: [
			[0, 0, 175],
			[2, 0, 140],
			[1, 0, 95]
		]
	},
	{
		item: 2,
		from: 38,
		speeches: [
			[0, 1, 180],
			[3, 0, 150],
			[0, 2, 60, 'reply'],
			[2, 1, 165],
			[1, 1, 40, 'point_of_order']
		]
	},
	{
		item: 3,
		from: 82,
		speeches: [
			[1, 2, 130],
			[0, 3, 185],
			[3, 1, 120],
			[2, 2, 150]
		]
	}
];

export function seedDemoSpeakers(tx: Tx, itemIds: number[], present: Present[], starts: Date): void {
	for (const debate of DEBATES) {
		const itemId = itemIds[debate.item];
		if (!itemId) continue;
		let at = starts.getTime() + debate.from * 60_000;
		for (const [college, nth, seconds, kind] of debate.speeches) {
			const who = present.filter((p) => p.collegeIndex === college)[nth];
			if (!who) continue;
			tx.insert(speakers)
				.values({
					agendaItemId: itemId,
					membershipId: who.membershipId,
					kind: kind ?? 'speech',
					state: 'done',
					position: 0,
					requestedAt: new Date(at - 120_000),
					startedAt: new Date(at),
					endedAt: new Date(at + seconds * 1000)
				})
				.run();
			at += (seconds + 20) * 1000;
		}
		tx.insert(speakerLists).values({ agendaItemId: itemId, closed: true, version: debate.speeches.length }).run();
	}
}
