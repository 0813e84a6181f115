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
import { setSessionState } from './plenaries';
import { addItemDocument, deleteSessionAndDocuments, removeItemAndDocuments, removeItemDocument, sessionDocument, sessionDocuments } from './agenda-documents';

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('agenda item documents', () => {
	it('attaches, lists, finds within the session only, and removes (row and bytes)', async () => {
		useTestDatabase();
		const f = plenaryFixture();
		const upload = await prepareUpload(file(PDF, 'rapport.pdf'), f.council.id);
		const stored = addItemDocument(f.secretariat.user, f.item.id, upload);
		expect(stored).toMatchObject({ name: 'rapport.pdf', mime: 'application/pdf' });
		expect(sessionDocuments(f.session.id)).toEqual([{ id: stored.id, agendaItemId: f.item.id, name: 'rapport.pdf', mime: 'application/pdf', size: PDF.length }]);
		const row = sessionDocument(f.session.id, stored.id)!;
		expect(fs.existsSync(filePath(row))).toBe(true);

		const other = plenaryFixture();
		expect(sessionDocument(other.session.id, stored.id)).toBeUndefined();
		expect(refusalCode(() => removeItemDocument(other.secretariat.user, f.item.id, stored.id))).toBe('sessions_error_forbidden');
		const second = addAgendaItem(f.secretariat.user, f.session.id, { kind: 'debate', title: 'Autre' });
		expect(refusalCode(() => removeItemDocument(f.secretariat.user, second.id, stored.id))).toBe('sessions_error_not_found');

		removeItemDocument(f.secretariat.user, f.item.id, stored.id);
		expect(sessionDocuments(f.session.id)).toEqual([]);
		expect(fs.existsSync(filePath(row))).toBe(false);
	});

	it('only the secretariat, and not once the session is closed', async () => {
		useTestDatabase();
		const f = plenaryFixture();
		const upload = await prepareUpload(file(PDF, 'rapport.pdf'), f.council.id);
		expect(refusalCode(() => addItemDocument(f.all[0].user, f.item.id, upload))).toBe('sessions_error_forbidden');
		setSessionState(f.secretariat.user, f.session.id, 'closed');
		expect(refusalCode(() => addItemDocument(f.secretariat.user, f.item.id, upload))).toBe('sessions_error_session_closed');
		expect(sessionDocuments(f.session.id)).toEqual([]);
	});

	it('removing the item removes its documents', async () => {
		useTestDatabase();
		const f = plenaryFixture({ state: 'planned' });
		const stored = addItemDocument(f.secretariat.user, f.item.id, await prepareUpload(file(PDF, 'annexe.pdf'), f.council.id));
		const row = sessionDocument(f.session.id, stored.id)!;
		removeItemAndDocuments(f.secretariat.user, f.item.id);
		expect(sessionDocuments(f.session.id)).toEqual([]);
		expect(fs.existsSync(filePath(row))).toBe(false);
	});

	it('deleting a planned session removes its documents', async () => {
		useTestDatabase();
		const f = plenaryFixture({ state: 'planned' });
		const stored = addItemDocument(f.secretariat.user, f.item.id, await prepareUpload(file(PDF, 'annexe.pdf'), f.council.id));
		const row = sessionDocument(f.session.id, stored.id)!;
		deleteSessionAndDocuments(f.secretariat.user, f.session.id);
		expect(fs.existsSync(filePath(row))).toBe(false);
		expect(sessionDocument(f.session.id, stored.id)).toBeUndefined();
	});
});
