package config

import (
	"encoding/json"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/docdrift/docdrift/internal/profile"
)

// The keys of a [[product]]'s profile: where a procedure begins, how to sign in, the
// subjects its docs act on and how to make and remove them, what on its pages is secret.

// address is a path on the product's host ("/admin") or an absolute http(s) URL.
func (c *checker) address(k *key, v any) string {
	s := deref(c.label(k, v))
	if s == "" {
		return ""
	}
	if strings.HasPrefix(s, "/") {
		if _, err := url.Parse(s); err != nil {
			c.valueErr(k, "%s %q is not a path: %v", k.name, s, err)
			return ""
		}
		return s
	}
	if c.baseURL(k, v) == nil {
		return ""
	}
	return s
}

func (c *checker) signIn(k *key, v any) profile.SignIn {
	var s profile.SignIn
	c.table(k, v, fields{
		"url":      func(k *key, v any) { s.URL = c.address(k, v) },
		"username": func(k *key, v any) { s.Username = deref(c.label(k, v)) },
		"password": func(k *key, v any) { s.Password = deref(c.label(k, v)) },
		"submit":   func(k *key, v any) { s.Submit = deref(c.label(k, v)) },
	})
	return s
}

func (c *checker) api(k *key, v any) profile.API {
	var a profile.API
	c.table(k, v, fields{
		"bearer_cookie":  func(k *key, v any) { a.BearerCookie = deref(c.label(k, v)) },
		"bearer_storage": func(k *key, v any) { a.BearerStorage = deref(c.label(k, v)) },
		"header": func(k *key, v any) {
			c.table(k, v, fields{
				"name":    func(k *key, v any) { a.Header.Name = c.headerName(k, v) },
				"path":    func(k *key, v any) { a.Header.From.Path = c.requestPath(k, v, nil) },
				"storage": func(k *key, v any) { a.Header.Storage = deref(c.label(k, v)) },
			})
			if m, ok := v.(map[string]any); ok && (m["name"] == nil || (m["path"] == nil) == (m["storage"] == nil)) {
				c.valueErr(k, "%s needs a name (the header to send) and either a path (where its value is fetched) or a storage key (where the page keeps it)", k.name)
			}
		},
	})
	if a.BearerCookie != "" && a.BearerStorage != "" {
		c.valueErr(k, "%s has both bearer_cookie and bearer_storage: the product wants one bearer token", k.name)
	}
	return a
}

var headerNameRx = regexp.MustCompile(`^[A-Za-z0-9!#$%&'*+.^_|~-]+$`)

func (c *checker) headerName(k *key, v any) string {
	s := deref(c.label(k, v))
	if s != "" && !headerNameRx.MatchString(s) {
		c.valueErr(k, "%s %q is not an HTTP header name", k.name, s)
		return ""
	}
	return s
}

// subjects reads [[product.subject]] tables; a name twice in one product is an error, since
// the docs' words could not tell the two apart.
func (c *checker) subjects(k *key, v any) []profile.Subject {
	var out []profile.Subject
	seen := map[string]bool{}
	for i, t := range c.tableArray(k, v, "product.subject") {
		ek := k.elem(i)
		var s profile.Subject
		c.table(ek, t, fields{
			"name":  func(k *key, v any) { s.Name = deref(c.label(k, v)) },
			"words": func(k *key, v any) { s.Words = c.labels(k, v) },
			"api":   func(k *key, v any) { s.API = c.calls(k, v) },
			"pages": func(k *key, v any) { s.Pages = c.pages(k, v) },
			"backdrop": func(k *key, v any) {
				if b := c.boolean(k, v); b != nil {
					s.Backdrop = *b
				}
			},
			"max_name": func(k *key, v any) {
				if n := c.integer(k, v); n != nil {
					s.MaxName = *n
				}
			},
		})
		if s.Backdrop && s.API == nil && s.Pages == nil {
			c.valueErr(ek, "backdrop subject %q has neither api nor pages: say how docdrift makes one", s.Name)
		}
		if m, ok := t.(map[string]any); ok && m["name"] == nil {
			c.valueErr(ek, "[[product.subject]] has no name: say what the docs call the items (\"API token\")")
		}
		for _, n := range s.Names() {
			if n == "" {
				continue
			}
			if seen[strings.ToLower(n)] {
				c.valueErr(ek, "subject name %q is given twice in this product", n)
			}
			seen[strings.ToLower(n)] = true
		}
		out = append(out, s)
	}
	return out
}

// calls reads a subject's REST requests: list, create and delete, each required.
func (c *checker) calls(k *key, v any) *profile.Calls {
	var a profile.Calls
	c.table(k, v, fields{
		"list": func(k *key, v any) {
			a.List = c.request(k, v, "GET", nil, fields{
				"items": func(k *key, v any) { a.Items = c.jsonPath(k, v) },
				"id":    func(k *key, v any) { a.ID = c.jsonPath(k, v) },
				"name":  func(k *key, v any) { a.Name = c.jsonPath(k, v) },
			})
			c.require(k, v, "id", "name")
		},
		"create": func(k *key, v any) { c.create(k, v, &a) },
		"delete": func(k *key, v any) {
			// One request, or several in order: [{ method = "POST", path = ".../{id}/archive" }, { path = ".../{id}" }].
			for _, r := range c.requests(k, v) {
				a.Delete = append(a.Delete, c.request(r.k, r.v, "DELETE", []string{"id", "name"}, nil))
				if !rawHas(r.v, "{id}") && !rawHas(r.v, "{name}") {
					c.valueErr(r.k, "%s must say which item: put {id} or {name} in its path or body", k.name)
				}
			}
		},
	})
	c.require(k, v, "list", "create", "delete")
	return &a
}

