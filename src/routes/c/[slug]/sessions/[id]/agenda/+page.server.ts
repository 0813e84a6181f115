import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { addAgendaItem, moveAgendaItem, setCurrentItem, updateAgendaItem } from '$lib/server/sessions/agenda';
import { linkProposal, linkedProposals, schedulableProposals, unlinkProposal } from '$lib/server/sessions/agenda-links';
import { listVotes } from '$lib/server/sessions/votes';
import { votesVisibleTo } from '$lib/server/sessions/visibility';
import { addItemDocument, removeItemAndDocuments, removeItemDocument, sessionDocuments } from '$lib/server/sessions/agenda-documents';
import { discardUpload, MAX_FILE_MB, prepareUpload, type PreparedUpload } from '$lib/server/files/storage';
import { formFailure } from '$lib/server/http/forms';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n/translate';
import { m } from '$lib/paraglide/messages';
import {
	agendaItemFormSchema,
	currentItemFormSchema,
	itemIdSchema,
	linkProposalFormSchema,
	moveFormSchema,
	reorderFormSchema,
	unlinkProposalFormSchema,
	removeDocumentFormSchema
} from '$lib/schemas/sessions';
import { refusal, sessionContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:session');
	const { council, actor, session } = sessionContext(event);
	const editable = session.state !== 'closed' && session.state !== 'minutes_published';
	return {
		votes: votesVisibleTo(actor, council, listVotes(session.id)).map((v) => ({ id: v.id, agendaItemId: v.agendaItemId, question: v.question, state: v.state })),
		linked: linkedProposals(session.id),
		documents: sessionDocuments(session.id),
		maxDocumentMb: MAX_FILE_MB,
		schedulable: editable ? schedulableProposals(council.id) : [],
		editable
	};
};

/** Runs a manager's change; a refusal comes back with the intent and item so the page shows it next to that form. */
async function managed(event: Parameters<Actions[string]>[0], run: (ctx: ReturnType<typeof sessionContext>, request: Request) => Promise<unknown>) {
	const ctx = sessionContext(event, 'sessions.manage');
	try {
		const out = await run(ctx, event.request);
		if (out && typeof out === 'object' && 'status' in out) return out; // a validation failure
		return { ok: true, ...(out as object) };
	} catch (e) {
		return refusal(e, (e as { values?: Record<string, unknown> }).values ?? {});
	}
}

/** Refuses an agenda item of another session: every item named in a form must be on the agenda of the URL's session. */
function ownItem(ctx: ReturnType<typeof sessionContext>, itemId: number): void {
	if (!ctx.agenda.some((i) => i.id === itemId)) throw new DomainError('sessions_error_not_found');
}

/** Attaches the form's values (and intent) to a service refusal. */
function withValues(values: Record<string, unknown>, fn: () => unknown) {
	try {
		return fn();
	} catch (e) {
		if (e && typeof e === 'object') Object.assign(e, { values });
		throw e;
	}
}

