// The minutes of a plenary, generated from what the plenary recorded: attendance by college, the names of
// present and represented members, proxies, quorum, the agenda, each held vote (question, method, rules, frozen
// result with its breakdown and decision, the roll call of named votes) and the new states of the proposals linked
// to the agenda (agenda_item_proposals) or decided by a vote (vote_proposals); plus the text sections the
// secretariat writes (plenary_sessions.minutes). Plain data: pages, the PDF and the exports label it.
//
// Secret votes: only the frozen aggregate result is read; no ballot or participation row is, so nothing here can
// link a secret choice to a member.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { councils } from '../councils/tables';
import { proposals } from '../proposals/tables';
import { DomainError } from '../errors';
import { attendanceSummary, listAttendance, type AttendanceSummary } from './attendance';
import { collegesOf, type PlenaryRow } from './access';
import { isAnnualThemesVote } from './annual-themes';
import { listVotes, type VoteView } from './votes';
import { namedBallots, type NamedBallot } from './vote-status';
import { byName } from './exports';
import { agendaItemProposals, agendaItems, annualThemes, plenaries, type MinutesSection } from './tables';
import { indicatorsOfVote } from './vote-indicators';
import { proposalsOfVotes } from './vote-decides';
import { chainHead } from './vote-log';
import { speakingTimeSummary, spokeOnItems, type SpeakingTimeSummary, type SpokeLine } from './speaker-state';

export type MinutesProposal = { id: number; title: string; state: string };

export type MinutesVote = Omit<VoteView, 'result'> & {
	result: NonNullable<VoteView['result']>;
	/** a ranked vote on an annual-themes item: its winners may become the year's annual themes */
	annualThemes: boolean;
	/** the years whose annual themes were adopted from this vote */
	adoptedForYears: number[];
	/** proposals this vote decides (vote_proposals), with their state now */
	proposals: MinutesProposal[];
	/** indicators the vote submitted for validation, and whether this vote validated them */
	indicators: { id: number; name: string; planTitle: string; validatedHere: boolean }[];
	/** the final hash of the vote's log (vote-log.ts), null for votes closed before logs were kept */
	chainHead: string | null;
	/** named votes: who voted what (acting member when a proxy cast it); null for secret votes */
	roll: (NamedBallot & { actingName: string | null })[] | null;
};

export type MinutesItem = {
	id: number;
	position: number;
	kind: string;
	title: string;
	description: string;
	presenter: string;
	durationMinutes: number;
	proposals: MinutesProposal[];
	votes: MinutesVote[];
	/** who spoke on the item (list of speakers), in order, with how long */
	speakers: SpokeLine[];
};

export type MinutesPerson = { name: string; collegeId: number | null };

export type MinutesData = {
	council: { id: number; slug: string; name: string };
	plenary: PlenaryRow;
	sections: MinutesSection[];
	attendance: AttendanceSummary;
	colleges: { id: number; name: string; weight: number }[];
	/** entitled members checked in, by name, with how */
	present: (MinutesPerson & { mode: 'in_room' | 'remote' })[];
	/** proxies in force at the end of the plenary: the absent giver and the member who carried the proxy */
	proxies: { giver: string; holder: string; giverCollegeId: number | null }[];
	/** others checked in (secretariat, observers, guests without a vote) */
	otherAttendees: string[];
	agenda: MinutesItem[];
	/** votes held (closed or published), in agenda order */
	votes: MinutesVote[];
	/** votes not shown: still draft or open, or closed but unpublished for readers who may only see published ones */
	votesNotShown: number;
	/** speaking time per college over the plenary (list of speakers) */
	speakingTime: SpeakingTimeSummary;
};

/**
 * Builds the minutes of a plenary. `includeUnpublished`: also show votes closed but not published yet (the
 * secretariat preparing the minutes); readers see published votes only.
 */
