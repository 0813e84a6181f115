// The council's colleges: added, renamed, weighted, ordered, deleted by the secretariat.
import { collegeAddSchema, collegeUpdateSchema, collegeWeightsSchema, idSchema, moveSchema } from '$lib/schemas/councils';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { addCollege as add, deleteCollege as remove, moveCollege as move, updateCollege as update, updateCollegeWeights } from '../colleges';
import { collegeScope, collegesScope } from './scope';

export const addCollege = defineAction({
	name: 'councils.addCollege',
	input: collegeAddSchema,
	permission: 'council.update',
	run: ({ council, actor }, data) => add(requireCouncilOf(council).id, data, actor.user!.id)
});

export const updateCollege = defineAction({
	name: 'councils.updateCollege',
	input: collegeUpdateSchema,
	permission: 'council.update',
	scope: collegeScope,
	run: ({ scope, actor }, { name, description }) => update(scope.councilId, scope.id, { name, description }, actor.user!.id)
});

export const setCollegeWeights = defineAction({
	name: 'councils.setCollegeWeights',
	input: collegeWeightsSchema,
	permission: 'council.update',
	scope: collegesScope,
	run: ({ council, actor }, weights) => updateCollegeWeights(requireCouncilOf(council).id, weights, actor.user!.id)
});

export const moveCollege = defineAction({
	name: 'councils.moveCollege',
	input: moveSchema,
	permission: 'council.update',
	scope: collegeScope,
	run: ({ scope, actor }, data) => move(scope.councilId, scope.id, data.direction, actor.user!.id)
});

export const deleteCollege = defineAction({
	name: 'councils.deleteCollege',
	input: idSchema,
	permission: 'council.update',
	scope: collegeScope,
	run: ({ scope, actor }) => remove(scope.councilId, scope.id, actor.user!.id)
});
