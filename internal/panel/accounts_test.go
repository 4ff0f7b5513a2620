package panel_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/docdrift/docdrift/internal/panel"
)

// TestCredentialsShownOnce follows "Obtaining an OAuth Token": Save shows the modal and offers
// the .txt download with the same values; after Done neither can be had again.
func TestCredentialsShownOnce(t *testing.T) {
	srv, ts := start(t, panel.Options{Era: panel.Era2017, Seed: 11})
	c := loggedIn(t, ts, srv.Owner())
	creds := c.create("Nightly ERP", map[string]string{"products": "modify", "information": "read-only"})

	page := c.get(creds)
	if page.status != http.StatusOK {
		t.Fatalf("credentials page: status %d", page.status)
	}
	mustContain(t, page.body, `<dialog class="modal" id="credentials" aria-labelledby="credentials-title"`,
		`<h2 id="credentials-title">BigCommerce API Credentials</h2>`,
		`<label for="client-id">Client ID</label>`, `<label for="client-secret">Client Secret</label>`,
		`<label for="access-token">Access Token</label>`, `aria-label="Copy Client Secret"`,
		"<strong>This is the only copy you will have access to.</strong>", ">Done</button>",
		`href="`+creds+`/download" download data-auto-download`)
	accs, _ := srv.Accounts()
	if len(accs) != 1 {
		t.Fatalf("store has %d accounts, want 1", len(accs))
	}
	a := accs[0]
	if field(t, page.body, "client-id") != a.ClientID || field(t, page.body, "client-secret") != a.ClientSecret ||
		field(t, page.body, "access-token") != a.AccessToken {
		t.Errorf("modal fields do not show the stored credentials")
	}
	mustContain(t, page.body, "<th scope=\"row\" id=\"account-1\">Nightly ERP</th>\n<td>Information Read-Only, Products</td>")

	dl := c.get(creds + "/download")
	want := fmt.Sprintf("ACCESS TOKEN: %s\nCLIENT NAME: Nightly ERP\nAPI PATH: https://api.bigcommerce.com/stores/%s/v3/\nCLIENT ID: %s\nCLIENT SECRET: %s\n",
		a.AccessToken, srv.StoreHash(), a.ClientID, a.ClientSecret)
	if dl.status != http.StatusOK || dl.body != want {
		t.Errorf("download: status %d, body\n%s\nwant\n%s", dl.status, dl.body, want)
	}
	if cd := dl.header.Get("Content-Disposition"); cd != `attachment; filename="api-credentials-Nightly-ERP.txt"` {
		t.Errorf("Content-Disposition %q", cd)
	}

	done := c.post(creds+"/done", nil)
	if done.status != http.StatusSeeOther || done.location() != "/manage/settings/api-accounts" {
		t.Fatalf("Done: status %d, location %q", done.status, done.location())
	}
	for _, path := range []string{creds, creds + "/download"} {
		if r := c.get(path); r.status != http.StatusGone || strings.Contains(r.body, a.ClientSecret) {
			t.Errorf("GET %s after Done: status %d", path, r.status)
		}
	}
	if r := c.post(creds+"/done", nil); r.status != http.StatusGone {
		t.Errorf("Done twice: status %d", r.status)
	}
	list := c.get("/manage/settings/api-accounts")
	mustContain(t, list.body, "You have created 1 out of 50 maximum API accounts.")
	if strings.Contains(list.body, a.ClientSecret) {
		t.Error("the list page shows the client secret")
	}
}

// TestCredentialsBelongToTheirSession: another session, even the owner's, cannot see them.
func TestCredentialsBelongToTheirSession(t *testing.T) {
	srv, ts := start(t, panel.Options{})
	creds := loggedIn(t, ts, srv.Owner()).create("Private one", nil)
	other := loggedIn(t, ts, srv.Owner())
	if r := other.get(creds + "/download"); r.status != http.StatusGone {
		t.Errorf("another session downloaded the credentials: status %d", r.status)
	}
}

