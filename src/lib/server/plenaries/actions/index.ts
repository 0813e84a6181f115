// Everything one can do to plenaries and votes, one declared action each: this list is the feature list
// (and the registry's).
export { createPlenary } from './create-plenary';
export { updatePlenary } from './update-plenary';
export { changeState } from './change-state';
export { deletePlenary } from './delete-plenary';
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
export { askToSpeak } from './ask-to-speak';
export { withdrawSpeech } from './withdraw-speech';
export { addSpeaker } from './add-speaker';
export { removeSpeaker } from './remove-speaker';
export { moveSpeaker } from './move-speaker';
export { startSpeaker } from './start-speaker';
export { stopSpeaker } from './stop-speaker';
export { closeSpeakers } from './close-speakers';
export { setItemTime } from './item-speaking-time';
export { setDefaultTime } from './default-speaking-time';
