import type { Actions, PageServerLoad } from './$types';
import { linkedProposals, schedulableProposals } from '$lib/server/plenaries/agenda-links';
import { listVotes } from '$lib/server/plenaries/votes';
import { votesVisibleTo } from '$lib/server/plenaries/visibility';
import { plenaryDocuments } from '$lib/server/plenaries/agenda-documents';
import { MAX_FILE_MB } from '$lib/server/files/storage';
import type { AnyAction } from '$lib/server/actions/define';
import { formAction } from '$lib/server/actions/form';
import { addDocument, addItem, linkProposal, moveItem, removeDocument, removeItem, reorderItem, setCurrentItem, unlinkProposal, updateItem } from '$lib/server/plenaries/actions';
import { plenaryContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:plenary');
	const { council, actor, plenary } = plenaryContext(event);
	const editable = plenary.state !== 'closed' && plenary.state !== 'minutes_published';
	return {
		votes: votesVisibleTo(actor, council, listVotes(plenary.id)).map((v) => ({ id: v.id, agendaItemId: v.agendaItemId, question: v.question, state: v.state })),
		linked: linkedProposals(plenary.id),
		documents: plenaryDocuments(plenary.id),
		maxDocumentMb: MAX_FILE_MB,
		schedulable: editable ? schedulableProposals(council.id) : [],
		editable
	};
};

/** A manager's change on the runner: a refusal comes back with the intent so the page shows it next to that form. */
function managed<A extends AnyAction>(action: A, intent: string, done: (values: Record<string, unknown>) => Record<string, unknown> = () => ({})) {
	return formAction(action, {
		input: (e) => ({ plenaryId: e.params.id, intent }),
		done: (_, { values }) => ({ ok: true, intent, ...done(values) })
	});
}

const itemOf = (values: Record<string, unknown>) => ({ itemId: Number(values.itemId) });

export const actions: Actions = {
	add: managed(addItem, 'add'),
	update: managed(updateItem, 'update', itemOf),
	remove: managed(removeItem, 'remove'),
	move: managed(moveItem, 'move', (v) => ({ ...itemOf(v), direction: v.direction })),
	reorder: formAction(reorderItem, {
		input: (e) => ({ plenaryId: e.params.id, intent: 'move' }),
		done: (_, { values }) => ({ ok: true, intent: 'reorder', ...itemOf(values) })
	}),
	current: managed(setCurrentItem, 'current'),
	link: managed(linkProposal, 'link', itemOf),
	unlink: managed(unlinkProposal, 'unlink', itemOf),
	upload: managed(addDocument, 'upload', itemOf),
	removeDocument: managed(removeDocument, 'removeDocument', itemOf)
};
