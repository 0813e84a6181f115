// Listens to one event of a session's room without joining or leaving it: the session layout holds the room
// membership for every tab (joinPlenary), so a tab that only listens never takes the others out of the room.
import { getSocket } from '$lib/client/realtime';

export function onSessionEvent<T extends { sessionId?: number }>(sessionId: number, event: string, handler: (payload: T) => void): () => void {
	const s = getSocket();
	const listener = (payload: T) => {
		if (payload?.sessionId === sessionId) handler(payload);
	};
	s.on(event, listener);
	return () => {
		s.off(event, listener);
	};
}
