import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Files go to a throw-away DATA_DIR, set before config.ts is first imported.
const dataDir = await vi.hoisted(async () => {
	const { mkdtempSync } = await import('node:fs');
	const { tmpdir } = await import('node:os');
	const { join } = await import('node:path');
	const dir = mkdtempSync(join(tmpdir(), 'cocon-files-'));
	process.env.DATA_DIR = dir;
	return dir;
});

import { useTestDatabase } from '../db/client';
import { createUser } from '../auth/users';
import { createCouncil } from '../councils/create';
import { DomainError } from '../errors';
import { deleteFile, deleteFilesOf, filePath, getFile, listFiles, MAX_FILE_SIZE, readFileBuffer, readFileStream, storeUpload } from './storage';
import { sanitizeFileName } from './names';
import { contentDisposition, fileResponse } from './download';
import { legacyOfficeKind } from './cfb';
import { cfb, DOCM, DOCX, EXE, file, HTML, JPEG, ODT, PDF, PLAIN_ZIP, PNG, SVG } from './files.fixtures';

let councilId: number;
let userId: number;

beforeEach(async () => {
	useTestDatabase();
	userId = (await createUser({ email: `u${Math.random()}@example.org`, name: 'U', isAdmin: true })).id;
	councilId = createCouncil({ name: 'C', slug: `c-${Math.floor(Math.random() * 1e9)}`, territory: '', description: '', isPublic: true, weighting: 'none', colleges: [] }, userId).id;
});

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const upload = (f: File, ownerId = 1) => storeUpload({ file: f, councilId, ownerType: 'proposal', ownerId, uploadedBy: userId });

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
	try {
		await promise;
	} catch (e) {
		expect(e).toBeInstanceOf(DomainError);
		return e as DomainError;
	}
	throw new Error('expected a refusal');
}

describe('file names', () => {
	it('strips path parts, control and reserved characters', () => {
		expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
		expect(sanitizeFileName('..\\..\\windows\\system.ini')).toBe('system.ini');
		expect(sanitizeFileName('a<b>.pdf')).toBe('a_b_.pdf');
		expect(sanitizeFileName('what?*|:".pdf')).toBe('what_.pdf');
		expect(sanitizeFileName('tab\there\nnew\u0000line.pdf')).toBe('tabherenewline.pdf');
		expect(sanitizeFileName('photo\u202Egnp.exe')).toBe('photognp.exe');
		expect(sanitizeFileName('  .hidden  ')).toBe('hidden');
		expect(sanitizeFileName('rapport. . .')).toBe('rapport');
		expect(sanitizeFileName('CON.txt')).toBe('_CON.txt');
		expect(sanitizeFileName('..')).toBe('document');
		expect(sanitizeFileName('')).toBe('document');
	});

	it('keeps accents and other scripts, in NFC', () => {
		expect(sanitizeFileName('Compte rendu de l’assemblée — été 2026.pdf')).toBe('Compte rendu de l’assemblée — été 2026.pdf');
		expect(sanitizeFileName('e\u0301te\u0301.pdf')).toBe('été.pdf');
		expect(sanitizeFileName('Σχέδιο 計画.docx')).toBe('Σχέδιο 計画.docx');
	});

	it('cuts long names to 120 characters and keeps the extension', () => {
		const name = sanitizeFileName(`${'é'.repeat(300)}.pdf`);
		expect([...name]).toHaveLength(120);
		expect(name.endsWith('é.pdf')).toBe(true);
	});
});

