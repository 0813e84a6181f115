import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { auditLog } from '../audit/tables';
import { refusalCode } from '../test-support';
import { createPlan, closePlan } from '../plans/plans';
import { adoptPlan } from '../plans/next-plan';
import { addNode } from '../plans/tree';
import { addIndicator, getIndicator, retireIndicator, validateIndicator } from '../plans/indicators';
import { indicatorFields } from '../plans/test-helpers';
import { checkInAll, cid, eventsDuring, plenaryFixture, type Person } from './test-fixtures';
import { createVote, openVote, updateVote } from './votes';
import { castBallot } from './cast';
import { closeExpiredVotes, closeVote } from './close';
import { indicatorsOfVote, submittableIndicators } from './vote-indicators';
import { buildMinutes } from './minutes';
import { validationSource } from '../evaluation/validation-ref';
import { voteIndicators, votes } from './tables';

function fixture() {
	const f = plenaryFixture({ council: { weighting: 'none', majority: 'simple', majorityBase: 'cast' } });
	const plan = createPlan({ councilId: f.council.id, title: 'PLDESS 2021-2026', startYear: 2021, endYear: 2026 }, f.secretariat.user.id);
	const axis = addNode(plan.id, { parentId: null, kind: 'principle', title: 'Axe 1' }, f.secretariat.user.id);
	const objective = addNode(plan.id, { parentId: axis.id, kind: 'strategic_objective', title: 'Objectif 1.1' }, f.secretariat.user.id);
	const jobs = addIndicator(objective.id, indicatorFields({ name: 'Emplois ESS' }), f.secretariat.user.id);
	const hours = addIndicator(objective.id, indicatorFields({ name: 'Heures d’insertion' }), f.secretariat.user.id);
	const spare = addIndicator(objective.id, indicatorFields({ name: 'Structures accompagnées' }), f.secretariat.user.id);
	checkInAll(f.plenary.id, f.all);
	return { ...f, plan, objective, jobs, hours, spare };
}

const cast = (voteId: number, p: Person, choice: string) =>
	castBallot({ voteId, actingMembershipId: p.membershipId, representedMembershipId: p.membershipId, choice: [choice], clientBallotId: cid() });

function motion(f: ReturnType<typeof fixture>, indicatorIds: number[]) {
	return createVote(f.secretariat.user, f.item.id, { question: 'Valider les indicateurs du PLDESS 2021-2026 ?', method: 'yes_no_abstain', indicatorIds });
}

