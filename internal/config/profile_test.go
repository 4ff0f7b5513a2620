package config

import (
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/profile"
)

// A product's profile, as docs/config.md shows one: every key read into the profile.
func TestParseProfile(t *testing.T) {
	src := `
[[product]]
name = "Strapi"
surfaces = ["Strapi admin panel", "admin panel"]
docs = ["cms/**"]
base_url = "http://127.0.0.1:1337/admin"
start = "/admin"
credentials_file = "strapi.env"
username_env = "STRAPI_USER"

[product.sign_in]
url = "/admin/auth/login"
username = "Email"
password = "Password"
submit = "Login"

[product.api]
bearer_cookie = "jwtToken"
header = { name = "X-WP-Nonce", path = "/wp-admin/admin-ajax.php?action=rest-nonce" }

[[product.subject]]
name = "API token"
words = ["content-api token"]
[product.subject.api]
list = { path = "/admin/api-tokens", items = "data", id = "id", name = "name" }
create = { path = "/admin/api-tokens", body = '{"name": "{name}", "type": "read-only"}', id = "data.id", secrets = ["data.accessKey"] }
delete = { path = "/admin/api-tokens/{id}" }

[[product.subject]]
name = "API account"
[product.subject.pages]
list = "Advanced Settings > API Accounts"
create = "Create API Account"
name = "Name"
fill = { "Token duration" = "7 days", "Email" = "{name}@example.com" }
save = "Save"
dismiss = "Done"
delete = "Delete {name}"

[[product.subject]]
name = "webhook"

[product.secrets]
patterns = ['\b[0-9a-f]{256}\b']
cookies = ["jwtToken", "wordpress_logged_in_*"]

[product.interstitials]
close = ["Let's go"]
`
	got, err := parse("docs/docdrift.toml", []byte(src), checks)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Product) != 1 {
		t.Fatalf("%d products", len(got.Product))
	}
	p := got.Product[0]
	want := profile.Profile{
		Name: "Strapi", Surfaces: []string{"Strapi admin panel", "admin panel"}, BaseURL: "http://127.0.0.1:1337/admin", Start: "/admin",
		SignIn: profile.SignIn{URL: "/admin/auth/login", Username: "Email", Password: "Password", Submit: "Login"},
		API:    profile.API{BearerCookie: "jwtToken", Header: profile.Header{Name: "X-WP-Nonce", From: profile.Request{Path: "/wp-admin/admin-ajax.php?action=rest-nonce"}}},
		Subjects: []profile.Subject{
			{Name: "API token", Words: []string{"content-api token"}, API: &profile.Calls{
				List: profile.Request{Method: "GET", Path: "/admin/api-tokens"}, Items: "data", ID: "id", Name: "name",
				Create:    []profile.Request{{Method: "POST", Path: "/admin/api-tokens", Body: `{"name": "{name}", "type": "read-only"}`}},
				CreatedID: "data.id", Secrets: []string{"data.accessKey"},
				Delete: []profile.Request{{Method: "DELETE", Path: "/admin/api-tokens/{id}"}},
			}},
			{Name: "API account", Pages: &profile.Pages{List: "Advanced Settings > API Accounts", Create: "Create API Account", Name: "Name",
				Fill: map[string]string{"Token duration": "7 days", "Email": "{name}@example.com"}, Save: "Save", Dismiss: "Done", Delete: "Delete {name}"}},
			{Name: "webhook"},
		},
		Secrets: profile.Secrets{Patterns: []*regexp.Regexp{regexp.MustCompile(`\b[0-9a-f]{256}\b`)}, Cookies: []string{"jwtToken", "wordpress_logged_in_*"}},
		Close:   []string{"Let's go"},
	}
	if got := p.Profile(); !reflect.DeepEqual(got, want) {
		t.Errorf("profile\n%+v\nwant\n%+v", got, want)
	}
	if *p.Login.CredentialsFile != "docs/strapi.env" || *p.Login.UsernameEnv != "STRAPI_USER" || p.Login.PasswordEnv != nil {
		t.Errorf("credentials settings %+v", p.Login)
	}
}

