// Everything one can do to plenary sessions and votes, one declared action each: this list is the feature list
// (and the registry's).
export { createSession } from './create-session';
export { updateSession } from './update-session';
export { changeState } from './change-state';
export { deleteSession } from './delete-session';
export { checkInSelf, checkOutSelf, checkInMember, checkOutMember } from './attendance';
export { addItem, updateItem, removeItem, moveItem, reorderItem } from './agenda-items';
export { setCurrentItem } from './current-item';
export { linkProposal, unlinkProposal } from './proposal-links';
export { addDocument, removeDocument } from './item-documents';
export { saveMinutes, publishMinutes, adoptThemes } from './minutes';
export { setAnnualThemes } from './annual-themes';
export { giveProxy, recordProxy, revokeProxy } from './proxies';
export { createVote, updateVote, deleteVote } from './manage-votes';
export { openVote, closeVote, publishVote } from './run-votes';
export { enterPaper } from './enter-paper';
export { castVote } from './cast-ballot';
