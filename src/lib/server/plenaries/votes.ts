// Votes on agenda items: drafts, opening (with an optional timer) and publication, by the secretariat
// ('votes.manage', audited). Closing and the tally are in close.ts, casting in cast.ts.
// Lifecycle: draft → open → closed (result frozen) → published. Rules default to the council's settings.
import { asc, eq } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { checkRules } from '../../tally/ballot-rules';
import { collegesOf, councilRow, requireAction, plenaryRow, voteRow, type CouncilRow, type PlenaryUser, type VoteRow } from './access';
import { agendaItems, votes } from './tables';
import { indicatorsOfVote, setVoteIndicators } from './vote-indicators';
import { checkVoteProposalsFree, proposalsOfVote, setVoteProposals } from './vote-decides';
import { appendLog } from './vote-log';
import { shownResult } from './secret-view';
import { requireSmallCollegesConfirmed } from './small-colleges';
import {
	BASES,
	MAJORITIES,
	METHODS,
	QUORUM_KINDS,
	SECRECIES,
	WEIGHTINGS,
	YES_NO_ABSTAIN,
	type MajorityBase,
	type Majority,
	type Method,
	type QuorumKind,
	type Secrecy,
	type TallyResult,
	type TallyRules,
	type Weighting
} from './tally-types';

export type VoteInput = {
	question: string;
	description?: string;
	method: Method;
	/** option labels for single / multiple / ranked (ignored for yes_no_abstain); ids become o1, o2… */
	options?: string[];
	minChoices?: number;
	maxChoices?: number;
	winners?: number;
	weighting?: Weighting;
	majority?: Majority;
	base?: MajorityBase;
	quorumKind?: QuorumKind;
	quorumValue?: number;
	secrecy?: Secrecy;
	/** proposed indicators this vote validates when adopted (yes_no_abstain only; see vote-indicators.ts) */
	indicatorIds?: number[];
	/** proposals of the agenda item this vote decides (yes_no_abstain only; see vote-decides.ts) */
	proposalIds?: number[];
	/** the secretariat confirms putting proposals rejected by an earlier vote to this one */
	revote?: boolean;
	/** a secret vote weighted by college with a college below the minimum group size: confirmed (small-colleges.ts) */
	confirmSmallGroups?: boolean;
};

/**
 * A vote as screens see it: everything but the stored tally inputs; `result` only once closed, with a secret vote's
 * small groups merged into the total (secret-view.ts). Who may see a closed, unpublished result: forReader().
 */
export type VoteView = Omit<VoteRow, 'tallyInput'>;

export function rulesOf(vote: Pick<VoteRow, 'method' | 'options' | 'minChoices' | 'maxChoices' | 'winners' | 'weighting' | 'majority' | 'majorityBase' | 'quorumKind' | 'quorumValue'>): TallyRules {
	return {
		method: vote.method as Method,
		options: vote.options,
		minChoices: vote.minChoices,
		maxChoices: vote.maxChoices,
		winners: vote.winners,
		weighting: vote.weighting as Weighting,
		majority: vote.majority as Majority,
		base: vote.majorityBase as MajorityBase,
		quorumKind: vote.quorumKind as QuorumKind,
		quorumValue: vote.quorumValue
	};
}

export function viewOf(vote: VoteRow): VoteView {
	const { tallyInput: _hidden, ...view } = vote;
	void _hidden;
	const result = vote.state === 'closed' || vote.state === 'published' ? vote.result : null;
	return { ...view, result: result && shownResult(vote, result) };
}

const oneOf = <T extends string>(list: readonly T[], value: unknown, field: string): T => {
	if (!list.includes(value as T)) throw new DomainError('plenaries_error_rule', field);
	return value as T;
};

