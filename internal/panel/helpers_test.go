package panel_test

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/panel"
)

// client is one browser session against a test server: it keeps cookies, does not follow
// redirects (tests assert them) and reads the CSRF token from the last page.
type client struct {
	t    *testing.T
	base string
	http *http.Client
	csrf string
}

type response struct {
	status int
	body   string
	header http.Header
}

func (r response) location() string { return r.header.Get("Location") }

func start(t *testing.T, opts panel.Options) (*panel.Server, *httptest.Server) {
	t.Helper()
	srv := panel.New(opts)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return srv, ts
}

func newClient(t *testing.T, ts *httptest.Server) *client {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &client{t: t, base: ts.URL, http: &http.Client{
		Jar:           jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

var csrfInput = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

func (c *client) do(req *http.Request) response {
	c.t.Helper()
	resp, err := c.http.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatalf("%s %s: reading body: %v", req.Method, req.URL.Path, err)
	}
	if m := csrfInput.FindSubmatch(b); m != nil {
		c.csrf = string(m[1])
	}
	return response{resp.StatusCode, string(b), resp.Header}
}

func (c *client) get(path string) response {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.base+path, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return c.do(req)
}

// post sends form with the current CSRF token unless the form sets csrf_token itself.
func (c *client) post(path string, form url.Values) response {
	c.t.Helper()
	if form == nil {
		form = url.Values{}
	}
	if !form.Has("csrf_token") {
		form.Set("csrf_token", c.csrf)
	}
	return c.postRaw(path, form.Encode())
}

func (c *client) postRaw(path, body string) response {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodPost, c.base+path, strings.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

// login logs u in and fails the test unless the panel redirects to the dashboard.
func (c *client) login(u panel.User) {
	c.t.Helper()
	c.get("/login")
	r := c.post("/login", url.Values{"email": {u.Email}, "password": {u.Password}})
	if r.status != http.StatusSeeOther || r.location() != "/manage/dashboard" {
		c.t.Fatalf("log in as %s: status %d, location %q", u.Email, r.status, r.location())
	}
	c.get("/manage/dashboard") // picks up the session's CSRF token
}

func loggedIn(t *testing.T, ts *httptest.Server, u panel.User) *client {
	c := newClient(t, ts)
	c.login(u)
	return c
}

var credentialsPath = regexp.MustCompile(`^/manage/settings/api-accounts/credentials/([0-9a-f]{32})$`)

// create submits the create form and returns the credentials page's path.
func (c *client) create(name string, scopes map[string]string) string {
	c.t.Helper()
	c.get("/manage/settings/api-accounts/create")
	form := url.Values{"name": {name}}
	for k, v := range scopes {
		form.Set("scope_"+k, v)
	}
	r := c.post("/manage/settings/api-accounts", form)
	if r.status != http.StatusSeeOther || !credentialsPath.MatchString(r.location()) {
		c.t.Fatalf("create %q: status %d, location %q\n%s", name, r.status, r.location(), r.body)
	}
	return r.location()
}

// field returns the value of the input with the given id.
func field(t *testing.T, body, id string) string {
	t.Helper()
	m := regexp.MustCompile(`id="` + regexp.QuoteMeta(id) + `"[^>]*value="([^"]*)"`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no input #%s in page", id)
	}
	return m[1]
}

func mustContain(t *testing.T, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("page lacks %q", w)
		}
	}
}
