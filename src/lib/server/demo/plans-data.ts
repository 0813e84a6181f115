// The demo plan "PLDESS 2016-2020" (docs/domain.md, 'The evaluation cycle', 'Indicators', 'The demo council'): four principles, objectives, indicators built on
// the study's figures, and yearly values 2016-2020. Values are invented but consistent with the study
// (integration hours towards 300,000 h/yr [L1982], social clauses towards 25 % [L1984], social considerations
// 10 % → 30 % by 2025 [L1749], >100 people per plenary [L3801], ~40 proposals [L3793], ~€20,000/yr [L3786],
// SSE share of employment 10.5 % [L499], SSE entities near priority neighbourhoods 13.7 % [L4663], seed fund
// 14 projects/yr [L685]). 2020 shows the Covid dip in events and attendance.

export type DemoIndicator = {
	key: string;
	name: string;
	definition: string;
	unit: string;
	direction: 'higher' | 'lower';
	baseline: number;
	target: number;
	/** target date; 31 Dec 2020 unless given */
	targetDate?: string;
	source: string;
	weight?: number;
	/** validated at the June 2016 plenary unless false */
	validated?: boolean;
	/** values for 2016..2020 (null = not measured that year) */
	values: (number | null)[];
	/** comments for some years */
	comments?: Record<number, string>;
	/** a value first entered then corrected: [year, first value, comment of the correction] */
	correction?: [number, number, string];
};

export type DemoNode = {
	key: string;
	kind: 'principle' | 'strategic_objective' | 'operational_objective' | 'action';
	title: string;
	description?: string;
	weight?: number;
	indicators?: DemoIndicator[];
	children?: DemoNode[];
};

export const DEMO_PLAN = {
	title: 'PLDESS 2016-2020',
	description:
		'Plan local de développement de l’économie sociale et solidaire 2016-2020. Quatre principes prioritaires, déclinés en objectifs stratégiques et opérationnels, suivis par des indicateurs validés avec les acteurs. Évaluation en cours avec les parties prenantes, en vue du plan 2021-2026. Données de démonstration.',
	startYear: 2016,
	endYear: 2020
};