describe('storeUpload', () => {
	it('stores accepted formats under the data folder with a random name, and reads them back', async () => {
		const stored = await upload(file(PDF, 'Compte rendu été.pdf', 'text/html'));
		expect(stored).toMatchObject({ name: 'Compte rendu été.pdf', mime: 'application/pdf', size: PDF.length });
		const row = getFile(stored.id)!;
		expect(row.storedName).toMatch(/^[a-f0-9]{32}$/);
		expect(row.uploadedBy).toBe(userId);
		expect(filePath(row)).toBe(path.join(dataDir, 'files', String(councilId), row.storedName));
		expect(fs.existsSync(filePath(row))).toBe(true);
		expect((await readFileBuffer(row)).equals(PDF)).toBe(true);
		const chunks: Buffer[] = [];
		for await (const chunk of readFileStream(row)) chunks.push(chunk as Buffer);
		expect(Buffer.concat(chunks).equals(PDF)).toBe(true);

		expect((await upload(file(PNG, 'logo.PNG'))).mime).toBe('image/png');
		expect((await upload(file(JPEG, 'photo.jpeg'))).name).toBe('photo.jpeg');
		expect((await upload(file(DOCX, 'note.docx'))).mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expect((await upload(file(ODT, 'note.odt'))).mime).toBe('application/vnd.oasis.opendocument.text');
		expect((await upload(file(cfb([{ name: 'WordDocument' }]), 'ancien.doc'))).mime).toBe('application/msword');
		expect((await upload(file(cfb([{ name: 'Workbook' }]), 'budget.xls'))).mime).toBe('application/vnd.ms-excel');
		expect((await upload(file('nom;montant\nA;12\n', 'budget.csv'))).mime).toBe('text/csv; charset=utf-8');
		expect((await upload(file(Buffer.from('Réunion du 3 mai\n', 'latin1'), 'notes.txt'))).mime).toBe('text/plain; charset=windows-1252');
		expect(listFiles('proposal', 1).map((f) => f.originalName)).toEqual([
			'Compte rendu été.pdf',
			'logo.png',
			'photo.jpeg',
			'note.docx',
			'note.odt',
			'ancien.doc',
			'budget.xls',
			'budget.csv',
			'notes.txt'
		]);
		expect(listFiles('proposal', 2)).toEqual([]);
	});

	it('adds the detected extension when the name has none', async () => {
		expect((await upload(file(PDF, '../../etc/passwd'))).name).toBe('passwd.pdf');
		expect((await upload(file(PNG, 'schéma v1.2'))).name).toBe('schéma v1.2.png');
		expect((await upload(file(PDF, 'Rapport.final'))).name).toBe('Rapport.final.pdf');
		expect((await upload(file('du texte', 'lisez-moi'))).name).toBe('lisez-moi.txt');
	});

	it('refuses an extension that lies about the content', async () => {
		let e = await refusal(upload(file(PNG, 'rapport.pdf', 'application/pdf')));
		expect(e.code).toBe('files_error_mismatch');
		expect(e.field).toBe('attachments');
		expect(e.params).toEqual({ name: 'rapport.pdf', type: 'PNG' });
		e = await refusal(upload(file(DOCX, 'tableau.xlsx')));
		expect(e.code).toBe('files_error_mismatch');
		e = await refusal(upload(file('plain words', 'page.html')));
		expect(e.code).toBe('files_error_mismatch');
	});

	it('refuses executables, markup, archives, macros and unknown content whatever their name', async () => {
		const councilFolder = path.join(dataDir, 'files', String(councilId));
		const onDisk = () => (fs.existsSync(councilFolder) ? fs.readdirSync(councilFolder).length : 0);
		const before = onDisk();
		for (const [content, name] of [
			[EXE, 'setup.pdf'],
			[EXE, 'setup.exe'],
			[HTML, 'page.html'],
			[HTML, 'notes.txt'],
			[SVG, 'logo.svg'],
			[SVG, 'logo.png'],
			[Buffer.from('#!/bin/sh\nrm -rf /\n'), 'script.txt'],
			[Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 'data.csv'],
			[PLAIN_ZIP, 'archive.zip'],
			[PLAIN_ZIP, 'note.docx'],
			[DOCM, 'macro.docx'],
			[cfb([{ name: 'WordDocument' }, { name: 'Macros', type: 1 }]), 'macro.doc'],
			[cfb([{ name: 'EncryptedPackage' }]), 'secret.docx'],
			[cfb([{ name: 'SummaryInformation' }]), 'setup.msi']
		] as const) {
			const e = await refusal(upload(file(content, name)));
			expect(e.code, name).toBe('files_error_type');
			expect(e.params.name).toBe(sanitizeFileName(name));
		}
		expect(listFiles('proposal', 1)).toEqual([]);
		expect(onDisk()).toBe(before);
	});

	it('refuses files above 10 MB and empty files', async () => {
		const big = Buffer.alloc(MAX_FILE_SIZE + 1);
		PDF.copy(big);
		const e = await refusal(upload(file(big, 'gros.pdf')));
		expect(e.code).toBe('files_error_too_large');
		expect(e.params.max).toBe('10');
		const exact = Buffer.alloc(MAX_FILE_SIZE);
		PDF.copy(exact);
		expect((await upload(file(exact, 'limite.pdf'))).size).toBe(MAX_FILE_SIZE);
		expect((await refusal(upload(file(Buffer.alloc(0), 'vide.pdf')))).code).toBe('files_error_empty');
	});

	it('deletes the row and the bytes', async () => {
		const a = await upload(file(PDF, 'a.pdf'));
		const b = await upload(file(PDF, 'b.pdf'), 7);
		const rowA = getFile(a.id)!;
		expect(deleteFile(a.id)).toBe(true);
		expect(getFile(a.id)).toBeUndefined();
		expect(fs.existsSync(filePath(rowA))).toBe(false);
		expect(deleteFile(a.id)).toBe(false);
		const rowB = getFile(b.id)!;
		expect(deleteFilesOf('proposal', 7)).toBe(1);
		expect(fs.existsSync(filePath(rowB))).toBe(false);
	});
});

describe('legacy Office detection', () => {
	it('recognises the main stream and nothing else', () => {
		expect(legacyOfficeKind(cfb([{ name: 'WordDocument' }, { name: '1Table' }]))).toBe('doc');
		expect(legacyOfficeKind(cfb([{ name: 'Book' }]))).toBe('xls');
		expect(legacyOfficeKind(cfb([{ name: 'PowerPoint Document' }]))).toBe('ppt');
		expect(legacyOfficeKind(cfb([{ name: 'WordDocument' }, { name: 'Workbook' }]))).toBeNull();
		expect(legacyOfficeKind(cfb([{ name: 'Workbook' }, { name: '_VBA_PROJECT_CUR', type: 1 }]))).toBeNull();
		expect(legacyOfficeKind(cfb([{ name: 'WordDocument' }]).subarray(0, 700))).toBeNull();
		expect(legacyOfficeKind(PDF)).toBeNull();
	});
});

describe('fileResponse', () => {
	it('serves a download that the browser will not render', async () => {
		const stored = await upload(file(PDF, 'Synthèse « finale » (v2).pdf'));
		const response = fileResponse(getFile(stored.id)!);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('content-security-policy')).toBe('sandbox');
		expect(response.headers.get('content-length')).toBe(String(PDF.length));
		expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Synthese _ finale _ (v2).pdf"; filename*=UTF-8''Synth%C3%A8se%20%C2%AB%20finale%20%C2%BB%20%28v2%29.pdf`);
		expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
	});

	it('encodes names so that they cannot break the header', () => {
		expect(contentDisposition('a"b\\c%d;e.pdf')).toBe(`attachment; filename="a_b_c_d_e.pdf"; filename*=UTF-8''a%22b%5Cc%25d%3Be.pdf`);
	});

	it('answers 404 when the bytes are gone', async () => {
		const stored = await upload(file(PDF, 'a.pdf'));
		const row = getFile(stored.id)!;
		fs.rmSync(filePath(row));
		expect(fileResponse(row).status).toBe(404);
	});
});
