/** Starts the fleet from `server/services.ts` after MQTT: on the embedded broker, or on MQTT_URL. */
import { readFileSync } from 'node:fs';
import type { ServiceContext } from '../services';
import { startFleet } from './index';

// a bundled server (the VM test bundles it with esbuild) has no package.json beside it: the version is then unknown
const VERSION: string = (() => {
	try {
		return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
	} catch {
		return '0.0.0';
	}
})();

export async function startFleetService(
	ctx: ServiceContext,
	env: Record<string, string | undefined>,
	health: Record<string, () => unknown>,
	closers: Array<() => Promise<void>>,
	log: (t: string) => void
): Promise<void> {
	if (env.ZB_FLEET === 'off' || env.ZB_FLEET === '0') {
		health.fleet = () => ({ state: 'off' });
		return;
	}
	const mqtt = health.mqtt?.() as { broker?: { kind: string; url: string } } | undefined;
	const external = ctx.config.mqttUrl ?? env.MQTT_URL;
	const url = external ?? (mqtt?.broker?.kind === 'embedded' ? mqtt.broker.url : undefined);
	if (!url) {
		health.fleet = () => ({ state: 'off', reason: 'no MQTT broker (ZB_MQTT=off and no MQTT_URL)' });
		return;
	}
	try {
		const fleet = await startFleet({
			dataDir: ctx.config.dataDir,
			mqttUrl: url,
			token: ctx.token.token,
			metrics: ctx.metrics,
			version: VERSION,
			route: (prefix, fn) => ctx.router.routePrefix(prefix, fn),
			env,
			log,
			instance: ctx.config.instance,
			embeddedBroker: !external
		});
		health.fleet = () => fleet.health();
		closers.push(() => fleet.close());
	} catch (e) {
		const message = `fleet not started: ${(e as Error).message}`;
		log(`zonebench: ${message}`);
		health.fleet = () => ({ state: 'failed', error: message });
	}
}
