// What the workshop actions load within the council of the request before they run, and whom they admit
// beyond the role table: people with a standing in THIS workshop (a guest invited to it, its facilitators,
// its participants; managers are covered by their role). The services still decide the exact right
// (contribute, facilitate) on the workshop they are given, as they did before the runner.
import { and, eq } from 'drizzle-orm';
import type { ScopeContext } from '../../actions/define';
import { found, requireCouncilOf } from '../../actions/scope';
import { DomainError } from '../../errors';
import { themes } from '../../councils/tables';
import { agendaItems, plenaries } from '../../plenaries/tables';
import { getWorkshop, workshopRights, type LoadedWorkshop } from '../access';
import { workshopClusters, workshopCoauthorInvites, workshopContributions, workshopGuests, workshopMeetings, workshopOutputs } from '../tables';

/** The workshop named by the input, in the council of the request and readable by the actor (guests included). */
export function workshopScope({ tx, actor, council }: ScopeContext, input: { workshopId: number }): LoadedWorkshop {
	const c = requireCouncilOf(council);
	if (!actor.user) throw new DomainError('common_error_login_required');
	const workshop = getWorkshop(input.workshopId, tx);
	if (!workshop || workshop.councilId !== c.id) throw new DomainError('workshops_error_not_found');
	const rights = workshopRights(actor, c, workshop, tx);
	if (!rights.read) throw new DomainError('workshops_error_not_found');
	return { workshop, council: c, rights };
}

/**
 * Admits an actor the role check refused when they stand in this very workshop: a guest of it (never of
 * another workshop: the grant is looked up for the workshop of the input), or one of its facilitators or
 * participants whose council role is not the one the table names (a chair who facilitates posts on the board).
 */
export function standsInWorkshop({ scope }: { scope: LoadedWorkshop }): boolean {
	return scope.rights.facilitate || scope.rights.role !== null;
}

/** The meeting named by the input, in the workshop of the input. */
export function meetingScope(ctx: ScopeContext, input: { workshopId: number; meetingId: number }) {
	const loaded = workshopScope(ctx, input);
	const meeting = found(
		ctx.tx
			.select()
			.from(workshopMeetings)
			.where(and(eq(workshopMeetings.id, input.meetingId), eq(workshopMeetings.workshopId, loaded.workshop.id)))
			.get(),
		'workshops_error_meeting_not_found'
	);
	return { ...loaded, meeting };
}

function contributionIn(ctx: ScopeContext, workshopId: number, id: number) {
	return found(
		ctx.tx
			.select({ id: workshopContributions.id })
			.from(workshopContributions)
			.where(and(eq(workshopContributions.id, id), eq(workshopContributions.workshopId, workshopId)))
			.get(),
		'workshops_error_contribution_not_found'
	);
}

function clusterIn(ctx: ScopeContext, workshopId: number, id: number) {
	return found(
		ctx.tx
			.select({ id: workshopClusters.id })
			.from(workshopClusters)
			.where(and(eq(workshopClusters.id, id), eq(workshopClusters.workshopId, workshopId)))
			.get(),
		'workshops_error_cluster_not_found',
		'clusterId'
	);
}

/** The workshop and every board object the input names (contributions, cluster, meeting), all in that workshop. */
export function boardScope(
	ctx: ScopeContext,
	input: { workshopId: number; contributionId?: number | null; contributionIds?: number[]; clusterId?: number | null; meetingId?: number | null }
): LoadedWorkshop {
	const loaded = workshopScope(ctx, input);
	const w = loaded.workshop.id;
	if (input.contributionId) contributionIn(ctx, w, input.contributionId);
	for (const id of input.contributionIds ?? []) contributionIn(ctx, w, id);
	if (input.clusterId) clusterIn(ctx, w, input.clusterId);
	if (input.meetingId)
		found(
			ctx.tx
				.select({ id: workshopMeetings.id })
				.from(workshopMeetings)
				.where(and(eq(workshopMeetings.id, input.meetingId), eq(workshopMeetings.workshopId, w)))
				.get(),
			'workshops_error_meeting_not_found',
			'meetingId'
		);
	return loaded;
}

/** A guest link or grant of the workshop of the input. */
export function guestScope(ctx: ScopeContext, input: { workshopId: number; guestId: number }): LoadedWorkshop {
	const loaded = workshopScope(ctx, input);
	found(
		ctx.tx
			.select({ id: workshopGuests.id })
			.from(workshopGuests)
			.where(and(eq(workshopGuests.id, input.guestId), eq(workshopGuests.workshopId, loaded.workshop.id)))
			.get(),
		'workshops_error_guest_not_found'
	);
	return loaded;
}

/** An output (a proposal born in the workshop of the input) whose co-signature the actor was invited to give. */
export function outputScope(ctx: ScopeContext, input: { workshopId: number; outputId: number }): LoadedWorkshop {
	const loaded = workshopScope(ctx, input);
	found(
		ctx.tx
			.select({ id: workshopOutputs.id })
			.from(workshopOutputs)
			.where(and(eq(workshopOutputs.id, input.outputId), eq(workshopOutputs.workshopId, loaded.workshop.id)))
			.get(),
		'workshops_error_not_found'
	);
	const invited = ctx.tx
		.select({ id: workshopCoauthorInvites.outputId })
		.from(workshopCoauthorInvites)
		.where(and(eq(workshopCoauthorInvites.outputId, input.outputId), eq(workshopCoauthorInvites.userId, ctx.actor.user!.id)))
		.get();
	if (!invited) throw new DomainError('workshops_error_forbidden');
	return loaded;
}

/** An agenda item of a plenary of the council of the request (whether it is upcoming is the service's rule). */
export function agendaItemScope(ctx: ScopeContext, input: { workshopId: number; agendaItemId: number }): LoadedWorkshop {
	const loaded = workshopScope(ctx, input);
	found(
		ctx.tx
			.select({ id: agendaItems.id })
			.from(agendaItems)
			.innerJoin(plenaries, eq(plenaries.id, agendaItems.plenaryId))
			.where(and(eq(agendaItems.id, input.agendaItemId), eq(plenaries.councilId, loaded.council.id)))
			.get(),
		'workshops_error_agenda_item',
		'agendaItemId'
	);
	return loaded;
}

/** The theme a workshop form names, if any, in the council of the request (facilitators: checked by the service). */
export function themeScope({ tx, council }: ScopeContext, input: { themeId: number | null }): null {
	const c = requireCouncilOf(council);
	if (input.themeId !== null)
		found(
			tx
				.select({ id: themes.id })
				.from(themes)
				.where(and(eq(themes.id, input.themeId), eq(themes.councilId, c.id)))
				.get(),
			'workshops_error_theme',
			'themeId'
		);
	return null;
}