export const DEMO_TREE: DemoNode[] = [
	{
		key: 'innovation',
		kind: 'principle',
		title: 'Encourager l’expérimentation et l’innovation socio-économique',
		children: [
			{
				key: 'seed',
				kind: 'strategic_objective',
				title: 'Soutenir l’amorçage de projets socialement innovants',
				children: [
					{
						key: 'seed_fund',
						kind: 'operational_objective',
						title: 'Financer chaque année des projets innovants par un fonds d’amorçage',
						indicators: [
							{
								key: 'seed_projects',
								name: 'Projets financés par le fonds d’amorçage',
								definition: 'Nombre de projets ayant reçu une aide du fonds d’amorçage dans l’année.',
								unit: 'projets/an',
								direction: 'higher',
								baseline: 8,
								target: 14,
								source: 'Service ESS — comité du fonds d’amorçage',
								values: [9, 11, 12, 14, 13]
							}
						],
						children: [{ key: 'call_for_projects', kind: 'action', title: 'Appel à projets annuel « Innovation sociale »' }]
					}
				]
			},
			{
				key: 'cooperation',
				kind: 'strategic_objective',
				title: 'Favoriser les coopérations économiques territoriales (PTCE, tiers-lieux)',
				children: [{ key: 'ptce', kind: 'action', title: 'Accompagner la création d’un pôle territorial de coopération économique' }]
			}
		]
	},
	{
		key: 'support',
		kind: 'principle',
		title: 'Accompagner l’émergence et la consolidation des projets d’économie solidaire locaux',
		children: [
			{
				key: 'employment',
				kind: 'strategic_objective',
				title: 'Développer l’emploi dans l’économie sociale et solidaire',
				indicators: [
					{
						key: 'sse_employment_share',
						name: 'Part de l’ESS dans l’emploi salarié',
						definition: 'Emplois salariés des structures de l’ESS rapportés à l’emploi salarié total du territoire, au 31 décembre.',
						unit: '%',
						direction: 'higher',
						baseline: 10.5,
						target: 11.5,
						source: 'Observatoire régional de l’ESS (CRESS)',
						values: [10.6, 10.7, 10.9, 11, 10.8]
					}
				],
				children: [
					{
						key: 'qpv',
						kind: 'operational_objective',
						title: 'Ancrer l’ESS dans les quartiers prioritaires de la politique de la ville',
						indicators: [
							{
								key: 'qpv_jobs',
								name: 'Emplois salariés de l’ESS en quartiers prioritaires',
								definition: 'Emplois salariés des établissements de l’ESS situés dans un quartier prioritaire (QPV), au 31 décembre.',
								unit: 'emplois',
								direction: 'higher',
								baseline: 4100,
								target: 4800,
								source: 'CRESS — exploitation des données Insee',
								values: [4180, 4260, 4390, 4510, 4470]
							},
							{
								key: 'qpv_entities_share',
								name: 'Part des structures de l’ESS dans ou près d’un QPV',
								definition: 'Établissements de l’ESS situés dans un QPV ou à moins de 300 m, rapportés à l’ensemble des établissements de l’ESS.',
								unit: '%',
								direction: 'higher',
								baseline: 13.7,
								target: 16,
								source: 'CRESS — exploitation des données Insee',
								values: [13.9, 14.3, 14.8, 15.1, 15.3]
							}
						],
						children: [{ key: 'qpv_desks', kind: 'action', title: 'Permanences d’accompagnement à la création dans les quartiers prioritaires' }]
					}
				]
			}
		]
	},
	{
		key: 'policies',
		kind: 'principle',
		title: 'Renforcer l’ESS dans l’ensemble des politiques municipales',
		children: [
			{
				key: 'procurement',
				kind: 'strategic_objective',
				title: 'Faire de la commande publique un levier pour l’ESS',
				weight: 2,
				children: [
					{
						key: 'social_clauses',
						kind: 'operational_objective',
						title: 'Développer les clauses sociales et les considérations sociales dans les marchés',
						indicators: [
							{
								key: 'insertion_hours',
								name: 'Heures d’insertion réalisées dans les marchés publics',
								definition: 'Heures de travail réalisées par des personnes en parcours d’insertion au titre des clauses sociales des marchés publics, dans l’année.',
								unit: 'heures/an',
								direction: 'higher',
								baseline: 180000,
								target: 300000,
								targetDate: '2021-12-31',
								source: 'Facilitateur des clauses sociales (PLIE)',
								weight: 2,
								values: [195000, 214000, 238000, 262000, 241000],
								comments: { 2020: 'Chantiers suspendus pendant le premier confinement.' },
								correction: [2019, 255000, 'Chiffre consolidé du PLIE (bilan annuel).']
							},
							{
								key: 'social_clause_share',
								name: 'Part des marchés publics comportant une clause sociale',
								definition: 'Marchés notifiés dans l’année comportant une clause sociale d’insertion, rapportés à l’ensemble des marchés notifiés.',
								unit: '%',
								direction: 'higher',
								baseline: 12,
								target: 25,
								source: 'Direction de la commande publique',
								values: [13.5, 15, 17.5, 19, 20]
							},
							{
								key: 'social_consideration_share',
								name: 'Part des marchés intégrant une considération sociale',
								definition: 'Marchés notifiés dans l’année comportant au moins une considération sociale (clause, critère ou marché réservé), au sens du plan national pour des achats durables.',
								unit: '%',
								direction: 'higher',
								baseline: 10,
								target: 30,
								targetDate: '2025-12-31',
								source: 'Direction de la commande publique',
								values: [11, 13, 16, 18, 21]
							}
						],
						children: [{ key: 'spaser', kind: 'action', title: 'Adopter et mettre en œuvre le schéma de promotion des achats socialement et écologiquement responsables (SPASER)' }]
					}
				]
			},
			{
				key: 'training',
				kind: 'strategic_objective',
				title: 'Former les élus et les agents à l’ESS',
				indicators: [
					{
						key: 'trained_people',
						name: 'Élus et agents formés à l’ESS (cumul)',
						definition: 'Nombre cumulé depuis 2016 d’élus et d’agents ayant suivi une formation à l’ESS d’au moins une demi-journée.',
						unit: 'personnes',
						direction: 'higher',
						baseline: 0,
						target: 250,
						source: 'Direction des ressources humaines',
						values: [40, 85, 130, 170, 190]
					}
				]
			}
		]
	},
	{
		key: 'awareness',
		kind: 'principle',
		title: 'Promouvoir le territoire et sensibiliser à l’ESS',
		children: [
			{
				key: 'co_construction',
				kind: 'strategic_objective',
				title: 'Faire vivre la co-construction avec les acteurs de l’ESS',
				indicators: [
					{
						key: 'plenary_attendance',
						name: 'Participants aux séances plénières du conseil',
						definition: 'Nombre moyen de personnes présentes aux séances plénières de l’année (feuilles d’émargement).',
						unit: 'personnes',
						direction: 'higher',
						baseline: 60,
						target: 100,
						source: 'Secrétariat du conseil',
						values: [72, 85, 96, 104, 58],
						comments: { 2020: 'Séance unique, tenue en visioconférence.' }
					},
					{
						key: 'proposals_made',
						name: 'Propositions formulées par le conseil (cumul depuis 2011)',
						definition: 'Nombre cumulé de propositions adoptées en plénière et transmises aux exécutifs depuis la création du conseil.',
						unit: 'propositions',
						direction: 'higher',
						baseline: 18,
						target: 40,
						source: 'Secrétariat du conseil',
						values: [22, 27, 31, 36, 39]
					},
					{
						key: 'council_cost',
						name: 'Coût annuel d’animation du conseil',
						definition: 'Dépenses annuelles d’animation du conseil (salles, prestations, communication), hors temps des agents.',
						unit: '€',
						direction: 'lower',
						baseline: 26000,
						target: 20000,
						source: 'Service ESS — budget',
						values: [25000, 23500, 22000, 21000, 19500]
					}
				]
			},
			{
				key: 'public',
				kind: 'strategic_objective',
				title: 'Sensibiliser les habitants à l’économie sociale et solidaire',
				indicators: [
					{
						key: 'month_participants',
						name: 'Participants aux événements du Mois de l’ESS',
						definition: 'Participants comptés aux événements du Mois de l’ESS organisés ou soutenus par la collectivité.',
						unit: 'personnes',
						direction: 'higher',
						baseline: 1200,
						target: 2500,
						source: 'CRESS — bilan du Mois de l’ESS',
						values: [1350, 1600, 1900, 2300, 900],
						comments: { 2020: 'Événements annulés ou réduits (crise sanitaire).' }
					},
					{
						key: 'awareness_survey',
						name: 'Habitants déclarant connaître l’ESS',
						definition: 'Part des habitants interrogés qui savent citer au moins une structure de l’ESS (enquête biennale).',
						unit: '%',
						direction: 'higher',
						baseline: 28,
						target: 40,
						source: 'Enquête habitants (à lancer)',
						validated: false,
						values: [null, null, null, null, null]
					}
				]
			}
		]
	}
];
