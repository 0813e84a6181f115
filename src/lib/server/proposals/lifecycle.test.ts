import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { auditLog } from '../audit/tables';
import { setup } from './test-fixtures';
import { addImplementationUpdate, answerProposal, applyVoteOutcome, transitionProposal, type TransitionInput } from './lifecycle';
import { getProposal, loadReadable } from './access';
import { timelineOf } from './read';
import { PROPOSAL_STATES, TRANSITIONS, TRANSITION_NAMES, type ProposalState, type TransitionName, type TransitionRule } from './states';

type Fx = ReturnType<typeof setup>;
const ACTORS = ['author', 'member', 'secretariat', 'chair', 'evaluator', 'observer', 'outsider', 'admin', 'anonymous'] as const;
type ActorKey = (typeof ACTORS)[number];

/** Who the transition table says may make a transition (besides the votes engine). */
function allowed(rule: TransitionRule, who: ActorKey): boolean {
	if (rule.by === 'author') return who === 'author';
	if (rule.by === 'manager') return who === 'secretariat' || who === 'chair' || who === 'admin';
	return false;
}

/** Takes a new proposal to `state` through the real services. */
function reach(fx: Fx, state: ProposalState): number {
	const a = fx.actors;
	const base: Record<ProposalState, () => number> = {
		draft: () => fx.proposalIn('draft'),
		submitted: () => fx.proposalIn('submitted'),
		accepted: () => fx.proposalIn('accepted'),
		scheduled: () => fx.proposalIn('scheduled'),
		declined: () => transitionProposal(a.chair, fx.proposalIn('submitted'), 'decline', { answer: 'Hors compétence.' }).id,
		merged: () => {
			const target = fx.proposalIn('submitted');
			return transitionProposal(a.secretariat, fx.proposalIn('submitted'), 'merge', { answer: 'Fusionnée.', targetId: target }).id;
		},
		adopted: () => applyVoteOutcome(fx.proposalIn('scheduled'), { voteId: 7, adopted: true }).id,
		rejected: () => applyVoteOutcome(fx.proposalIn('scheduled'), { voteId: 8, adopted: false }).id,
		in_implementation: () => transitionProposal(a.secretariat, reach(fx, 'adopted'), 'start_implementation').id,
		implemented: () => transitionProposal(a.secretariat, reach(fx, 'in_implementation'), 'complete').id,
		abandoned: () => transitionProposal(a.secretariat, reach(fx, 'in_implementation'), 'abandon', { reason: 'Budget supprimé.' }).id
	};
	const id = base[state]();
	expect(getProposal(id)!.state).toBe(state);
	return id;
}

function inputFor(fx: Fx, name: TransitionName): TransitionInput {
	const r: TransitionRule = TRANSITIONS[name];
	return {
		answer: r.answer ? 'Réponse officielle.' : undefined,
		reason: r.reason ? 'Parce que.' : undefined,
		targetId: r.target ? fx.proposalIn('submitted') : undefined
	};
}

