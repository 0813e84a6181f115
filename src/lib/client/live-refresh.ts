// Refreshing a live page's data on a socket event. An invalidation started while the visitor is navigating away
// would cancel that navigation (SvelteKit reruns the current page's loads), so none is started then: the page
// being opened loads fresh data anyway.
import { invalidate, invalidateAll } from '$app/navigation';
import { navigating } from '$app/state';

export function refreshAll(): void {
	if (navigating.to) return;
	void invalidateAll();
}

export function refresh(dependency: string): void {
	if (navigating.to) return;
	void invalidate(dependency);
}
