/**
 * Test helper: a throwaway PostgreSQL (Debian's binaries) started by the test on a free port, in a temp
 * directory, as the `postgres` user when the test runs as root (initdb refuses root). `null` with the
 * reason when the binaries are not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
	url: string;
	stop(): Promise<void>;
}

function binDir(): string | null {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const v = readdirSync(root).sort((a, b) => Number(b) - Number(a)).find((d) => existsSync(join(root, d, 'bin', 'initdb')));
	return v ? join(root, v, 'bin') : null;
}

async function freePort(): Promise<number> {
	const s = createServer();
	await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
	const port = (s.address() as { port: number }).port;
	await new Promise<void>((r) => s.close(() => r()));
	return port;
}

/** Why PostgreSQL cannot be started here, or null. */
export function postgresMissing(): string | null {
	return binDir() ? null : 'PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt install postgresql)';
}

export async function startPostgres(): Promise<TestPostgres> {
	const bin = binDir();
	if (!bin) throw new Error(postgresMissing()!);
	const dir = mkdtempSync(join(tmpdir(), 'zb-pg-'));
	chmodSync(dir, 0o777);
	const root = userInfo().uid === 0;
	const as = (cmd: string, args: string[]) => (root ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args]) as [string, string[]];
	const data = join(dir, 'data');
	const port = await freePort();
	execFileSync(...as('initdb', ['-D', data, '-A', 'trust', '-U', 'zb', '--no-sync']), { stdio: 'pipe' });
	const r = spawnSync(...as('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']), { stdio: 'pipe' });
	if (r.status !== 0) throw new Error(`pg_ctl start failed: ${r.stderr}${r.stdout}`);
	return {
		url: `postgres://zb@127.0.0.1:${port}/postgres`,
		async stop() {
			spawnSync(...as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']), { stdio: 'pipe' });
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