// A single-page app that keeps its tokens in the page's storage, and a product that removes
// only what was archived first (n8n: a browser-id header, workflows archived, then deleted).
func TestParseStorageAndStepwiseDelete(t *testing.T) {
	const src = `[[product]]
name = "n8n"
[product.api]
bearer_storage = "token"
header = { name = "browser-id", storage = "n8n-browserId" }
[[product.subject]]
name = "workflow"
backdrop = true
max_name = 128
[product.subject.api]
list = { path = "/rest/workflows", items = "data", id = "id", name = "name" }
create = { path = "/rest/workflows", body = '{"name": "{name}"}', id = "data.id" }
delete = [{ method = "POST", path = "/rest/workflows/{id}/archive" }, { path = "/rest/workflows/{id}" }]
`
	got, err := parse("docdrift.toml", []byte(src), checks)
	if err != nil {
		t.Fatal(err)
	}
	p := got.Product[0].Profile()
	if want := (profile.API{BearerStorage: "token", Header: profile.Header{Name: "browser-id", Storage: "n8n-browserId"}}); !reflect.DeepEqual(p.API, want) {
		t.Errorf("api %+v, want %+v", p.API, want)
	}
	want := []profile.Request{{Method: "POST", Path: "/rest/workflows/{id}/archive"}, {Method: "DELETE", Path: "/rest/workflows/{id}"}}
	if got := p.Subjects[0].API.Delete; !reflect.DeepEqual(got, want) {
		t.Errorf("delete %+v, want %+v", got, want)
	}
	if !p.Subjects[0].Backdrop {
		t.Error("the workflow subject is not a backdrop")
	}
	if p.Subjects[0].MaxName != 128 {
		t.Errorf("max_name %d, want 128", p.Subjects[0].MaxName)
	}
}

// An item made in steps, as Medusa makes a user: an invitation, a sign-up sent without the
// run's session, the invitation accepted with what both answered.
func TestParseStepwiseCreate(t *testing.T) {
	const src = `[[product]]
name = "Medusa"
[[product.subject]]
name = "user"
[product.subject.api]
list = { path = "/admin/users", items = "users", id = "id", name = "first_name" }
create = [
  { path = "/admin/invites", body = '{"email": "{name}@example.com"}', captures = { invite = "invite.token" } },
  { path = "/auth/user/emailpass/register", body = '{"email": "{name}@example.com", "password": "{password}"}', session = false, captures = { registration = "token" } },
  { path = "/admin/invites/accept?token={invite}", body = '{"first_name": "{name}"}', session = false, headers = { Authorization = "Bearer {registration}" }, id = "user.id" },
]
delete = { path = "/admin/users/{id}" }
`
	got, err := parse("docdrift.toml", []byte(src), checks)
	if err != nil {
		t.Fatal(err)
	}
	calls := got.Product[0].Profile().Subjects[0].API
	want := []profile.Request{
		{Method: "POST", Path: "/admin/invites", Body: `{"email": "{name}@example.com"}`, Captures: map[string]string{"invite": "invite.token"}},
		{Method: "POST", Path: "/auth/user/emailpass/register", Body: `{"email": "{name}@example.com", "password": "{password}"}`, Anonymous: true,
			Captures: map[string]string{"registration": "token"}},
		{Method: "POST", Path: "/admin/invites/accept?token={invite}", Body: `{"first_name": "{name}"}`, Anonymous: true,
			Headers: map[string]string{"Authorization": "Bearer {registration}"}},
	}
	if !reflect.DeepEqual(calls.Create, want) || calls.CreatedID != "user.id" {
		t.Errorf("create %+v, id %q\nwant   %+v, id user.id", calls.Create, calls.CreatedID, want)
	}
}

