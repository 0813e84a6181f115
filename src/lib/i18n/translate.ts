// Looks a message up by key, for codes that travel as data (service errors, validation codes).
import * as messages from '$lib/paraglide/messages';
import { formatNumber } from './format';

type MessageFn = (inputs?: Record<string, unknown>) => string;

export function hasMessage(key: string): boolean {
	return typeof (messages as unknown as Record<string, unknown>)[key] === 'function';
}

export function t(key: string, params: Record<string, unknown> = {}): string {
	const fn = (messages as unknown as Record<string, MessageFn | undefined>)[key];
	return typeof fn === 'function' ? fn(params) : key;
}

/**
 * A refusal's message. Measured values and decimals are written the reader's way ("330 000", "12,5" in French);
 * whole numbers such as years, counts and lengths stay as they are ("2026").
 */
export function refusalMessage(code: string, params: Record<string, unknown> = {}): string {
	const formatted: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(params)) formatted[key] = typeof value === 'number' && (key === 'value' || !Number.isInteger(value)) ? formatNumber(value, 6) : String(value);
	return t(code, formatted);
}
