import type { Actions, PageServerLoad } from './$types';
import { listFindings, listInterviews } from '$lib/server/evaluation/evidence';
import { addFinding, addInterview, attachEvidenceDocuments, deleteFinding, publishExcerpt, removeEvidenceDocument, withdrawExcerpt } from '$lib/server/evaluation/actions';
import { listEvidenceFiles } from '$lib/server/evaluation/evidence-files';
import { formAction } from '$lib/server/actions/form';
import { listQuestionnaires } from '$lib/server/evaluation/questionnaires';
import { listIndicators } from '$lib/server/plans/indicators';
import { listNodes } from '$lib/server/plans/tree';
import { campaignContext, planOfUrl, planRights } from '../../../shared.server';

export const load: PageServerLoad = (event) => {
	const ctx = campaignContext(event);
	const rights = planRights(ctx);
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status },
		rights,
		// notes and participants only for those who may read them; everyone else reads the published excerpts
		interviews: listInterviews(ctx.campaign.id, { readPrivate: rights.readPrivate }),
		findings: listFindings(ctx.campaign.id),
		// interviews' documents are internal like their notes; findings' are public like the findings
		documents: listEvidenceFiles(ctx.campaign.id, { readPrivate: rights.readPrivate }),
		nodes: listNodes(ctx.plan.id)
			.filter((n) => n.kind !== 'action')
			.map((n) => ({ id: n.id, title: n.title, kind: n.kind })),
		indicators: rights.evaluate ? listIndicators(ctx.plan.id).map((i) => ({ id: i.id, name: i.name })) : [],
		questionnaires: rights.evaluate ? listQuestionnaires(ctx.campaign.id).map((q) => ({ id: q.id, title: q.title })) : []
	};
};

export const actions: Actions = {
	interview: formAction(addInterview, { input: planOfUrl, done: () => ({ saved: 'interview' }) }),
	finding: formAction(addFinding, { input: planOfUrl, done: () => ({ saved: 'finding' }) }),
	deleteFinding: formAction(deleteFinding, { input: planOfUrl, done: () => ({ saved: 'deleted' }) }),
	publishExcerpt: formAction(publishExcerpt, { input: planOfUrl, done: () => ({ saved: 'excerpt' }) }),
	withdrawExcerpt: formAction(withdrawExcerpt, { input: planOfUrl, done: () => ({ saved: 'withdrawn' }) }),
	attach: formAction(attachEvidenceDocuments, { input: planOfUrl, done: () => ({ saved: 'documents' }) }),
	removeDocument: formAction(removeEvidenceDocument, { input: planOfUrl, done: () => ({ saved: 'removed' }) })
};
