package steps

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/docdrift/docdrift/internal/profile"
)

// apiRequest is one call of a product's REST API ready to send: its placeholders filled in
// and its address checked to be on the product's own origin.
type apiRequest struct {
	method string
	url    string // absolute, on the product's origin
	path   string // as errors name it: the path and query, no host
	body   string
	// headers are the request's own, filled in; anonymous sends it without the session.
	headers   map[string]string
	anonymous bool
}

// prepare fills in a profile's request — {name} and {id} in its path (escaped for where they
// stand) and its body (JSON-escaped) — and resolves it against base. key is the toml key
// that wrote the request ("[product.subject.api] delete"), for the error when the path leads
// to another origin: the session's cookies and bearer token go only to the product.
func prepare(base, key string, r profile.Request, vars map[string]string) (apiRequest, error) {
	raw := fillPath(r.Path, vars)
	b, err := url.Parse(base)
	if err != nil {
		return apiRequest{}, fmt.Errorf("the product's base URL %q: %w", base, err)
	}
	u, err := b.Parse(raw)
	if err != nil {
		return apiRequest{}, fmt.Errorf("%s path %q is not a path: %w", key, r.Path, err)
	}
	if u.Scheme != b.Scheme || u.Host != b.Host {
		return apiRequest{}, fmt.Errorf("%s path %q leads to %s://%s, not the product's %s://%s: API calls carry the session, so they go only to the product",
			key, r.Path, u.Scheme, u.Host, b.Scheme, b.Host)
	}
	method := r.Method
	if method == "" {
		method = "GET"
	}
	var headers map[string]string
	if len(r.Headers) > 0 {
		headers = map[string]string{}
		for n, v := range r.Headers {
			headers[n] = placeholderRx.ReplaceAllStringFunc(v, func(m string) string { return placeholder(vars, m) })
		}
	}
	return apiRequest{method: method, url: u.String(), path: u.RequestURI(), body: fillBody(r.Body, vars),
		headers: headers, anonymous: r.Anonymous}, nil
}

// placeholderRx finds the placeholders a request may hold (config allows only those the
// request is given); vars are keyed by the word inside.
var placeholderRx = regexp.MustCompile(`\{([a-z_]+)\}`)

func placeholder(vars map[string]string, m string) string { return vars[m[1:len(m)-1]] }

// fillPath replaces placeholders in a path template: path-escaped before its query, so a
// name with a slash stays one segment, and query-escaped after.
func fillPath(tmpl string, vars map[string]string) string {
	path, query, hasQuery := strings.Cut(tmpl, "?")
	out := placeholderRx.ReplaceAllStringFunc(path, func(m string) string { return url.PathEscape(placeholder(vars, m)) })
	if hasQuery {
		out += "?" + placeholderRx.ReplaceAllStringFunc(query, func(m string) string { return url.QueryEscape(placeholder(vars, m)) })
	}
	return out
}

// fillBody replaces placeholders in a JSON body template, where they stand inside strings:
// a quote or backslash in a name cannot break out of it.
func fillBody(tmpl string, vars map[string]string) string {
	return placeholderRx.ReplaceAllStringFunc(tmpl, func(m string) string {
		q, _ := json.Marshal(placeholder(vars, m))
		return string(q[1 : len(q)-1])
	})
}
