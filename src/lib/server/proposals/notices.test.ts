import { describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { db } from '../db/client';
import { subscribe, type DomainEvent } from '../events/bus';
import { notifications } from '../notifications/tables';
import { setup } from './test-fixtures';
import { proposeAmendment } from './amendments';
import { answerProposal, applyVoteOutcome, transitionProposal } from './lifecycle';
import { getProposal } from './access';

const sent = () => db().select().from(notifications).orderBy(asc(notifications.id)).all();

describe('proposal notifications', () => {
	it('tells authors about supports, and authors and followers (supporters follow) about comments, amendments, state changes and answers', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted', { coauthorIds: [fx.people.member2.id] });
		// the co-author heard of the submission
		expect(sent().map((n) => [n.userId, n.kind, n.params.state])).toEqual([[fx.people.member2.id, 'proposal_state', 'submitted']]);
		const skip = sent().length;
		const events: DomainEvent[] = [];
		const off = subscribe((e) => events.push(e));
		fx.act.support(fx.actors.member, id);
		const c = fx.act.comment(fx.actors.secretariat, id, { body: 'Question ?' });
		fx.act.comment(fx.actors.author, id, { body: 'Réponse', parentId: c.id });
		const p = getProposal(id)!;
		proposeAmendment(fx.actors.member, id, { title: p.title, summary: p.summary, body: 'Autre', reason: '' });
		transitionProposal(fx.actors.secretariat, id, 'accept', { answer: 'Oui.' });
		transitionProposal(fx.actors.secretariat, id, 'schedule');
		applyVoteOutcome(id, { voteId: 3, adopted: true });
		answerProposal(fx.actors.chair, id, { answer: 'Mise en œuvre en 2027.' });
		off();
		const byKind = (kind: string) =>
			sent()
				.slice(skip)
				.filter((n) => n.kind === kind)
				.map((n) => n.userId)
				.sort();
		const authors = [fx.people.author.id, fx.people.member2.id].sort();
		expect(byKind('proposal_support')).toEqual(authors);
		// the secretariat's comment reaches the authors and the supporter; the author's reply reaches the co-author,
		// the supporter and the secretariat whose comment was answered, not the author
		const member = fx.people.member.id;
		expect(byKind('proposal_comment')).toEqual([...authors, member, fx.people.member2.id, member, fx.people.secretariat.id].sort());
		// the supporter who proposed the amendment is not told of their own
		expect(byKind('proposal_amendment')).toEqual(authors);
		const followers = [...authors, fx.people.member.id].sort();
		expect(byKind('proposal_state')).toEqual([...followers, ...followers, ...followers].sort());
		expect(byKind('proposal_answer')).toEqual(followers);
		const state = sent()
			.slice(skip)
			.find((n) => n.kind === 'proposal_state')!;
		expect(state.params).toMatchObject({ title: p.title, state: 'accepted' });
		expect(state.link).toBe(`/c/${fx.council.slug}/proposals/${id}`);
		expect(events.some((e) => e.type === 'notifications.changed' && e.userIds.includes(fx.people.author.id))).toBe(true);
	});

	it('says nothing to anyone when an author withdraws to draft', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		fx.act.support(fx.actors.member, id);
		const before = sent().length;
		transitionProposal(fx.actors.author, id, 'withdraw');
		expect(sent().length).toBe(before);
	});
});
