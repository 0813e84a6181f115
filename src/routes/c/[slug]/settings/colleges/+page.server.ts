import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requireCouncil } from '$lib/server/http/guard';
import { addCollege, deleteCollege, listColleges, moveCollege, updateCollege, updateCollegeWeights } from '$lib/server/councils/colleges';
import { collegeAddSchema, collegeUpdateSchema, collegeWeightsSchema, idSchema, moveSchema } from '$lib/schemas/councils';
import { settingsAction } from '../settings-action';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'council.update');
	return { colleges: listColleges(council.id), weighting: council.weighting };
};

export const actions: Actions = {
	addCollege: (event) =>
		settingsAction(
			event,
			collegeAddSchema,
			({ councilId, actorId }, data) => addCollege(councilId, data, actorId),
			(_, data) => m.councils_college_added({ name: data.name })
		),
	updateCollege: (event) =>
		settingsAction(event, collegeUpdateSchema, ({ councilId, actorId }, { id, ...input }) => updateCollege(councilId, id, input, actorId)),
	weights: (event) => settingsAction(event, collegeWeightsSchema, ({ councilId, actorId }, weights) => updateCollegeWeights(councilId, weights, actorId)),
	moveCollege: (event) =>
		settingsAction(
			event,
			moveSchema,
			({ councilId, actorId }, data) => moveCollege(councilId, data.id, data.direction, actorId),
			(r) => m.councils_moved({ name: r.name, position: String(r.position + 1), count: String(r.count) })
		),
	deleteCollege: (event) =>
		settingsAction(
			event,
			idSchema,
			({ councilId, actorId }, data) => deleteCollege(councilId, data.id, actorId),
			(r) => m.councils_college_deleted({ name: r.name })
		)
};