/** The full set of columns for a vote from the input over the previous values (or the council's defaults). */
function settle(tx: Tx, council: CouncilRow, input: VoteInput) {
	const method = oneOf(METHODS, input.method, 'method');
	const options = method === 'yes_no_abstain' ? YES_NO_ABSTAIN : (input.options ?? []).map((label, i) => ({ id: `o${i + 1}`, label: label.trim() }));
	const n = options.length;
	const question = input.question.trim();
	if (!question) throw new DomainError('plenaries_error_question_required', 'question');
	const row = {
		question,
		description: input.description?.trim() ?? '',
		method,
		options,
		minChoices: method === 'yes_no_abstain' || method === 'single' ? 1 : (input.minChoices ?? 1),
		maxChoices: method === 'yes_no_abstain' || method === 'single' ? 1 : (input.maxChoices ?? n),
		winners: method === 'yes_no_abstain' ? 1 : (input.winners ?? 1),
		weighting: oneOf(WEIGHTINGS, input.weighting ?? council.weighting, 'weighting'),
		majority: oneOf(MAJORITIES, input.majority ?? council.majority, 'majority'),
		majorityBase: oneOf(BASES, input.base ?? council.majorityBase, 'base'),
		quorumKind: oneOf(QUORUM_KINDS, input.quorumKind ?? council.quorumKind, 'quorumKind'),
		quorumValue: input.quorumValue ?? council.quorumValue,
		secrecy: oneOf(SECRECIES, input.secrecy ?? 'named', 'secrecy')
	};
	checkRules(rulesOf(row));
	if (row.weighting === 'college' && collegesOf(tx, council.id).length === 0) throw new DomainError('plenaries_error_no_colleges', 'weighting');
	return row;
}

export function createVote(user: PlenaryUser, agendaItemId: number, input: VoteInput): VoteView {
	const vote = db().transaction((tx) => {
		const item = tx.select().from(agendaItems).where(eq(agendaItems.id, agendaItemId)).get();
		if (!item) throw new DomainError('plenaries_error_not_found');
		const plenary = plenaryRow(tx, item.plenaryId);
		const council = councilRow(tx, plenary.councilId);
		requireAction(tx, user, 'votes.manage', council);
		if (plenary.state === 'closed' || plenary.state === 'minutes_published') throw new DomainError('plenaries_error_plenary_closed');
		const settled = settle(tx, council, input);
		requireSmallCollegesConfirmed(tx, council, settled, input.confirmSmallGroups);
		const row = tx
			.insert(votes)
			.values({ ...settled, councilId: council.id, plenaryId: plenary.id, agendaItemId, createdBy: user.id })
			.returning()
			.get();
		setVoteIndicators(tx, row, input.indicatorIds ?? []);
		setVoteProposals(tx, row, input.proposalIds ?? [], input.revote);
		recordAudit(tx, {
			councilId: council.id,
			actorId: user.id,
			action: 'vote.create',
			entityType: 'vote',
			entityId: row.id,
			details: { question: row.question, method: row.method, indicators: input.indicatorIds ?? [], proposals: input.proposalIds ?? [] }
		});
		return row;
	});
	publish({ type: 'vote.changed', councilId: vote.councilId, plenaryId: vote.plenaryId, voteId: vote.id });
	return viewOf(vote);
}

/** Edits a draft; the patch is applied over the draft's current settings. */
export function updateVote(user: PlenaryUser, voteId: number, patch: Partial<VoteInput>): VoteView {
	const vote = db().transaction((tx) => {
		const before = voteRow(tx, voteId);
		const council = councilRow(tx, before.councilId);
		requireAction(tx, user, 'votes.manage', council);
		if (before.state !== 'draft') throw new DomainError('plenaries_error_vote_not_draft');
		const current: VoteInput = {
			question: before.question,
			description: before.description,
			method: before.method as Method,
			options: before.method === 'yes_no_abstain' ? [] : before.options.map((o) => o.label),
			minChoices: before.minChoices,
			maxChoices: before.maxChoices,
			winners: before.winners,
			weighting: before.weighting as Weighting,
			majority: before.majority as Majority,
			base: before.majorityBase as MajorityBase,
			quorumKind: before.quorumKind as QuorumKind,
			quorumValue: before.quorumValue,
			secrecy: before.secrecy as Secrecy
		};
		const settled = settle(tx, council, { ...current, ...patch });
		requireSmallCollegesConfirmed(tx, council, settled, patch.confirmSmallGroups);
		const row = tx.update(votes).set(settled).where(eq(votes.id, voteId)).returning().get();
		setVoteIndicators(tx, row, patch.indicatorIds ?? indicatorsOfVote(voteId, tx).map((i) => i.id));
		const named = proposalsOfVote(voteId, tx);
		setVoteProposals(tx, row, patch.proposalIds ?? named.map((p) => p.id), patch.revote ?? named.some((p) => p.revote));
		recordAudit(tx, { councilId: council.id, actorId: user.id, action: 'vote.update', entityType: 'vote', entityId: voteId, details: { fields: Object.keys(patch) } });
		return row;
	});
	publish({ type: 'vote.changed', councilId: vote.councilId, plenaryId: vote.plenaryId, voteId });
	return viewOf(vote);
}

