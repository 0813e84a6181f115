// Creating a council: the council, its colleges and the default taxonomy, in one transaction.
import { db, type Tx } from '../db/client';
import { councils, colleges, themes } from './tables';
import { DEFAULT_LEVERS, DEFAULT_THEMES } from './taxonomy';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { getCouncilBySlug } from './councils';
import { publish } from '../events/bus';
import { slugify } from '../../slug';

export { slugify };

export type NewCouncil = {
	name: string;
	slug: string;
	territory: string;
	description: string;
	isPublic: boolean;
	weighting: 'none' | 'member' | 'college';
	majority?: string;
	majorityBase?: string;
	quorumKind?: string;
	quorumValue?: number;
	proxyLimit?: number;
	secretMinGroup?: number;
	supportThreshold?: number;
	colleges?: { name: string; description?: string; weight: number }[];
	isDemo?: boolean;
};

/** Weights of a college-weighted council must add up to 100 (to the hundredth). */
export function checkCollegeWeights(weighting: string, weights: number[]): void {
	if (weighting !== 'college') return;
	const total = weights.reduce((a, b) => a + b, 0);
	if (weights.length === 0 || Math.abs(total - 100) > 0.005) throw new DomainError('councils_error_weights_total', 'weights', { total: Math.round(total * 100) / 100 });
}

export function insertCouncil(tx: Tx, input: NewCouncil, actorId: number | null) {
	const council = tx
		.insert(councils)
		.values({
			name: input.name,
			slug: input.slug,
			territory: input.territory,
			description: input.description,
			isPublic: input.isPublic,
			weighting: input.weighting,
			majority: input.majority ?? 'simple',
			majorityBase: input.majorityBase ?? 'cast',
			quorumKind: input.quorumKind ?? 'none',
			quorumValue: input.quorumValue ?? 0,
			proxyLimit: input.proxyLimit ?? 1,
			secretMinGroup: input.secretMinGroup ?? 5,
			supportThreshold: input.supportThreshold ?? 0,
			isDemo: input.isDemo ?? false
		})
		.returning()
		.get();
	(input.colleges ?? []).forEach((c, position) =>
		tx
			.insert(colleges)
			.values({ councilId: council.id, name: c.name, description: c.description ?? '', weight: c.weight, position })
			.run()
	);
	DEFAULT_THEMES.forEach((name, position) => tx.insert(themes).values({ councilId: council.id, kind: 'theme', name, position }).run());
	DEFAULT_LEVERS.forEach((name, position) => tx.insert(themes).values({ councilId: council.id, kind: 'lever', name, position }).run());
	recordAudit(tx, {
		councilId: council.id,
		actorId,
		action: 'council.create',
		entityType: 'council',
		entityId: council.id,
		details: { name: input.name, slug: input.slug, colleges: (input.colleges ?? []).length }
	});
	return council;
}

/** SQLite's answer when a unique index refuses a row (two admins racing for the same slug). */
export function isUniqueViolation(e: unknown): boolean {
	return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** College names must be distinct within a council (compared without case). */
export function checkCollegeNames(names: string[]): void {
	const seen = new Set<string>();
	for (const name of names) {
		const key = name.trim().toLocaleLowerCase('fr');
		if (seen.has(key)) throw new DomainError('councils_error_college_name_taken', 'colleges', { name });
		seen.add(key);
	}
}

export function createCouncil(input: NewCouncil, actorId: number) {
	checkCollegeWeights(
		input.weighting,
		(input.colleges ?? []).map((c) => c.weight)
	);
	checkCollegeNames((input.colleges ?? []).map((c) => c.name));
	if (getCouncilBySlug(input.slug)) throw new DomainError('councils_error_slug_taken', 'slug');
	let council;
	try {
		council = db().transaction((tx) => insertCouncil(tx, input, actorId));
	} catch (e) {
		if (isUniqueViolation(e) && getCouncilBySlug(input.slug)) throw new DomainError('councils_error_slug_taken', 'slug');
		throw e;
	}
	publish({ type: 'council.changed', councilId: council.id });
	return council;
}
