// Helpers shared by service tests.
import { DomainError } from './errors';

/** Runs fn and tells which DomainError it threw, as "code@field"; "no error" when it threw none. */
export function refusal(fn: () => unknown): string {
	try {
		fn();
	} catch (e) {
		if (e instanceof DomainError) return `${e.code}@${e.field}`;
		throw e;
	}
	return 'no error';
}

/** Runs fn and returns the DomainError it threw; fails the test when it threw none. */
export function catchError(run: () => unknown): DomainError {
	try {
		run();
	} catch (e) {
		if (e instanceof DomainError) return e;
		throw e;
	}
	throw new Error('expected a DomainError');
}

/** Runs fn and tells the code of the DomainError it threw; "ok" when it threw none. */
export function refusalCode(fn: () => unknown): string {
	try {
		fn();
		return 'ok';
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
}
