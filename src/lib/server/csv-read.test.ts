// The one CSV reading pipeline (members and measurements imports): encodings, separators, lines, misdecoded names.
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectDelimiter, foldHeader, looksMisdecoded, readCsv } from './csv-read';
import { csvDialectOf, csvDocument } from './csv';

const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ é: 0xe9, è: 0xe8, ç: 0xe7, '’': 0x92, '€': 0x80 })[c] ?? c.charCodeAt(0)));

describe('reading a CSV file', () => {
	it('decodes UTF-8 with or without a BOM, and Windows-1252 when the bytes are not UTF-8', () => {
		const text = 'indicateur;valeur\nExpérimentations d’été;12,5 €';
		const utf8 = new TextEncoder().encode(text);
		expect(decodeCsvBytes(utf8)).toEqual({ text, encoding: 'utf-8' });
		expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8' });
		expect(decodeCsvBytes(cp1252(text))).toEqual({ text, encoding: 'windows-1252' });
	});

	it('finds the separator of the header line among "," ";" and tab, ignoring quoted ones', () => {
		expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
		expect(detectDelimiter('a,b,c\n1;2;3')).toBe(',');
		expect(detectDelimiter('a\tb\tc\n1,2\t3\t4')).toBe('\t');
		expect(detectDelimiter('"nom, prénom";email\nx;y')).toBe(';');
		expect(detectDelimiter('seul')).toBe(',');
	});

	it('gives each non-blank row the line it starts on, quoted line breaks included, and flags broken quotes', () => {
		const { delimiter, rows } = readCsv('\uFEFFnom;note\r\n\r\nLéa;"deux\r\nlignes"\r\nHugo;un\r\nBad;"open\n');
		expect(delimiter).toBe(';');
		expect(rows.map((r) => [r.line, r.cells])).toEqual([
			[1, ['nom', 'note']],
			[3, ['Léa', 'deux\r\nlignes']],
			[5, ['Hugo', 'un']],
			[6, ['Bad', 'open\n']]
		]);
		expect(rows.map((r) => r.quoteError)).toEqual([false, false, false, true]);
	});

	it('stops past maxRows and says so', () => {
		const text = ['h', ...Array.from({ length: 20 }, (_, i) => `r${i}`)].join('\n');
		expect(readCsv(text, { maxRows: 10 }).tooMany).toBe(true);
		expect(readCsv(text, { maxRows: 20 }).tooMany).toBe(false);
	});

	it('compares header names without accents, case or punctuation', () => {
		expect(foldHeader(' Date de mesure ')).toBe('date_de_mesure');
		expect(foldHeader('Type d’organisation')).toBe('type_d_organisation');
	});

	it('tells a name spoiled by an encoding from an unknown one', () => {
		const known = ['Expérimentations', 'Heures d’insertion'];
		expect(looksMisdecoded('ExpÃ©rimentations', known)).toBe(true);
		expect(looksMisdecoded('Exp\uFFFDrimentations', known)).toBe(true);
		expect(looksMisdecoded('Heures dâ€™insertion', known)).toBe(true);
		expect(looksMisdecoded('Expérimentation', known)).toBe(false);
		expect(looksMisdecoded('Nouveaux emplois', known)).toBe(false);
	});
});

describe('writing a CSV file', () => {
	const fields = ['indicateur', 'valeur', 'formule'];
	const data = [
		['Part', 13.5, '=1+1'],
		['Écart', -2.25, '-2+3'],
		['Texte "cité"; ici', 1200, '@SUM']
	];

	it('writes the standard dialect: BOM, commas, decimal point, formulas neutralised', () => {
		expect(csvDocument(fields, data)).toBe('\ufeffindicateur,valeur,formule\r\nPart,13.5,"\'=1+1"\r\nÉcart,-2.25,"\'-2+3"\r\n"Texte ""cité""; ici",1200,"\'@SUM"');
	});

	it('writes the French spreadsheet dialect: semicolons and decimal commas, negative numbers left as numbers', () => {
		expect(csvDocument(fields, data, 'fr')).toBe('\ufeffindicateur;valeur;formule\r\nPart;13,5;"\'=1+1"\r\nÉcart;-2,25;"\'-2+3"\r\n"Texte ""cité""; ici";1200;"\'@SUM"');
	});

	it('takes the dialect from the link, else the fallback', () => {
		expect(csvDialectOf(new URL('http://x/a.csv?format=fr'))).toBe('fr');
		expect(csvDialectOf(new URL('http://x/a.csv'))).toBe('standard');
		expect(csvDialectOf(new URL('http://x/a.csv'), 'fr')).toBe('fr');
		expect(csvDialectOf(new URL('http://x/a.csv?format=standard'), 'fr')).toBe('standard');
		expect(csvDialectOf(new URL('http://x/a.csv?format=xls'))).toBe('standard');
	});
});