// Every mistake in a profile is reported at its place, all at once.
func TestParseBadProfiles(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      []string // each a line of the error
	}{
		{"unknown key, with the nearest", "[[product]]\nname = \"A\"\nstrt = \"/x\"\n",
			[]string{`docdrift.toml:3:1: unknown key "product.strt" (did you mean "product.start"?)`}},
		{"a start that is neither a path nor a URL", "[[product]]\nname = \"A\"\nstart = \"admin\"\n",
			[]string{`docdrift.toml:3:9: product.start "admin" is not an absolute http(s) URL`}},
		{"credentials in the base URL", "[[product]]\nname = \"A\"\nbase_url = \"http://u:pw@h/\"\n",
			[]string{`docdrift.toml:3:12: product.base_url must not hold credentials`}},
		{"a password where its variable's name goes", "[[product]]\nname = \"A\"\npassword_env = \"hunter2!\"\n",
			[]string{`docdrift.toml:3:16: product.password_env must name the environment variable`}},
		{"two products of one name", "[[product]]\nname = \"A\"\n[[product]]\nname = \"a\"\n",
			[]string{`docdrift.toml:4:8: another [[product]] is named "a" already`}},
		{"a name limit no run name fits", "[[product]]\nname = \"A\"\n[[product.subject]]\nname = \"tag\"\nmax_name = 12\n",
			[]string{`docdrift.toml:5:12: product.subject.max_name must be from 20 to 1000, not 12`}},
		{"a backdrop nothing makes", "[[product]]\nname = \"A\"\n[[product.subject]]\nname = \"workflow\"\nbackdrop = true\n",
			[]string{`docdrift.toml:3:11: backdrop subject "workflow" has neither api nor pages`}},
		{"a subject without a name, and one twice", "[[product]]\nname = \"A\"\n[[product.subject]]\nwords = [\"x\"]\n[[product.subject]]\nname = \"X\"\n",
			[]string{`docdrift.toml:3:11: [[product.subject]] has no name`, `docdrift.toml:5:11: subject name "X" is given twice in this product`}},
		{"requests: missing, bad method, bad placeholder, bad JSON, bad path", `[[product]]
name = "A"
[[product.subject]]
name = "token"
[product.subject.api]
list = { path = "/t", items = "data[0]", id = "id" }
create = { method = "FETCH", path = "/t", body = '{"name": {name}}' }
delete = { path = "t/{uuid}" }
[product.api]
header = { name = "X-Nonce", path = "//elsewhere.test/nonce" }
`, []string{
			`docdrift.toml:6:8: product.subject.api.list has no name`,
			`docdrift.toml:6:31: product.subject.api.list.items "data[0]" is not a dotted JSON path`,
			`docdrift.toml:7:21: product.subject.api.create.method "FETCH" is not one of GET, POST, PUT, PATCH, DELETE`,
			`docdrift.toml:7:50: product.subject.api.create.body is not JSON once its placeholders are filled in`,
			`docdrift.toml:8:10: product.subject.api.delete must say which item`,
			`docdrift.toml:8:19: product.subject.api.delete.path "t/{uuid}" must be a path on the product's host`,
			`docdrift.toml:10:37: product.api.header.path "//elsewhere.test/nonce" must be a path on the product's host`,
		}},
		{"a header both fetched and stored, two bearer tokens, a delete step that names no item", `[[product]]
name = "A"
[product.api]
bearer_cookie = "jwt"
bearer_storage = "jwt"
header = { name = "X-Id", path = "/id", storage = "id" }
[[product.subject]]
name = "token"
[product.subject.api]
list = { path = "/t", id = "id", name = "name" }
create = { path = "/t", body = '{"n": "{name}"}' }
delete = [{ method = "POST", path = "/t/{id}/archive" }, { path = "/t" }]
`, []string{
			`docdrift.toml:3:10: product.api has both bearer_cookie and bearer_storage`,
			`docdrift.toml:6:10: product.api.header needs a name (the header to send) and either a path`,
			`docdrift.toml:12:58: product.subject.api.delete must say which item`,
		}},
		{"create without the name, an unknown placeholder", `[[product]]
name = "A"
[[product.subject]]
name = "token"
api = { list = { path = "/t", id = "id", name = "name" }, create = { path = "/t" }, delete = { path = "/t/{uid}" } }
`, []string{
			`docdrift.toml:5:68: product.subject.api.create must send the item's name`,
			`docdrift.toml:5:94: product.subject.api.delete must say which item`,
			`docdrift.toml:5:103: product.subject.api.delete.path: unknown placeholder {uid} (allowed here: {id}, {name})`,
		}},
		{"create in steps: a capture used before it is made, one taken, an id not on the last, a bad header", `[[product]]
name = "A"
[[product.subject]]
name = "user"
[product.subject.api]
list = { path = "/u", id = "id", name = "name" }
create = [
  { path = "/i?t={invite}", body = '{"n": "{name}"}', id = "x", captures = { invite = "t", name = "n" } },
  { path = "/a", headers = { "Bad Header" = "x", Authorization = "Bearer {token}" } },
]
delete = { path = "/u/{id}" }
`, []string{
			`docdrift.toml:8:12: product.subject.api.create.path: unknown placeholder {invite} (allowed here: {name}, {password})`,
			`docdrift.toml:8:60: product.subject.api.create.id belongs on the last create request, whose answer is the new item`,
			`docdrift.toml:8:92: product.subject.api.create.captures: {name} is taken already`,
			`docdrift.toml:9:30: product.subject.api.create.headers: "Bad Header" is not an HTTP header name`,
			`docdrift.toml:9:66: product.subject.api.create.headers.Authorization: unknown placeholder {token} (allowed here: {name}, {password}, {invite})`,
		}},
		{"pages missing keys, beside api (allowed: api is used)", `[[product]]
name = "A"
[[product.subject]]
name = "token"
pages = { list = "/t", create = "New", name = "Name", delete = "Delete {id}" }
api = { list = { path = "/t", id = "id", name = "name" }, create = { path = "/t", body = '{"n":"{name}"}' }, delete = { path = "/t/{id}" } }
`, []string{
			`docdrift.toml:5:9: product.subject.pages has no save`,
			`docdrift.toml:5:64: product.subject.pages.delete: the only placeholder is {name}`,
		}},
		{"pages: a value to fill with another placeholder than the name", `[[product]]
name = "A"
[[product.subject]]
name = "user"
pages = { list = "/u", name = "Name", save = "Save", delete = "Delete", fill = { "Email" = "{name}@example.com", "Role" = "{role}" } }
`, []string{
			`docdrift.toml:5:123: product.subject.pages.fill.Role: unknown placeholder {role} (allowed here: {name})`,
		}},
		{"secrets: a bad pattern, one matching nothing", "[[product]]\nname = \"A\"\n[product.secrets]\npatterns = ['[a-', 'x*']\ncookies = \"jwt\"\n",
			[]string{
				`docdrift.toml:4:13: product.secrets.patterns: "[a-" is not a regular expression`,
				`docdrift.toml:4:20: product.secrets.patterns: "x*" matches empty text`,
				`docdrift.toml:5:11: product.secrets.cookies must be a list of strings, not a string`,
			}},
		{"sign-in: an empty label, an unknown key", "[[product]]\nname = \"A\"\n[product.sign_in]\nusername = \"\"\nbutton = \"Go\"\n",
			[]string{`docdrift.toml:4:12: product.sign_in.username is empty`, `docdrift.toml:5:1: unknown key "product.sign_in.button"`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse("docdrift.toml", []byte(tt.src), checks)
			if err == nil {
				t.Fatal("no error")
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(tt.want) {
				t.Fatalf("%d errors, want %d:\n%v", len(lines), len(tt.want), err)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("error %d:\n%s\nwant it to start\n%s", i, lines[i], w)
				}
			}
		})
	}
}

// The profiles of the real products docdrift runs against (testdata/real: their installs
// outlast a CI run, so no CI run reads them) stay valid as the config's rules change.
func TestRealProductProfilesLoad(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "real", "*", "docdrift.toml"))
	if err != nil || len(paths) < 3 {
		t.Fatalf("profiles %q, %v: want Strapi's, WordPress's and Cockpit's", paths, err)
	}
	for _, path := range paths {
		f, err := Load(path, Checks{})
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if len(f.Product) != 1 || f.Product[0].Name == "" {
			t.Errorf("%s: %d products, want the product's own", path, len(f.Product))
		}
	}
}
