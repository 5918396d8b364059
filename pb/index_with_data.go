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

// The HTML carries the current public data (issue #13).
//
// src/app.html declares the public snapshots every resident's page starts from as preloads
// (`<link rel="preload" href="/api/public/resources" …>`, used as they are by `npm run dev`).
// indexWithData serves index.html with each of those links replaced by the snapshot itself,
// inlined before `</body>` as `<script type="application/json" id="sasaeai-public-{name}"
// data-version="{version}">` (the version being the snapshot's content hash, its ETag without
// the quotes). src/lib/data-access/public-reads.ts reads them there.
//
// Why inline: PocketBase serves plain HTTP/1.1, six connections per host, and on a slow phone
// network every request pays its own latency (Fast 3G: 562.5 ms). The first list needed the
// app's six scripts, two style sheets and three snapshots: eleven requests, so the app's main
// chunk waited for a second wave, one whole latency more. Inlined (and with the user menu's
// styles in the main sheet), seven are left, the last a small one. The data comes with
// the HTML (the scripts' requests start as soon as the head has arrived, the data streams in
// behind it), and a warm visit's one revalidation of the HTML (a 304 when nothing changed)
// also revalidates the data. A changed snapshot changes the HTML: never served stale.
//
// A link with `data-routes="/directory /shortlists"` is for those paths (and below) only: a
// snapshot only some pages read (the directory's search index needs the service types and the
// organisations) is inlined on those pages, and on every other page its link is dropped, so
// the residents' list carries no bytes it does not use. Each set of routes is its own
// rendering, with its own ETag; the service worker's shell (the home page's) carries the
// common snapshots only, and the directory then reads the rest from their own URLs.
//
// The HTML's ETag covers the build (the file's size and time) and the rendered bytes (so the
// versions): after a write the old ETag no longer matches. Each rendering is compressed
// (brotli and gzip) once and kept until the versions or the file change; the build's
// precompressed index.html.br/.gz hold no data, so they are not used. A snapshot that fails
// to build keeps its preload link (the page then reads it and shows the error it gets there).

// preloadLink matches a whole line holding a same-origin public snapshot's preload link.
var preloadLink = regexp.MustCompile(`(?m)^[ \t]*<link\b[^>]*\bhref="/api/public/([a-z_]+)"[^>]*>[ \t]*\r?\n?`)

// routesAttr reads a preload link's `data-routes` (space-separated path prefixes).
var routesAttr = regexp.MustCompile(`\bdata-routes="([^"]*)"`)

// linkWanted reports whether a preload link (a preloadLink match) is for reqPath: a link with
// no data-routes is for every path; one with them, for each prefix and the paths below it.
func linkWanted(link []byte, reqPath string) bool {
	m := routesAttr.FindSubmatch(link)
	if m == nil {
		return true
	}
	for _, p := range strings.Fields(string(m[1])) {
		p = strings.TrimSuffix(p, "/")
		if reqPath == p || strings.HasPrefix(reqPath, p+"/") {
			return true
		}
	}
	return false
}

// inlineSnapshotIDPrefix starts the id of the element a snapshot is inlined in (the app reads
// it as INLINE_SNAPSHOT_ID_PREFIX, src/lib/data-access/public-reads.ts).
const inlineSnapshotIDPrefix = "sasaeai-public-"

// snapshotVersion names a snapshot's current bytes (data-version): its ETag's hex digest.
func snapshotVersion(b *encodedBody) string {
	return strings.Trim(strings.TrimPrefix(b.etag, "W/"), `"`)
}

type renderedIndex struct {
	key  string // file stamp + versions
	body *encodedBody
	etag string // without the encoding suffix and quotes
}

type indexWithData struct {
	store *snapshotStore

	mu sync.Mutex
	// The last rendering per set of inlined snapshots (one per data-routes set in the file,
	// plus the common one).
	last map[string]*renderedIndex
}

func newIndexWithData(store *snapshotStore) *indexWithData {
	return &indexWithData{store: store, last: map[string]*renderedIndex{}}
}

// inlineSnapshot is the element holding one snapshot's JSON. json.Marshal escapes '<', '>'
// and '&' (so no `</script>` can occur); the replacement keeps that true for any encoder.
func inlineSnapshot(name, version string, raw []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<script type="application/json" id="%s%s" data-version="%s">`, inlineSnapshotIDPrefix, name, version)
	b.Write(bytes.ReplaceAll(raw, []byte("<"), []byte(`\u003c`)))
	b.WriteString("</script>\n")
	return b.Bytes()
}

// render returns index.html for reqPath with the current snapshots it is for inlined, from the
// last rendering when neither the file nor any version changed.
func (x *indexWithData) render(fsys fs.FS, name string, fi fs.FileInfo, reqPath string) (*renderedIndex, error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	// Snapshots first (building a stale one here, as its own request would), then the key.
	var key strings.Builder
	fmt.Fprintf(&key, "%x-%x", fi.Size(), fi.ModTime().UnixNano())
	var names []string
	snaps := map[string]*snapshot{}
	for _, m := range preloadLink.FindAllSubmatch(src, -1) {
		n := string(m[1])
		if _, seen := snaps[n]; seen || !linkWanted(m[0], reqPath) {
			continue
		}
		snap, err := x.store.get(n)
		if err != nil {
			x.store.app.Logger().Warn("public snapshot for index.html failed", "snapshot", n, "error", err)
			snap = nil
		}
		snaps[n] = snap
		names = append(names, n)
		v := ""
		if snap != nil {
			v = snapshotVersion(snap.body)
		}
		fmt.Fprintf(&key, " %s=%s", n, v)
	}

	variant := strings.Join(names, " ")
	x.mu.Lock()
	defer x.mu.Unlock()
	if last := x.last[variant]; last != nil && last.key == key.String() {
		return last, nil
	}
	raw := preloadLink.ReplaceAllFunc(src, func(m []byte) []byte {
		if !linkWanted(m, reqPath) {
			return nil // another page's document: neither inlined nor preloaded here
		}
		if snaps[string(preloadLink.FindSubmatch(m)[1])] == nil {
			return m
		}
		return nil
	})
	var inline bytes.Buffer
	for _, n := range names {
		if snap := snaps[n]; snap != nil {
			inline.Write(inlineSnapshot(n, snapshotVersion(snap.body), snap.body.raw))
		}
	}
	if at := bytes.LastIndex(raw, []byte("</body>")); at >= 0 && inline.Len() > 0 {
		raw = append(raw[:at:at], append(inline.Bytes(), raw[at:]...)...)
	}
	// The same encodings as a snapshot's (brotli and gzip when smaller); the tag also covers
	// the build.
	b := encodeBody(raw).withBrotli()
	sum := sha256.Sum256([]byte(key.String() + "\n" + b.etag))
	r := &renderedIndex{key: key.String(), body: b, etag: hex.EncodeToString(sum[:12])}
	x.last[variant] = r
	return r, nil
}

// serve answers a request for index.html (the app's shell, also every SPA route): `no-cache`
// with an ETag per rendering and encoding, so a revisit with unchanged data costs a 304.
func (x *indexWithData) serve(e *core.RequestEvent, fsys fs.FS, name string, fi fs.FileInfo) error {
	r, err := x.render(fsys, name, fi, e.Request.URL.Path)
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
