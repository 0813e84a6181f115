// Everything one can do to proposals, one action per file: this list is the feature list (and the registry's).
export { addComment } from './add-comment';
export { editComment } from './edit-comment';
export { hideComment } from './hide-comment';
export { supportProposal, withdrawSupport } from './support';
export { createProposal } from './create';
export { updateDraft } from './update-draft';
export { authorTransition, managerTransition } from './transition';
export { answerProposal, addUpdate } from './answer';
export { proposeAmendment, decideAmendment } from './amendments';
