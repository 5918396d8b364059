package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// acceptsEncoding reports whether an Accept-Encoding header allows `enc` ("br", "gzip"):
// listed (or "*") with a q-value above zero.
func acceptsEncoding(header, enc string) bool {
	starQ := 0.0
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != enc && name != "*" {
			continue
		}
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		if name == enc {
			return q > 0
		}
		starQ = q
	}
	return starQ > 0
}

// etagMatches reports whether an If-None-Match header names `etag` (weak comparison, as
// RFC 9110 prescribes for If-None-Match) or is "*".
func etagMatches(ifNoneMatch, etag string) bool {
	if ifNoneMatch == "" {
		return false
	}
	want := strings.TrimPrefix(etag, "W/")
	for _, part := range strings.Split(ifNoneMatch, ",") {
		p := strings.TrimSpace(part)
		if p == "*" || strings.TrimPrefix(p, "W/") == want {
			return true
		}
	}
	return false
}

var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
	return w
}}

// gzipJSONWriter compresses a response on the fly when, at WriteHeader time, it turns out to
// be JSON that nobody has encoded already. Anything else (files, event streams, 304s) passes
// through untouched, so the realtime API and file downloads keep working.
type gzipJSONWriter struct {
	http.ResponseWriter
	gz      *gzip.Writer
	decided bool
}

func (w *gzipJSONWriter) WriteHeader(status int) {
	if !w.decided {
		w.decided = true
		h := w.Header()
		ct := h.Get("Content-Type")
		if status >= 200 && status != http.StatusNoContent && status != http.StatusNotModified &&
			h.Get("Content-Encoding") == "" && strings.HasPrefix(ct, "application/json") {
			h.Set("Content-Encoding", "gzip")
			h.Del("Content-Length")
			gz := gzipWriters.Get().(*gzip.Writer)
			gz.Reset(w.ResponseWriter)
			w.gz = gz
		}
		addVary(h, "Accept-Encoding")
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *gzipJSONWriter) Write(b []byte) (int, error) {
	if !w.decided {
		w.WriteHeader(http.StatusOK)
	}
	if w.gz != nil {
		return w.gz.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

func (w *gzipJSONWriter) Flush() {
	if w.gz != nil {
		_ = w.gz.Flush()
	}
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets PocketBase's router see through to its own writer (Written, Status).
func (w *gzipJSONWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *gzipJSONWriter) finish() {
	if w.gz != nil {
		_ = w.gz.Close()
		w.gz.Reset(io.Discard)
		gzipWriters.Put(w.gz)
		w.gz = nil
	}
}

// compressJSONMiddleware gzips the API's JSON responses for clients that accept gzip: a
// 464 KB resource list is about 60 KB on the wire. Requests for files and the realtime
// stream are left alone.
func compressJSONMiddleware() *hook.Handler[*core.RequestEvent] {
	return &hook.Handler[*core.RequestEvent]{
		Id: "sasaeaiCompressJSON",
		Func: func(e *core.RequestEvent) error {
			p := e.Request.URL.Path
			if !strings.HasPrefix(p, "/api/") || strings.HasPrefix(p, "/api/realtime") || strings.HasPrefix(p, "/api/files/") ||
				!acceptsEncoding(e.Request.Header.Get("Accept-Encoding"), "gzip") {
				return e.Next()
			}
			w := &gzipJSONWriter{ResponseWriter: e.Response}
			e.Response = w
			defer w.finish()
			return e.Next()
		},
	}
}

// addVary adds `field` to the Vary header unless it is already listed.
func addVary(h http.Header, field string) {
	for _, v := range h.Values("Vary") {
		for _, f := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(f), field) {
				return
			}
		}
	}
	h.Add("Vary", field)
}

// compressBrotli compresses a document once, when it is built. Quality 9 rather than 11: on
// the demo city's resources (~0.5 MB of JSON) 11 takes about ten times as long for a few
// percent less, and a rebuild after each write sits in front of the next reader.
func compressBrotli(raw []byte) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, 9)
	_, _ = w.Write(raw)
	_ = w.Close()
	return buf.Bytes()
}
