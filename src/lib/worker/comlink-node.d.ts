// comlink ships node-adapter.d.ts beside node-adapter.mjs, but TypeScript does not pair them for the
// explicit `.mjs` path Node needs at run time.
declare module 'comlink/dist/esm/node-adapter.mjs' {
	import type { Endpoint } from 'comlink';
	import type { MessagePort, Worker } from 'node:worker_threads';
	export default function nodeEndpoint(nep: MessagePort | Worker): Endpoint;
}
