import fs from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Files go to a throw-away DATA_DIR, set before config.ts is first imported.
const dataDir = await vi.hoisted(async () => {
	const { mkdtempSync } = await import('node:fs');
	const { tmpdir } = await import('node:os');
	const { join } = await import('node:path');
	const dir = mkdtempSync(join(tmpdir(), 'cocon-agenda-docs-'));
	process.env.DATA_DIR = dir;
	return dir;
});

import { useTestDatabase } from '../db/client';
import { filePath, prepareUpload } from '../files/storage';
import { file, PDF } from '../files/files.fixtures';
import { refusalCode } from '../test-support';
import { plenaryFixture } from './test-fixtures';
import { addAgendaItem } from './agenda';
import { setPlenaryState } from './plenaries';
import { addItemDocument, deletePlenaryAndDocuments, removeItemAndDocuments, removeItemDocument, plenaryDocument, plenaryDocuments } from './agenda-documents';

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('agenda item documents', () => {
	it('attaches, lists, finds within the plenary only, and removes (row and bytes)', async () => {
		useTestDatabase();
		const f = plenaryFixture();
		const upload = await prepareUpload(file(PDF, 'rapport.pdf'), f.council.id);
		const stored = addItemDocument(f.secretariat.user, f.item.id, upload);
		expect(stored).toMatchObject({ name: 'rapport.pdf', mime: 'application/pdf' });
		expect(plenaryDocuments(f.plenary.id)).toEqual([{ id: stored.id, agendaItemId: f.item.id, name: 'rapport.pdf', mime: 'application/pdf', size: PDF.length }]);
		const row = plenaryDocument(f.plenary.id, stored.id)!;
		expect(fs.existsSync(filePath(row))).toBe(true);

		const other = plenaryFixture();
		expect(plenaryDocument(other.plenary.id, stored.id)).toBeUndefined();
		expect(refusalCode(() => removeItemDocument(other.secretariat.user, f.item.id, stored.id))).toBe('plenaries_error_forbidden');
		const second = addAgendaItem(f.secretariat.user, f.plenary.id, { kind: 'debate', title: 'Autre' });
		expect(refusalCode(() => removeItemDocument(f.secretariat.user, second.id, stored.id))).toBe('plenaries_error_not_found');

		removeItemDocument(f.secretariat.user, f.item.id, stored.id);
		expect(plenaryDocuments(f.plenary.id)).toEqual([]);
		expect(fs.existsSync(filePath(row))).toBe(false);
	});

	it('only the secretariat, and not once the plenary is closed', async () => {
		useTestDatabase();
		const f = plenaryFixture();
		const upload = await prepareUpload(file(PDF, 'rapport.pdf'), f.council.id);
		expect(refusalCode(() => addItemDocument(f.all[0].user, f.item.id, upload))).toBe('plenaries_error_forbidden');
		setPlenaryState(f.secretariat.user, f.plenary.id, 'closed');
		expect(refusalCode(() => addItemDocument(f.secretariat.user, f.item.id, upload))).toBe('plenaries_error_plenary_closed');
		expect(plenaryDocuments(f.plenary.id)).toEqual([]);
	});

	it('removing the item removes its documents', async () => {
		useTestDatabase();
		const f = plenaryFixture({ state: 'planned' });
		const stored = addItemDocument(f.secretariat.user, f.item.id, await prepareUpload(file(PDF, 'annexe.pdf'), f.council.id));
		const row = plenaryDocument(f.plenary.id, stored.id)!;
		removeItemAndDocuments(f.secretariat.user, f.item.id);
		expect(plenaryDocuments(f.plenary.id)).toEqual([]);
		expect(fs.existsSync(filePath(row))).toBe(false);
	});

	it('deleting a planned plenary removes its documents', async () => {
		useTestDatabase();
		const f = plenaryFixture({ state: 'planned' });
		const stored = addItemDocument(f.secretariat.user, f.item.id, await prepareUpload(file(PDF, 'annexe.pdf'), f.council.id));
		const row = plenaryDocument(f.plenary.id, stored.id)!;
		deletePlenaryAndDocuments(f.secretariat.user, f.plenary.id);
		expect(fs.existsSync(filePath(row))).toBe(false);
		expect(plenaryDocument(f.plenary.id, stored.id)).toBeUndefined();
	});
});
