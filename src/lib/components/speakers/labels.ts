// Words for the list of speakers shared by its components.
import { m } from '$lib/paraglide/messages';
import type { SpeakerKind } from '$lib/schemas/speakers-live';

export function speakerKindName(kind: SpeakerKind): string {
	return kind === 'point_of_order' ? m.speakers_kind_point_of_order() : kind === 'reply' ? m.speakers_kind_reply() : m.speakers_kind_speech();
}

/** "3 min 20 s", "45 s" */
export function duration(seconds: number): string {
	const min = Math.floor(seconds / 60);
	const s = seconds % 60;
	if (!min) return m.speakers_duration_seconds({ s: String(s) });
	return s ? m.speakers_duration_min_s({ min: String(min), s: String(s) }) : m.speakers_duration_min({ min: String(min) });
}
