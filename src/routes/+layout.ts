// A single-page app: PocketBase serves pb_public/index.html for every path.
export const ssr = false;
export const prerender = false;
