// Looks a message up by key, for codes that travel as data (service errors, validation codes).
import * as messages from '$lib/paraglide/messages';

type MessageFn = (inputs?: Record<string, unknown>) => string;

export function hasMessage(key: string): boolean {
	return typeof (messages as unknown as Record<string, unknown>)[key] === 'function';
}

export function t(key: string, params: Record<string, unknown> = {}): string {
	const fn = (messages as unknown as Record<string, MessageFn | undefined>)[key];
	return typeof fn === 'function' ? fn(params) : key;
}
