import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { setJoinRequests, updateGeneral, updateVoting } from '$lib/server/councils/actions';
import { listColleges } from '$lib/server/councils/colleges';
import { settingsAction } from './settings-action';
import { setDefaultTime } from '$lib/server/plenaries/actions';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'council.update');
	const colleges = listColleges(council.id);
	return {
		values: {
			name: council.name,
			territory: council.territory,
			description: council.description,
			visibility: council.isPublic ? 'public' : 'private',
			weighting: council.weighting,
			majority: council.majority,
			majorityBase: council.majorityBase,
			quorumKind: council.quorumKind,
			quorumValue: String(council.quorumValue),
			proxyLimit: String(council.proxyLimit),
			secretMinGroup: String(council.secretMinGroup),
			supportThreshold: String(council.supportThreshold),
			speakingSeconds: String(council.speakingSeconds)
		},
		joinRequestsOpen: council.joinRequestsOpen,
		weights: { count: colleges.length, total: Math.round(colleges.reduce((sum, c) => sum + c.weight, 0) * 100) / 100 }
	};
};

export const actions: Actions = {
	general: settingsAction(updateGeneral),
	voting: settingsAction(updateVoting),
	joinRequests: settingsAction(setJoinRequests),
	speaking: settingsAction(setDefaultTime)
};
