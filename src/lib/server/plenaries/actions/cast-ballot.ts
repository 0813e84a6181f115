// A member casts a ballot, their own or one for a member whose proxy they hold (socket `vote:cast`, and the voting
// page's form without JavaScript). The hot path of a plenary (bench/plenary.ts): run with executeSync; the scope is
// the one prepared query castContext (the vote's council and the actor's membership there), the cast itself runs
// on prepared statements (cast.ts).
import { voteCastSchema } from '../../../schemas/plenary-live';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { DomainError } from '../../errors';
import { castBallot } from '../cast';
import { castContext } from '../cast-statements';

export const castVote = defineAction({
	name: 'votes.cast',
	input: voteCastSchema,
	permission: 'votes.cast',
	scope: ({ actor, council }, input) => {
		const c = requireCouncilOf(council);
		const context = actor.user ? castContext(input.voteId, actor.user.id) : null;
		if (!context || context.councilId !== c.id) throw new DomainError('plenaries_error_not_found');
		if (context.membershipId === null) throw new DomainError('plenaries_error_forbidden');
		return { actingMembershipId: context.membershipId };
	},
	run: ({ scope }, input) =>
		castBallot({
			voteId: input.voteId,
			actingMembershipId: scope.actingMembershipId,
			representedMembershipId: input.representedMembershipId,
			choice: input.choice,
			clientBallotId: input.clientBallotId,
			ticket: input.ticket ?? null
		}),
	present: (ack) => ack
});
