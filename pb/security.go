package main

// Security defaults on every response (issue #15): a strict Content-Security-Policy for the
// app, a few companion headers, CORS limited to configured origins, and the private-joins
// guard (private-joins.go). Registered from main.go with one call.

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// gsiTilesOrigin serves 地理院タイル, the basemap option "gsi".
const gsiTilesOrigin = "https://cyberjapandata.gsi.go.jp"

// frameAncestors says who may embed the app's pages in a frame. Only the site itself today.
// EXCEPTION POINT for an embeddable view: a route meant to be framed by other sites (e.g.
// /embed/...) gets its own value here (see frameAncestorsFor), never a looser global one.
const frameAncestors = "'self'"

// embedFrameAncestors lets any web page frame the embeddable district views (/embed/...): they
// show only what every visitor may read (public, active places) and exist to be put on a
// council's or a social-welfare council's own website, whose origin we cannot know in advance.
// SASAEAI_EMBED_ORIGINS (space- or comma-separated origins) narrows it to those sites.
func embedFrameAncestors() string {
	if v := strings.TrimSpace(os.Getenv("SASAEAI_EMBED_ORIGINS")); v != "" {
		return "'self' " + strings.Join(strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }), " ")
	}
	return "*"
}

// frameAncestorsFor is the frame-ancestors value for a request path.
func frameAncestorsFor(path string) string {
	if path == "/embed" || strings.HasPrefix(path, "/embed/") {
		return embedFrameAncestors()
	}
	return frameAncestors
}

// bindSecurity registers the security middlewares on the app's router.
func bindSecurity(app *pocketbase.PocketBase, publicDir string) {
	csp := &cspBuilder{app: app, publicDir: publicDir}

	// A change of the site record (e.g. its basemap) changes the policy.
	app.OnRecordAfterCreateSuccess("site").BindFunc(func(e *core.RecordEvent) error { csp.invalidate(); return e.Next() })
	app.OnRecordAfterUpdateSuccess("site").BindFunc(func(e *core.RecordEvent) error { csp.invalidate(); return e.Next() })

	app.OnServe().Bind(&hook.Handler[*core.ServeEvent]{
		Func: func(e *core.ServeEvent) error {
			e.Router.BindFunc(func(re *core.RequestEvent) error {
				h := re.Response.Header()
				// The admin UI (/_/) keeps PocketBase's own, looser policy (it sets it when none is set).
				if !strings.HasPrefix(re.Request.URL.Path, "/_/") {
					h.Set("Content-Security-Policy", csp.policy(re.Request.URL.Path))
				}
				h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
				h.Set("Permissions-Policy", "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)")
				h.Set("Cross-Origin-Opener-Policy", "same-origin")
				// X-Content-Type-Options: nosniff is set by PocketBase's own securityHeaders middleware.
				return re.Next()
			})
			e.Router.BindFunc(guardPrivateJoins)
			restrictCORS(app, e)
			return e.Next()
		},
	})
}

// restrictCORS replaces PocketBase's default `Access-Control-Allow-Origin: *` with the origins
// listed in SASAEAI_ORIGINS (comma-separated; none by default: only the site itself, which
// needs no CORS). An explicit `serve --origins` is the operator's choice and is kept.
func restrictCORS(app *pocketbase.PocketBase, e *core.ServeEvent) {
	if cmd, _, err := app.RootCmd.Find([]string{"serve"}); err == nil && cmd.Flags().Changed("origins") {
		return
	}
	var allowed []string
	for _, o := range strings.Split(os.Getenv("SASAEAI_ORIGINS"), ",") {
		if o = strings.TrimRight(strings.TrimSpace(o), "/"); o != "" {
			allowed = append(allowed, o)
		}
	}
	e.Router.Unbind(apis.DefaultCorsMiddlewareId)
	e.Router.Bind(apis.CORS(apis.CORSConfig{
		AllowOriginFunc: func(origin string) (bool, error) { return slices.Contains(allowed, origin), nil },
		AllowMethods:    []string{http.MethodGet, http.MethodHead, http.MethodPut, http.MethodPatch, http.MethodPost, http.MethodDelete},
	}))
}

