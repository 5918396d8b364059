package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/search"
)

// Public read snapshots: what anonymous pages read, built once per change and served from
// memory as precompressed bytes with an ETag, instead of running the rule engine and
// encoding JSON per request (`resources?perPage=1000` is ~460 KB of JSON per visitor).
//
// A snapshot holds exactly what an anonymous API client may read: its records come from
// the collection's own listRule evaluated for a guest (never re-coded here), exported
// through PublicExport (hidden fields stay out), minus the fields in `omit`. Collections
// with no guest access (resource_contacts, users, …) have no snapshot at all.
//
// Every create/update/delete of a record of those collections (API, batch, hooks, the
// import route: the model hooks see them all, after their transaction commits), and every
// collection change (rules, fields), marks the snapshots that read it stale; a stale
// snapshot is rebuilt on its next request, and a debounced timer rebuilds it ahead of that
// after a burst of changes (an import of thousands of records rebuilds once).

type snapshotDef struct {
	name       string
	collection string
	// filter narrows the records further (never widens: the guest listRule always applies).
	filter string
	// sort is an ORDER BY list of this collection's columns.
	sort string
	// omit: fields an anonymous API client can read but no public page needs.
	omit []string
	// columnar encodes population cells as typed-array columns (see encodePopulation).
	columnar bool
	// perRecord also keeps each record's JSON, for /api/public/{name}/{id}.
	perRecord bool
}

var snapshotDefs = []snapshotDef{
	// The whole public site record, whatever fields later migrations add.
	{name: "site", collection: "site", sort: "created"},
	{name: "areas", collection: "areas", sort: "code, name", omit: []string{"geometry"}},
	{name: "boundaries", collection: "areas", filter: `kind = "city" || kind = "district"`, sort: "code, name"},
	// verified_by is a staff account's id: readable through the API, of no use to a resident.
	{name: "resources", collection: "resources", sort: "name_kana, name", omit: []string{"verified_by"}, perRecord: true},
	{name: "service_types", collection: "service_types", sort: "sort_order, code"},
	{name: "organizations", collection: "organizations", sort: "name_kana, name"},
	{name: "councils", collection: "councils", sort: "layer, name"},
	{name: "population", collection: "population_cells", sort: "mesh_code", columnar: true},
	// Every map's credits (issue #7): the imported sources' and the layers' attribution lines.
	{name: "data_sources", collection: "data_sources", sort: "key"},
	{name: "layers", collection: "layers", sort: "name"},
}

// encodedBody is one JSON document and its gzip form (and, for whole documents, its brotli
// form), with a weak ETag of its content.
type encodedBody struct {
	raw  []byte
	gz   []byte
	br   []byte
	etag string
}

// withBrotli adds the brotli form when it is smaller. Only whole documents get one: on the
// demo city's resources it is about a fifth smaller than gzip (tens of kB less on a resident's
// first load over a slow network), while a single place's record is too small to matter and
// there are thousands of them to encode on each rebuild.
func (b *encodedBody) withBrotli() *encodedBody {
	if len(b.raw) > 512 {
		if br := compressBrotli(b.raw); len(br) < len(b.raw) {
			b.br = br
		}
	}
	return b
}

// pick returns the smallest form the request accepts and its Content-Encoding ("" = raw).
func (b *encodedBody) pick(acceptEncoding string) ([]byte, string) {
	if b.br != nil && acceptsEncoding(acceptEncoding, "br") {
		return b.br, "br"
	}
	if b.gz != nil && acceptsEncoding(acceptEncoding, "gzip") {
		return b.gz, "gzip"
	}
	return b.raw, ""
}

func encodeBody(raw []byte) *encodedBody {
	sum := sha256.Sum256(raw)
	b := &encodedBody{raw: raw, etag: `W/"` + hex.EncodeToString(sum[:12]) + `"`}
	if len(raw) > 512 {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(raw)
		_ = zw.Close()
		if buf.Len() < len(raw) {
			b.gz = buf.Bytes()
		}
	}
	return b
}

type snapshot struct {
	body     *encodedBody
	records  map[string]*encodedBody
	builtGen uint64
}

type snapshotStore struct {
	app  core.App
	defs map[string]snapshotDef

	mu    sync.RWMutex
	gen   map[string]uint64 // collection name → change counter
	snaps map[string]*snapshot

	timerMu sync.Mutex
	timer   *time.Timer
}

