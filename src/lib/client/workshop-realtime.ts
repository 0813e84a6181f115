// A workshop page's live link: joins the workshop's room (re-joins after a reconnection and asks the page
// to refresh, since events may have been missed meanwhile).
import { joinRoom, type RoomOptions } from './realtime';
import type { WorkshopJoinAck, WorkshopLiveEvent } from '$lib/schemas/workshops-live';

export function joinWorkshop(workshopId: number, onChange: (event: WorkshopLiveEvent) => void, options: RoomOptions<WorkshopJoinAck> = {}): () => void {
	return joinRoom(
		{
			join: 'workshop:join',
			leave: 'workshop:leave',
			payload: { workshopId },
			listeners: { 'workshop:changed': onChange },
			accept: (event) => event.workshopId === workshopId
		},
		options
	);
}
