// Everything one can do to plans, their tree, indicators and measurements, one use case per action: this list is
// the feature list (and the registry's).
export { createPlan } from './create-plan';
export { adoptPlan, closePlan, deletePlan, startEvaluation } from './plan-status';
export { draftNextPlan } from './draft-next-plan';
export { reviewTarget } from './review-target';
export { addNode } from './add-node';
export { editNode } from './edit-node';
export { dropNode, moveNode } from './move-node';
export { deleteNode } from './delete-node';
export { linkNode, unlinkNode } from './link-node';
export { addIndicator } from './add-indicator';
export { updateIndicator } from './update-indicator';
export { dropIndicator, moveIndicator } from './move-indicator';
export { retireIndicator, validateIndicator } from './indicator-state';
export { addMeasurement, correctMeasurement } from './measurements';
export { importMeasurements } from './import-measurements';