export function deleteVote(user: PlenaryUser, voteId: number): void {
	const vote = db().transaction((tx) => {
		const vote = voteRow(tx, voteId);
		requireAction(tx, user, 'votes.manage', councilRow(tx, vote.councilId));
		if (vote.state !== 'draft') throw new DomainError('plenaries_error_vote_not_draft');
		tx.delete(votes).where(eq(votes.id, voteId)).run();
		recordAudit(tx, { councilId: vote.councilId, actorId: user.id, action: 'vote.delete', entityType: 'vote', entityId: voteId, details: { question: vote.question } });
		return vote;
	});
	publish({ type: 'vote.changed', councilId: vote.councilId, plenaryId: vote.plenaryId, voteId });
}

/** Opens a draft while its plenary is open; `durationSeconds` sets the timer after which ballots are refused. */
export function openVote(user: PlenaryUser, voteId: number, opts: { durationSeconds?: number | null; now?: Date; confirmSmallGroups?: boolean } = {}): VoteView {
	const d = opts.durationSeconds;
	if (d !== undefined && d !== null && !(Number.isInteger(d) && d > 0 && d <= 86400)) throw new DomainError('plenaries_error_duration', 'durationSeconds');
	const now = opts.now ?? new Date();
	const vote = db().transaction((tx) => {
		const before = voteRow(tx, voteId);
		const council = councilRow(tx, before.councilId);
		requireAction(tx, user, 'votes.manage', council);
		if (before.state !== 'draft') throw new DomainError('plenaries_error_vote_not_draft');
		if (plenaryRow(tx, before.plenaryId).state !== 'open') throw new DomainError('plenaries_error_plenary_not_open');
		checkVoteProposalsFree(tx, before);
		requireSmallCollegesConfirmed(tx, council, before, opts.confirmSmallGroups);
		const closesAt = d ? new Date(now.getTime() + d * 1000) : null;
		const row = tx.update(votes).set({ state: 'open', openedAt: now, closesAt }).where(eq(votes.id, voteId)).returning().get();
		appendLog(tx, voteId, 'open', { vote: voteId, secrecy: row.secrecy, rules: rulesOf(row) }, now);
		recordAudit(tx, { councilId: row.councilId, actorId: user.id, action: 'vote.open', entityType: 'vote', entityId: voteId, details: { question: row.question, durationSeconds: d ?? null } });
		return row;
	});
	publish({ type: 'vote.opened', councilId: vote.councilId, plenaryId: vote.plenaryId, voteId, closesAt: vote.closesAt?.getTime() ?? null });
	return viewOf(vote);
}

/** Publishes a closed vote's result (public councils: visible to everyone, exports, minutes). */
export function publishVote(user: PlenaryUser, voteId: number): VoteView {
	const vote = db().transaction((tx) => {
		const before = voteRow(tx, voteId);
		requireAction(tx, user, 'votes.manage', councilRow(tx, before.councilId));
		if (before.state !== 'closed') throw new DomainError('plenaries_error_vote_not_closed');
		const row = tx.update(votes).set({ state: 'published', publishedAt: new Date() }).where(eq(votes.id, voteId)).returning().get();
		recordAudit(tx, { councilId: row.councilId, actorId: user.id, action: 'vote.publish', entityType: 'vote', entityId: voteId, details: { decision: row.result?.decision ?? null } });
		return row;
	});
	const result = vote.result as TallyResult;
	publish({ type: 'vote.published', councilId: vote.councilId, plenaryId: vote.plenaryId, voteId, agendaItemId: vote.agendaItemId, decision: result.decision, winners: result.winners });
	return viewOf(vote);
}

export function getVote(voteId: number): VoteView | null {
	const vote = db().select().from(votes).where(eq(votes.id, voteId)).get();
	return vote ? viewOf(vote) : null;
}

/** Votes of a plenary in agenda order. */
export function listVotes(plenaryId: number): VoteView[] {
	return db()
		.select({ vote: votes })
		.from(votes)
		.innerJoin(agendaItems, eq(agendaItems.id, votes.agendaItemId))
		.where(eq(votes.plenaryId, plenaryId))
		.orderBy(asc(agendaItems.position), asc(votes.id))
		.all()
		.map((r) => viewOf(r.vote));
}
