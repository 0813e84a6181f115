// Everything one can do to a council's membership through the action runner, one action per file.
export { requestJoin } from './request-join';
export { confirmJoinRequest } from './confirm-join-request';
export { acceptJoinRequest, declineJoinRequest } from './decide-join-request';
