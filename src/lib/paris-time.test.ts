import { describe, expect, it } from 'vitest';
import { fromParisInput, parisOffsetMinutes, toParisInput } from './paris-time';

describe('Paris wall-clock time', () => {
	it('reads a winter and a summer time as Paris time', () => {
		expect(fromParisInput('2026-01-15T18:30')?.toISOString()).toBe('2026-01-15T17:30:00.000Z');
		expect(fromParisInput('2026-07-01T09:00')?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
	});
	it('writes the input value back in Paris time', () => {
		expect(toParisInput(new Date('2026-01-15T17:30:00Z'))).toBe('2026-01-15T18:30');
		expect(toParisInput(new Date('2026-07-01T07:00:00Z'))).toBe('2026-07-01T09:00');
	});
	it('knows the offset on both sides of a daylight-saving change', () => {
		expect(parisOffsetMinutes(new Date('2026-03-29T00:30:00Z'))).toBe(60);
		expect(parisOffsetMinutes(new Date('2026-03-29T01:30:00Z'))).toBe(120);
	});
	it('refuses malformed values', () => {
		expect(fromParisInput('15/01/2026 18:30')).toBeNull();
		expect(fromParisInput('')).toBeNull();
	});
});