// cspBuilder builds the app's policy from what is deployed: the hashes of index.html's inline
// scripts (SvelteKit's boot script), and the basemap's origin when one is configured, either
// in the site record (`basemap`: none/gsi/pmtiles, when that field exists) or in the build's
// public env (pb_public/_app/env.js: PUBLIC_BASEMAP, PUBLIC_PMTILES_URL).
type cspBuilder struct {
	app       *pocketbase.PocketBase
	publicDir string

	mu      sync.Mutex
	value   string
	checked time.Time
	stamp   string
}

func (c *cspBuilder) invalidate() {
	c.mu.Lock()
	c.checked = time.Time{}
	c.stamp = ""
	c.mu.Unlock()
}

// policy returns the Content-Security-Policy for a request path (cached; the files are
// re-checked at most once a second, the site record on every change).
func (c *cspBuilder) policy(path string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.checked) > time.Second {
		c.checked = time.Now()
		stamp := fileStamp(filepath.Join(c.publicDir, "index.html")) + fileStamp(filepath.Join(c.publicDir, "_app", "env.js"))
		if stamp != c.stamp || c.value == "" {
			c.stamp = stamp
			c.value = c.build()
		}
	}
	return strings.Replace(c.value, "frame-ancestors "+frameAncestors, "frame-ancestors "+frameAncestorsFor(path), 1)
}

func fileStamp(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return "-"
	}
	return fmt.Sprintf("%d/%d", info.ModTime().UnixNano(), info.Size())
}

var inlineScript = regexp.MustCompile(`(?is)<script(\s[^>]*)?>(.*?)</script>`)
var envValue = regexp.MustCompile(`"?(PUBLIC_BASEMAP|PUBLIC_PMTILES_URL)"?\s*:\s*"([^"]*)"`)

func (c *cspBuilder) build() string {
	scripts := []string{"'self'"}
	if html, err := os.ReadFile(filepath.Join(c.publicDir, "index.html")); err == nil {
		for _, m := range inlineScript.FindAllSubmatch(html, -1) {
			if strings.Contains(strings.ToLower(string(m[1])), "src=") {
				continue
			}
			sum := sha256.Sum256(m[2])
			scripts = append(scripts, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
		}
	}

	basemap, pmtilesURL := "", ""
	if env, err := os.ReadFile(filepath.Join(c.publicDir, "_app", "env.js")); err == nil {
		for _, m := range envValue.FindAllStringSubmatch(string(env), -1) {
			if m[1] == "PUBLIC_BASEMAP" {
				basemap = m[2]
			} else {
				pmtilesURL = m[2]
			}
		}
	}
	// The site record's choice, when the field exists, overrides the build's.
	if site, err := c.app.FindFirstRecordByFilter("site", "id != ''"); err == nil && site.Collection().Fields.GetByName("basemap") != nil {
		if v := site.GetString("basemap"); v != "" {
			basemap = v
		}
	}

	img := []string{"'self'", "data:", "blob:"}
	connect := []string{"'self'"}
	switch basemap {
	case "gsi":
		img = append(img, gsiTilesOrigin)
		connect = append(connect, gsiTilesOrigin)
	case "pmtiles":
		if origin := originOf(pmtilesURL); origin != "" {
			connect = append(connect, origin)
		}
	}

	return strings.Join([]string{
		"default-src 'self'",
		"script-src " + strings.Join(scripts, " "),
		// Style sheets are files; Svelte and MapLibre write style attributes (style="…"), which
		// cannot run code, so only attributes may be inline.
		"style-src 'self'",
		"style-src-attr 'unsafe-inline'",
		"img-src " + strings.Join(img, " "),
		"connect-src " + strings.Join(connect, " "),
		"font-src 'self'",
		// MapLibre starts its worker from a blob: URL; the coverage worker is a file.
		"worker-src 'self' blob:",
		"child-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"manifest-src 'self'",
		"frame-ancestors " + frameAncestors,
	}, "; ")
}

// originOf is "scheme://host[:port]" of an absolute http(s) URL, "" for a path on this site.
func originOf(raw string) string {
	if !strings.HasPrefix(raw, "https://") && !strings.HasPrefix(raw, "http://") {
		return ""
	}
	rest := raw[strings.Index(raw, "://")+3:]
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	return raw[:strings.Index(raw, "://")+3] + rest
}
