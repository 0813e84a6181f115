// A workshop page's live link: joins the workshop's room (re-joins after a reconnection and asks the page
// to refresh, since events may have been missed meanwhile).
import { getSocket } from './realtime';
import type { WorkshopJoinAck, WorkshopLiveEvent } from '$lib/schemas/workshops-live';

export function joinWorkshop(
	workshopId: number,
	onChange: (event: WorkshopLiveEvent) => void,
	options: { onResync?: () => void; onStatus?: (connected: boolean) => void; onJoined?: (ack: WorkshopJoinAck) => void } = {}
): () => void {
	const s = getSocket();
	let hadConnected = s.connected;
	const join = () => s.emit('workshop:join', { workshopId }, (ack: WorkshopJoinAck) => options.onJoined?.(ack));
	const onConnect = () => {
		options.onStatus?.(true);
		join();
		if (hadConnected) options.onResync?.();
		hadConnected = true;
	};
	const onDisconnect = () => options.onStatus?.(false);
	const onEvent = (event: WorkshopLiveEvent) => {
		if (event.workshopId === workshopId) onChange(event);
	};
	s.on('connect', onConnect);
	s.on('disconnect', onDisconnect);
	s.on('workshop:changed', onEvent);
	if (s.connected) join();
	return () => {
		s.emit('workshop:leave', { workshopId });
		s.off('connect', onConnect);
		s.off('disconnect', onDisconnect);
		s.off('workshop:changed', onEvent);
	};
}