function code(fn: () => unknown): string | null {
	try {
		fn();
		return null;
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
}

const PERSON_TRANSITIONS = TRANSITION_NAMES.filter((n) => (TRANSITIONS[n] as TransitionRule).by !== 'vote');

describe('lifecycle: each transition, allowed and refused, for each role', () => {
	for (const name of PERSON_TRANSITIONS) {
		const r: TransitionRule = TRANSITIONS[name];
		for (const who of ACTORS) {
			it(`${name} (${r.from.join('|')} → ${r.to}) by ${who}: ${allowed(r, who) ? 'allowed' : 'refused'}`, () => {
				const fx = setup();
				const id = reach(fx, r.from[0]);
				const result = code(() => transitionProposal(fx.actors[who], id, name, inputFor(fx, name)));
				if (allowed(r, who)) {
					expect(result).toBeNull();
					expect(getProposal(id)!.state).toBe(r.to);
				} else {
					expect(result).toMatch(/^proposals_error_(not_found|forbidden|not_author)$/);
					expect(getProposal(id)!.state).toBe(r.from[0]);
				}
			});
		}
	}
});

describe('lifecycle: each transition is refused from every state it does not start from', () => {
	for (const name of PERSON_TRANSITIONS) {
		const r: TransitionRule = TRANSITIONS[name];
		it(`${name} is refused outside ${r.from.join(', ')}`, () => {
			const fx = setup();
			const who = r.by === 'author' ? fx.actors.author : fx.actors.secretariat;
			for (const state of PROPOSAL_STATES.filter((s) => !(r.from as readonly string[]).includes(s))) {
				const id = reach(fx, state);
				const result = code(() => transitionProposal(who, id, name, inputFor(fx, name)));
				// drafts are invisible to the secretariat: refused as not found; otherwise a transition error
				expect(result, `${name} from ${state}`).toBe(state === 'draft' && r.by !== 'author' ? 'proposals_error_not_found' : 'proposals_error_transition');
				expect(getProposal(id)!.state).toBe(state);
			}
		});
	}

	it('refuses vote transitions made by a person', () => {
		const fx = setup();
		const id = reach(fx, 'scheduled');
		expect(code(() => transitionProposal(fx.actors.secretariat, id, 'adopt'))).toBe('proposals_error_forbidden');
		expect(code(() => transitionProposal(fx.actors.secretariat, id, 'reject'))).toBe('proposals_error_forbidden');
	});
});

describe('lifecycle rules', () => {
	it('requires a public answer to accept, decline and merge, and a reason to abandon', () => {
		const fx = setup();
		const id = reach(fx, 'submitted');
		for (const name of ['accept', 'decline', 'merge'] as const) {
			const err = code(() => transitionProposal(fx.actors.secretariat, id, name, { answer: '   ', targetId: reach(fx, 'submitted') }));
			expect(err).toBe('proposals_error_answer_required');
		}
		const impl = reach(fx, 'in_implementation');
		expect(code(() => transitionProposal(fx.actors.chair, impl, 'abandon', { reason: '' }))).toBe('proposals_error_reason_required');
	});

	it('refuses acceptance until the council’s support threshold is reached, with the figures', () => {
		const fx = setup({ supportThreshold: 2 });
		const id = reach(fx, 'submitted');
		fx.act.support(fx.actors.member, id);
		try {
			transitionProposal(fx.actors.secretariat, id, 'accept', { answer: 'Oui.' });
			expect.unreachable();
		} catch (e) {
			expect((e as DomainError).code).toBe('proposals_error_threshold');
			expect((e as DomainError).params).toEqual({ count: 1, threshold: 2 });
		}
		fx.act.support(fx.actors.member2, id);
		expect(transitionProposal(fx.actors.secretariat, id, 'accept', { answer: 'Oui.' }).state).toBe('accepted');
	});

	it('merges only into another open proposal of the same council, and links it', () => {
		const fx = setup();
		const id = reach(fx, 'submitted');
		expect(code(() => transitionProposal(fx.actors.secretariat, id, 'merge', { answer: 'x', targetId: id }))).toBe('proposals_error_merge_target');
		expect(code(() => transitionProposal(fx.actors.secretariat, id, 'merge', { answer: 'x', targetId: reach(fx, 'declined') }))).toBe('proposals_error_merge_target');
		expect(code(() => transitionProposal(fx.actors.secretariat, id, 'merge', { answer: 'x', targetId: 99999 }))).toBe('proposals_error_merge_target');
		const target = reach(fx, 'accepted');
		const merged = transitionProposal(fx.actors.secretariat, id, 'merge', { answer: 'Regroupée.', targetId: target });
		expect(merged.mergedIntoId).toBe(target);
		expect(timelineOf(id).at(-1)).toMatchObject({ transition: 'merge', mergedIntoId: target, answer: 'Regroupée.' });
	});

	it('applies vote outcomes only to accepted or scheduled proposals and links the vote', () => {
		const fx = setup();
		expect(code(() => applyVoteOutcome(reach(fx, 'submitted'), { voteId: 1, adopted: true }))).toBe('proposals_error_transition');
		const adopted = applyVoteOutcome(reach(fx, 'accepted'), { voteId: 12, adopted: true });
		expect(adopted).toMatchObject({ state: 'adopted', voteId: 12 });
		const rejected = applyVoteOutcome(reach(fx, 'scheduled'), { voteId: 13, adopted: false });
		expect(rejected).toMatchObject({ state: 'rejected', voteId: 13 });
		expect(timelineOf(rejected.id).at(-1)).toMatchObject({ transition: 'reject', voteId: 13, actorName: null });
	});

	it('records every transition with who, when and why, and the audit entry', () => {
		const fx = setup();
		const id = reach(fx, 'submitted');
		transitionProposal(fx.actors.author, id, 'withdraw');
		transitionProposal(fx.actors.author, id, 'submit');
		transitionProposal(fx.actors.chair, id, 'decline', { answer: 'Relève de la Région.' });
		const story = timelineOf(id);
		expect(story.map((e) => [e.kind, e.transition, e.fromState, e.toState])).toEqual([
			['created', null, null, 'draft'],
			['transition', 'submit', 'draft', 'submitted'],
			['transition', 'withdraw', 'submitted', 'draft'],
			['transition', 'submit', 'draft', 'submitted'],
			['transition', 'decline', 'submitted', 'declined']
		]);
		expect(story.at(-1)).toMatchObject({ actorName: fx.people.chair.name, answer: 'Relève de la Région.' });
		expect(story.every((e) => e.createdAt instanceof Date)).toBe(true);
		expect(getProposal(id)).toMatchObject({ answer: 'Relève de la Région.' });
		const actions = db()
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, String(id)))
			.all()
			.map((a) => a.action);
		expect(actions).toEqual(expect.arrayContaining(['proposal.create', 'proposal.submit', 'proposal.withdraw', 'proposal.decline']));
	});

	it('gives official answers after a vote and implementation updates until implemented', () => {
		const fx = setup();
		const id = reach(fx, 'adopted');
		expect(code(() => answerProposal(fx.actors.member, id, { answer: 'x' }))).toBe('proposals_error_forbidden');
		answerProposal(fx.actors.chair, id, { answer: 'La Ville s’engage à la mettre en œuvre en 2027.' });
		expect(getProposal(id)!.answeredAt).toBeInstanceOf(Date);
		expect(code(() => addImplementationUpdate(fx.actors.secretariat, id, { note: 'x', progress: 10 }))).toBe('proposals_error_not_in_implementation');
		transitionProposal(fx.actors.secretariat, id, 'start_implementation');
		expect(code(() => addImplementationUpdate(fx.actors.secretariat, id, { note: 'x', progress: 101 }))).toBe('proposals_error_progress');
		expect(code(() => addImplementationUpdate(fx.actors.secretariat, id, { note: ' ', progress: 10 }))).toBe('proposals_error_note_required');
		addImplementationUpdate(fx.actors.secretariat, id, { note: 'Marché notifié.', progress: 40 });
		expect(getProposal(id)!.progress).toBe(40);
		transitionProposal(fx.actors.secretariat, id, 'complete');
		expect(getProposal(id)).toMatchObject({ state: 'implemented', progress: 100 });
		expect(timelineOf(id).filter((e) => e.kind === 'update')).toMatchObject([{ note: 'Marché notifié.', progress: 40 }]);
	});
});

