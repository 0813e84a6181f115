// npm run db:migrate: applies the migrations in MIGRATIONS_DIR to the database at DATABASE_PATH.
import { config } from '../../config';
import { openDatabase } from '../client';
import { applyMigrations } from '../maintenance';

const database = openDatabase(config.databasePath);
try {
	const { applied, total } = applyMigrations(database, config.migrationsDir);
	console.log(`Database: ${config.databasePath}`);
	if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}.`);
	else console.log(`Already up to date (${total} migration(s) applied).`);
} catch (err) {
	console.error(`Migration failed: ${err instanceof Error ? err.message : String(err)}`);
	process.exitCode = 1;
} finally {
	database.$client.close();
}