func newSnapshotStore(app core.App) *snapshotStore {
	s := &snapshotStore{app: app, defs: map[string]snapshotDef{}, gen: map[string]uint64{}, snaps: map[string]*snapshot{}}
	for _, d := range snapshotDefs {
		s.defs[d.name] = d
		s.gen[d.collection] = 1
	}
	return s
}

// touch marks the snapshots reading `collection` stale ("" = all) and schedules a rebuild.
func (s *snapshotStore) touch(collection string) {
	s.mu.Lock()
	hit := false
	for c := range s.gen {
		if collection == "" || c == collection {
			s.gen[c]++
			hit = true
		}
	}
	s.mu.Unlock()
	if !hit {
		return
	}
	s.timerMu.Lock()
	defer s.timerMu.Unlock()
	if s.timer != nil {
		s.timer.Stop()
	}
	s.timer = time.AfterFunc(300*time.Millisecond, s.rebuildBuilt)
}

// rebuildBuilt refreshes the stale snapshots that somebody has asked for before.
func (s *snapshotStore) rebuildBuilt() {
	s.mu.RLock()
	names := make([]string, 0, len(s.snaps))
	for name := range s.snaps {
		names = append(names, name)
	}
	s.mu.RUnlock()
	for _, name := range names {
		if _, err := s.get(name); err != nil {
			s.app.Logger().Warn("public snapshot rebuild failed", "snapshot", name, "error", err)
		}
	}
}

// get returns a fresh snapshot, building it when it is missing or stale.
func (s *snapshotStore) get(name string) (*snapshot, error) {
	def, ok := s.defs[name]
	if !ok {
		return nil, nil
	}
	// Fast path, taken by nearly every request: a shared lock, no build.
	s.mu.RLock()
	if snap := s.snaps[name]; snap != nil && snap.builtGen == s.gen[def.collection] {
		s.mu.RUnlock()
		return snap, nil
	}
	s.mu.RUnlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	gen := s.gen[def.collection]
	if snap := s.snaps[name]; snap != nil && snap.builtGen == gen {
		return snap, nil
	}
	snap, err := buildSnapshot(s.app, def)
	if err != nil {
		return nil, err
	}
	// A change during the build bumped gen again: this snapshot is then stale at once.
	snap.builtGen = gen
	s.snaps[name] = snap
	return snap, nil
}

// guestRecords returns the records of def's collection an anonymous API client can list,
// narrowed by def.filter, in def.sort order.
func guestRecords(app core.App, def snapshotDef) ([]*core.Record, error) {
	collection, err := app.FindCachedCollectionByNameOrId(def.collection)
	if err != nil {
		return nil, err
	}
	if collection.ListRule == nil {
		return nil, fmt.Errorf("%s: anonymous visitors may not list it", def.collection)
	}
	query := app.RecordQuery(collection)
	resolver := core.NewRecordFieldResolver(app, collection, &core.RequestInfo{Method: http.MethodGet, Context: core.RequestInfoContextDefault, Query: map[string]string{}, Headers: map[string]string{}, Body: map[string]any{}}, false)
	for _, f := range []string{*collection.ListRule, def.filter} {
		if f == "" {
			continue
		}
		expr, err := search.FilterData(f).BuildExpr(resolver)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", def.collection, err)
		}
		query.AndWhere(expr)
	}
	if err := resolver.UpdateQuery(query); err != nil {
		return nil, err
	}
	if def.sort != "" {
		query.OrderBy(strings.Split(def.sort, ", ")...)
	}
	records := []*core.Record{}
	if err := query.All(&records); err != nil {
		return nil, err
	}
	return records, nil
}

func buildSnapshot(app core.App, def snapshotDef) (*snapshot, error) {
	records, err := guestRecords(app, def)
	if err != nil {
		return nil, err
	}
	if def.columnar {
		raw, err := encodePopulation(records)
		if err != nil {
			return nil, err
		}
		return &snapshot{body: encodeBody(raw).withBrotli()}, nil
	}
	items := make([]map[string]any, len(records))
	snap := &snapshot{}
	if def.perRecord {
		snap.records = make(map[string]*encodedBody, len(records))
	}
	for i, r := range records {
		m := r.PublicExport()
		for _, f := range def.omit {
			delete(m, f)
		}
		items[i] = m
		if def.perRecord {
			raw, err := json.Marshal(m)
			if err != nil {
				return nil, err
			}
			snap.records[r.Id] = encodeBody(raw)
		}
	}
	raw, err := json.Marshal(map[string]any{"items": items})
	if err != nil {
		return nil, err
	}
	snap.body = encodeBody(raw).withBrotli()
	return snap, nil
}

