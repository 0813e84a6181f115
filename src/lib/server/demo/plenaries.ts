// Demo plenaries (docs/domain.md, 'The demo council'), driven through the plenaries services in the order a real council
// goes (create → convene → open → check in → open a vote → cast → close → publish → close the plenary → minutes),
// all in ONE transaction. The services stamp "now" where they take no date: those timestamps are moved to the
// plenaries' real dates at the end of the same transaction.
//   (a) "Assemblée plénière 2026", 19 March 2026: ~70 members, proxies, a college-weighted secret vote on a
//       proposal (adopted), a named vote, the ranked choice of the 2026 annual themes (adopted as such), minutes;
//   (b) "Assemblée plénière de printemps 2027", 4 February 2027: convened, its agenda, a draft ranked vote;
//   (c) the extraordinary plenary "Capitale européenne de l’ESS 2019", with its minutes and one vote.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { users } from '../auth/tables';
import { colleges, councils, memberships, themes } from '../councils/tables';
import { auditLog } from '../audit/tables';
import { notifications } from '../notifications/tables';
import { insertProposal } from '../proposals/write';
import { applyTransition } from '../proposals/lifecycle';
import { proposalEvents, proposals } from '../proposals/tables';
import { fromParisInput } from '../../paris-time';
import type { PlenaryUser } from '../plenaries/access';
import { createPlenary, saveMinutes, setPlenaryState } from '../plenaries/plenaries';
import { addAgendaItem } from '../plenaries/agenda';
import { checkIn } from '../plenaries/attendance';
import { giveProxy } from '../plenaries/proxies';
import { createVote, openVote, publishVote, type VoteInput } from '../plenaries/votes';
import { castBallot } from '../plenaries/cast';
import { closeVote } from '../plenaries/close';
import { linkProposal } from '../plenaries/agenda-links';
import { adoptAnnualThemesFromVote } from '../plenaries/annual-themes';
import { agendaItemProposals, agendaItems, annualThemes, attendance, plenaries, proxies, votes } from '../plenaries/tables';
import { PLENARY_2019, PLENARY_2026, PLENARY_2027, THEMES_2026, type DemoVoter } from './plenaries-content';
import { seedDemoSpeakers } from './speakers';

const paris = (wall: string) => fromParisInput(wall)!;
const MINUTE = 60_000;

/** collegeIndex: the college's position (0 SSE actors, 1 networks, 2 local authorities, 3 partners) */
type Member = { membershipId: number; userId: number; email: string; collegeIndex: number };

function entitledMembers(tx: Tx, councilId: number): Member[] {
	const order = tx
		.select({ id: colleges.id })
		.from(colleges)
		.where(eq(colleges.councilId, councilId))
		.orderBy(asc(colleges.position), asc(colleges.id))
		.all()
		.map((c) => c.id);
	return tx
		.select({ membershipId: memberships.id, userId: users.id, email: users.email, roles: memberships.roles, collegeId: memberships.collegeId })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.councilId, councilId), eq(memberships.status, 'active')))
		.orderBy(asc(memberships.id))
		.all()
		.filter((m) => m.roles.includes('member') && m.collegeId !== null)
		.map((m) => ({ membershipId: m.membershipId, userId: m.userId, email: m.email, collegeIndex: order.indexOf(m.collegeId!) }));
}

/** Who is present (every member whose index passes `present`), remote ones, and proxies from absent members. */
function attend(tx: Tx, secretariat: PlenaryUser & { membershipId: number }, plenaryId: number, members: Member[], plan: { present: (i: number) => boolean; proxies: number }) {
	const present = members.filter((_, i) => plan.present(i) || ['membre@demo.cocon.fr', 'presidence@demo.cocon.fr'].includes(members[i].email));
	const absent = members.filter((m) => !present.includes(m));
	const pairs = absent.slice(0, plan.proxies).map((giver, i) => ({ giver, holder: present[present.length - 1 - i * 3] }));
	for (const { giver, holder } of pairs) giveProxy({ id: giver.userId, isAdmin: false }, { plenaryId, giverMembershipId: giver.membershipId, holderMembershipId: holder.membershipId });
	return {
		present,
		pairs,
		checkInAll() {
			checkIn(secretariat, { plenaryId, membershipId: secretariat.membershipId, mode: 'in_room' });
			present.forEach((m, i) => checkIn({ id: m.userId, isAdmin: false }, { plenaryId, membershipId: m.membershipId, mode: i % 9 === 4 ? 'remote' : 'in_room' }));
		}
	};
}

