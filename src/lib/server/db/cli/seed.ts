// npm run db:seed: rebuilds the demo council in the database at DATABASE_PATH, when it is empty or holds only
// demo data. Over real data it refuses and exits with code 1.
import { config } from '../../config';
import { openDatabase, useDatabase } from '../client';
import { applyMigrations, rebuildDemo } from '../maintenance';
import { DEMO_PASSWORD } from '../../demo/people';

const database = openDatabase(config.databasePath);
useDatabase(database);
try {
	console.log(`Database: ${config.databasePath}`);
	const { applied } = applyMigrations(database, config.migrationsDir);
	if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}.`);
	const result = await rebuildDemo();
	if (!result.ok) {
		console.error(
			`Refused: this database holds real data (${result.councils} council(s) and ${result.users} account(s) not marked as demo).\n` +
				'db:seed only rebuilds an empty or demo-only database. Nothing was changed.'
		);
		process.exitCode = 1;
	} else {
		if (result.deletedRows) console.log(`Deleted the previous demo data (${result.deletedRows} rows).`);
		const { councils, users, memberships } = result.counts;
		console.log(`Demo data created: ${councils} council(s), ${users} account(s), ${memberships} membership(s).`);
		console.log(`Demo logins use the password ${DEMO_PASSWORD} (see README.md).`);
	}
} catch (err) {
	console.error(`Seeding failed, nothing was changed: ${err instanceof Error ? err.message : String(err)}`);
	process.exitCode = 1;
} finally {
	database.$client.close();
}
