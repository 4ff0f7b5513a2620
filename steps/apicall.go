package steps

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"strings"

	"github.com/docdrift/docdrift/internal/profile"
)

// apiAnswer is a product's 2xx answer to a call. Its body may hold a secret: it never goes
// into an error or any output.
type apiAnswer struct {
	req  string // "POST /admin/api-tokens", for errors
	body string
}

// apiStatusError is a call the product answered with a status other than 2xx. It names the
// request, never the answer's body (an error page may echo a secret).
type apiStatusError struct {
	req, key string
	status   int
}

func (e *apiStatusError) Error() string {
	if e.status == 0 {
		return fmt.Sprintf("%s: the product answered with a redirect, which is not followed: it may lead off the product (%s)", e.req, e.key)
	}
	return fmt.Sprintf("%s: the product answered HTTP %d (%s)", e.req, e.status, e.key)
}

// fetchJS makes a call from inside the product's page: the browser sends the session's
// cookies. A redirect is not followed, since it could carry the bearer token elsewhere.
const fetchJS = `async (method, url, headers, body, credentials) => {
	const r = await fetch(url, { method, headers, body: body || undefined, credentials, redirect: "manual", cache: "no-store" });
	return { status: r.type === "opaqueredirect" ? 0 : r.status, body: await r.text() };
}`

// send makes one call of the profile, key naming it, within a step's time, authenticated as
// the product's API wants.
func (k *apiKeeper) send(ctx context.Context, s *Scenario, key string, r profile.Request, vars map[string]string) (*apiAnswer, error) {
	req, err := prepare(s.cfg.BaseURL, key, r, vars)
	if err != nil {
		return nil, err
	}
	if req.anonymous {
		return s.fetch(ctx, key, req, nil)
	}
	headers, err := k.auth(ctx, s)
	if err != nil {
		return nil, err
	}
	return s.fetch(ctx, key, req, headers)
}

// fetch sends req from s's page with headers.
func (s *Scenario) fetch(ctx context.Context, key string, req apiRequest, headers map[string]string) (*apiAnswer, error) {
	ctx, cancel := s.step(ctx)
	defer cancel()
	h := map[string]string{"Accept": "application/json"}
	if req.body != "" {
		h["Content-Type"] = "application/json"
	}
	maps.Copy(h, headers)
	maps.Copy(h, req.headers)
	// Anonymous: no cookie sent, and none of the answer's set, so the run stays signed in as
	// itself.
	credentials := "same-origin"
	if req.anonymous {
		credentials = "omit"
	}
	name := req.method + " " + req.path
	res, err := s.session.Page.Context(ctx).Eval(fetchJS, req.method, req.url, h, req.body, credentials)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: no answer within %s (%s)", name, s.cfg.stepTimeout(), key)
		}
		return nil, fmt.Errorf("%s (%s): %w", name, key, err)
	}
	status := res.Value.Get("status").Int()
	if status < 200 || status > 299 {
		return nil, &apiStatusError{req: name, key: key, status: status}
	}
	return &apiAnswer{req: name, body: res.Value.Get("body").Str()}, nil
}

// auth are the headers the product's API wants beside the session's cookies, read once per
// signed-in page: a bearer token from a cookie, a header's value fetched with the session.
// Both are secrets of the run.
func (k *apiKeeper) auth(ctx context.Context, s *Scenario) (map[string]string, error) {
	if s.apiAuth != nil {
		return s.apiAuth, nil
	}
	h := map[string]string{}
	if name := k.api.BearerCookie; name != "" {
		v, err := s.cookie(ctx, name)
		if err != nil {
			return nil, err
		}
		s.cfg.Secrets.Add(v)
		h["Authorization"] = "Bearer " + v
	}
	if name := k.api.BearerStorage; name != "" {
		v, err := s.stored(ctx, name, "product.api.bearer_storage")
		if err != nil {
			return nil, err
		}
		h["Authorization"] = "Bearer " + v
	}
	if hd := k.api.Header; hd.Name != "" && hd.Storage != "" {
		v, err := s.stored(ctx, hd.Storage, "product.api.header.storage")
		if err != nil {
			return nil, err
		}
		h[hd.Name] = v
	} else if hd.Name != "" {
		const key = "product.api.header.path"
		req, err := prepare(s.cfg.BaseURL, key, hd.From, nil)
		if err != nil {
			return nil, err
		}
		ans, err := s.fetch(ctx, key, req, h)
		if err != nil {
			return nil, err
		}
		v := strings.TrimSpace(ans.body)
		if v == "" {
			return nil, fmt.Errorf("%s: the answer is empty, so there is no %s to send (%s)", ans.req, hd.Name, key)
		}
		s.cfg.Secrets.Add(v)
		h[hd.Name] = v
	}
	s.apiAuth = h
	return h, nil
}

// storedJS reads a key of the page's localStorage, else its sessionStorage; a value stored
// as a JSON string ("\"eyJ…\"") is that string.
const storedJS = `(key) => {
	const v = localStorage.getItem(key) ?? sessionStorage.getItem(key);
	if (v === null) return null;
	try { const s = JSON.parse(v); if (typeof s === "string") return s; } catch (e) {}
	return v;
}`

// stored is the value the signed-in page keeps in its storage under key, a secret of the
// run; configKey names the profile's key in errors.
func (s *Scenario) stored(ctx context.Context, key, configKey string) (string, error) {
	ctx, cancel := s.step(ctx)
	defer cancel()
	res, err := s.session.Page.Context(ctx).Eval(storedJS, key)
	if err != nil {
		return "", fmt.Errorf("read %q from the page's storage (%s): %w", key, configKey, err)
	}
	v := strings.TrimSpace(res.Value.Str())
	if res.Value.Nil() || v == "" {
		return "", fmt.Errorf("the signed-in page keeps nothing under %q in its localStorage or sessionStorage (%s)", key, configKey)
	}
	s.cfg.Secrets.Add(v)
	return v, nil
}

// cookie is the value of the signed-in session's cookie of this name for the product's host.
// It is read from the browser context, not document.cookie, which hides HttpOnly cookies.
func (s *Scenario) cookie(ctx context.Context, name string) (string, error) {
	ctx, cancel := s.step(ctx)
	defer cancel()
	u, err := url.Parse(s.cfg.BaseURL)
	if err != nil {
		return "", err
	}
	all, err := s.session.Page.Context(ctx).Browser().Context(ctx).GetCookies()
	if err != nil {
		return "", fmt.Errorf("read the session's cookies: %w", err)
	}
	for _, c := range all {
		if c.Name == name && c.Value != "" && domainMatch(u.Hostname(), c.Domain) {
			return c.Value, nil
		}
	}
	return "", errors.New("the signed-in session has no cookie " + name + " to send as its bearer token (product.api.bearer_cookie)")
}
