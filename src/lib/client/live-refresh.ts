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

/**
 * A refresh that waits `ms` (plus up to `jitter` ms at random, so that hundreds of screens do not reload at the
 * same instant) and runs once for a burst of events. Returns the trigger and a cancel for the page's cleanup.
 */
export function debouncedRefreshAll(ms: number, jitter = 0): { trigger: () => void; cancel: () => void } {
	let timer: ReturnType<typeof setTimeout> | null = null;
	return {
		trigger: () => {
			timer ??= setTimeout(
				() => {
					timer = null;
					refreshAll();
				},
				ms + Math.random() * jitter
			);
		},
		cancel: () => {
			if (timer) clearTimeout(timer);
			timer = null;
		}
	};
}
