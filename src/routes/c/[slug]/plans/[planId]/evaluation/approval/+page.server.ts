import type { Actions, PageServerLoad } from './$types';
import { defaultRoundRules, listApprovalRounds } from '$lib/server/evaluation/approval';
import { castApproval, closeRound, openRound } from '$lib/server/evaluation/actions';
import { formAction } from '$lib/server/actions/form';
import { listIndicators } from '$lib/server/plans/indicators';
import { listColleges } from '$lib/server/councils/colleges';
import { campaignContext, planOfUrl, planRights } from '../../../shared.server';

export const load: PageServerLoad = (event) => {
	const ctx = campaignContext(event);
	const rights = planRights(ctx);
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status },
		rights,
		rounds: listApprovalRounds(ctx.campaign.id, ctx.council.id, ctx.actor.user?.id ?? null),
		proposed: rights.evaluate
			? listIndicators(ctx.plan.id)
					.filter((i) => i.state === 'proposed')
					.map((i) => ({ id: i.id, name: i.name }))
			: [],
		colleges: rights.evaluate ? listColleges(ctx.council.id).map((c) => ({ id: c.id, name: c.name })) : [],
		defaults: defaultRoundRules(ctx.council)
	};
};

export const actions: Actions = {
	open: formAction(openRound, { input: planOfUrl, done: () => ({ saved: true }) }),
	// the page confirms which ballot was recorded (choice and indicator), with or without scripts
	vote: formAction(castApproval, { input: planOfUrl, done: (_data, { values }) => ({ voted: true, choice: String(values.choice), indicatorId: Number(values.indicatorId) }) }),
	close: formAction(closeRound, { input: planOfUrl, done: () => ({ saved: true }) })
};