// create reads the requests that make an item: one, or several in order, each able to
// capture values of its answer for those after it. The last answer is the new item's, so
// id and secrets belong to the last request.
func (c *checker) create(k *key, v any, a *profile.Calls) {
	vars := []string{"name", "password"}
	named := false
	steps := c.requests(k, v)
	for i, step := range steps {
		last := i == len(steps)-1
		onLast := func(set func(k *key, v any)) func(k *key, v any) {
			return func(k *key, v any) {
				if !last {
					c.valueErr(k, "%s belongs on the last create request, whose answer is the new item", k.name)
					return
				}
				set(k, v)
			}
		}
		var captures map[string]string
		r := c.request(step.k, step.v, "POST", vars, fields{
			"id":       onLast(func(k *key, v any) { a.CreatedID = c.jsonPath(k, v) }),
			"secrets":  onLast(func(k *key, v any) { a.Secrets = c.jsonPaths(k, v) }),
			"captures": func(k *key, v any) { captures = c.captures(k, v, vars) },
		})
		r.Captures = captures
		for _, name := range slices.Sorted(maps.Keys(captures)) {
			vars = append(vars, name)
		}
		a.Create = append(a.Create, r)
		named = named || rawHas(step.v, "{name}")
	}
	if !named {
		c.valueErr(k, "%s must send the item's name: put {name} in its path or body", k.name)
	}
}

// requests are a request key's tables, each with the key it is reported by: one table, or
// an array of them.
func (c *checker) requests(k *key, v any) []keyed {
	if isTable(v) {
		return []keyed{{k, v}}
	}
	var out []keyed
	for i, step := range c.tableArray(k, v, k.name) {
		out = append(out, keyed{k.elem(i), step})
	}
	return out
}

// keyed is a value and the key it is reported by.
type keyed struct {
	k *key
	v any
}

// captures reads { placeholder = "json.path" }: names that are not placeholders already.
func (c *checker) captures(k *key, v any, vars []string) map[string]string {
	out := map[string]string{}
	for name, path := range c.stringTable(k, v, stringTable{shape: `placeholder = "json.path"`, emptyKey: "a placeholder name is empty", emptyValue: "the JSON path is empty"}) {
		ck := k.child(name)
		switch {
		case !placeholderNameRx.MatchString(name):
			c.keyErr(ck, "%s: %q is no placeholder name (lower-case letters and _)", k.name, name)
		case slices.Contains(vars, name) || name == "id":
			c.keyErr(ck, "%s: {%s} is taken already", k.name, name)
		default:
			if p := c.jsonPath(ck, path); p != "" {
				out[name] = p
			}
		}
	}
	return out
}

var placeholderNameRx = regexp.MustCompile(`^[a-z_]+$`)

func isTable(v any) bool {
	_, ok := v.(map[string]any)
	return ok
}

// rawHas reports whether a request's path or body, as written, holds a placeholder.
func rawHas(v any, placeholder string) bool {
	m, _ := v.(map[string]any)
	path, _ := m["path"].(string)
	body, _ := m["body"].(string)
	return strings.Contains(path+body, placeholder)
}

// require reports the keys a table must have and lacks.
func (c *checker) require(k *key, v any, names ...string) {
	m, ok := v.(map[string]any)
	if !ok {
		return
	}
	for _, n := range names {
		if _, ok := m[n]; !ok {
			c.valueErr(k, "%s has no %s", k.name, n)
		}
	}
}

var methods = []string{"GET", "POST", "PUT", "PATCH", "DELETE"}

// request reads { method, path, body } plus the extra keys more, with the placeholders vars
// allowed in path and body.
func (c *checker) request(k *key, v any, method string, vars []string, more fields) profile.Request {
	r := profile.Request{Method: method}
	known := fields{
		"method": func(k *key, v any) {
			if s := deref(c.label(k, v)); s != "" {
				if !slices.Contains(methods, strings.ToUpper(s)) {
					c.valueErr(k, "%s %q is not one of %s", k.name, s, strings.Join(methods, ", "))
					return
				}
				r.Method = strings.ToUpper(s)
			}
		},
		"path": func(k *key, v any) { r.Path = c.requestPath(k, v, vars) },
		"body": func(k *key, v any) { r.Body = c.body(k, v, vars) },
		"headers": func(k *key, v any) {
			r.Headers = c.stringTable(k, v, stringTable{shape: `"Header-Name" = "value"`, emptyKey: "a header name is empty", emptyValue: "the value is empty"})
			for _, name := range slices.Sorted(maps.Keys(r.Headers)) {
				switch {
				case !headerNameRx.MatchString(name):
					c.keyErr(k.child(name), "%s: %q is not an HTTP header name", k.name, name)
					delete(r.Headers, name)
				case !c.placeholders(k.child(name), r.Headers[name], vars):
					delete(r.Headers, name)
				}
			}
		},
		"session": func(k *key, v any) {
			if b := c.boolean(k, v); b != nil {
				r.Anonymous = !*b
			}
		},
	}
	maps.Copy(known, more)
	c.table(k, v, known)
	c.require(k, v, "path")
	return r
}