describe('indicators validated by a plenary vote', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('offers the proposed indicators of the council’s plans and stores those the vote submits', () => {
		const f = fixture();
		expect(submittableIndicators(f.council.id).map((i) => i.name)).toEqual(['Emplois ESS', 'Heures d’insertion', 'Structures accompagnées']);
		const vote = motion(f, [f.jobs.id, f.hours.id, f.jobs.id]);
		expect(indicatorsOfVote(vote.id).map((i) => [i.name, i.planTitle, i.nodeTitle])).toEqual([
			['Emplois ESS', 'PLDESS 2021-2026', 'Objectif 1.1'],
			['Heures d’insertion', 'PLDESS 2021-2026', 'Objectif 1.1']
		]);
		updateVote(f.secretariat.user, vote.id, { indicatorIds: [f.spare.id] });
		expect(indicatorsOfVote(vote.id).map((i) => i.id)).toEqual([f.spare.id]);
		updateVote(f.secretariat.user, vote.id, { question: 'Valider ?' }); // a patch without indicators keeps them
		expect(indicatorsOfVote(vote.id).map((i) => i.id)).toEqual([f.spare.id]);
	});

	it('an adopted vote validates its indicators in the closing transaction, with the vote as reference', () => {
		const f = fixture();
		const vote = motion(f, [f.jobs.id, f.hours.id]);
		openVote(f.secretariat.user, vote.id);
		const [a, b, c] = f.all;
		cast(vote.id, a!, 'yes');
		cast(vote.id, b!, 'yes');
		cast(vote.id, c!, 'no');
		const { result, events } = eventsDuring(() => closeVote(f.secretariat.user, vote.id));
		expect(result.decision).toBe('adopted');
		for (const id of [f.jobs.id, f.hours.id]) {
			const indicator = getIndicator(id)!;
			expect(indicator.state).toBe('validated');
			expect(indicator.validationRef).toBe(`vote:${vote.id}`);
			expect(indicator.validatedAt).toEqual(db().select().from(votes).where(eq(votes.id, vote.id)).get()!.closedAt);
		}
		expect(getIndicator(f.spare.id)!.state).toBe('proposed');
		const audits = db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'indicator.validate'), eq(auditLog.councilId, f.council.id)))
			.all();
		expect(audits.map((r) => Number(r.entityId)).sort()).toEqual([f.jobs.id, f.hours.id].sort());
		expect(audits[0]!.details).toMatchObject({ ref: `vote:${vote.id}`, voteId: vote.id, plenaryId: f.plenary.id });
		expect(
			events
				.filter((e) => e.type === 'indicator.changed')
				.map((e) => (e as { indicatorId: number }).indicatorId)
				.sort()
		).toEqual([f.jobs.id, f.hours.id].sort());
		// no longer offered to another vote
		expect(submittableIndicators(f.council.id).map((i) => i.id)).toEqual([f.spare.id]);
		// the minutes list them under the vote
		const minutesVote = buildMinutes(f.plenary.id, { includeUnpublished: true })
			.agenda.flatMap((i) => i.votes)
			.find((v) => v.id === vote.id)!;
		expect(minutesVote.indicators.map((i) => [i.name, i.validatedHere])).toEqual([
			['Emplois ESS', true],
			['Heures d’insertion', true]
		]);
	});

	it('rejected, tied or below quorum: the indicators stay proposed', () => {
		const f = fixture();
		const vote = motion(f, [f.jobs.id]);
		openVote(f.secretariat.user, vote.id);
		cast(vote.id, f.all[0]!, 'no');
		expect(closeVote(f.secretariat.user, vote.id).decision).toBe('rejected');
		expect(getIndicator(f.jobs.id)).toMatchObject({ state: 'proposed', validationRef: null });

		const tie = motion(f, [f.hours.id]);
		openVote(f.secretariat.user, tie.id);
		cast(tie.id, f.all[0]!, 'yes');
		cast(tie.id, f.all[1]!, 'no');
		expect(closeVote(f.secretariat.user, tie.id).decision).toBe('tie');
		expect(getIndicator(f.hours.id)!.state).toBe('proposed');
	});

	it('a vote closed by its timer validates too', () => {
		const f = fixture();
		const vote = motion(f, [f.jobs.id]);
		openVote(f.secretariat.user, vote.id, { durationSeconds: 60, now: new Date('2026-04-02T18:10:00Z') });
		castBallot({
			voteId: vote.id,
			actingMembershipId: f.all[0]!.membershipId,
			representedMembershipId: f.all[0]!.membershipId,
			choice: ['yes'],
			clientBallotId: cid(),
			now: new Date('2026-04-02T18:10:05Z')
		});
		expect(closeExpiredVotes(new Date('2026-04-02T18:12:00Z'))).toEqual([vote.id]);
		expect(getIndicator(f.jobs.id)).toMatchObject({ state: 'validated', validationRef: `vote:${vote.id}` });
	});

	it('an indicator validated or retired meanwhile is left as it is when the vote closes', () => {
		const f = fixture();
		const vote = motion(f, [f.jobs.id, f.hours.id]);
		validateIndicator(f.jobs.id, { ref: 'Délibération 2021-14' }, f.secretariat.user.id);
		retireIndicator(f.hours.id, f.secretariat.user.id);
		openVote(f.secretariat.user, vote.id);
		cast(vote.id, f.all[0]!, 'yes');
		expect(closeVote(f.secretariat.user, vote.id).decision).toBe('adopted');
		expect(getIndicator(f.jobs.id)).toMatchObject({ state: 'validated', validationRef: 'Délibération 2021-14' });
		expect(getIndicator(f.hours.id)!.state).toBe('retired');
	});

	it('refuses indicators on a choice vote, from another council, not proposed, or of a closed plan — writing nothing', () => {
		const f = fixture();
		expect(refusalCode(() => createVote(f.secretariat.user, f.item.id, { question: 'Choisir', method: 'single', options: ['A', 'B'], indicatorIds: [f.jobs.id] }))).toBe(
			'plenaries_error_indicators_yes_no'
		);
		const other = fixture();
		expect(refusalCode(() => motion(f, [other.jobs.id]))).toBe('plenaries_error_indicator_not_found');
		expect(refusalCode(() => motion(f, [999_999]))).toBe('plenaries_error_indicator_not_found');
		validateIndicator(f.jobs.id, { ref: 'Délibération' }, f.secretariat.user.id);
		expect(refusalCode(() => motion(f, [f.hours.id, f.jobs.id]))).toBe('plenaries_error_indicator_not_proposed');
		const vote = motion(f, [f.hours.id]);
		expect(refusalCode(() => updateVote(f.secretariat.user, vote.id, { method: 'single', options: ['A', 'B'] }))).toBe('plenaries_error_indicators_yes_no');
		expect(indicatorsOfVote(vote.id).map((i) => i.id)).toEqual([f.hours.id]);
		expect(db().select().from(voteIndicators).all()).toHaveLength(1);
		expect(db().select().from(votes).where(eq(votes.councilId, f.council.id)).all()).toHaveLength(1); // refused creations wrote no vote
		const closedCouncil = fixture();
		closePlanFully(closedCouncil);
		expect(refusalCode(() => motion(closedCouncil, [closedCouncil.jobs.id]))).toBe('plenaries_error_indicator_not_proposed');
	});

	it('only the secretariat submits indicators (votes.manage)', () => {
		const f = fixture();
		expect(refusalCode(() => createVote(f.all[0]!.user, f.item.id, { question: 'Valider ?', method: 'yes_no_abstain', indicatorIds: [f.jobs.id] }))).toBe('plenaries_error_forbidden');
	});
});

function closePlanFully(f: ReturnType<typeof fixture>) {
	adoptPlan(f.plan.id, f.secretariat.user.id);
	closePlan(f.plan.id, f.secretariat.user.id);
}

describe('what validated an indicator', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('names the vote of this council, and reads a ref of another council as plain text', () => {
		const f = fixture();
		const vote = motion(f, [f.jobs.id]);
		expect(validationSource(`vote:${vote.id}`, f.council.id)).toEqual({ kind: 'vote', voteId: vote.id, plenaryId: f.plenary.id, question: vote.question, plenaryTitle: 'Plénière de printemps' });
		expect(validationSource(`vote:${vote.id}`, f.council.id + 1000)).toEqual({ kind: 'text', text: `vote:${vote.id}` });
		expect(validationSource('approval:999999', f.council.id)).toEqual({ kind: 'text', text: 'approval:999999' });
		expect(validationSource('Délibération 2021-14', f.council.id)).toEqual({ kind: 'text', text: 'Délibération 2021-14' });
		expect(validationSource(null, f.council.id)).toBeNull();
	});
});
