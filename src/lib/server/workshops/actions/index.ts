// Everything one can do in the thematic workshops, one declared action each (the registry reads this list).
export { createWorkshop, updateWorkshop, joinWorkshop, leaveWorkshop, closeWorkshop, reopenWorkshop } from './workshop';
export { postContribution, toggleVote, commentContribution, createCluster, renameCluster, assignToCluster, retain } from './board';
export { addMeeting, updateMeeting, setAttendance, saveMeetingNotes } from './meetings';
export { createGuestLink, revokeGuest } from './guests';
export { createProposal, answerCoauthorInvite } from './outputs';
export { attachReport, detachReport } from './report';
