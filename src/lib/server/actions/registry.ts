// Every declared action of Cocon, by name. Each domain lists its actions in `<domain>/actions/index.ts`; adding a
// domain here is the only other step. The JSON API (api.ts) and the generated permission test read this registry.
import type { AnyAction } from './define';
import * as proposals from '../proposals/actions';
import * as councils from '../councils/actions';
import * as notifications from '../notifications/actions';
import * as account from '../auth/actions';
import * as plenaries from '../plenaries/actions';
import * as plans from '../plans/actions';
import * as evaluation from '../evaluation/actions';
import * as workshops from '../workshops/actions';

const domains: Record<string, AnyAction>[] = [{ ...proposals }, { ...councils }, { ...notifications }, { ...account }, { ...plenaries }, { ...plans }, { ...evaluation }, { ...workshops }];

export const ACTION_LIST: readonly AnyAction[] = domains.flatMap((d) => Object.values(d));

export const REGISTRY: ReadonlyMap<string, AnyAction> = new Map(ACTION_LIST.map((a) => [a.name, a]));

if (REGISTRY.size !== ACTION_LIST.length) {
	const seen = new Set<string>();
	const twice = ACTION_LIST.filter((a) => seen.has(a.name) || !seen.add(a.name)).map((a) => a.name);
	throw new Error(`action names declared twice: ${twice.join(', ')}`);
}
