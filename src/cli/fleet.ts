/**
 * `npm run fleet -- <command>`: the fleet store from the command line, on the same database the server
 * uses (DATABASE_URL, else PGlite in ZB_DATA/fleet). Stop the server first when it uses PGlite (one
 * process at a time opens those files).
 *
 *   backup FILE              every table to a JSON Lines file (PGlite and PostgreSQL alike)
 *   restore FILE             into an empty store
 *   token NAME ROLE          a new API token (viewer | operator | admin); the secret is printed once
 *   retain                   roll raw telemetry older than ZB_FLEET_RAW_DAYS into per-minute buckets now
 */
import { backup, restore } from '../../server/fleet/backup';
import { fleetEnv } from '../../server/fleet/index';
import { ROLES, type Role } from '../../server/fleet/repos/tokens';
import { openStore } from '../../server/fleet/store';

const USAGE = 'usage: npm run fleet -- backup FILE | restore FILE | token NAME viewer|operator|admin | retain';

async function main(argv: string[]): Promise<number> {
	const [cmd, a, b] = argv;
	if (!cmd || cmd === '-h' || cmd === '--help') {
		console.log(USAGE);
		return cmd ? 0 : 2;
	}
	const env = fleetEnv();
	const store = await openStore({ dataDir: process.env.ZB_DATA || './data', databaseUrl: env.databaseUrl, log: (t) => console.error(t) });
	try {
		switch (cmd) {
			case 'backup': {
				if (!a) throw new Error(`backup needs a FILE\n${USAGE}`);
				const c = await backup(store.db, a);
				console.log(`backup of ${store.db.kind} (${store.db.where}) → ${a}: ${Object.entries(c).map(([t, n]) => `${t} ${n}`).join(', ')}`);
				return 0;
			}
			case 'restore': {
				if (!a) throw new Error(`restore needs a FILE\n${USAGE}`);
				const c = await restore(store.db, a);
				console.log(`restored ${a} into ${store.db.kind} (${store.db.where}): ${Object.entries(c).map(([t, n]) => `${t} ${n}`).join(', ') || 'no rows'}`);
				return 0;
			}
			case 'token': {
				if (!a || !(ROLES as readonly string[]).includes(b)) throw new Error(`token needs NAME and a role (${ROLES.join(', ')})\n${USAGE}`);
				const r = await store.tokens.create(a, b as Role, 'cli');
				console.log(`token '${a}' (${b}, id ${r.row.id}): ${r.token}\n(shown this once; the store keeps only its SHA-256)`);
				return 0;
			}
			case 'retain': {
				const now = Date.now();
				const r = await store.telemetry.retain(now - env.rawDays * 86_400_000, now - env.rollupDays * 86_400_000);
				console.log(`retention: ${r.deleted} raw row(s) rolled up into ${r.rolledUp} bucket(s); ${r.rollupsDeleted} old bucket(s) deleted`);
				return 0;
			}
			default:
				throw new Error(`unknown command '${cmd}'\n${USAGE}`);
		}
	} finally {
		await store.close();
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(e) => {
		console.error(`fleet: ${(e as Error).message}`);
		process.exit(1);
	}
);
