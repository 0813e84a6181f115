// For the generated scope test (registry.test.ts): each action's sample input, built from the objects of one council
// (the demo council). Each domain lists its samples in `<domain>/actions/samples.ts`; they are gathered here. A
// sample names real objects of the council; the test posts it from another council and checks nothing happens.
import type { Db } from '../db/client';
import { proposalSamples } from '../proposals/actions/samples';

export type SampleWorld = {
	db: Db;
	councilId: number;
	/** the demo account with that email (the demo logins: admin@, secretariat@, presidence@, membre@, evaluation@) */
	userId: (email: string) => number;
};

export type Samples = Record<string, (w: SampleWorld) => Record<string, unknown>>;

export const SAMPLES: Samples = { ...proposalSamples };
