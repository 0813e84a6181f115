import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { councils } from '../councils/tables';
import { auditLog } from '../audit/tables';
import { proposals } from '../proposals/tables';
import { listPlenaries, getPlenary } from '../plenaries/plenaries';
import { listVotes } from '../plenaries/votes';
import { buildMinutes } from '../plenaries/minutes';
import { listAnnualThemes } from '../plenaries/annual-themes';
import { linkedProposals } from '../plenaries/agenda-links';
import { indicatorsOfVote } from '../plenaries/vote-indicators';
import { seedDemo, DEMO_COUNCIL_SLUG } from './seed';
import { WINNERS_2026 } from './plenaries-content';

describe('demo plenaries', () => {
	let councilId = 0;
	beforeAll(async () => {
		useTestDatabase();
		await seedDemo();
		councilId = db().select().from(councils).where(eq(councils.slug, DEMO_COUNCIL_SLUG)).get()!.id;
	});

	it('has a past plenary with published minutes, an upcoming convened one, and the 2019 extraordinary plenary', () => {
		const plenaries = listPlenaries(councilId);
		expect(plenaries.map((s) => [s.title, s.kind, s.state])).toEqual([
			['Assemblée plénière de printemps 2027', 'ordinary', 'convened'],
			['Assemblée plénière 2026', 'ordinary', 'minutes_published'],
			['Capitale européenne de l’ESS 2019', 'extraordinary', 'minutes_published']
		]);
		const past = plenaries[1];
		expect(past.startsAt.toISOString()).toBe('2026-03-19T17:00:00.000Z'); // 18:00 in Paris
		expect(plenaries[0].startsAt.toISOString()).toBe('2027-02-04T17:00:00.000Z');
		expect(past.minutesPublishedAt!.getTime()).toBeLessThan(new Date('2026-11-01').getTime());
		expect(plenaries[2].startsAt.getUTCFullYear()).toBe(2019);
	});

	it('tells the 2026 plenary: ~70 present, proxies, three closed and published votes, the 2026 themes', () => {
		const past = listPlenaries(councilId).find((s) => s.title === 'Assemblée plénière 2026')!;
		const minutes = buildMinutes(past.id);
		expect(minutes.attendance.present).toBeGreaterThanOrEqual(65);
		expect(minutes.attendance.present).toBeLessThanOrEqual(75);
		expect(minutes.attendance.represented).toBe(4);
		expect(minutes.proxies).toHaveLength(4);
		expect(minutes.attendance.quorum.reached).toBe(true);
		expect(minutes.attendance.byCollege).toHaveLength(4);
		expect(minutes.sections.length).toBeGreaterThanOrEqual(4);
		const votes = minutes.votes;
		expect(votes).toHaveLength(3);
		expect(votes.every((v) => v.state === 'published')).toBe(true);
		const weighted = votes.find((v) => v.weighting === 'college')!;
		expect(weighted.result.decision).toBe('adopted');
		expect(weighted.proposals).toEqual([{ id: expect.any(Number), title: 'Réserver des marchés d’entretien des espaces verts aux structures d’insertion', state: 'adopted' }]);
		expect(weighted.result.colleges.filter((c) => c.included)).toHaveLength(4);
		const named = votes.find((v) => v.secrecy === 'named')!;
		expect(named.result.decision).toBe('adopted');
		expect(named.roll!.length).toBe(minutes.attendance.presentOrRepresented);
		const ranked = votes.find((v) => v.method === 'ranked')!;
		expect(ranked.result.decision).toBe('elected');
		expect(ranked.result.winners.map((id) => ranked.options.find((o) => o.id === id)!.label)).toEqual(WINNERS_2026);
		expect(ranked.adoptedForYears).toEqual([2026]);
		expect(listAnnualThemes(councilId, 2026).map((t) => [t.rank, t.name, t.voteId])).toEqual(WINNERS_2026.map((n, i) => [i + 1, n, ranked.id]));
		const adopted = db().select().from(proposals).where(eq(proposals.id, weighted.proposals[0].id)).get()!;
		expect(adopted.voteId).toBe(weighted.id);
		expect(adopted.updatedAt.getTime()).toBeLessThan(new Date('2026-03-20').getTime());
	});

	it('convenes the spring 2027 plenary with its agenda, a draft ranked vote on the 2027 themes and a scheduled proposal', () => {
		const next = listPlenaries(councilId).find((s) => s.state === 'convened')!;
		const detail = getPlenary(next.id)!;
		expect(detail.agenda.map((i) => i.kind)).toEqual(['information', 'information', 'debate', 'annual_themes', 'vote', 'vote', 'information']);
		const [draft] = listVotes(next.id);
		expect(draft).toMatchObject({ method: 'ranked', state: 'draft', winners: 4 });
		expect(draft.options.every((o) => /^\d+$/.test(o.id))).toBe(true);
		const linked = linkedProposals(next.id);
		expect(linked.find((p) => p.title === 'Ouvrir le conseil de l’ESS aux chambres consulaires')).toMatchObject({ state: 'scheduled', agendaItemId: detail.agenda[4].id });
		expect(linked.every((p) => p.state === 'scheduled')).toBe(true);
	});

	it('submits the draft PLDESS 2021-2026’s proposed indicators to a draft yes/no vote of the spring 2027 plenary', () => {
		const next = listPlenaries(councilId).find((s) => s.state === 'convened')!;
		const vote = listVotes(next.id).find((v) => v.method === 'yes_no_abstain')!;
		expect(vote).toMatchObject({ state: 'draft', agendaItemId: getPlenary(next.id)!.agenda[5].id });
		const submitted = indicatorsOfVote(vote.id);
		expect(submitted).toHaveLength(6);
		expect(submitted.every((i) => i.planTitle === 'PLDESS 2021-2026' && i.state === 'proposed')).toBe(true);
	});

	it('dates what the services stamped at the plenaries’ own dates', () => {
		const recent = db()
			.select({ action: auditLog.action, at: auditLog.createdAt })
			.from(auditLog)
			.where(eq(auditLog.councilId, councilId))
			.all()
			.filter((a) => a.action.startsWith('session.') || a.action.startsWith('vote.'));
		expect(recent.length).toBeGreaterThan(10);
		expect(recent.every((a) => a.at.getTime() < new Date('2026-11-13').getTime())).toBe(true);
	});

	it('shows who spoke at the 2026 plenary, from every college, in its minutes', () => {
		const past = listPlenaries(councilId).find((s) => s.title === 'Assemblée plénière 2026')!;
		const minutes = buildMinutes(past.id);
		const spoke = minutes.agenda.map((i) => i.speakers.length);
		expect(spoke).toEqual([0, 3, 5, 4, 0, 0]);
		expect(minutes.agenda[2].speakers.map((s) => s.kind)).toEqual(['speech', 'speech', 'reply', 'speech', 'point_of_order']);
		expect(minutes.speakingTime.rows.map((r) => r.speeches)).toEqual([4, 3, 3, 2]);
		expect(minutes.speakingTime.total.seconds).toBe(175 + 140 + 95 + 180 + 150 + 60 + 165 + 40 + 130 + 185 + 120 + 150);
	});
});
