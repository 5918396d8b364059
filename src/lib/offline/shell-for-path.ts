/**
 * Which copy of index.html the service worker keeps for a page. The server renders the shell
 * with the documents a page starts from inlined (pb/index_with_data.go): every page carries the
 * residents' documents, and the directory's pages also their taxonomy and organisations
 * (src/app.html's `data-routes`). The worker keeps the home page's shell for most pages and
 * the directory's for the directory's pages, so a repeat visit to the directory finds its
 * documents in the cached shell instead of asking the network for them.
 */

/** The home page's shell, kept at install. */
export const HOME_SHELL = '/';
/** The directory's shell, kept when a directory page is first opened online. */
export const DIRECTORY_SHELL = '/directory';
/** The paths (and those below them) served the directory's shell: src/app.html's `data-routes`. */
export const DIRECTORY_SHELL_ROUTES: readonly string[] = ['/directory', '/shortlists'];

/** The shell to serve for a page's path (`/shortlists/abc/print` → `/directory`). */
export function shellForPath(pathname: string): string {
  return DIRECTORY_SHELL_ROUTES.some((p) => pathname === p || pathname.startsWith(`${p}/`))
    ? DIRECTORY_SHELL
    : HOME_SHELL;
}
