// The four 2026 thematic workshops of the demo (docs/domain.md, 'The demo council'), on the 2026 annual themes voted at the
// plenary of March 2026. Facilitators and participants are demo members; `m` indexes generatedMembers().

export type DemoContribution = { kind: 'need' | 'idea' | 'resource' | 'obstacle'; body: string; by: number; votes: number; meeting?: number; comment?: [number, string] };
export type DemoCluster = { name: string; retained: boolean; items: number[] };
export type DemoWorkshop = {
	title: string;
	theme: string;
	mandate: string;
	facilitators: string[];
	participants: number[];
	meetings: { title: string; startsAt: string; minutes: number; place: string; onlineUrl?: string; agenda: string; notes?: string; present?: number[] }[];
	contributions: DemoContribution[];
	clusters: DemoCluster[];
	retained?: number[];
	conclusions?: string;
	proposal?: { cluster: number; meeting: number; title: string; summary: string; body: string; accept: number[]; decline: number[] };
};

const MAISON = 'Maison de l’ESS, 1 place de l’Étoile, Strasbourg';

export const DEMO_WORKSHOPS: DemoWorkshop[] = [
	{
		title: 'Achats responsables : inclusion, handicap, ESS et IAE, achats verts',
		theme: 'Commande publique responsable (SPASER, clauses sociales)',
		mandate:
			'Préparer la révision du **SPASER** de l’Eurométropole en quatre volets, comme l’a fait Lille avec ses quatre ateliers :\n\n- inclusion et clauses sociales d’insertion ;\n- handicap (ESAT, entreprises adaptées) ;\n- ESS et structures d’insertion par l’activité économique (IAE) ;\n- achats verts.\n\nL’atelier remet ses propositions à la plénière de printemps 2027.',
		facilitators: ['membre@demo.cocon.fr', 'secretariat@demo.cocon.fr'],
		participants: [0, 1, 2, 3, 4, 60, 61, 74, 75],
		meetings: [
			{
				title: 'Diagnostic des achats de l’Eurométropole',
				startsAt: '2026-04-23T17:30',
				minutes: 120,
				place: MAISON,
				agenda: '1. Chiffres clés des achats 2025\n2. Tour de table des freins rencontrés\n3. Méthode de travail',
				notes:
					'## Chiffres clés\n\n- 412 M€ d’achats en 2025, dont 6 % avec une clause sociale.\n- 38 000 heures d’insertion réalisées.\n\n## Freins cités\n\n- Lots trop larges pour les structures de l’ESS.\n- Délais de paiement.\n\n## Suite\n\nChaque volet prépare ses contributions sur le tableau.',
				present: [0, 1, 2, 3, 60, 74]
			},
			{
				title: 'Clauses sociales et handicap',
				startsAt: '2026-06-18T17:30',
				minutes: 120,
				place: MAISON,
				onlineUrl: 'https://visio.strasbourg.eu/atelier-achats',
				agenda: '1. Retours du facilitateur de clauses\n2. ESAT et entreprises adaptées\n3. Regroupement des contributions',
				notes: '## Clauses sociales\n\nLe facilitateur propose un guide commun aux acheteurs.\n\n## Handicap\n\nRéserver des lots aux ESAT et EA (article L2113-12).',
				present: [0, 1, 3, 4, 61, 75]
			},
			{
				title: 'Achats verts et restitution',
				startsAt: '2027-01-21T17:30',
				minutes: 120,
				place: MAISON,
				agenda: '1. Achats verts et réemploi\n2. Relecture de la proposition\n3. Préparation de la plénière'
			}
		],
		contributions: [
			{
				kind: 'obstacle',
				body: 'Les lots sont trop larges : les SIAE ne peuvent pas répondre seules.',
				by: 0,
				votes: 7,
				meeting: 0,
				comment: [60, 'Allotir davantage ou autoriser les groupements momentanés.']
			},
			{ kind: 'idea', body: 'Généraliser une clause sociale d’insertion dans tous les marchés de travaux et de propreté de plus de 200 000 €.', by: 1, votes: 9, meeting: 1 },
			{ kind: 'resource', body: 'Le facilitateur de clauses de la Maison de l’emploi peut accompagner chaque acheteur.', by: 2, votes: 5, meeting: 1 },
			{ kind: 'need', body: 'Former les acheteurs publics aux marchés réservés (ESAT, entreprises adaptées).', by: 3, votes: 6, meeting: 1 },
			{
				kind: 'idea',
				body: 'Réserver des lots d’entretien des espaces verts aux ESAT et entreprises adaptées.',
				by: 4,
				votes: 4,
				meeting: 1,
				comment: [61, 'Déjà fait à Lille pour la propreté urbaine.']
			},
			{ kind: 'obstacle', body: 'Les délais de paiement fragilisent la trésorerie des petites structures.', by: 60, votes: 6, meeting: 0 },
			{ kind: 'idea', body: 'Un critère « réemploi » dans les achats de mobilier et d’informatique.', by: 74, votes: 3 },
			{ kind: 'need', body: 'Suivre chaque année les heures d’insertion et les achats auprès de l’ESS.', by: 75, votes: 5 }
		],
		clusters: [
			{ name: 'Clauses sociales et insertion (IAE)', retained: true, items: [0, 1, 2, 7] },
			{ name: 'Handicap : marchés réservés', retained: true, items: [3, 4] },
			{ name: 'Achats verts', retained: false, items: [6] }
		],
		retained: [5],
		proposal: {
			cluster: 0,
			meeting: 1,
			title: 'Généraliser les clauses sociales d’insertion dans les marchés de l’Eurométropole',
			summary: 'Une clause sociale d’insertion dans tous les marchés de travaux et de propreté de plus de 200 000 €, avec un facilitateur de clauses et un suivi annuel public.',
			body: '## Constat\n\nSeuls 6 % des achats de l’Eurométropole comportent une clause sociale (diagnostic de l’atelier, avril 2026).\n\n## Proposition\n\n1. Clause sociale d’insertion obligatoire dans les marchés de travaux et de propreté de plus de 200 000 €.\n2. Allotissement permettant aux SIAE de répondre.\n3. Accompagnement des acheteurs par le facilitateur de clauses.\n4. Bilan annuel public des heures d’insertion.',
			accept: [1, 2],
			decline: [75]
		}
	},
	{
		title: 'Quartiers prioritaires et initiatives d’habitants',
		theme: 'Quartiers prioritaires (QPV)',
		mandate: 'Identifier comment l’ESS peut mieux se développer **dans les quartiers prioritaires** (QPV) et soutenir les initiatives portées par les habitants.',
		facilitators: ['presidence@demo.cocon.fr'],
		participants: [5, 6, 7, 8, 62, 76],
		meetings: [
			{
				title: 'Rencontre au Neuhof',
				startsAt: '2026-05-12T18:00',
				minutes: 120,
				place: 'Centre socioculturel du Neuhof, Strasbourg',
				agenda: 'Porteurs de projets des quartiers : besoins et freins',
				notes: '- 14 porteurs de projets présents.\n- Besoin de locaux à loyer modéré.\n- Demande d’un fonds d’amorçage pour les initiatives habitantes.',
				present: [5, 6, 7, 62]
			},
			{ title: 'Locaux et financement', startsAt: '2027-01-14T18:00', minutes: 90, place: 'Tiers-lieu de Hautepierre, Strasbourg', agenda: 'Locaux vacants des bailleurs sociaux ; fonds d’amorçage' }
		],
		contributions: [
			{ kind: 'need', body: 'Des locaux à loyer modéré en pied d’immeuble pour les associations de quartier.', by: 5, votes: 6, meeting: 0 },
			{ kind: 'idea', body: 'Un fonds d’amorçage de 2 000 € pour les initiatives habitantes, décidé par un jury d’habitants.', by: 6, votes: 5, meeting: 0 },
			{ kind: 'resource', body: 'Les bailleurs sociaux ont 40 locaux vacants en QPV.', by: 62, votes: 4 },
			{ kind: 'obstacle', body: 'Les appels à projets sont trop complexes pour les collectifs d’habitants.', by: 7, votes: 5, comment: [76, 'Un dossier d’une page suffirait.'] }
		],
		clusters: [{ name: 'Locaux en pied d’immeuble', retained: true, items: [0, 2] }]
	},
	{
		title: 'Économie circulaire et rénovation énergétique des bâtiments',
		theme: 'Économie circulaire',
		mandate: 'Faire émerger des filières de **réemploi** des matériaux du bâtiment et associer les structures de l’ESS à la rénovation énergétique.',
		facilitators: ['presidence@demo.cocon.fr', 'membre@demo.cocon.fr'],
		participants: [9, 10, 11, 63, 77],
		meetings: [
			{
				title: 'Visite d’une recyclerie de matériaux',
				startsAt: '2026-09-24T14:00',
				minutes: 150,
				place: 'Recyclerie du Port du Rhin, Strasbourg',
				agenda: 'Visite et échanges sur le réemploi',
				notes: 'Visite de la recyclerie : 300 t de matériaux réemployés en 2025. Besoin de surface de stockage.',
				present: [9, 10, 63]
			}
		],
		contributions: [
			{ kind: 'need', body: 'Une plateforme de stockage des matériaux de réemploi sur le port.', by: 9, votes: 4, meeting: 0 },
			{ kind: 'idea', body: 'Un diagnostic « ressources » obligatoire avant chaque démolition publique.', by: 10, votes: 5 },
			{ kind: 'resource', body: 'Les SCOP du bâtiment sont prêtes à former leurs équipes au réemploi.', by: 63, votes: 2 }
		],
		clusters: [{ name: 'Réemploi des matériaux', retained: false, items: [0, 1] }]
	},
	{
		title: 'Emploi dans l’ESS : outiller la mesure des progrès',
		theme: 'Emploi et insertion par l’activité économique',
		mandate: 'Répondre à l’orientation du conseil : « soutenir le développement de l’emploi dans l’ESS en se dotant d’outils de mesure des progrès ».',
		facilitators: ['secretariat@demo.cocon.fr'],
		participants: [12, 13, 15, 64, 65, 78],
		meetings: [
			{
				title: 'Quels indicateurs d’emploi ?',
				startsAt: '2026-10-08T17:00',
				minutes: 120,
				place: 'En ligne',
				onlineUrl: 'https://visio.strasbourg.eu/atelier-emploi',
				agenda: 'Sources disponibles (CRESS, Insee, DDETS)',
				notes: '## Sources\n\n- Observatoire de la CRESS (emplois salariés).\n- DDETS : parcours en IAE.\n\nProchaine étape : un tableau de bord commun.',
				present: [12, 13, 64, 65]
			}
		],
		contributions: [
			{ kind: 'need', body: 'Un tableau de bord annuel de l’emploi dans l’ESS, par quartier.', by: 12, votes: 6, meeting: 0 },
			{ kind: 'resource', body: 'L’observatoire de la CRESS publie déjà les emplois salariés par commune.', by: 64, votes: 3 },
			{ kind: 'obstacle', body: 'Les données de l’IAE ne sont pas partagées à l’échelle des quartiers.', by: 13, votes: 4 }
		],
		clusters: [{ name: 'Tableau de bord de l’emploi', retained: true, items: [0, 1] }]
	}
];
