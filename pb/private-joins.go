package main

// The private-joins guard (issue #15). PocketBase lets a list request filter, sort and expand
// through relations and back-relations (`resource_contacts_via_resource.direct_phone`). For a
// joined collection the caller may not list, PocketBase adds that collection's list rule as a
// condition on the whole row — so the rows that come back (or their order) still tell an
// anonymous visitor which public places have a private contact: an oracle. This guard refuses,
// before any query runs, every filter, sort or expand (REST and realtime subscriptions) that
// reaches a collection the caller may not read in full.

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

// privateJoins names, per collection without a public list rule, the roles (users.role) that
// may filter, sort or expand into it: the roles that can list all of it. A collection missing
// here is joinable only by superusers (fail closed for collections added later).
var privateJoins = map[string][]string{
	"resources":         {"admin", "coordinator", "care_manager"},
	"resource_contacts": {"admin", "coordinator", "care_manager"},
	"support_events":    {"admin", "coordinator", "care_manager"},
	"users":             {"admin", "coordinator"},
	"change_log":        {"admin"},
	"suggestions":       {"admin"},
	// shortlists: private to their owner, joinable by nobody
}

var (
	identifier = regexp.MustCompile(`[@A-Za-z_][A-Za-z0-9_.:@]*`)
	backRel    = regexp.MustCompile(`^([A-Za-z0-9_]+)_via_([A-Za-z0-9_]+)$`)
)

// guardPrivateJoins is a router middleware for record lists/views and realtime subscriptions.
func guardPrivateJoins(e *core.RequestEvent) error {
	if e.HasSuperuserAuth() {
		return e.Next()
	}
	path := e.Request.URL.Path
	switch {
	case strings.HasPrefix(path, "/api/collections/"): // any method: HEAD answers GET routes too
		parts := strings.Split(strings.TrimPrefix(path, "/api/collections/"), "/")
		if len(parts) >= 2 && parts[1] == "records" {
			q := e.Request.URL.Query()
			if blocked := blockedJoin(e, parts[0], q.Get("filter"), q.Get("sort"), q.Get("expand")); blocked != "" {
				return refuse(e, blocked)
			}
		}
	case e.Request.Method == http.MethodPost && path == "/api/realtime":
		info, err := e.RequestInfo()
		if err != nil {
			return err
		}
		subs, _ := info.Body["subscriptions"].([]any)
		for _, s := range subs {
			topic, _ := s.(string)
			name, filter, sort, expand := parseTopic(topic)
			if blocked := blockedJoin(e, name, filter, sort, expand); blocked != "" {
				return refuse(e, blocked)
			}
		}
	}
	return e.Next()
}

func refuse(e *core.RequestEvent, collection string) error {
	return e.BadRequestError("Filtering, sorting or expanding through \""+collection+"\" is not allowed.", nil)
}

// parseTopic splits a realtime topic "COLLECTION[/ID][?options={json}]" into its collection
// and the filter, sort and expand it asks for.
func parseTopic(topic string) (name, filter, sort, expand string) {
	rawQuery := ""
	if i := strings.Index(topic, "?"); i >= 0 {
		topic, rawQuery = topic[:i], topic[i+1:]
	}
	name = strings.Split(topic, "/")[0]
	q, _ := url.ParseQuery(rawQuery)
	var options struct {
		Query map[string]any `json:"query"`
	}
	_ = json.Unmarshal([]byte(q.Get("options")), &options)
	str := func(k string) string { v, _ := options.Query[k].(string); return v }
	return name, str("filter"), str("sort"), str("expand")
}

// blockedJoin returns the first collection the request reaches but the caller may not join,
// or "" when every reached collection is allowed.
func blockedJoin(e *core.RequestEvent, base, filter, sort, expand string) string {
	if filter == "" && sort == "" && expand == "" {
		return ""
	}
	baseCollection, err := e.App.FindCachedCollectionByNameOrId(base)
	if err != nil {
		return "" // PocketBase answers 404 itself
	}
	type path struct {
		segments []string
		expand   bool
	}
	var paths []path
	for _, expr := range []string{filter, sort} {
		for _, id := range identifier.FindAllString(withoutTextAndComments(expr), -1) {
			paths = append(paths, path{strings.Split(id, "."), false})
		}
	}
	for _, p := range strings.Split(expand, ",") {
		if p = strings.TrimSpace(p); p != "" {
			paths = append(paths, path{strings.Split(p, "."), true})
		}
	}
	for _, p := range paths {
		for _, reached := range reachedCollections(e.App, baseCollection, p.segments, p.expand) {
			if !mayJoin(e, reached) {
				return reached.Name
			}
		}
	}
	return ""
}

// withoutTextAndComments blanks the quoted strings and the // comments of a filter or sort
// expression, scanning left to right as PocketBase's parser does, so that neither a quote
// inside a comment nor "//" inside a string can hide a field path from the guard.
func withoutTextAndComments(expr string) string {
	var out strings.Builder
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		switch {
		case c == '\'' || c == '"':
			for i++; i < len(expr) && expr[i] != c; i++ {
				if expr[i] == '\\' {
					i++
				}
			}
			out.WriteString(" '' ")
		case c == '/' && i+1 < len(expr) && expr[i+1] == '/':
			for i < len(expr) && expr[i] != '\n' {
				i++
			}
			out.WriteByte(' ')
		default:
			out.WriteByte(c)
		}
	}
	return out.String()
}

// reachedCollections walks a field path ("organization.district.name",
// "resource_contacts_via_resource.direct_phone", "@collection.users.name") and returns every
// collection it joins. A segment that is neither a relation nor a back-relation ends the walk
// (a plain field, a JSON path, a modifier such as :lower). In a filter or sort a relation
// field as the last segment compares its ids and joins nothing; in an expand it is read.
func reachedCollections(app core.App, base *core.Collection, segments []string, expand bool) []*core.Collection {
	var out []*core.Collection
	current := base
	for i := 0; i < len(segments); i++ {
		seg := segments[i]
		if j := strings.Index(seg, ":"); j >= 0 {
			seg = seg[:j]
		}
		if i == 0 && strings.HasPrefix(seg, "@") {
			if seg != "@collection" || len(segments) < 2 {
				return out // @request.*, @now, … name no collection
			}
			c, err := app.FindCachedCollectionByNameOrId(strings.SplitN(segments[1], ":", 2)[0])
			if err != nil {
				return out
			}
			out = append(out, c)
			current = c
			i++
			continue
		}
		if m := backRel.FindStringSubmatch(seg); m != nil {
			c, err := app.FindCachedCollectionByNameOrId(m[1])
			if err != nil {
				return out
			}
			out = append(out, c)
			current = c
			continue
		}
		field, ok := current.Fields.GetByName(seg).(*core.RelationField)
		if !ok || (!expand && i == len(segments)-1) {
			return out
		}
		c, err := app.FindCachedCollectionByNameOrId(field.CollectionId)
		if err != nil {
			return out
		}
		out = append(out, c)
		current = c
	}
	return out
}

// mayJoin: the collection is public (empty list rule), or the caller's role may list all of it.
func mayJoin(e *core.RequestEvent, c *core.Collection) bool {
	if c.ListRule != nil && *c.ListRule == "" {
		return true
	}
	if e.Auth == nil || e.Auth.Collection().Name != "users" {
		return false
	}
	return slices.Contains(privateJoins[c.Name], e.Auth.GetString("role"))
}