let ballotSeq = 0;
/** Every present member casts their ballot and their proxy's; `choose(k)` gives the k-th ballot's choice. */
function castAll(voteId: number, voters: { present: Member[]; pairs: { giver: Member; holder: Member }[] }, choose: DemoVoter, at: Date): void {
	const casts: { acting: Member; represented: Member }[] = [...voters.present.map((m) => ({ acting: m, represented: m })), ...voters.pairs.map((p) => ({ acting: p.holder, represented: p.giver }))];
	casts.forEach(({ acting, represented }, k) => {
		const choice = choose(k, represented.collegeIndex);
		if (choice === null) return;
		castBallot({
			voteId,
			actingMembershipId: acting.membershipId,
			representedMembershipId: represented.membershipId,
			choice,
			clientBallotId: `demo-${voteId}-${++ballotSeq}`,
			now: new Date(at.getTime() + (k % 120) * 1000)
		});
	});
}

/** Creates, opens, fills, closes and publishes a vote; returns its id. */
function heldVote(
	secretariat: PlenaryUser,
	itemId: number,
	input: VoteInput,
	voters: { present: Member[]; pairs: { giver: Member; holder: Member }[] },
	choose: DemoVoter,
	openedAt: Date,
	optionIds?: string[]
): number {
	// the demo's secretariat confirmed its secret votes despite small colleges (small-colleges.ts)
	const vote = createVote(secretariat, itemId, { ...input, confirmSmallGroups: true });
	if (optionIds)
		db()
			.update(votes)
			.set({ options: vote.options.map((o, i) => ({ id: optionIds[i], label: o.label })) })
			.where(eq(votes.id, vote.id))
			.run();
	openVote(secretariat, vote.id, { now: openedAt, confirmSmallGroups: true });
	castAll(vote.id, voters, choose, new Date(openedAt.getTime() + MINUTE));
	closeVote(secretariat, vote.id, { now: new Date(openedAt.getTime() + 6 * MINUTE), random: () => 0 });
	publishVote(secretariat, vote.id);
	db()
		.update(votes)
		.set({ createdAt: new Date(openedAt.getTime() - 30 * MINUTE), publishedAt: new Date(openedAt.getTime() + 8 * MINUTE) })
		.where(eq(votes.id, vote.id))
		.run();
	return vote.id;
}

function stamp(tx: Tx, plenaryId: number, dates: { created: Date; convened: Date; opened?: Date; closed?: Date; published?: Date; checkIn?: Date }): void {
	tx.update(plenaries)
		.set({ createdAt: dates.created, convenedAt: dates.convened, openedAt: dates.opened ?? null, closedAt: dates.closed ?? null, minutesPublishedAt: dates.published ?? null })
		.where(eq(plenaries.id, plenaryId))
		.run();
	tx.update(proxies)
		.set({ createdAt: new Date(dates.convened.getTime() + 3 * 24 * 60 * MINUTE) })
		.where(eq(proxies.plenaryId, plenaryId))
		.run();
	tx.update(agendaItems).set({ createdAt: dates.created }).where(eq(agendaItems.plenaryId, plenaryId)).run();
	tx.update(votes)
		.set({ createdAt: dates.convened })
		.where(and(eq(votes.plenaryId, plenaryId), eq(votes.state, 'draft')))
		.run();
	if (dates.checkIn) {
		const at = dates.checkIn.getTime();
		tx.run(sql`update ${attendance} set checked_in_at = ${at} - 20 * 60000 + (id % 30) * 60000 where session_id = ${plenaryId}`);
	}
}