func TestCreateNameValidation(t *testing.T) {
	tests := []struct{ name, msg string }{
		{"", "Enter a name for this API account."},
		{"   ", "Enter a name for this API account."},
		{"ERP", "The name must be at least 4 characters long."},
		{strings.Repeat("n", 101), "The name must be at most 100 characters long."},
	}
	srv, ts := start(t, panel.Options{})
	c := loggedIn(t, ts, srv.Owner())
	for _, tt := range tests {
		c.get("/manage/settings/api-accounts/create")
		r := c.post("/manage/settings/api-accounts", url.Values{"name": {tt.name}, "scope_products": {"modify"}})
		if r.status != http.StatusUnprocessableEntity {
			t.Errorf("name %q: status %d, want 422", tt.name, r.status)
		}
		mustContain(t, r.body, `<p class="field-error" id="name-error">`+tt.msg+`</p>`, `aria-invalid="true" aria-describedby="name-error"`,
			`id="scope-products-modify" name="scope_products" value="modify" checked`)
	}
	if accs, _ := srv.Accounts(); len(accs) != 0 {
		t.Errorf("invalid names created %d accounts", len(accs))
	}
}

// TestCap: the 51st account is refused with a clear message and nothing changes.
func TestCap(t *testing.T) {
	srv, ts := start(t, panel.Options{Faults: panel.Faults{NearCap: true}})
	c := loggedIn(t, ts, srv.Owner())
	mustContain(t, c.get("/manage/settings/api-accounts").body, "You have created 49 out of 50 maximum API accounts.")
	c.create("The fiftieth", nil)
	before, _ := srv.Accounts()
	c.get("/manage/settings/api-accounts/create")
	r := c.post("/manage/settings/api-accounts", url.Values{"name": {"One too many"}})
	if r.status != http.StatusConflict {
		t.Errorf("51st account: status %d, want 409", r.status)
	}
	mustContain(t, r.body, `role="alert">You have reached the maximum of 50 API accounts.`, `value="One too many"`)
	after, _ := srv.Accounts()
	if len(before) != 50 || len(after) != 50 {
		t.Errorf("accounts before %d, after %d; want 50 and 50", len(before), len(after))
	}
}

// TestStaffIsRefused: only the owner may create or change API accounts; staff get a clear 403
// page and the store is unchanged.
func TestStaffIsRefused(t *testing.T) {
	srv, ts := start(t, panel.Options{Era: panel.Era2019})
	seeded := preload(t, ts, `{"accounts":[{"name":"Keep me"}],"legacy":[{"username":"keeper"}]}`)
	c := loggedIn(t, ts, srv.Staff())
	if r := c.get("/manage/settings/api-accounts"); r.status != http.StatusOK {
		t.Errorf("staff cannot view the list: status %d", r.status)
	}
	legacyID := fmt.Sprint(seeded.Legacy[0].ID)
	for _, path := range []string{"/manage/settings/api-accounts/create", "/manage/settings/api-accounts/create-stencil",
		"/manage/settings/legacy-api-accounts/create", "/manage/settings/legacy-api-accounts/" + legacyID + "/edit"} {
		r := c.get(path)
		if r.status != http.StatusForbidden {
			t.Errorf("staff GET %s: status %d, want 403", path, r.status)
		}
		mustContain(t, r.body, "Only the store owner can create or change API accounts.")
	}
	c.get("/manage/dashboard")
	posts := map[string]url.Values{
		"/manage/settings/api-accounts":                               {"name": {"Staff made"}},
		"/manage/settings/api-accounts/stencil":                       {"name": {"Staff made"}},
		"/manage/settings/api-accounts/delete":                        {"id": {fmt.Sprint(seeded.Accounts[0].ID)}},
		"/manage/settings/legacy-api-accounts":                        {"username": {"staffer"}},
		"/manage/settings/legacy-api-accounts/" + legacyID:            {"username": {"renamed"}},
		"/manage/settings/legacy-api-accounts/" + legacyID + "/token": nil,
		"/manage/settings/legacy-api-accounts/delete":                 {"ids": {legacyID}},
	}
	for path, form := range posts {
		if r := c.post(path, form); r.status != http.StatusForbidden {
			t.Errorf("staff POST %s: status %d, want 403", path, r.status)
		}
	}
	if got := listAccounts(t, ts); len(got.Accounts) != 1 || got.Legacy[0] != seeded.Legacy[0] {
		t.Errorf("staff changed the store: %+v", got)
	}
}

