// A proposal page's live link: joins the proposal's room (re-joins after a reconnection and asks the page to
// refresh what it shows, since events may have been missed meanwhile).
import { getSocket } from './realtime';
import type { ProposalJoinAck, ProposalLiveEvent } from '$lib/schemas/proposals-live';

export function joinProposal(
	proposalId: number,
	onChange: (event: ProposalLiveEvent) => void,
	options: { onResync?: () => void; onStatus?: (connected: boolean) => void; onJoined?: (ack: ProposalJoinAck) => void } = {}
): () => void {
	const s = getSocket();
	let hadConnected = s.connected;
	const join = () => s.emit('proposal:join', { proposalId }, (ack: ProposalJoinAck) => options.onJoined?.(ack));
	const onConnect = () => {
		options.onStatus?.(true);
		join();
		if (hadConnected) options.onResync?.();
		hadConnected = true;
	};
	const onDisconnect = () => options.onStatus?.(false);
	const onEvent = (event: ProposalLiveEvent) => {
		if (event.proposalId === proposalId) onChange(event);
	};
	s.on('connect', onConnect);
	s.on('disconnect', onDisconnect);
	s.on('proposal:changed', onEvent);
	if (s.connected) join();
	return () => {
		s.emit('proposal:leave', { proposalId });
		s.off('connect', onConnect);
		s.off('disconnect', onDisconnect);
		s.off('proposal:changed', onEvent);
	};
}