export function seedDemoPlenaries(slug: string): void {
	const council = db().select().from(councils).where(eq(councils.slug, slug)).get();
	if (!council) return;
	db().transaction((tx) => {
		const firstAudit = (tx
			.select({ n: sql<number>`coalesce(max(id), 0)` })
			.from(auditLog)
			.get()?.n ?? 0) as number;
		const firstNotice = (tx
			.select({ n: sql<number>`coalesce(max(id), 0)` })
			.from(notifications)
			.get()?.n ?? 0) as number;
		const sec = tx.select({ id: users.id }).from(users).where(eq(users.email, 'secretariat@demo.cocon.fr')).get()!;
		const secMembership = tx
			.select({ id: memberships.id })
			.from(memberships)
			.where(and(eq(memberships.councilId, council.id), eq(memberships.userId, sec.id)))
			.get()!;
		const secretariat = { id: sec.id, isAdmin: false, membershipId: secMembership.id };
		const members = entitledMembers(tx, council.id);
		const themeIds = new Map(
			tx
				.select({ id: themes.id, name: themes.name })
				.from(themes)
				.where(eq(themes.councilId, council.id))
				.all()
				.map((t) => [t.name, t.id])
		);
		const auditMarks: { after: number; at: Date }[] = [];
		const mark = (at: Date) =>
			auditMarks.push({
				after: (tx
					.select({ n: sql<number>`coalesce(max(id), 0)` })
					.from(auditLog)
					.get()?.n ?? 0) as number,
				at
			});

		// (c) the extraordinary plenary of 2019
		{
			const p = PLENARY_2019;
			const starts = paris(p.startsAt);
			const s = createPlenary(secretariat, council.id, {
				kind: 'extraordinary',
				title: p.title,
				description: p.description,
				startsAt: starts,
				endsAt: new Date(starts.getTime() + 150 * MINUTE),
				place: p.place
			});
			const items = p.agenda.map((it) => addAgendaItem(secretariat, s.id, it));
			setPlenaryState(secretariat, s.id, 'convened');
			const voters = attend(tx, secretariat, s.id, members, { present: (i) => i % 20 < 11, proxies: 3 });
			setPlenaryState(secretariat, s.id, 'open');
			voters.checkInAll();
			heldVote(secretariat, items[p.voteItem].id, p.vote.input, voters, p.vote.choose, new Date(starts.getTime() + 80 * MINUTE));
			setPlenaryState(secretariat, s.id, 'closed');
			saveMinutes(secretariat, s.id, p.minutes);
			setPlenaryState(secretariat, s.id, 'minutes_published');
			stamp(tx, s.id, {
				created: paris('2018-12-10T10:00'),
				convened: paris('2019-01-10T10:00'),
				opened: starts,
				closed: new Date(starts.getTime() + 140 * MINUTE),
				published: paris('2019-02-21T10:00'),
				checkIn: starts
			});
			mark(starts);
		}

		// (a) the ordinary plenary of March 2026
		let themesVoteId = 0;
		{
			const p = PLENARY_2026;
			const starts = paris(p.startsAt);
			const s = createPlenary(secretariat, council.id, {
				kind: 'ordinary',
				title: p.title,
				description: p.description,
				startsAt: starts,
				endsAt: new Date(starts.getTime() + 180 * MINUTE),
				place: p.place,
				onlineUrl: p.onlineUrl
			});
			const items = p.agenda.map((it) => addAgendaItem(secretariat, s.id, it));
			// the proposal put to the vote: written, submitted and accepted before the plenary, then scheduled on its item
			const author = members[p.proposal.author];
			let proposal = insertProposal(
				tx,
				{
					councilId: council.id,
					authorId: author.userId,
					title: p.proposal.title,
					summary: p.proposal.summary,
					body: p.proposal.body,
					links: [],
					themeIds: p.proposal.themes.map((n) => themeIds.get(n)!).filter(Boolean),
					coauthorIds: [],
					createdAt: paris('2025-11-03T10:00')
				},
				{ skipChecks: true }
			);
			proposal = applyTransition(tx, proposal, 'submit', author.userId, { at: paris('2025-11-05T09:30') });
			applyTransition(tx, proposal, 'accept', secretariat.id, { at: paris('2026-01-15T11:00'), answer: p.proposal.acceptAnswer });
			linkProposal(secretariat, { itemId: items[p.proposalItem].id, proposalId: proposal.id });
			tx.update(proposalEvents)
				.set({ createdAt: paris('2026-02-26T10:05') })
				.where(and(eq(proposalEvents.proposalId, proposal.id), eq(proposalEvents.transition, 'schedule')))
				.run();
			setPlenaryState(secretariat, s.id, 'convened');
			const voters = attend(tx, secretariat, s.id, members, { present: (i) => i % 10 < 7, proxies: 4 });
			setPlenaryState(secretariat, s.id, 'open');
			voters.checkInAll();
			const adoptedAt = new Date(starts.getTime() + 55 * MINUTE);
			heldVote(secretariat, items[p.proposalItem].id, { ...p.votes.proposal.input, proposalIds: [proposal.id] }, voters, p.votes.proposal.choose, adoptedAt);
			const after = new Date(adoptedAt.getTime() + 6 * MINUTE);
			tx.update(proposalEvents)
				.set({ createdAt: after })
				.where(and(eq(proposalEvents.proposalId, proposal.id), eq(proposalEvents.transition, 'adopt')))
				.run();
			tx.update(proposals).set({ updatedAt: after }).where(eq(proposals.id, proposal.id)).run();
			heldVote(secretariat, items[p.reportItem].id, p.votes.report.input, voters, p.votes.report.choose, new Date(starts.getTime() + 25 * MINUTE));
			const optionIds = THEMES_2026.options.map((n) => String(themeIds.get(n)!));
			const byThemeId: DemoVoter = (k, c) => p.votes.themes.choose(k, c)!.map((n) => String(themeIds.get(n)!));
			themesVoteId = heldVote(secretariat, items[p.themesItem].id, p.votes.themes.input, voters, byThemeId, new Date(starts.getTime() + 100 * MINUTE), optionIds);
			seedDemoSpeakers(
				tx,
				items.map((i) => i.id),
				voters.present,
				starts
			);
			setPlenaryState(secretariat, s.id, 'closed');
			saveMinutes(secretariat, s.id, p.minutes);
			setPlenaryState(secretariat, s.id, 'minutes_published');
			adoptAnnualThemesFromVote(secretariat, themesVoteId, 2026);
			tx.update(annualThemes)
				.set({ createdAt: paris('2026-04-09T10:00') })
				.where(eq(annualThemes.voteId, themesVoteId))
				.run();
			stamp(tx, s.id, {
				created: paris('2026-01-20T10:00'),
				convened: paris('2026-02-26T10:00'),
				opened: starts,
				closed: new Date(starts.getTime() + 170 * MINUTE),
				published: paris('2026-04-09T10:00'),
				checkIn: starts
			});
			// notices sent to the proposal's followers about its adoption
			tx.update(notifications).set({ createdAt: after }).where(gt(notifications.id, firstNotice)).run();
			mark(paris('2026-04-09T10:00'));
		}

		// (b) the upcoming plenary of February 2027, convened, with its agenda and a draft vote on the 2027 themes
		{
			const p = PLENARY_2027;
			const starts = paris(p.startsAt);
			const s = createPlenary(secretariat, council.id, {
				kind: 'ordinary',
				title: p.title,
				description: p.description,
				startsAt: starts,
				endsAt: new Date(starts.getTime() + 180 * MINUTE),
				place: p.place,
				onlineUrl: p.onlineUrl
			});
			const items = p.agenda.map((it) => addAgendaItem(secretariat, s.id, it));
			const draft = createVote(secretariat, items[p.themesItem].id, p.themesVote);
			const optionIds = p.themesVote.options!.map((n) => String(themeIds.get(n)!));
			tx.update(votes)
				.set({ options: draft.options.map((o, i) => ({ id: optionIds[i], label: o.label })) })
				.where(eq(votes.id, draft.id))
				.run();
			// the proposal the chair already scheduled for "the next plenary" (proposals demo) sits on the proposals item
			const scheduled = tx
				.select({ id: proposals.id })
				.from(proposals)
				.leftJoin(agendaItemProposals, eq(agendaItemProposals.proposalId, proposals.id))
				.where(and(eq(proposals.councilId, council.id), eq(proposals.state, 'scheduled'), sql`${agendaItemProposals.id} is null`))
				.orderBy(asc(proposals.id))
				.all();
			for (const row of scheduled.slice(0, 1))
				tx.insert(agendaItemProposals)
					.values({ agendaItemId: items[p.proposalsItem].id, proposalId: row.id, createdBy: secretariat.id, createdAt: paris('2026-11-12T10:00') })
					.run();
			setPlenaryState(secretariat, s.id, 'convened');
			stamp(tx, s.id, { created: paris('2026-10-15T10:00'), convened: paris('2026-11-12T10:00') });
			mark(paris('2026-11-12T10:00'));
		}

		// the audit trail of each plenary at its own date
		let from = firstAudit;
		for (const { after, at } of auditMarks) {
			tx.update(auditLog)
				.set({ createdAt: at })
				.where(and(gt(auditLog.id, from), sql`${auditLog.id} <= ${after}`))
				.run();
			from = after;
		}
	});
}
