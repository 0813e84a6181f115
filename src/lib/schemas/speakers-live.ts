// The list of speakers, live: the state every screen (plenary pages, projector) is sent, and the socket payloads.
// No messages here: the realtime module imports this file.
import { z } from 'zod';

export const SPEAKER_KINDS = ['speech', 'point_of_order', 'reply'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** Socket: the state of one item's list (itemId), or of the plenary's current item (itemId null). */
export const speakersGetSchema = z.object({ plenaryId: z.number().int().positive(), itemId: z.number().int().positive().nullable() });

export type SpeakerEntry = { id: number; membershipId: number; name: string; college: string | null; kind: SpeakerKind };

/** One item's list as every screen shows it. Times are epoch milliseconds of the server's clock (`at`: when built). */
export type SpeakerListState = {
	plenaryId: number;
	itemId: number;
	itemTitle: string;
	version: number;
	closed: boolean;
	/** the speaking time in force, in seconds (0: no limit) */
	speakingSeconds: number;
	/** the item's own speaking time, null when it follows the council's default */
	itemSeconds: number | null;
	current: (SpeakerEntry & { startedAt: number }) | null;
	waiting: SpeakerEntry[];
	done: (SpeakerEntry & { seconds: number })[];
	at: number;
};

/** Sent to the room `plenary:<plenaryId>` as `speakers:state`: the list that changed, and the plenary's current item. */
export type SpeakersStateEvent = { plenaryId: number; currentItemId: number | null; list: SpeakerListState | null };
export type SpeakersGetAck = { ok: true; state: SpeakersStateEvent } | { ok: false; error: 'invalid' | 'not_found' | 'forbidden' };
