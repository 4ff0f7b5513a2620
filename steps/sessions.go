package steps

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/go-rod/rod/lib/proto"
)

// SessionCache keeps a run's first sign-in — the product's cookies and the web storage of its
// origin — so each later procedure, in its own fresh browser context, restores it instead of
// signing in again: products rate-limit log-ins (Strapi allows 5 in a window), and a sign-in
// costs a page load or two. The product decides whether a restored session still holds; when
// it shows its log-in form instead, the procedure signs in afresh and the cache keeps that.
// It is safe for concurrent scenarios: while one signs in, the others wait for its session.
type SessionCache struct {
	turn   chan struct{} // one scenario at a time reads or makes the session
	saved  *savedSession
	logins int
}

// savedSession is what a signed-in browser context holds for the product's origin.
type savedSession struct {
	origin  string
	cookies []*proto.NetworkCookieParam
	local   map[string]string // localStorage
	session map[string]string // sessionStorage
}

// NewSessionCache returns an empty cache for one run.
func NewSessionCache() *SessionCache {
	return &SessionCache{turn: make(chan struct{}, 1)}
}

// Logins counts the sign-ins through the log-in form the cache's scenarios made.
func (c *SessionCache) Logins() int {
	if c == nil {
		return 0
	}
	c.turn <- struct{}{}
	defer func() { <-c.turn }()
	return c.logins
}

// signIn signs s in: with the saved session if the product still accepts it, else through
// the log-in form, saving the new session for the scenarios after it.
func (c *SessionCache) signIn(ctx context.Context, s *Scenario) error {
	if c == nil {
		return s.signInWithForm(ctx)
	}
	var tried *savedSession
	for {
		select {
		case c.turn <- struct{}{}:
		case <-ctx.Done():
			return fmt.Errorf("wait for the run's sign-in: %w", ctx.Err())
		}
		saved := c.saved
		if saved == nil || saved == tried {
			// No session that works: make one, holding the turn so that the others wait for it.
			defer func() { <-c.turn }()
			c.saved = nil
			err := s.signInWithForm(ctx)
			if !s.loggedIn {
				return err
			}
			// Signed in, even if the page a procedure begins on then failed to load: keep the
			// session, so the next procedure does not spend another of the product's sign-ins.
			c.logins++
			cctx, cancel := s.step(context.WithoutCancel(ctx))
			c.saved, _ = s.capture(cctx) // one that cannot be read is made again next time
			cancel()
			return err
		}
		<-c.turn // restoring only reads the saved session
		ok, err := s.restore(ctx, saved)
		if err != nil || ok {
			return err
		}
		tried = saved // the product ended it: sign in again, unless another scenario just did
	}
}

// restore puts a saved session into s's fresh browser context and opens the product with it:
// true when the product let it in, false when it shows its log-in form instead.
func (s *Scenario) restore(ctx context.Context, saved *savedSession) (bool, error) {
	ctx, cancel := s.step(ctx)
	defer cancel()
	page := s.session.Page.Context(ctx)
	if len(saved.cookies) > 0 {
		if err := page.SetCookies(saved.cookies); err != nil {
			return false, fmt.Errorf("restore the run's session: %w", err)
		}
	}
	// Web storage belongs to a document of the origin: set it before the first one's scripts run.
	storage, _ := json.Marshal(map[string]any{"origin": saved.origin, "local": saved.local, "session": saved.session})
	remove, err := page.EvalOnNewDocument(`(() => {
		const saved = ` + string(storage) + `;
		if (location.origin !== saved.origin) return;
		for (const [k, v] of Object.entries(saved.local || {})) localStorage.setItem(k, v);
		for (const [k, v] of Object.entries(saved.session || {})) sessionStorage.setItem(k, v);
	})()`)
	if err != nil {
		return false, fmt.Errorf("restore the run's session: %w", err)
	}
	err = s.open(ctx, s.cfg.start())
	_ = remove() // once restored, the page's own changes to storage are its own
	if err != nil {
		return false, err
	}
	form, err := s.signInShown(ctx)
	if err != nil || form {
		return false, err
	}
	s.loggedIn = true
	return true, nil
}

