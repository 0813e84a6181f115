// The live state version of each plenary: bumped once per room event that changes what the screens show,
// sent with that event and in the page data. A page that reconnects compares the version it holds with the room's
// (the join acknowledgement): when they differ it missed events and catches up once. The process's start instant
// prefixes it, so a restart never makes an old version look current. Held on globalThis: the socket server and the
// SvelteKit handler may load this module twice.
const holder = globalThis as unknown as { __coconPlenaryVersions?: { epoch: string; byPlenary: Map<number, number> } };
const state = (holder.__coconPlenaryVersions ??= { epoch: Date.now().toString(36), byPlenary: new Map() });

export function liveVersion(plenaryId: number): string {
	return `${state.epoch}.${state.byPlenary.get(plenaryId) ?? 0}`;
}

export function bumpVersion(plenaryId: number): string {
	state.byPlenary.set(plenaryId, (state.byPlenary.get(plenaryId) ?? 0) + 1);
	return liveVersion(plenaryId);
}
