package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// The HTML names the current data version (issue #13).
//
// index.html preloads the public snapshots every resident's page starts from
// (`<link rel="preload" href="/api/public/resources" …>`, src/app.html). Served as built, a
// warm visit pays two round trips before any data: the HTML's revalidation, then the
// snapshots' (both no-cache). versionedIndex serves index.html with each of those URLs
// rewritten to `/api/public/{name}?v={version}`, the version being the content hash of the
// snapshot as it is now (its ETag without the quotes), and the public snapshot route serves
// exactly that version as immutable (public_snapshots.go). A warm visit then costs the HTML's
// one revalidation; the snapshots come from the HTTP cache, and a changed snapshot is never
// served stale, because the HTML then names a version the cache does not hold.
//
// The HTML's ETag covers the build (the file's size and time) and the rendered bytes (so the
// versions): after a write the old ETag no longer matches. Each rendering is compressed
// (brotli and gzip) once and kept until the versions or the file change; the build's
// precompressed index.html.br/.gz name no versions, so they are not used.

// preloadHref matches a same-origin public snapshot URL in a link's href attribute.
var preloadHref = regexp.MustCompile(`(<link\b[^>]*\bhref=")/api/public/([a-z_]+)(")`)

// snapshotVersion is the `v` naming a snapshot's current bytes: its ETag's hex digest.
func snapshotVersion(b *encodedBody) string {
	return strings.Trim(strings.TrimPrefix(b.etag, "W/"), `"`)
}

type renderedIndex struct {
	key  string // file stamp + versions
	body *encodedBody
	etag string // without the encoding suffix and quotes
}

type versionedIndex struct {
	store *snapshotStore

	mu   sync.Mutex
	last *renderedIndex
}

func newVersionedIndex(store *snapshotStore) *versionedIndex {
	return &versionedIndex{store: store}
}

// render returns index.html with the current snapshot versions, from the last rendering when
// neither the file nor any version changed.
func (x *versionedIndex) render(fsys fs.FS, name string, fi fs.FileInfo) (*renderedIndex, error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	// Versions first (building a stale snapshot here, as its own request would), then the key.
	var key strings.Builder
	fmt.Fprintf(&key, "%x-%x", fi.Size(), fi.ModTime().UnixNano())
	versions := map[string]string{}
	for _, m := range preloadHref.FindAllSubmatch(src, -1) {
		n := string(m[2])
		if _, seen := versions[n]; seen {
			continue
		}
		snap, err := x.store.get(n)
		if err != nil {
			// The page then reads the plain URL and shows the build error it gets there.
			x.store.app.Logger().Warn("public snapshot for index.html failed", "snapshot", n, "error", err)
		}
		v := ""
		if err == nil && snap != nil {
			v = snapshotVersion(snap.body)
		}
		versions[n] = v
		fmt.Fprintf(&key, " %s=%s", n, v)
	}

	x.mu.Lock()
	defer x.mu.Unlock()
	if x.last != nil && x.last.key == key.String() {
		return x.last, nil
	}
	raw := preloadHref.ReplaceAllFunc(src, func(m []byte) []byte {
		sub := preloadHref.FindSubmatch(m)
		v := versions[string(sub[2])]
		if v == "" {
			return m
		}
		return []byte(string(sub[1]) + "/api/public/" + string(sub[2]) + "?v=" + v + string(sub[3]))
	})
	// The same encodings as a snapshot's (brotli and gzip when smaller); the tag also covers
	// the build.
	b := encodeBody(raw).withBrotli()
	sum := sha256.Sum256([]byte(key.String() + "\n" + b.etag))
	r := &renderedIndex{key: key.String(), body: b, etag: hex.EncodeToString(sum[:12])}
	x.last = r
	return r, nil
}

// serve answers a request for index.html (the app's shell, also every SPA route): `no-cache`
// with an ETag per rendering and encoding, so a revisit with unchanged data costs a 304.
func (x *versionedIndex) serve(e *core.RequestEvent, fsys fs.FS, name string, fi fs.FileInfo) error {
	r, err := x.render(fsys, name, fi)
	if err != nil {
		return err
	}
	h := e.Response.Header()
	addVary(h, "Accept-Encoding")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Type", "text/html; charset=utf-8")
	body, encoding := r.body.pick(e.Request.Header.Get("Accept-Encoding"))
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
		if e.Request.Header.Get("Range") == "" {
			h.Set("Content-Length", strconv.Itoa(len(body)))
		}
	}
	h.Set("ETag", `"`+r.etag+encodingSuffix(encoding)+`"`)
	// No modification time: an If-Modified-Since answered from the file's time would say
	// "not modified" after a data change. ServeContent answers If-None-Match, HEAD and ranges.
	http.ServeContent(e.Response, e.Request, name, time.Time{}, bytes.NewReader(body))
	return nil
}
