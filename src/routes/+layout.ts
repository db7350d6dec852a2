// The app is client-side: the simulation lives in a Web Worker and there is nothing to render on a server.
export const ssr = false;
export const prerender = false;