func TestDeleteStoreAccounts(t *testing.T) {
	srv, ts := start(t, panel.Options{})
	seeded := preload(t, ts, `{"accounts":[{"name":"First one"},{"name":"Second one"},{"name":"Third one"}]}`)
	c := loggedIn(t, ts, srv.Owner())
	list := c.get("/manage/settings/api-accounts")
	mustContain(t, list.body, `aria-label="Delete" aria-describedby="account-1"`, `data-confirm="Delete the API account “First one”? There is no undo."`)

	// The row's own trash button wins over ticked boxes.
	r := c.post("/manage/settings/api-accounts/delete", url.Values{"id": {"1"}, "ids": {"2", "3"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("delete one: status %d", r.status)
	}
	mustContain(t, c.get("/manage/settings/api-accounts").body, `role="status">1 API account was deleted.`)
	r = c.post("/manage/settings/api-accounts/delete", url.Values{"ids": {"2", "3"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("bulk delete: status %d", r.status)
	}
	if got := listAccounts(t, ts); len(got.Accounts) != 0 || len(seeded.Accounts) != 3 {
		t.Errorf("left %+v", got.Accounts)
	}
}

// TestLegacyRegenerateAndDelete walks the legacy revoke flow: edit, Generate New Token (which
// replaces the token at once), Save, tick the row, delete.
func TestLegacyRegenerateAndDelete(t *testing.T) {
	srv, ts := start(t, panel.Options{Era: panel.Era2017, Seed: 2})
	c := loggedIn(t, ts, srv.Owner())

	form := c.get("/manage/settings/legacy-api-accounts/create")
	draft := field(t, form.body, "api-token")
	regen := c.post("/manage/settings/legacy-api-accounts/new-token", url.Values{"username": {"metisa"}})
	fresh := field(t, regen.body, "api-token")
	if regen.status != http.StatusOK || fresh == draft || len(fresh) != 40 || field(t, regen.body, "username") != "metisa" {
		t.Fatalf("new draft token: status %d, %q → %q", regen.status, draft, fresh)
	}
	if r := c.post("/manage/settings/legacy-api-accounts", url.Values{"username": {"metisa"}}); r.status != http.StatusSeeOther {
		t.Fatalf("create legacy: status %d\n%s", r.status, r.body)
	}
	_, legacy := srv.Accounts()
	if len(legacy) != 1 || legacy[0].Token != fresh {
		t.Fatalf("created %+v, want the token the form showed (%s)", legacy, fresh)
	}
	id := fmt.Sprint(legacy[0].ID)

	edit := c.get("/manage/settings/legacy-api-accounts/" + id + "/edit")
	mustContain(t, edit.body, "<h1>metisa</h1>", `action="/manage/settings/legacy-api-accounts/`+id+`/token"`)
	if field(t, edit.body, "api-token") != fresh {
		t.Error("edit form does not show the current token")
	}
	r := c.post("/manage/settings/legacy-api-accounts/"+id+"/token", url.Values{"username": {"metisa"}})
	newToken := field(t, r.body, "api-token")
	_, legacy = srv.Accounts()
	if r.status != http.StatusOK || newToken == fresh || legacy[0].Token != newToken {
		t.Fatalf("Generate New Token: status %d, stored %q, shown %q, old %q", r.status, legacy[0].Token, newToken, fresh)
	}
	mustContain(t, r.body, "The previous token no longer works.")
	if r := c.post("/manage/settings/legacy-api-accounts/"+id, url.Values{"username": {"metisa"}}); r.status != http.StatusSeeOther {
		t.Fatalf("Save: status %d", r.status)
	}
	if r := c.post("/manage/settings/legacy-api-accounts/delete", url.Values{"ids": {id}}); r.status != http.StatusSeeOther {
		t.Fatalf("delete: status %d", r.status)
	}
	if _, legacy = srv.Accounts(); len(legacy) != 0 {
		t.Errorf("legacy account survived deletion: %+v", legacy)
	}
}

func TestLegacyUsernameRules(t *testing.T) {
	srv, ts := start(t, panel.Options{Era: panel.Era2016})
	preload(t, ts, `{"legacy":[{"username":"taken"},{"username":"other"}]}`)
	c := loggedIn(t, ts, srv.Owner())
	for _, tt := range []struct {
		path, username string
		status         int
	}{
		{"/manage/settings/legacy-api-accounts", "", http.StatusUnprocessableEntity},
		{"/manage/settings/legacy-api-accounts", "has space", http.StatusUnprocessableEntity},
		{"/manage/settings/legacy-api-accounts", "taken", http.StatusConflict},
		{"/manage/settings/legacy-api-accounts/2", "taken", http.StatusConflict},
		{"/manage/settings/legacy-api-accounts/2", "", http.StatusUnprocessableEntity},
	} {
		c.get("/manage/settings/legacy-api-accounts/create")
		if r := c.post(tt.path, url.Values{"username": {tt.username}}); r.status != tt.status {
			t.Errorf("POST %s username %q: status %d, want %d", tt.path, tt.username, r.status, tt.status)
		}
	}
	if got := listAccounts(t, ts); len(got.Legacy) != 2 || got.Legacy[1].Username != "other" {
		t.Errorf("store changed: %+v", got.Legacy)
	}
}

func TestStencilToken(t *testing.T) {
	srv, ts := start(t, panel.Options{Era: panel.Era2019})
	c := loggedIn(t, ts, srv.Owner())
	c.get("/manage/settings/api-accounts/create-stencil")
	r := c.post("/manage/settings/api-accounts/stencil", url.Values{"name": {"Steve's Account"}, "access_level": {"publish"}})
	if r.status != http.StatusSeeOther || !credentialsPath.MatchString(r.location()) {
		t.Fatalf("stencil create: status %d location %q", r.status, r.location())
	}
	mustContain(t, c.get("/manage/settings/api-accounts").body, "<td>Sites &amp; Routes Read-Only, Themes</td>")
	if r := c.post("/manage/settings/api-accounts/stencil", url.Values{"name": {"Bad level"}, "access_level": {"root"}}); r.status != http.StatusBadRequest {
		t.Errorf("unknown access level: status %d", r.status)
	}
}

// TestSeedDeterminism: the same seed gives the same store and credentials; another seed does not.
func TestSeedDeterminism(t *testing.T) {
	firstCreds := func(seed uint64) (string, panel.Account, panel.User) {
		srv, ts := start(t, panel.Options{Seed: seed})
		loggedIn(t, ts, srv.Owner()).create("Determinism", nil)
		accs, _ := srv.Accounts()
		return srv.StoreHash(), accs[0], srv.Owner()
	}
	h1, a1, o1 := firstCreds(42)
	h2, a2, o2 := firstCreds(42)
	h3, a3, _ := firstCreds(43)
	if h1 != h2 || a1.ClientID != a2.ClientID || a1.AccessToken != a2.AccessToken || o1.Email != o2.Email {
		t.Errorf("seed 42 twice differs: %s/%s, %+v / %+v", h1, h2, a1, a2)
	}
	if h1 == h3 || a1.ClientID == a3.ClientID {
		t.Errorf("seeds 42 and 43 gave the same store %s or client id %s", h1, a1.ClientID)
	}
}

// TestConcurrentSessions creates and deletes accounts from many sessions at once (run with
// -race): every account is created exactly once and every deletion takes effect.
func TestConcurrentSessions(t *testing.T) {
	srv, ts := start(t, panel.Options{})
	const sessions = 20
	var wg sync.WaitGroup
	for i := range sessions {
		c := loggedIn(t, ts, srv.Owner())
		wg.Go(func() {
			name := fmt.Sprintf("Worker %02d", i)
			c.post(c.create(name, nil)+"/done", nil)
			if i%2 == 0 {
				accs, _ := srv.Accounts()
				for _, a := range accs {
					if a.Name == name {
						c.get("/manage/settings/api-accounts")
						c.post("/manage/settings/api-accounts/delete", url.Values{"id": {fmt.Sprint(a.ID)}})
					}
				}
			}
		})
	}
	wg.Wait()
	accs, _ := srv.Accounts()
	seen := map[string]bool{}
	for _, a := range accs {
		if seen[a.Name] {
			t.Errorf("duplicate account %q", a.Name)
		}
		seen[a.Name] = true
	}
	if len(accs) != sessions/2 {
		t.Errorf("%d accounts left, want %d", len(accs), sessions/2)
	}
}
