/** The fleet's store: the database, its migrations applied, and one repository per table group. */
import { join } from 'node:path';
import { openDb, type Db } from './db';
import { migrate } from './migrate';
import { AuditRepo } from './repos/audit';
import { CommandRepo } from './repos/commands';
import { DtcRepo } from './repos/dtcs';
import { InstanceRepo } from './repos/instances';
import { NotificationRepo } from './repos/notifications';
import { OtaRepo } from './repos/ota';
import { TelemetryRepo } from './repos/telemetry';
import { TokenRepo } from './repos/tokens';
import { VehicleRepo } from './repos/vehicles';

export interface Store {
	db: Db;
	vehicles: VehicleRepo;
	telemetry: TelemetryRepo;
	dtcs: DtcRepo;
	commands: CommandRepo;
	notifications: NotificationRepo;
	tokens: TokenRepo;
	audit: AuditRepo;
	ota: OtaRepo;
	instances: InstanceRepo;
	close(): Promise<void>;
}

/** Repositories over `db` (or a transaction's query function). */
export function repos(db: Pick<Db, 'query'>): Omit<Store, 'db' | 'close'> {
	return {
		vehicles: new VehicleRepo(db),
		telemetry: new TelemetryRepo(db),
		dtcs: new DtcRepo(db),
		commands: new CommandRepo(db),
		notifications: new NotificationRepo(db),
		tokens: new TokenRepo(db),
		audit: new AuditRepo(db),
		ota: new OtaRepo(db),
		instances: new InstanceRepo(db)
	};
}

/** Opens PGlite in `{dataDir}/fleet` or PostgreSQL at `databaseUrl`, and migrates it. */
export async function openStore(opts: { dataDir?: string; databaseUrl?: string | null; dir?: string; log?: (t: string) => void }): Promise<Store> {
	const db = await openDb({ databaseUrl: opts.databaseUrl, dir: opts.dir ?? (opts.dataDir ? join(opts.dataDir, 'fleet') : 'memory://') });
	try {
		await migrate(db, opts.log);
	} catch (e) {
		await db.close().catch(() => {});
		throw new Error(`fleet database ${db.where}: migration failed: ${(e as Error).message}`);
	}
	return { db, ...repos(db), instances: new InstanceRepo(db), close: () => db.close() };
}
