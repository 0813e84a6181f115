// The demo evaluation's benchmark of other cities (Lille compared itself with Strasbourg, Lyon, Bordeaux: docs/domain.md,
// 'The evaluation cycle'). Every figure but Bordeaux's comes from the study kept in /work/shared/seed (its line is
// given), quoted as printed there; the study gives no figure for Bordeaux, so its row is illustrative and says so.
// `indicator` is a key of plans-data.ts, else `topic` says what the figure is about.

const STUDY = 'Avise, RTES, France urbaine, « Urban regions, social and solidarity economy & social innovation »';

export type DemoComparison = { city: string; indicator?: string; topic?: string; value: number; unit?: string; year?: number; source: string };

export const DEMO_COMPARISONS: DemoComparison[] = [
	{ city: 'Lyon', indicator: 'insertion_hours', value: 435000, year: 2020, source: `${STUDY} : « more than 435,000 professional integration hours in 2020 » (Métropole de Lyon) [L391]` },
	{
		city: 'Lyon',
		topic: 'Structures spécifiques de l’ESS dans la métropole',
		value: 6500,
		unit: 'structures',
		source: `${STUDY} : « nearly 6,500 SSE specific entities in the Lyon Metropolitan Area » [L381]`
	},
	{
		city: 'Strasbourg',
		indicator: 'plenary_attendance',
		value: 100,
		source: `${STUDY} : « more than a hundred attend each plenary session » (conseil de l’ESS de Strasbourg, plus de 100 personnes) [L3801]`
	},
	{ city: 'Strasbourg', indicator: 'proposals_made', value: 40, source: `${STUDY} : « Approximately forty proposals have been made » (conseil de l’ESS, depuis 2011) [L3793]` },
	{ city: 'Strasbourg', indicator: 'council_cost', value: 20000, source: `${STUDY} : « The SSE Council’s operating costs are quite low (about €20,000 per year) » [L3786]` },
	{ city: 'Strasbourg', topic: 'SCIC dont la collectivité est sociétaire', value: 7, unit: 'SCIC', source: `${STUDY} : « 7 SCICs for Strasbourg Eurométropole » [L1072]` },
	{
		city: 'Bordeaux',
		indicator: 'social_clause_share',
		value: 20,
		year: 2020,
		source: 'Valeur illustrative (données de démonstration) : l’étude ne chiffre pas les clauses sociales de Bordeaux Métropole, dont elle signale le SPASER adopté en 2016 [L1909].'
	}
];
