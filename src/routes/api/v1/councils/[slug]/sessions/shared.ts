// Shared by the plenaries endpoints: the plenary of the URL for this caller (plenaries still being planned are the
// secretariat's only), and the JSON shapes of plenaries and votes. Results only once published.
import { m } from '$lib/paraglide/messages';
import { proposalsOfVote } from '$lib/server/plenaries/vote-decides';
import type { Actor } from '$lib/server/auth/permissions';
import { plenaryVisibleTo } from '$lib/server/plenaries/visibility';
import { apiError } from '$lib/server/http/api';
import { getPlenary } from '$lib/server/plenaries/plenaries';
import type { PlenaryRow } from '$lib/server/plenaries/access';
import type { VoteView } from '$lib/server/plenaries/votes';
import type { CouncilRow } from '$lib/server/councils/councils';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

export function plenaryOrError(actor: Actor, council: CouncilRow, rawId: string) {
	const id = Number(rawId);
	const detail = Number.isSafeInteger(id) && id > 0 ? getPlenary(id) : null;
	if (!detail || detail.plenary.councilId !== council.id || !plenaryVisibleTo(actor, council, detail.plenary))
		return { ok: false as const, response: apiError(404, 'not_found', m.minutes_api_session_not_found()) };
	return { ok: true as const, ...detail };
}

export function plenaryJson(council: Pick<CouncilRow, 'slug'>, s: PlenaryRow) {
	return {
		id: s.id,
		kind: s.kind,
		title: s.title,
		description: s.description,
		startsAt: s.startsAt.toISOString(),
		endsAt: iso(s.endsAt),
		place: s.place,
		onlineUrl: s.onlineUrl,
		state: s.state,
		convenedAt: iso(s.convenedAt),
		openedAt: iso(s.openedAt),
		closedAt: iso(s.closedAt),
		minutesPublishedAt: iso(s.minutesPublishedAt),
		links: {
			page: `/c/${council.slug}/sessions/${s.id}`,
			self: `/api/v1/councils/${council.slug}/sessions/${s.id}`,
			votes: `/api/v1/councils/${council.slug}/sessions/${s.id}/votes`,
			...(s.state === 'minutes_published' ? { minutes: `/c/${council.slug}/sessions/${s.id}/minutes`, minutesPdf: `/c/${council.slug}/sessions/${s.id}/minutes.pdf` } : {})
		}
	};
}

export function voteJson(council: Pick<CouncilRow, 'slug'>, v: VoteView) {
	const published = v.state === 'published';
	const base = `/c/${council.slug}/sessions/${v.plenaryId}/votes/${v.id}`;
	return {
		id: v.id,
		agendaItemId: v.agendaItemId,
		/** the proposals this vote decides: closing it adopted or rejected moves these and no other */
		proposalIds: proposalsOfVote(v.id).map((p) => p.id),
		question: v.question,
		description: v.description,
		method: v.method,
		options: v.options,
		minChoices: v.minChoices,
		maxChoices: v.maxChoices,
		winners: v.winners,
		weighting: v.weighting,
		majority: v.majority,
		majorityBase: v.majorityBase,
		quorum: { kind: v.quorumKind, value: v.quorumValue },
		secrecy: v.secrecy,
		state: v.state,
		openedAt: iso(v.openedAt),
		closedAt: iso(v.closedAt),
		publishedAt: iso(v.publishedAt),
		result: published ? v.result : null,
		links: published
			? {
					resultCsv: `${base}/result.csv`,
					resultJson: `${base}/result.json`,
					tallyJson: `${base}/tally.json`,
					verify: `${base}/verify`,
					...(v.secrecy === 'named' ? { ballotsCsv: `${base}/ballots.csv` } : {})
				}
			: {}
	};
}