// placeholderRx finds {name}-style placeholders in a path or body template.
var placeholderRx = regexp.MustCompile(`\{([a-z_]+)\}`)

// placeholders reports placeholders other than vars.
func (c *checker) placeholders(k *key, s string, vars []string) bool {
	for _, m := range placeholderRx.FindAllStringSubmatch(s, -1) {
		if !slices.Contains(vars, m[1]) {
			allowed := "none"
			if len(vars) > 0 {
				allowed = "{" + strings.Join(vars, "}, {") + "}"
			}
			c.valueErr(k, "%s: unknown placeholder {%s} (allowed here: %s)", k.name, m[1], allowed)
			return false
		}
	}
	return true
}

func (c *checker) requestPath(k *key, v any, vars []string) string {
	s := deref(c.label(k, v))
	switch {
	case s == "":
		return ""
	case !strings.HasPrefix(s, "/") || strings.HasPrefix(s, "//"): // "//host/x" is another host
		c.valueErr(k, "%s %q must be a path on the product's host, starting with one /", k.name, s)
		return ""
	case !c.placeholders(k, s, vars):
		return ""
	}
	return s
}

// body is a JSON template: valid JSON once its placeholders are filled in.
func (c *checker) body(k *key, v any, vars []string) string {
	s := deref(c.label(k, v))
	if s == "" || !c.placeholders(k, s, vars) {
		return ""
	}
	if !json.Valid([]byte(placeholderRx.ReplaceAllString(s, "x"))) {
		c.valueErr(k, "%s is not JSON once its placeholders are filled in (write them inside strings: \"{name}\")", k.name)
		return ""
	}
	return s
}

var jsonPathRx = regexp.MustCompile(`^(\.|[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*)$`)

// jsonPath is a dotted path into a JSON answer ("data.id", "uuid"), or "." for the answer.
func (c *checker) jsonPath(k *key, v any) string {
	s := deref(c.label(k, v))
	if s != "" && !jsonPathRx.MatchString(s) {
		c.valueErr(k, "%s %q is not a dotted JSON path such as \"data.id\"", k.name, s)
		return ""
	}
	return s
}

func (c *checker) jsonPaths(k *key, v any) []string {
	var out []string
	for i, s := range c.labels(k, v) {
		if p := c.jsonPath(k.elem(i), s); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// pages reads how a subject is made and removed through the product's pages.
func (c *checker) pages(k *key, v any) *profile.Pages {
	var p profile.Pages
	text := func(dst *string) func(k *key, v any) { return func(k *key, v any) { *dst = deref(c.label(k, v)) } }
	c.table(k, v, fields{
		"list":    text(&p.List),
		"create":  text(&p.Create),
		"name":    text(&p.Name),
		"save":    text(&p.Save),
		"dismiss": text(&p.Dismiss),
		"delete":  text(&p.Delete),
		"fill":    func(k *key, v any) { p.Fill = c.fill(k, v) },
	})
	c.require(k, v, "list", "name", "save", "delete") // no create: the list holds the form
	if strings.Contains(p.Delete, "{") && !strings.Contains(p.Delete, "{name}") {
		c.valueErr(k.child("delete"), "%s.delete: the only placeholder is {name}", k.name)
	}
	return &p
}

func (c *checker) secrets(k *key, v any) profile.Secrets {
	var s profile.Secrets
	c.table(k, v, fields{
		"patterns": func(k *key, v any) {
			for i, p := range c.labels(k, v) {
				rx, err := regexp.Compile(p)
				switch {
				case err != nil:
					c.valueErr(k.elem(i), "%s: %q is not a regular expression: %v", k.name, p, err)
				case rx.MatchString(""):
					c.valueErr(k.elem(i), "%s: %q matches empty text, so it would hide nothing useful", k.name, p)
				default:
					s.Patterns = append(s.Patterns, rx)
				}
			}
		},
		"cookies": func(k *key, v any) { s.Cookies = c.labels(k, v) },
	})
	return s
}

// fill is a table of the form's other fields: "label" = "value".
// fill reads a form's other fields; a value may carry the item's {name}, for fields that must
// differ between items (an invited user's e-mail address: "{name}@example.com").
func (c *checker) fill(k *key, v any) map[string]string {
	fill := c.stringTable(k, v, stringTable{shape: `"field label" = "value"`, emptyKey: "a field label is empty", emptyValue: "the value is empty"})
	for _, label := range slices.Sorted(maps.Keys(fill)) {
		if !c.placeholders(k.child(label), fill[label], []string{"name"}) {
			delete(fill, label)
		}
	}
	return fill
}
