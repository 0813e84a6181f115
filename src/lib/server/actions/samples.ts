// For the generated scope test (registry.test.ts): each action's sample input, built from the objects of one council
// (the demo council). Each domain lists its samples in `<domain>/actions/samples.ts`; they are gathered here. A
// sample names real objects of the council; the test posts it from another council and checks nothing happens.
import type { Samples } from './sample-types';

export { NAMES_NO_OBJECT, type SampleWorld, type Samples } from './sample-types';
import { proposalSamples } from '../proposals/actions/samples';
import { councilSamples } from '../councils/actions/samples';
import { plenarySamples } from '../plenaries/actions/samples';
import { planSamples } from '../plans/actions/samples';
import { evaluationSamples } from '../evaluation/actions/samples';
import { workshopSamples } from '../workshops/actions/samples';

export const SAMPLES: Samples = { ...proposalSamples, ...councilSamples, ...plenarySamples, ...planSamples, ...evaluationSamples, ...workshopSamples };
