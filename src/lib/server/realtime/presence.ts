// Who is online in each council: in-memory, per socket, so several tabs count once.
import type { PresenceEntry } from '../../schemas/realtime';

const byCouncil = new Map<number, Map<string, PresenceEntry>>();

export function addPresence(councilId: number, socketId: string, entry: PresenceEntry): void {
	let sockets = byCouncil.get(councilId);
	if (!sockets) byCouncil.set(councilId, (sockets = new Map()));
	sockets.set(socketId, entry);
}

/** Removes a socket everywhere (or from one council); returns the councils whose list changed. */
export function removePresence(socketId: string, councilId?: number): number[] {
	const changed: number[] = [];
	for (const [id, sockets] of byCouncil) {
		if (councilId !== undefined && id !== councilId) continue;
		if (sockets.delete(socketId)) changed.push(id);
		if (!sockets.size) byCouncil.delete(id);
	}
	return changed;
}

export function presenceList(councilId: number): PresenceEntry[] {
	const unique = new Map<number, PresenceEntry>();
	for (const entry of byCouncil.get(councilId)?.values() ?? []) unique.set(entry.userId, entry);
	return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
