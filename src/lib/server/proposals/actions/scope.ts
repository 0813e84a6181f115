// What the proposals actions load within the council of the request before they run.
import type { ScopeContext } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { loadReadableIn, type Loaded } from '../access';
import { loadComment, type LoadedComment } from '../comments';

/** The proposal named by the input, in the council of the request and readable by the actor. */
export function proposalScope({ tx, actor, council }: ScopeContext, input: { proposalId: number }): Loaded {
	return loadReadableIn(tx, actor, requireCouncilOf(council), input.proposalId);
}

/** The comment named by the input, on a readable proposal of the council of the request. */
export function commentScope({ tx, actor, council }: ScopeContext, input: { commentId: number }): LoadedComment {
	return loadComment(tx, actor, requireCouncilOf(council), input.commentId);
}