export function buildMinutes(plenaryId: number, opts: { includeUnpublished?: boolean } = {}): MinutesData {
	const plenary = db().select().from(plenaries).where(eq(plenaries.id, plenaryId)).get();
	if (!plenary) throw new DomainError('plenaries_error_not_found');
	const council = db().select({ id: councils.id, slug: councils.slug, name: councils.name }).from(councils).where(eq(councils.id, plenary.councilId)).get()!;
	const items = db().select().from(agendaItems).where(eq(agendaItems.plenaryId, plenaryId)).orderBy(asc(agendaItems.position), asc(agendaItems.id)).all();

	const people = listAttendance(plenaryId);
	const names = new Map(people.map((p) => [p.membershipId, p.name]));
	const present = people.filter((p) => p.entitled && p.mode).map((p) => ({ name: p.name, collegeId: p.collegeId, mode: p.mode! }));
	const proxies = people.filter((p) => p.entitled && p.proxyActive && p.proxyTo !== null).map((p) => ({ giver: p.name, holder: names.get(p.proxyTo!) ?? '', giverCollegeId: p.collegeId }));
	const otherAttendees = people.filter((p) => !p.entitled && p.mode).map((p) => p.name);

	const all = listVotes(plenaryId);
	const shown = all.filter((v) => v.state === 'published' || (opts.includeUnpublished && v.state === 'closed'));
	const shownIds = shown.map((v) => v.id);

	const itemIds = items.map((i) => i.id);
	const linkRows = itemIds.length
		? db()
				.select({ itemId: agendaItemProposals.agendaItemId, id: proposals.id, title: proposals.title, state: proposals.state })
				.from(agendaItemProposals)
				.innerJoin(proposals, eq(proposals.id, agendaItemProposals.proposalId))
				.where(inArray(agendaItemProposals.agendaItemId, itemIds))
				.orderBy(asc(agendaItemProposals.id))
				.all()
		: [];
	const decided = proposalsOfVotes(shownIds);
	const adopted = shownIds.length
		? db()
				.selectDistinct({ voteId: annualThemes.voteId, year: annualThemes.year })
				.from(annualThemes)
				.where(and(eq(annualThemes.councilId, council.id), inArray(annualThemes.voteId, shownIds)))
				.orderBy(asc(annualThemes.year))
				.all()
		: [];

	const votes: MinutesVote[] = shown.map((v) => {
		const roll =
			v.secrecy === 'named' ? byName(namedBallots(v.id)).map((b) => ({ ...b, actingName: b.actingMembershipId !== b.membershipId ? (names.get(b.actingMembershipId) ?? null) : null })) : null;
		return {
			...v,
			result: v.result!,
			annualThemes: isAnnualThemesVote(db(), v),
			adoptedForYears: adopted.filter((a) => a.voteId === v.id).map((a) => a.year),
			proposals: (decided.get(v.id) ?? []).map(({ id, title, state }) => ({ id, title, state })),
			chainHead: chainHead(v.id),
			indicators: indicatorsOfVote(v.id).map((i) => ({ id: i.id, name: i.name, planTitle: i.planTitle, validatedHere: i.state === 'validated' && i.validationRef === `vote:${v.id}` })),
			roll
		};
	});

	const spoke = spokeOnItems(plenaryId);
	const agenda: MinutesItem[] = items.map((i) => {
		const itemVotes = votes.filter((v) => v.agendaItemId === i.id);
		const linked = linkRows.filter((l) => l.itemId === i.id).map(({ id, title, state }) => ({ id, title, state }));
		// a proposal decided by a vote of the item shows with the vote; the item lists the others
		const byVote = new Set(itemVotes.flatMap((v) => v.proposals.map((p) => p.id)));
		return {
			id: i.id,
			position: i.position,
			kind: i.kind,
			title: i.title,
			description: i.description,
			presenter: i.presenter,
			durationMinutes: i.durationMinutes,
			proposals: linked.filter((p) => !byVote.has(p.id)),
			votes: itemVotes,
			speakers: spoke.get(i.id) ?? []
		};
	});

	return {
		council,
		plenary,
		sections: plenary.minutes,
		attendance: attendanceSummary(plenaryId),
		colleges: collegesOf(db(), council.id),
		present,
		proxies,
		otherAttendees,
		agenda,
		votes,
		votesNotShown: all.length - shown.length,
		speakingTime: speakingTimeSummary(plenaryId)
	};
}

/** Whether a reader may see the minutes: published minutes for anyone who may read plenaries; the secretariat always. */
export function minutesVisible(state: string, canManage: boolean): boolean {
	return canManage || state === 'minutes_published';
}
