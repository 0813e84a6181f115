// A proposal page's live link: joins the proposal's room (re-joins after a reconnection and asks the page to
// refresh what it shows, since events may have been missed meanwhile).
import { joinRoom, type RoomOptions } from './realtime';
import type { ProposalJoinAck, ProposalListEvent, ProposalLiveEvent } from '$lib/schemas/proposals-live';

export function joinProposal(proposalId: number, onChange: (event: ProposalLiveEvent) => void, options: RoomOptions<ProposalJoinAck> = {}): () => void {
	return joinRoom(
		{
			join: 'proposal:join',
			leave: 'proposal:leave',
			payload: { proposalId },
			listeners: { 'proposal:changed': onChange },
			accept: (event) => event.proposalId === proposalId
		},
		options
	);
}

/** The council's proposals list: each changed row as it now is (see realtime/proposals.ts). */
export function joinProposalList(councilId: number, onRow: (event: ProposalListEvent) => void, options: RoomOptions<ProposalJoinAck> = {}): () => void {
	return joinRoom({ join: 'proposals:join', leave: 'proposals:leave', payload: { councilId }, listeners: { 'proposals:row': onRow } }, options);
}
