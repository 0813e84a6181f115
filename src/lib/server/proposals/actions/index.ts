// Everything one can do to proposals, one action per file: this list is the feature list (and the registry's).
export { addComment } from './add-comment';
export { editComment } from './edit-comment';
export { hideComment } from './hide-comment';
export { supportProposal, withdrawSupport } from './support';
