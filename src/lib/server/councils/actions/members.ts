// The council's members: edited, re-invited, deactivated and reactivated; invitations sent and revoked; CSV imports.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { inviteSchema, memberUpdateSchema, revokeSchema } from '$lib/schemas/members';
import { composeInvitationMail, importLabels } from '$lib/i18n/members-server';
import { defineAction, type ScopeContext } from '../../actions/define';
import { found, requireCouncilOf } from '../../actions/scope';
import { DomainError } from '../../errors';
import { createInvitation, revokeInvitation } from '../invitations';
import { importMembers as runImport } from '../member-import';
import { getMember, setMemberStatus, updateMember as update } from '../members';
import { invitations } from '../tables';
import { collegeScope } from './scope';

/** The membership named by the input, in the council of the request. */
function memberScope({ tx, council }: ScopeContext, input: { membershipId: number }) {
	return found(getMember(requireCouncilOf(council).id, input.membershipId, tx), 'members_error_member_not_found');
}

const memberInput = z.object({ membershipId: id() });

export const updateMember = defineAction({
	name: 'members.update',
	input: memberUpdateSchema.extend({ membershipId: id() }),
	permission: 'members.manage',
	scope: (ctx, input) => {
		if (input.collegeId !== null) collegeScope(ctx, { id: input.collegeId });
		return memberScope(ctx, input);
	},
	run: ({ council, scope, actor }, { collegeId, roles, voteWeight, organisationName, organisationType }) =>
		update(requireCouncilOf(council).id, scope.id, { collegeId, roles, voteWeight, organisationName, organisationType }, actor.user!.id)
});

/** A new invitation for a member who has not chosen a password yet, with their current college and roles. */
export const reinviteMember = defineAction({
	name: 'members.reinvite',
	input: memberInput,
	permission: 'members.manage',
	scope: memberScope,
	run: ({ council, scope: member, actor }) => {
		if (member.activated || member.status !== 'active') throw new DomainError('members_error_already_member', 'status');
		return createInvitation(
			{
				councilId: requireCouncilOf(council).id,
				email: member.email,
				name: member.name,
				collegeId: member.collegeId,
				organisationName: member.organisationName ?? '',
				organisationType: member.organisationType ?? 'other',
				roles: member.roles
			},
			actor.user!.id,
			{ composeMail: composeInvitationMail }
		);
	}
});

export const deactivateMember = defineAction({
	name: 'members.deactivate',
	input: memberInput,
	permission: 'members.manage',
	scope: memberScope,
	run: ({ council, scope, actor }) => setMemberStatus(requireCouncilOf(council).id, scope.id, 'deactivated', actor.user!.id)
});

export const reactivateMember = defineAction({
	name: 'members.reactivate',
	input: memberInput,
	permission: 'members.manage',
	scope: memberScope,
	run: ({ council, scope, actor }) => setMemberStatus(requireCouncilOf(council).id, scope.id, 'active', actor.user!.id)
});

export const inviteMember = defineAction({
	name: 'members.invite',
	input: inviteSchema,
	permission: 'members.manage',
	scope: (ctx, input) => (input.collegeId === null ? null : collegeScope(ctx, { id: input.collegeId })),
	run: ({ council, actor }, input) => createInvitation({ councilId: requireCouncilOf(council).id, ...input }, actor.user!.id, { composeMail: composeInvitationMail })
});

export const revokeMemberInvitation = defineAction({
	name: 'members.revokeInvitation',
	input: revokeSchema,
	permission: 'members.manage',
	scope: ({ tx, council }, input) =>
		found(
			tx
				.select({ id: invitations.id })
				.from(invitations)
				.where(and(eq(invitations.id, input.invitationId), eq(invitations.councilId, requireCouncilOf(council).id)))
				.get(),
			'members_invitation_error_not_found',
			'pending'
		),
	run: ({ council, scope, actor }) => revokeInvitation(requireCouncilOf(council).id, scope.id, actor.user!.id)
});

/** Imports the members of a previewed CSV text (all rows or none). */
export const importMembers = defineAction({
	name: 'members.import',
	input: z.object({ csv: z.string().default('') }),
	permission: 'members.manage',
	run: ({ council, actor }, { csv }) => {
		if (!csv.trim()) throw new DomainError('members_import_no_input', 'file');
		return runImport(requireCouncilOf(council).id, csv, actor.user!.id, { labels: importLabels(), composeMail: composeInvitationMail });
	}
});
