// npm run db:backup -- FILE: an online backup of the database at DATABASE_PATH, safe while the server runs.
import fs from 'node:fs';
import { config } from '../../config';
import { openDatabase } from '../client';
import { backupDatabase, formatBytes } from '../maintenance';

const target = process.argv[2];
if (!target) {
	console.error('Usage: npm run db:backup -- FILE   (for example: npm run db:backup -- backups/cocon-2026-01-15.db)');
	process.exit(1);
}
if (!fs.existsSync(config.databasePath)) {
	console.error(`No database at ${config.databasePath} (set DATABASE_PATH).`);
	process.exit(1);
}

const database = openDatabase(config.databasePath);
try {
	const started = Date.now();
	const { file, bytes } = await backupDatabase(database, target);
	console.log(`Backed up ${config.databasePath} to ${file}: ${formatBytes(bytes)} (${bytes} bytes) in ${Date.now() - started} ms.`);
} catch (err) {
	console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
	process.exitCode = 1;
} finally {
	database.$client.close();
}
