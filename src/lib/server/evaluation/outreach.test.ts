// People are asked: opening a questionnaire or an approval round notifies its audience (in the app and by email),
// the evaluation reminds those who have not answered (nobody twice within a day), the response rate is counted per
// college; approval rounds take the council's quorum by default and are closed only once confirmed.
import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { councils } from '../councils/tables';
import { outbox } from '../mail/tables';
import { notifications } from '../notifications/tables';
import { actorFor } from '../proposals/access';
import { perform } from '../actions/perform';
import { refusalCode } from '../test-support';
import { newIndicator } from '../plans/test-helpers';
import { campaignFixture } from './test-fixture';
import { addQuestion, createQuestionnaire, submitResponse } from './questionnaires';
import { questionnaireResults } from './results';
import { castApproval } from './approval';
import { listApprovalRounds } from './approval-rounds';
import { evaluationReminders } from './tables';
import { closeRound, openQuestionnaire, openRound, remindQuestionnaire, remindRound } from './actions';

async function fixture() {
	const f = await campaignFixture((f, tree) => ({ indicator: newIndicator(tree.strategic.id, f.actorId, { name: 'Heures d’insertion' }) }));
	const evaluator = actorFor(f.evaluator.user.id, f.council.id);
	const [a1, a2, a3] = [f.person(f.collegeA.id), f.person(f.collegeA.id), f.person(f.collegeA.id)];
	const b1 = f.person(f.collegeB.id);
	const inbox = (kind: string, people: { user: { id: number } }[]) =>
		db()
			.select({ userId: notifications.userId, link: notifications.link, params: notifications.params })
			.from(notifications)
			.where(
				and(
					eq(notifications.kind, kind),
					inArray(
						notifications.userId,
						people.map((p) => p.user.id)
					)
				)
			)
			.all();
	const mails = (people: { user: { id: number } }[]) => {
		const emails = db()
			.select({ email: users.email })
			.from(users)
			.where(
				inArray(
					users.id,
					people.map((p) => p.user.id)
				)
			)
			.all()
			.map((u) => u.email);
		return db().select().from(outbox).where(inArray(outbox.to, emails)).all();
	};
	return { ...f, evaluator, a1, a2, a3, b1, inbox, mails };
}

describe('asking people: questionnaires', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	function draft() {
		const q = createQuestionnaire(f.campaign.id, { title: 'Votre avis sur le plan', audience: 'colleges', anonymous: true, collegeIds: [f.collegeA.id] }, f.actorId);
		const scale = addQuestion(q.id, { kind: 'scale', label: 'Satisfaction' }, f.actorId);
		return { q, scale, input: { planId: f.plan.id, questionnaireId: q.id } };
	}

	it('opening notifies its audience in the app and by email, with a link to answer, and no one else', () => {
		const { q, input } = draft();
		perform(f.evaluator, f.council, openQuestionnaire, input);
		const got = f.inbox('questionnaire_opened', [f.a1, f.a2, f.a3, f.b1]);
		expect(got.map((n) => n.userId).sort()).toEqual([f.a1, f.a2, f.a3].map((p) => p.user.id).sort());
		expect(got[0]).toMatchObject({ link: `/c/${f.council.slug}/plans/${f.plan.id}/evaluation/questionnaires/${q.id}/answer`, params: { title: 'Votre avis sur le plan' } });
		const mails = f.mails([f.a1, f.b1]);
		expect(mails).toHaveLength(1);
		expect(mails[0].body).toContain('Votre avis sur le plan');
		expect(mails[0].body).toContain(`/questionnaires/${q.id}/answer`);
	});

	it('reminds those who have not responded, nobody twice within 24 hours', () => {
		const { q, scale, input } = draft();
		perform(f.evaluator, f.council, openQuestionnaire, input);
		submitResponse(q.id, f.a1.user.id, { [scale.id]: 4 });
		expect(perform(f.evaluator, f.council, remindQuestionnaire, input)).toEqual({ reminded: 2, skipped: 0 });
		expect(
			f
				.inbox('evaluation_reminder', [f.a1, f.a2, f.a3, f.b1])
				.map((n) => n.userId)
				.sort()
		).toEqual([f.a2.user.id, f.a3.user.id].sort());
		// at once again: nobody
		expect(perform(f.evaluator, f.council, remindQuestionnaire, input)).toEqual({ reminded: 0, skipped: 2 });
		expect(f.inbox('evaluation_reminder', [f.a2])).toHaveLength(1);
		// a day later, those still silent are reminded again
		db()
			.update(evaluationReminders)
			.set({ sentAt: new Date(Date.now() - 25 * 3600_000) })
			.run();
		submitResponse(q.id, f.a2.user.id, { [scale.id]: 3 });
		expect(perform(f.evaluator, f.council, remindQuestionnaire, input)).toEqual({ reminded: 1, skipped: 0 });
		expect(f.inbox('evaluation_reminder', [f.a3])).toHaveLength(2);
	});

	it('only the evaluation reminds, and only while the questionnaire is open', () => {
		const { input } = draft();
		expect(refusalCode(() => perform(f.evaluator, f.council, remindQuestionnaire, input))).toBe('evaluation_error_questionnaire_not_open');
		perform(f.evaluator, f.council, openQuestionnaire, input);
		expect(refusalCode(() => perform(actorFor(f.a1.user.id, f.council.id), f.council, remindQuestionnaire, input))).toBe('common_error_forbidden');
	});

	it('counts the response rate of its audience, per college', () => {
		const { q, scale, input } = draft();
		perform(f.evaluator, f.council, openQuestionnaire, input);
		submitResponse(q.id, f.a1.user.id, { [scale.id]: 4 });
		expect(questionnaireResults(q.id)!.rate).toEqual({ asked: 3, answered: 1, colleges: [{ collegeId: f.collegeA.id, name: 'Acteurs', asked: 3, answered: 1 }] });
	});
});

