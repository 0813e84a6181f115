// The live state version of each plenary session: bumped once per room event that changes what the screens show,
// sent with that event and in the page data. A page that reconnects compares the version it holds with the room's
// (the join acknowledgement): when they differ it missed events and catches up once. The process's start instant
// prefixes it, so a restart never makes an old version look current. Held on globalThis: the socket server and the
// SvelteKit handler may load this module twice.
const holder = globalThis as unknown as { __coconPlenaryVersions?: { epoch: string; bySession: Map<number, number> } };
const state = (holder.__coconPlenaryVersions ??= { epoch: Date.now().toString(36), bySession: new Map() });

export function liveVersion(sessionId: number): string {
	return `${state.epoch}.${state.bySession.get(sessionId) ?? 0}`;
}

export function bumpVersion(sessionId: number): string {
	state.bySession.set(sessionId, (state.bySession.get(sessionId) ?? 0) + 1);
	return liveVersion(sessionId);
}
