import type { Actions, PageServerLoad } from './$types';
import { defaultRoundRules } from '$lib/server/evaluation/approval';
import { listApprovalRounds } from '$lib/server/evaluation/approval-rounds';
import { castApproval, closeRound, openRound, remindRound } from '$lib/server/evaluation/actions';
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
	// posted without confirm=yes (the first step without scripts), the refusal names 'confirm': the page then shows
	// the confirmation step for that round
	close: formAction(closeRound, { input: planOfUrl, done: () => ({ saved: true }) }),
	remind: formAction(remindRound, { input: planOfUrl, done: (d, { values }) => ({ reminded: d.reminded, skipped: d.skipped, roundId: Number(values.roundId) }) })
};