describe('reading', () => {
	it('keeps drafts private to their author and co-authors', () => {
		const fx = setup();
		const id = fx.proposalIn('draft', { coauthorIds: [fx.people.member2.id] });
		expect(loadReadable(id, fx.actors.author).proposal.id).toBe(id);
		expect(loadReadable(id, fx.actors.member2).proposal.id).toBe(id);
		for (const who of ['member', 'secretariat', 'chair', 'observer', 'admin', 'anonymous'] as const)
			expect(
				code(() => loadReadable(id, fx.actors[who])),
				who
			).toBe('proposals_error_not_found');
	});

	it('lets anyone read published proposals of a public council, only members in a private one', () => {
		const pub = setup();
		const id = pub.proposalIn('submitted');
		expect(loadReadable(id, pub.actors.anonymous).proposal.id).toBe(id);
		const priv = setup({ isPublic: false });
		const pid = priv.proposalIn('submitted');
		expect(code(() => loadReadable(pid, priv.actors.anonymous))).toBe('proposals_error_not_found');
		expect(code(() => loadReadable(pid, priv.actors.outsider))).toBe('proposals_error_not_found');
		expect(loadReadable(pid, priv.actors.observer).proposal.id).toBe(pid);
	});

	it('lets observers read but not write, support, comment or amend', () => {
		const fx = setup();
		expect(() => fx.proposalIn('draft', {}, fx.actors.observer)).toThrow('proposals_error_forbidden');
		const id = fx.proposalIn('submitted');
		expect(code(() => fx.act.support(fx.actors.observer, id))).toBe('common_error_forbidden');
	});
});