describe('asking people: approval rounds', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	const open = (extra: object = {}) =>
		perform(f.evaluator, f.council, openRound, {
			planId: f.plan.id,
			title: 'Validation des indicateurs',
			indicators: [f.indicator.id],
			colleges: [f.collegeA.id, f.collegeB.id],
			weighting: 'none',
			majority: 'simple',
			base: 'cast',
			...extra
		}) as number;

	it('takes the council’s quorum when none is given, and counts participation per college', () => {
		db().update(councils).set({ quorumKind: 'share', quorumValue: 50 }).where(eq(councils.id, f.council.id)).run();
		const roundId = open();
		castApproval(roundId, f.a1.user.id, f.indicator.id, 'yes');
		const round = listApprovalRounds(f.campaign.id, f.council.id, null)[0]!;
		expect(round.rules).toMatchObject({ quorumKind: 'share', quorumValue: 50 });
		expect(round.rate).toEqual({
			asked: 4,
			answered: 1,
			colleges: [
				{ collegeId: f.collegeA.id, name: 'Acteurs', asked: 3, answered: 1 },
				{ collegeId: f.collegeB.id, name: 'Réseaux', asked: 1, answered: 0 }
			]
		});
		// closing now: 1 voter of 4, under the 50 % quorum
		expect(round.indicators[0]!.preview).toBe('invalid_quorum');
	});

	it('opening notifies the members asked; the reminder skips those who voted', () => {
		const roundId = open({ quorumKind: 'none' });
		expect(f.inbox('approval_round_opened', [f.a1, f.a2, f.a3, f.b1])).toHaveLength(4);
		expect(f.inbox('approval_round_opened', [f.a1])[0]!.link).toBe(`/c/${f.council.slug}/plans/${f.plan.id}/evaluation/approval#round-${roundId}`);
		castApproval(roundId, f.a1.user.id, f.indicator.id, 'yes');
		castApproval(roundId, f.b1.user.id, f.indicator.id, 'no');
		expect(perform(f.evaluator, f.council, remindRound, { planId: f.plan.id, roundId })).toEqual({ reminded: 2, skipped: 0 });
		expect(perform(f.evaluator, f.council, remindRound, { planId: f.plan.id, roundId })).toEqual({ reminded: 0, skipped: 2 });
	});

	it('closing asks for a confirmation first', () => {
		const roundId = open({ quorumKind: 'none' });
		castApproval(roundId, f.a1.user.id, f.indicator.id, 'yes');
		expect(refusalCode(() => perform(f.evaluator, f.council, closeRound, { planId: f.plan.id, roundId }))).toBe('common_error_invalid_input');
		expect(listApprovalRounds(f.campaign.id, f.council.id, null)[0]!.status).toBe('open');
		perform(f.evaluator, f.council, closeRound, { planId: f.plan.id, roundId, confirm: 'yes' });
		expect(listApprovalRounds(f.campaign.id, f.council.id, null)[0]!).toMatchObject({ status: 'closed', indicators: [{ outcome: 'adopted', preview: null }] });
		expect(refusalCode(() => perform(f.evaluator, f.council, remindRound, { planId: f.plan.id, roundId }))).toBe('evaluation_error_round_closed');
	});
});
