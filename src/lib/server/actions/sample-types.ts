// The shapes of the sample inputs used by the generated scope test (see samples.ts).
import type { Db } from '../db/client';

export type SampleWorld = {
	db: Db;
	councilId: number;
	/** the demo account with that email (the demo logins: admin@, secretariat@, presidence@, membre@, evaluation@) */
	userId: (email: string) => number;
};

/**
 * A sample per action; `NAMES_NO_OBJECT` for the actions whose input names no object at all (they act on the council
 * of the request itself, e.g. adding a college): there is no other council's id to try on them.
 */
export const NAMES_NO_OBJECT = 'names no object';
export type Samples = Record<string, ((w: SampleWorld) => Record<string, unknown>) | typeof NAMES_NO_OBJECT>;
