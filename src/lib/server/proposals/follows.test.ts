import { describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { db } from '../db/client';
import { notifications } from '../notifications/tables';
import { setup } from './test-fixtures';
import { followerIds, isFollowing } from './follows';
import { perform } from '../actions/perform';
import { followProposal, unfollowProposal } from './actions';
import type { Actor } from '../auth/permissions';
import { answerProposal, transitionProposal } from './lifecycle';

type Fx = ReturnType<typeof setup>;
const follow = (fx: Fx, a: Actor, proposalId: number, on: boolean) => perform(a, fx.council, on ? followProposal : unfollowProposal, { proposalId });
const sent = () => db().select().from(notifications).orderBy(asc(notifications.id)).all();

describe('following proposals', () => {
	it('authors, co-authors and supporters follow automatically; anyone logged in follows and unfollows', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted', { coauthorIds: [fx.people.member2.id] });
		expect(followerIds(db(), id).sort()).toEqual([fx.people.author.id, fx.people.member2.id].sort());
		fx.act.support(fx.actors.member, id);
		expect(isFollowing(id, fx.people.member.id)).toBe(true);

		// an observer (who may only read) and an outsider to a public council may follow too
		expect(follow(fx, fx.actors.observer, id, true)).toMatchObject({ following: true, changed: true });
		expect(follow(fx, fx.actors.observer, id, true).changed).toBe(false);
		expect(follow(fx, fx.actors.outsider, id, true).changed).toBe(true);
		expect(follow(fx, fx.actors.member, id, false)).toMatchObject({ following: false, changed: true });
		expect(isFollowing(id, fx.people.member.id)).toBe(false);

		// nobody anonymous; nobody on a draft they may not read
		expect(() => follow(fx, fx.actors.anonymous, id, true)).toThrow('common_error_login_required');
		const draft = fx.proposalIn('draft');
		expect(() => follow(fx, fx.actors.member, draft, true)).toThrow('proposals_error_not_found');
	});

	it('notifies followers of comments, state changes and answers, never those who stopped following', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		fx.act.support(fx.actors.member, id);
		follow(fx, fx.actors.observer, id, true);
		follow(fx, fx.actors.member, id, false);
		const skip = sent().length;
		fx.act.comment(fx.actors.secretariat, id, { body: 'Une question' });
		transitionProposal(fx.actors.secretariat, id, 'accept', { answer: 'Retenue.' });
		answerProposal(fx.actors.chair, id, { answer: 'Précisions.' });
		const to = (kind: string) =>
			sent()
				.slice(skip)
				.filter((n) => n.kind === kind)
				.map((n) => n.userId)
				.sort();
		const expected = [fx.people.author.id, fx.people.observer.id].sort();
		expect(to('proposal_comment')).toEqual(expected);
		expect(to('proposal_state')).toEqual(expected);
		expect(to('proposal_answer')).toEqual(expected);
	});

	it('authors hear of their proposal even after unfollowing it', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		follow(fx, fx.actors.author, id, false);
		const skip = sent().length;
		transitionProposal(fx.actors.secretariat, id, 'decline', { answer: 'Hors du champ du conseil.' });
		expect(
			sent()
				.slice(skip)
				.map((n) => n.userId)
		).toEqual([fx.people.author.id]);
	});
});
