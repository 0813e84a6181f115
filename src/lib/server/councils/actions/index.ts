// Everything one can do to a council's settings, colleges, themes and members, one action per file.
export { updateGeneral, updateVoting } from './settings';
export { addCollege, updateCollege, setCollegeWeights, moveCollege, deleteCollege } from './colleges';
export { addTheme, renameTheme, archiveTheme, moveTheme } from './themes';
export { updateMember, reinviteMember, deactivateMember, reactivateMember, inviteMember, revokeMemberInvitation, importMembers } from './members';
export { createCouncil } from './create-council';
