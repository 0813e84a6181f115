// Everything one can do in a plan's evaluation, one use case per action: this list is the feature list (and the
// registry's).
export { createCampaign, setCommittee, updateCampaign, updateStage } from './campaign';
export { closeQuestionnaire, createQuestionnaire, openQuestionnaire, remindQuestionnaire } from './questionnaire';
export { addQuestion, editQuestion, moveQuestion, removeQuestion } from './questions';
export { respondQuestionnaire } from './respond';
export { castApproval, closeRound, openRound, remindRound } from './approval';
export { addFinding, addInterview, deleteFinding } from './evidence';
export { publishExcerpt, withdrawExcerpt } from './excerpt';
export { addRecommendation, deleteRecommendation, updateRecommendation } from './recommendations';
export { addComparison, deleteComparison, updateComparison } from './comparisons';
export { attachEvidenceDocuments, removeEvidenceDocument } from './evidence-files';
