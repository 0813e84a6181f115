import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { setJoinRequestsOpen, updateCouncilGeneral, updateVotingDefaults } from '$lib/server/councils/settings';
import { listColleges } from '$lib/server/councils/colleges';
import { generalSchema, joinRequestsSettingSchema, votingSchema } from '$lib/schemas/councils';
import { settingsAction } from './settings-action';

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
			supportThreshold: String(council.supportThreshold)
		},
		joinRequestsOpen: council.joinRequestsOpen,
		weights: { count: colleges.length, total: Math.round(colleges.reduce((sum, c) => sum + c.weight, 0) * 100) / 100 }
	};
};

export const actions: Actions = {
	general: (event) =>
		settingsAction(event, generalSchema, ({ councilId, actorId }, data) =>
			updateCouncilGeneral(councilId, { name: data.name, territory: data.territory, description: data.description, isPublic: data.visibility }, actorId)
		),
	voting: (event) => settingsAction(event, votingSchema, ({ councilId, actorId }, data) => updateVotingDefaults(councilId, data, actorId)),
	joinRequests: (event) => settingsAction(event, joinRequestsSettingSchema, ({ councilId, actorId }, data) => setJoinRequestsOpen(councilId, data.joinRequestsOpen, actorId))
};