export const actions: Actions = {
	add: (event) =>
		managed(event, async ({ actor, session }, request) => {
			const form = await parseForm(request, agendaItemFormSchema);
			if (!form.ok) return form.failure;
			withValues({ ...form.values, intent: 'add' }, () => addAgendaItem(actor.user!, session.id, form.data));
			return { intent: 'add' };
		}),
	update: (event) =>
		managed(event, async (ctx, request) => {
			const form = await parseForm(request, agendaItemFormSchema.extend(itemIdSchema.shape));
			if (!form.ok) return form.failure;
			const { itemId, ...patch } = form.data;
			withValues({ ...form.values, intent: 'update' }, () => (ownItem(ctx, itemId), updateAgendaItem(ctx.actor.user!, itemId, patch)));
			return { intent: 'update', itemId };
		}),
	remove: (event) =>
		managed(event, async (ctx, request) => {
			const form = await parseForm(request, itemIdSchema);
			if (!form.ok) return form.failure;
			withValues({ ...form.values, intent: 'remove' }, () => (ownItem(ctx, form.data.itemId), removeItemAndDocuments(ctx.actor.user!, form.data.itemId)));
			return { intent: 'remove' };
		}),
	move: (event) =>
		managed(event, async (ctx, request) => {
			const form = await parseForm(request, moveFormSchema);
			if (!form.ok) return form.failure;
			const { itemId, direction } = form.data;
			const at = ctx.agenda.findIndex((i) => i.id === itemId);
			const to = Math.max(0, at + (direction === 'up' ? -1 : 1));
			withValues({ ...form.values, intent: 'move' }, () => (ownItem(ctx, itemId), moveAgendaItem(ctx.actor.user!, itemId, to)));
			return { intent: 'move', itemId, direction };
		}),
	reorder: (event) =>
		managed(event, async (ctx, request) => {
			const form = await parseForm(request, reorderFormSchema);
			if (!form.ok) return form.failure;
			withValues({ ...form.values, intent: 'move' }, () => (ownItem(ctx, form.data.itemId), moveAgendaItem(ctx.actor.user!, form.data.itemId, form.data.position)));
			return { intent: 'reorder', itemId: form.data.itemId };
		}),
	current: (event) =>
		managed(event, async ({ actor, session }, request) => {
			const form = await parseForm(request, currentItemFormSchema);
			if (!form.ok) return form.failure;
			withValues({ ...form.values, intent: 'current' }, () => setCurrentItem(actor.user!, session.id, form.data.itemId));
			return { intent: 'current' };
		}),
	link: (event) =>
		managed(event, async (ctx, request) => {
			const form = await parseForm(request, linkProposalFormSchema);
			if (!form.ok) return form.failure;
			withValues({ ...form.values, intent: 'link' }, () => (ownItem(ctx, form.data.itemId), linkProposal(ctx.actor.user!, form.data)));
			return { intent: 'link', itemId: form.data.itemId };
		}),
	unlink: (event) =>
		managed(event, async (ctx, request) => {
			const form = await parseForm(request, unlinkProposalFormSchema);
			if (!form.ok) return form.failure;
			withValues({ ...form.values, intent: 'unlink' }, () => (ownItem(ctx, form.data.itemId), unlinkProposal(ctx.actor.user!, form.data)));
			return { intent: 'unlink', itemId: form.data.itemId };
		}),
	upload: async (event) => {
		const { council, actor, agenda } = sessionContext(event, 'sessions.manage');
		const data = await event.request.formData();
		const itemId = Number(data.get('itemId'));
		const values = { intent: 'upload', itemId: String(data.get('itemId') ?? '') };
		const document = data.get('document');
		if (!agenda.some((i) => i.id === itemId)) return formFailure({ form: t('sessions_error_not_found') }, values);
		if (!document || typeof document === 'string' || document.name === '') return formFailure({ document: m.sessions_document_required() }, values);
		let upload: PreparedUpload | null = null;
		try {
			upload = await prepareUpload(document, council.id);
			addItemDocument(actor.user!, itemId, upload);
		} catch (e) {
			if (upload) discardUpload(upload);
			if (e instanceof DomainError && e.code.startsWith('files_')) return refusal(new DomainError(e.code, 'document', e.params), values);
			return refusal(e, values);
		}
		return { ok: true, intent: 'upload', itemId };
	},
	removeDocument: async (event) => {
		const ctx = sessionContext(event, 'sessions.manage');
		const { actor } = ctx;
		const form = await parseForm(event.request, removeDocumentFormSchema);
		if (!form.ok) return form.failure;
		try {
			ownItem(ctx, form.data.itemId);
			removeItemDocument(actor.user!, form.data.itemId, form.data.fileId);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { ok: true, intent: 'removeDocument', itemId: form.data.itemId };
	}
};
