import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requireCouncil } from '$lib/server/http/guard';
import { listColleges } from '$lib/server/councils/colleges';
import { addCollege, deleteCollege, moveCollege, setCollegeWeights, updateCollege } from '$lib/server/councils/actions';
import { settingsAction } from '../settings-action';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'council.update');
	return { colleges: listColleges(council.id), weighting: council.weighting };
};

export const actions: Actions = {
	addCollege: settingsAction(addCollege, (_, values) => m.councils_college_added({ name: values.name.trim() })),
	updateCollege: settingsAction(updateCollege),
	weights: settingsAction(setCollegeWeights),
	moveCollege: settingsAction(moveCollege, (r) => m.councils_moved({ name: r.name, position: String(r.position + 1), count: String(r.count) })),
	deleteCollege: settingsAction(deleteCollege, (r) => m.councils_college_deleted({ name: r.name }))
};