// encodePopulation lays population cells out as columns: the mesh codes as one
// comma-separated string, the numbers as base64 little-endian typed arrays (Float64 for
// populations, Int32 for the mesh size and year). Tens of thousands of cells are then a few
// hundred kilobytes before compression instead of one JSON object per cell.
func encodePopulation(records []*core.Record) ([]byte, error) {
	n := len(records)
	codes := make([]string, n)
	meshM := make([]byte, 4*n)
	year := make([]byte, 4*n)
	pop := make([]byte, 8*n)
	pop65 := make([]byte, 8*n)
	for i, r := range records {
		codes[i] = r.GetString("mesh_code")
		binary.LittleEndian.PutUint32(meshM[4*i:], uint32(int32(r.GetInt("mesh_m"))))
		binary.LittleEndian.PutUint32(year[4*i:], uint32(int32(r.GetInt("year"))))
		binary.LittleEndian.PutUint64(pop[8*i:], math.Float64bits(r.GetFloat("population")))
		binary.LittleEndian.PutUint64(pop65[8*i:], math.Float64bits(r.GetFloat("population_65")))
	}
	b64 := base64.StdEncoding.EncodeToString
	return json.Marshal(map[string]any{
		"count":         n,
		"mesh_code":     strings.Join(codes, ","),
		"mesh_m":        b64(meshM),
		"year":          b64(year),
		"population":    b64(pop),
		"population_65": b64(pop65),
	})
}

// serveEncoded sends a snapshot document, revalidated by ETag (a 304 when unchanged).
func serveEncoded(e *core.RequestEvent, b *encodedBody) error {
	h := e.Response.Header()
	h.Set("Cache-Control", "no-cache")
	addVary(h, "Accept-Encoding")
	h.Set("ETag", b.etag)
	if etagMatches(e.Request.Header.Get("If-None-Match"), b.etag) {
		e.Response.WriteHeader(http.StatusNotModified)
		return nil
	}
	h.Set("Content-Type", "application/json; charset=utf-8")
	body, encoding := b.pick(e.Request.Header.Get("Accept-Encoding"))
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	e.Response.WriteHeader(http.StatusOK)
	if e.Request.Method != http.MethodHead {
		_, _ = e.Response.Write(body)
	}
	return nil
}

// registerPublicReads adds the public snapshots (GET /api/public/{name} and
// /api/public/resources/{id}), their invalidation hooks, and gzip for the API's JSON. It
// returns the store, whose snapshots index.html carries (index_with_data.go).
func registerPublicReads(app core.App) *snapshotStore {
	store := newSnapshotStore(app)

	onChange := func(e *core.ModelEvent) error {
		switch m := e.Model.(type) {
		case *core.Record:
			store.touch(m.Collection().Name)
		case *core.Collection:
			store.touch("")
		}
		return e.Next()
	}
	app.OnModelAfterCreateSuccess().BindFunc(onChange)
	app.OnModelAfterUpdateSuccess().BindFunc(onChange)
	app.OnModelAfterDeleteSuccess().BindFunc(onChange)

	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.Bind(compressJSONMiddleware())
		se.Router.GET("/api/public/{name}", func(e *core.RequestEvent) error {
			snap, err := store.get(e.Request.PathValue("name"))
			if err != nil {
				return e.InternalServerError("The public snapshot could not be built.", err)
			}
			if snap == nil {
				return e.NotFoundError("No such public snapshot.", nil)
			}
			return serveEncoded(e, snap.body)
		}).Bind(apis.SkipSuccessActivityLog())
		se.Router.GET("/api/public/resources/{id}", func(e *core.RequestEvent) error {
			snap, err := store.get("resources")
			if err != nil {
				return e.InternalServerError("The public snapshot could not be built.", err)
			}
			rec := snap.records[e.Request.PathValue("id")]
			if rec == nil {
				// Unknown, private or not active: the same answer the records API gives a guest.
				return e.NotFoundError("The requested resource wasn't found.", nil)
			}
			return serveEncoded(e, rec)
		}).Bind(apis.SkipSuccessActivityLog())
		return se.Next()
	})
	return store
}
