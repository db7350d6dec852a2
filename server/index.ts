/**
 * The live server's entry: `tsx server/index.ts [--can sim,replay:a.log] [--port N] ...` (`npm run serve`;
 * `npm start` builds first). Exit codes: 0 after SIGINT/SIGTERM, 1 when nothing could start, 2 on a bad
 * configuration value.
 */
import { startServer, VERSION } from './app';
import { ConfigError, HelpRequested, USAGE, formatConfigTable, loadConfig, resolveToken, type Config } from './config';
import { LIVE_PATH } from './live';

async function main(argv: string[]): Promise<number> {
	let config: Config;
	let token;
	try {
		config = loadConfig(process.env, argv);
		token = resolveToken(config);
	} catch (e) {
		if (e instanceof HelpRequested) {
			console.log(USAGE);
			return 0;
		}
		if (e instanceof ConfigError) {
			console.error(`zonebench: ${e.message}`);
			return 2;
		}
		throw e;
	}
	console.log(`zonebench ${VERSION} live server, configuration:\n${formatConfigTable(config, token)}`);
	let server;
	try {
		server = await startServer(config, { token, web: config.web, limits: { maxBufferedBytes: config.wsMaxBuffer } });
	} catch (e) {
		console.error(`zonebench: ${(e as Error).message}`);
		return 1;
	}
	const ws = server.url.replace(/^http/, 'ws');
	const lines = server.hub.sources().map((s) => `  channel ${s.channel}: ${s.kind} ${s.name} — ${s.state}${s.error ? `: ${s.error}` : ''}`);
	console.log(
		[
			...lines,
			`  app:      ${server.url}/`,
			`  live:     ${ws}${LIVE_PATH}  (subprotocol zonebench.live.v1)`,
			`  health:   ${server.url}/healthz`,
			`  metrics:  ${server.url}/metrics`
		].join('\n')
	);
	await new Promise<void>((resolve) => {
		const stop = (sig: string) => {
			console.log(`zonebench: ${sig}, shutting down`);
			resolve();
		};
		process.once('SIGINT', () => stop('SIGINT'));
		process.once('SIGTERM', () => stop('SIGTERM'));
	});
	// a second signal while closing exits at once
	const force = () => process.exit(130);
	process.once('SIGINT', force);
	process.once('SIGTERM', force);
	await server.close();
	return 0;
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(e) => {
		console.error(`zonebench: ${(e as Error).stack ?? e}`);
		process.exit(1);
	}
);


