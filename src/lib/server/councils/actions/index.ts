// Everything one can do to a council's settings, colleges, themes, members and requests to join, one action per file.
export { updateGeneral, updateVoting, setJoinRequests } from './settings';
export { addCollege, updateCollege, setCollegeWeights, moveCollege, deleteCollege } from './colleges';
export { addTheme, renameTheme, archiveTheme, moveTheme } from './themes';
export { updateMember, reinviteMember, deactivateMember, reactivateMember, inviteMember, revokeMemberInvitation, importMembers } from './members';
export { createCouncil } from './create-council';
export { requestJoin } from './request-join';
export { confirmJoinRequest } from './confirm-join-request';
export { acceptJoinRequest, declineJoinRequest } from './decide-join-request';
