package main

import (
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
)

// immutablePrefix is where SvelteKit puts content-hashed files: a changed file gets a new
// name, so a browser may keep these for a year without asking again.
const immutablePrefix = "_app/immutable/"

// skipSuccessActivityLogKey is the request-event key PocketBase's activity logger reads
// (apis.SkipSuccessActivityLog sets the same key; the constant itself is unexported).
const skipSuccessActivityLogKey = "__skipSuccessActivityLogger"

// staticSite serves the SPA from publicDir like a static site host does:
//   - a `name.br` / `name.gz` written at build time (scripts/lib/spa-build.ts) is sent instead
//     of `name` to a client that accepts that encoding, with `Vary: Accept-Encoding`;
//   - hashed files under `_app/immutable/` are `Cache-Control: public, max-age=31536000, immutable`;
//   - everything else (the manifest, the service worker) is `no-cache` with an ETag (size and
//     modification time, per encoding), so a revisit costs a 304;
//   - index.html carries the current public snapshots (index_with_data.go), `no-cache`
//     with an ETag that changes with them.
//
// Unknown paths fall back to index.html (SPA routes) when indexFallback is set; directories
// and anything unusual go to PocketBase's own apis.Static, which keeps its redirects.
func staticSite(publicDir string, indexFallback bool, index *indexWithData) func(*core.RequestEvent) error {
	fsys := os.DirFS(publicDir)
	fallback := apis.Static(fsys, indexFallback)
	return func(e *core.RequestEvent) error {
		// As apis.Static does: app files are not worth a line each in the request log
		// (errors are still logged).
		e.Set(skipSuccessActivityLogKey, true)
		name := filepath.ToSlash(filepath.Clean(strings.TrimPrefix(e.Request.PathValue(apis.StaticWildcardParam), "/")))
		if name == "." {
			name = "index.html"
		} else if strings.HasPrefix(name, "..") || strings.HasSuffix(name, "/index.html") || name == "index.html" {
			return fallback(e)
		}
		fi, err := fs.Stat(fsys, name)
		if err == nil && fi.IsDir() {
			return fallback(e)
		}
		if err != nil || strings.HasSuffix(e.Request.URL.Path, "/") {
			if !indexFallback {
				return fallback(e)
			}
			if strings.HasPrefix(name, "_app/") {
				// A missing chunk (an old page after a new build) must be a 404, not the
				// HTML page under a script's name: SvelteKit then reloads the page.
				return e.NotFoundError("", nil)
			}
			name = "index.html"
			if fi, err = fs.Stat(fsys, name); err != nil {
				return fallback(e)
			}
		}
		if name == "index.html" && index != nil {
			return index.serve(e, fsys, name, fi)
		}
		return serveStaticFile(e, fsys, name, fi)
	}
}

func serveStaticFile(e *core.RequestEvent, fsys fs.FS, name string, fi fs.FileInfo) error {
	h := e.Response.Header()
	addVary(h, "Accept-Encoding")
	if strings.HasPrefix(name, immutablePrefix) {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	if name == "manifest.webmanifest" {
		ctype = "application/manifest+json"
	}
	h.Set("Content-Type", ctype)

	served, encoding := name, ""
	accept := e.Request.Header.Get("Accept-Encoding")
	for _, v := range []struct{ enc, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accept, v.enc) {
			continue
		}
		if vfi, err := fs.Stat(fsys, name+v.ext); err == nil && vfi.Mode().IsRegular() {
			served, encoding = name+v.ext, v.enc
			break
		}
	}
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
	}
	sfi, err := fs.Stat(fsys, served)
	if err != nil {
		return err
	}
	if encoding != "" && e.Request.Header.Get("Range") == "" {
		// ServeContent leaves the length out once an encoding is set; the file's is right.
		h.Set("Content-Length", strconv.FormatInt(sfi.Size(), 10))
	}
	// One tag per representation: the same file gzipped is a different byte sequence.
	h.Set("ETag", fmt.Sprintf(`"%x-%x%s"`, fi.Size(), fi.ModTime().UnixNano(), encodingSuffix(encoding)))

	f, err := fsys.Open(served)
	if err != nil {
		return err
	}
	defer f.Close()
	rs, ok := f.(interface {
		Read([]byte) (int, error)
		Seek(int64, int) (int64, error)
	})
	if !ok {
		return fmt.Errorf("static file %s is not seekable", served)
	}
	// ServeContent answers If-None-Match with 304 and handles HEAD and ranges.
	http.ServeContent(e.Response, e.Request, name, fi.ModTime(), rs)
	return nil
}

func encodingSuffix(enc string) string {
	switch enc {
	case "br":
		return "-br"
	case "gzip":
		return "-gz"
	}
	return ""
}