// capture reads the signed-in session of s's browser context for the product's origin, and
// adds its values to the run's secrets: a session cookie or token never reaches any output.
func (s *Scenario) capture(ctx context.Context) (*savedSession, error) {
	u, err := url.Parse(s.cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	page := s.session.Page.Context(ctx)
	// Every cookie of the browser context for the product's host, whatever its path: a
	// product may scope its session to /admin or to its token-refresh route.
	all, err := page.Browser().Context(ctx).GetCookies()
	if err != nil {
		return nil, fmt.Errorf("read the session's cookies: %w", err)
	}
	var cookies []*proto.NetworkCookie
	for _, c := range all {
		if domainMatch(u.Hostname(), c.Domain) {
			cookies = append(cookies, c)
		}
	}
	res, err := page.Eval(`() => {
		const all = (st) => Object.fromEntries(Array.from({ length: st.length }, (_, i) => [st.key(i), st.getItem(st.key(i))]));
		return { local: all(localStorage), session: all(sessionStorage) };
	}`)
	if err != nil {
		return nil, fmt.Errorf("read the session's storage: %w", err)
	}
	saved := &savedSession{origin: u.Scheme + "://" + u.Host}
	if err := res.Value.Unmarshal(&struct {
		Local   *map[string]string `json:"local"`
		Session *map[string]string `json:"session"`
	}{&saved.local, &saved.session}); err != nil {
		return nil, fmt.Errorf("read the session's storage: %w", err)
	}
	for _, c := range cookies {
		saved.cookies = append(saved.cookies, &proto.NetworkCookieParam{Name: c.Name, Value: c.Value, Domain: c.Domain,
			Path: c.Path, Secure: c.Secure, HTTPOnly: c.HTTPOnly, SameSite: c.SameSite, Expires: c.Expires})
		s.cfg.Secrets.Add(c.Value)
	}
	for _, m := range []map[string]string{saved.local, saved.session} {
		for _, v := range m {
			for _, t := range storedTokens(v) {
				s.cfg.Secrets.Add(t)
			}
		}
	}
	return saved, nil
}

// storedTokens are the parts of a stored value that may be a token: each run of 16 or more
// characters without a space, in the value or in the strings and numbers of the JSON it holds. A token has
// no spaces; the words a product keeps there ("Managing user accounts" in a cached page list)
// would otherwise be masked wherever a doc says them too.
func storedTokens(v string) []string {
	var data any
	dec := json.NewDecoder(strings.NewReader(v))
	dec.UseNumber() // a long numeric session id is a token too
	if err := dec.Decode(&data); err != nil || dec.More() {
		data = v
	}
	var out []string
	var walk func(any)
	walk = func(d any) {
		switch d := d.(type) {
		case json.Number:
			walk(string(d))
		case string:
			for _, f := range strings.Fields(d) {
				for _, part := range urlParts(f) {
					if len(part) >= 16 { // not a "true" or a theme name
						out = append(out, part)
					}
				}
			}
		case []any:
			for _, e := range d {
				walk(e)
			}
		case map[string]any:
			for _, e := range d {
				walk(e)
			}
		}
	}
	walk(data)
	return out
}

// urlParts are the parts of a stored run that may hold a token: the run itself, or, for an
// address (Cockpit keeps its pages' documentation links), its query values, fragment and
// path segments but those that are words joined by hyphens or underscores — a page's slug
// ("managing-user-accounts-in-the-web-console") masked the doc's own words in the run's paths.
func urlParts(run string) []string {
	u, err := url.Parse(run)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return []string{run}
	}
	var out []string
	for _, seg := range strings.Split(u.EscapedPath(), "/") {
		if !slug(seg) {
			out = append(out, seg)
		}
	}
	for _, values := range u.Query() {
		out = append(out, values...)
	}
	return append(out, strings.FieldsFunc(u.Fragment, func(r rune) bool { return r == '&' || r == '=' })...)
}

// slug reports a path segment made of two words or more, each lower-case letters or a short
// number, joined by hyphens or underscores: a page's name, not a token.
func slug(seg string) bool {
	words := strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' })
	return len(words) > 1 && !slices.ContainsFunc(words, func(w string) bool { return !slugWord.MatchString(w) })
}

// slugWord is a word of a slug: lower-case letters, or a number of up to four digits ("rhel-8").
var slugWord = regexp.MustCompile(`^(?:[a-z]+|[0-9]{1,4})$`)

// domainMatch reports whether a cookie of domain is sent to host (RFC 6265 5.1.3): the same
// host, or a subdomain of a ".example.com" domain cookie.
func domainMatch(host, domain string) bool {
	host, domain = strings.ToLower(host), strings.ToLower(domain)
	if d := strings.TrimPrefix(domain, "."); host == d {
		return true
	} else if strings.HasPrefix(domain, ".") {
		return strings.HasSuffix(host, "."+d)
	}
	return false
}
