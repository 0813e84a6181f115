import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { seedDemo, DEMO_COUNCIL_SLUG } from '../demo/seed';
import { councils } from '../councils/tables';
import { insertUser } from '../auth/users';
import { actorFor } from '../proposals/access';
import { loadReadable } from '../proposals/access';
import { proposalCoauthors, proposals } from '../proposals/tables';
import { DomainError } from '../errors';
import { setup } from './test-fixtures';
import { loadWorkshop, guestWorkshopFromPath } from './access';
import { acceptGuestLinkAsUser, createGuestLink, findGuestLink, revokeGuest } from './guests';
import { addMeeting, saveNotes, NotesConflict, meetingDetail } from './meetings';
import { assignToCluster, boardOf, commentContribution, createCluster, postContribution, renameCluster, setRetained, toggleVote } from './board';
import { answerCoauthorInvite, createProposalFromOutput, outputsOf, provenanceOfProposal } from './outputs';
import { closeWorkshop, createWorkshop, joinWorkshop, leaveWorkshop, listWorkshops, themeChoices, updateWorkshop } from './workshops';
import { attachReportToAgendaItem, workshopReport } from './report';

const code = (fn: () => unknown) => {
	try {
		fn();
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
	return 'ok';
};

const meetingInput = (over: Partial<Parameters<typeof addMeeting>[2]> = {}) => ({
	title: 'Séance 1',
	startsAt: new Date('2026-03-10T17:00:00Z'),
	endsAt: new Date('2026-03-10T19:00:00Z'),
	place: 'Maison de l’ESS',
	onlineUrl: '',
	agenda: 'Diagnostic',
	...over
});

function guestOf(s: ReturnType<typeof setup>, workshopId: number) {
	const link = createGuestLink(s.facilitator, workshopId, 'Invitée externe');
	const guest = db().transaction((tx) => insertUser(tx, { email: `guest-${workshopId}-${Date.now()}@example.org`, name: 'Gaëlle Invitée' }));
	acceptGuestLinkAsUser(link.token, guest.id);
	return { guest, actor: actorFor(guest.id, s.council.id), link };
}

describe('guests', () => {
	it('a guest reads and contributes to their workshop, and to nothing else of the council', () => {
		const s = setup();
		const other = s.workshopFor('Quartiers prioritaires');
		const { guest, actor } = guestOf(s, s.workshopId);
		expect(actor.roles).toEqual([]);
		expect(loadWorkshop(s.workshopId, actor).rights).toMatchObject({ read: true, contribute: true, facilitate: false, manage: false, role: 'guest' });
		const c = postContribution(actor, s.workshopId, { kind: 'idea', body: 'Clause sociale dans les marchés de nettoyage' });
		expect(toggleVote(actor, s.workshopId, c.id)).toEqual({ voted: true, votesCount: 1 });
		const m = addMeeting(s.facilitator, s.workshopId, meetingInput());
		expect(saveNotes(actor, s.workshopId, m.id, { notes: 'Notes de la guest', baseVersion: 0 })).toEqual({ version: 1 });
		// nothing else: another workshop, facilitation, council-wide lists and proposals
		expect(code(() => loadWorkshop(other, actor))).toBe('workshops_error_not_found');
		expect(code(() => postContribution(actor, other, { kind: 'idea', body: 'x' }))).toBe('workshops_error_not_found');
		expect(code(() => createCluster(actor, s.workshopId, 'Groupe'))).toBe('workshops_error_forbidden');
		expect(code(() => createGuestLink(actor, s.workshopId, 'ami'))).toBe('workshops_error_forbidden');
		expect(code(() => joinWorkshop(actor, other))).toBe('workshops_error_not_found');
		const draft = s.proposalIn('submitted');
		expect(code(() => loadReadable(draft, actor))).toBe('proposals_error_not_found');
		// the council page guard lets them into their workshop's pages only
		const slug = s.council.slug;
		expect(guestWorkshopFromPath(s.council.id, guest.id, `/c/${slug}/workshops/${s.workshopId}/board`, slug)).toBe(s.workshopId);
		expect(guestWorkshopFromPath(s.council.id, guest.id, `/c/${slug}/workshops/${other}`, slug)).toBeNull();
		expect(guestWorkshopFromPath(s.council.id, guest.id, `/c/${slug}/proposals`, slug)).toBeNull();
		expect(guestWorkshopFromPath(s.council.id, guest.id, `/c/${slug}/workshops`, slug)).toBeNull();
	});

	it('a link works once; a revoked grant gives nothing any more', () => {
		const s = setup();
		const { link, actor } = guestOf(s, s.workshopId);
		expect(findGuestLink(link.token)?.state).toBe('used');
		const intruder = db().transaction((tx) => insertUser(tx, { email: 'second@example.org', name: 'Second' }));
		expect(code(() => acceptGuestLinkAsUser(link.token, intruder.id))).toBe('workshops_guest_error_unusable');
		expect(code(() => loadWorkshop(s.workshopId, actorFor(intruder.id, s.council.id)))).toBe('workshops_error_not_found');
		revokeGuest(s.facilitator, s.workshopId, link.id);
		expect(code(() => loadWorkshop(s.workshopId, actor))).toBe('workshops_error_not_found');
	});

	it('only facilitators make links, and an expired link is refused', () => {
		const s = setup();
		expect(code(() => createGuestLink(s.actors.member, s.workshopId, 'x'))).toBe('workshops_error_forbidden');
		const link = createGuestLink(s.facilitator, s.workshopId, 'x', Date.now() - 15 * 24 * 3600 * 1000);
		expect(findGuestLink(link.token)?.state).toBe('expired');
		expect(code(() => acceptGuestLinkAsUser(link.token, s.people.outsider.id))).toBe('workshops_guest_error_unusable');
	});
});

describe('meeting notes', () => {
	it('refuses a save that would overwrite newer notes, says who and when, and accepts the merge', () => {
		const s = setup();
		const m = addMeeting(s.facilitator, s.workshopId, meetingInput());
		const at = new Date('2026-03-10T18:05:00Z');
		expect(saveNotes(s.actors.member, s.workshopId, m.id, { notes: 'A: diagnostic partagé', baseVersion: 0 }, at)).toEqual({ version: 1 });
		// member2 wrote from version 0 too: refused, nothing lost
		let conflict: NotesConflict | null = null;
		try {
			saveNotes(s.actors.member2, s.workshopId, m.id, { notes: 'B: liste des freins', baseVersion: 0 });
		} catch (e) {
			conflict = e as NotesConflict;
		}
		expect(conflict).toBeInstanceOf(NotesConflict);
		expect(conflict!.code).toBe('workshops_error_notes_conflict');
		expect(conflict!.current).toEqual({ notes: 'A: diagnostic partagé', version: 1, byName: s.people.member.name, at });
		expect(conflict!.params).toEqual({ name: s.people.member.name, at: at.toISOString() });
		const loaded = loadWorkshop(s.workshopId, s.actors.member2);
		expect(meetingDetail(loaded, m.id).meeting.notes).toBe('A: diagnostic partagé');
		// merge: write from the current version
		expect(saveNotes(s.actors.member2, s.workshopId, m.id, { notes: 'A: diagnostic partagé\nB: liste des freins', baseVersion: 1 })).toEqual({ version: 2 });
		const detail = meetingDetail(loaded, m.id);
		expect(detail.meeting.notes).toBe('A: diagnostic partagé\nB: liste des freins');
		expect(detail.notesUpdatedByName).toBe(s.people.member2.name);
	});

	it('members who have not joined, observers and a closed workshop cannot write notes', () => {
		const s = setup();
		const m = addMeeting(s.facilitator, s.workshopId, meetingInput());
		expect(code(() => saveNotes(s.actors.observer, s.workshopId, m.id, { notes: 'x', baseVersion: 0 }))).toBe('workshops_error_forbidden');
		const outsider = s.person(['member'], 'late');
		expect(code(() => saveNotes(s.actorOf(outsider.id), s.workshopId, m.id, { notes: 'x', baseVersion: 0 }))).toBe('workshops_error_forbidden');
		closeWorkshop(s.facilitator, s.workshopId, 'Conclusions');
		expect(code(() => saveNotes(s.actors.member, s.workshopId, m.id, { notes: 'x', baseVersion: 0 }))).toBe('workshops_error_closed');
	});
});

describe('board: clustering and retaining per role', () => {
	it('participants post, upvote and comment; only facilitators and managers cluster and retain', () => {
		const s = setup();
		const a = postContribution(s.actors.member, s.workshopId, { kind: 'need', body: 'Former les acheteurs publics' });
		const b = postContribution(s.actors.member2, s.workshopId, { kind: 'obstacle', body: 'Allotissement trop large' });
		expect(toggleVote(s.actors.member2, s.workshopId, a.id)).toEqual({ voted: true, votesCount: 1 });
		expect(toggleVote(s.actors.member2, s.workshopId, a.id)).toEqual({ voted: false, votesCount: 0 });
		commentContribution(s.actors.member2, s.workshopId, a.id, 'Avec le réseau des acheteurs');
		for (const who of [s.actors.member, s.actors.member2, s.actors.observer, s.actors.chair, s.actors.evaluator]) {
			expect(code(() => createCluster(who, s.workshopId, 'Formation'))).toBe('workshops_error_forbidden');
			expect(code(() => setRetained(who, s.workshopId, { contributionId: a.id }, true))).toBe('workshops_error_forbidden');
		}
		expect(code(() => postContribution(s.actors.observer, s.workshopId, { kind: 'idea', body: 'x' }))).toBe('workshops_error_forbidden');
		const cluster = createCluster(s.facilitator, s.workshopId, 'Montée en compétence', [a.id]);
		assignToCluster(s.actors.secretariat, s.workshopId, b.id, cluster.id);
		setRetained(s.facilitator, s.workshopId, { clusterId: cluster.id }, true);
		setRetained(s.actors.admin, s.workshopId, { contributionId: b.id }, true);
		const board = boardOf(s.workshopId, s.people.member2.id);
		expect(board.loose).toEqual([]);
		expect(board.clusters).toHaveLength(1);
		expect(board.clusters[0]).toMatchObject({ name: 'Montée en compétence', retained: true });
		expect(board.clusters[0].contributions.map((c) => [c.id, c.retained, c.commentsCount])).toEqual([
			[a.id, false, 1],
			[b.id, true, 0]
		]);
	});

	it('members join and leave; a participant who left cannot post', () => {
		const s = setup();
		leaveWorkshop(s.actors.member, s.workshopId);
		expect(code(() => postContribution(s.actors.member, s.workshopId, { kind: 'idea', body: 'x' }))).toBe('workshops_error_forbidden');
		expect(code(() => joinWorkshop(s.actors.observer, s.workshopId))).toBe('workshops_error_forbidden');
		joinWorkshop(s.actors.member, s.workshopId);
		expect(listWorkshops(s.council.id, { userId: s.people.member.id, mine: true }).map((w) => w.id)).toEqual([s.workshopId]);
	});

	it('only managers create workshops', () => {
		const s = setup();
		const input = { title: 'Économie circulaire', year: 2026, themeId: null, mandate: '', facilitatorIds: [s.people.member.id] };
		expect(code(() => createWorkshop(s.actors.member, s.council.id, input))).toBe('workshops_error_forbidden');
		expect(code(() => createWorkshop(s.actors.secretariat, s.council.id, { ...input, facilitatorIds: [s.people.observer.id] }))).toBe('workshops_error_facilitator');
		expect(createWorkshop(s.actors.secretariat, s.council.id, input).title).toBe('Économie circulaire');
	});

	it('refuses a second workshop with the same title the same year, and a second cluster with the same name', () => {
		const s = setup();
		const input = { title: ' achats RESPONSABLES ', year: 2026, themeId: null, mandate: '', facilitatorIds: [s.people.member.id] };
		expect(code(() => createWorkshop(s.actors.secretariat, s.council.id, input))).toBe('workshops_error_title_taken');
		const next = createWorkshop(s.actors.secretariat, s.council.id, { ...input, year: 2027 });
		expect(code(() => updateWorkshop(s.actors.secretariat, next.id, { ...input, year: 2026 }))).toBe('workshops_error_title_taken');
		expect(updateWorkshop(s.actors.secretariat, next.id, { ...input, title: 'Achats responsables', year: 2027 }).title).toBe('Achats responsables');
		const k = createCluster(s.facilitator, s.workshopId, 'Formation');
		const other = createCluster(s.facilitator, s.workshopId, 'Allotissement');
		expect(code(() => createCluster(s.facilitator, s.workshopId, ' formation '))).toBe('workshops_error_cluster_name_taken');
		expect(code(() => renameCluster(s.facilitator, s.workshopId, other.id, 'FORMATION'))).toBe('workshops_error_cluster_name_taken');
		renameCluster(s.facilitator, s.workshopId, k.id, 'Formation des acheteurs');
		expect(createCluster(s.actors.member, next.id, 'Formation').name).toBe('Formation');
		expect(code(() => toggleVote(s.actors.member, s.workshopId, 999_999))).toBe('workshops_error_contribution_not_found');
		expect(code(() => postContribution(s.actors.member, s.workshopId, { kind: 'idea', body: 'x', meetingId: 999_999 }))).toBe('workshops_error_meeting_not_found');
		expect(code(() => setRetained(s.facilitator, s.workshopId, {}, true))).toBe('workshops_error_retain_target');
	});
});

describe('outputs: proposals born in a workshop', () => {
	it('a retained cluster becomes a draft with its provenance; contributors who accept become co-authors', () => {
		const s = setup();
		const m = addMeeting(s.facilitator, s.workshopId, meetingInput());
		const a = postContribution(s.actors.member, s.workshopId, { kind: 'idea', body: 'Clauses sociales', meetingId: m.id });
		const b = postContribution(s.actors.member2, s.workshopId, { kind: 'resource', body: 'Guide des facilitateurs' });
		const { actor: guest } = guestOf(s, s.workshopId);
		const g = postContribution(guest, s.workshopId, { kind: 'need', body: 'Données sur les achats' });
		const cluster = createCluster(s.facilitator, s.workshopId, 'Clauses sociales', [a.id, b.id, g.id]);
		const input = { clusterId: cluster.id, meetingId: m.id, title: 'Généraliser les clauses sociales', summary: 'Issu de l’atelier', body: 'Texte', themeIds: [s.theme[0].id] };
		expect(code(() => createProposalFromOutput(s.facilitator, s.workshopId, input))).toBe('workshops_error_not_retained');
		setRetained(s.facilitator, s.workshopId, { clusterId: cluster.id }, true);
		expect(code(() => createProposalFromOutput(s.actors.member, s.workshopId, input))).toBe('workshops_error_forbidden');
		expect(code(() => createProposalFromOutput(s.actors.secretariat, s.workshopId, input))).toBe('workshops_error_proposal_author');
		const out = createProposalFromOutput(s.facilitator, s.workshopId, input);
		// the guest is not a council member: not asked to co-sign
		expect(out.invited.sort()).toEqual([s.people.member.id, s.people.member2.id].sort());
		const p = db().select().from(proposals).where(eq(proposals.id, out.proposalId)).get()!;
		expect(p).toMatchObject({ state: 'draft', authorId: s.people.author.id, title: 'Généraliser les clauses sociales' });
		const prov = provenanceOfProposal(out.proposalId)!;
		expect(prov).toMatchObject({ workshopId: s.workshopId, workshopTitle: 'Achats responsables', meetingTitle: 'Séance 1', clusterName: 'Clauses sociales' });
		expect(prov.contributions.map((c) => c.id)).toEqual([a.id, b.id, g.id]);
		// an answer sent from another workshop's page finds no invitation there
		expect(code(() => answerCoauthorInvite(s.actors.member, out.outputId, true, new Date(), s.workshopFor('Autre atelier')))).toBe('workshops_error_not_found');
		answerCoauthorInvite(s.actors.member, out.outputId, true, new Date(), s.workshopId);
		answerCoauthorInvite(s.actors.member2, out.outputId, false);
		expect(code(() => answerCoauthorInvite(s.actors.member2, out.outputId, true))).toBe('workshops_error_invite_answered');
		expect(code(() => answerCoauthorInvite(s.actors.observer, out.outputId, true))).toBe('workshops_error_not_found');
		const co = db().select({ id: proposalCoauthors.userId }).from(proposalCoauthors).where(eq(proposalCoauthors.proposalId, out.proposalId)).all();
		expect(co.map((c) => c.id)).toEqual([s.people.member.id]);
		// the co-author now reads the draft; the one who declined does not
		expect(loadReadable(out.proposalId, s.actors.member).proposal.id).toBe(out.proposalId);
		expect(code(() => loadReadable(out.proposalId, s.actors.member2))).toBe('proposals_error_not_found');
		const outputs = outputsOf(s.workshopId, s.people.member2.id);
		expect(outputs[0].visible).toBe(false);
		expect(outputs[0].invites.map((i) => i.status).sort()).toEqual(['accepted', 'declined']);
		// the report lists the retained cluster and (for its authors) the proposal
		const report = workshopReport(loadWorkshop(s.workshopId, s.facilitator), s.people.author.id);
		expect(report.retainedClusters.map((c) => c.name)).toEqual(['Clauses sociales']);
		expect(report.proposals).toEqual([{ id: out.proposalId, title: 'Généraliser les clauses sociales', state: 'draft', coauthors: [s.people.member.name] }]);
		expect(report.meetings[0].title).toBe('Séance 1');
	});

	it('a single retained contribution can become a proposal too; an unknown agenda item is refused', () => {
		const s = setup();
		const a = postContribution(s.actors.member, s.workshopId, { kind: 'idea', body: 'Un guichet unique' });
		setRetained(s.facilitator, s.workshopId, { contributionId: a.id }, true);
		const out = createProposalFromOutput(s.facilitator, s.workshopId, { contributionId: a.id, title: 'Guichet', summary: 's', body: 'b', themeIds: [s.theme[0].id] });
		expect(provenanceOfProposal(out.proposalId)!.contributions.map((c) => c.id)).toEqual([a.id]);
		expect(code(() => attachReportToAgendaItem(s.facilitator, s.workshopId, 999999))).toBe('workshops_error_agenda_item');
	});
});

describe('theme choices', () => {
	it('offers the year’s annual themes first, in rank order', async () => {
		useTestDatabase();
		await seedDemo();
		const council = db().select().from(councils).where(eq(councils.slug, DEMO_COUNCIL_SLUG)).get()!;
		const choices = themeChoices(council.id, 2026);
		expect(choices.annual.map((t) => t.name)).toEqual([
			'Commande publique responsable (SPASER, clauses sociales)',
			'Quartiers prioritaires (QPV)',
			'Économie circulaire',
			'Emploi et insertion par l’activité économique'
		]);
		expect(choices.others.map((t) => t.name)).not.toContain('Économie circulaire');
		expect(themeChoices(council.id, 2031).annual).toEqual([]);
	});
});
