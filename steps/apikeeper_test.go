package steps

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/profile"
	"github.com/docdrift/docdrift/internal/redact"
	"github.com/docdrift/docdrift/internal/spatest"
)

// A subject kept through the product's REST API: calls made from the run's signed-in page,
// with a bearer token read from an HttpOnly cookie and a header fetched first, as Strapi
// (jwtToken) and WordPress (a REST nonce) want. The single-page test app answers them.
func TestAPIKeeper(t *testing.T) {
	app := spatest.New(spatest.Options{SessionCookie: "jwtToken"})
	nonce := "nonce-" + strings.Repeat("n", 16)
	srv := httptest.NewServer(restFront(app, nonce))
	defer srv.Close()
	h, secrets := appHousekeeper(t, app, srv.URL)
	api := profile.API{BearerCookie: "jwtToken", Header: profile.Header{Name: "X-Nonce", From: profile.Request{Path: "/rest/nonce"}}}
	calls := profile.Calls{
		List: profile.Request{Path: "/rest/tokens"}, ID: "id", Name: "name",
		Create:    []profile.Request{{Method: "POST", Path: "/rest/tokens", Body: `{"name": "{name}"}`}},
		CreatedID: "id", Secrets: []string{"accessKey"},
		Delete: []profile.Request{{Method: "DELETE", Path: "/rest/tokens/{id}"}},
	}
	subjects := Subjects{{Subject: profile.Subject{Name: "API token"}, Keeper: h.APIKeeper(api, calls)}}
	k := subjects[0].Keeper
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a loaded machine
	defer cancel()

	for _, name := range []string{"docdrift-api-1", "docdrift-api-2", "docdrift-api-1"} {
		if err := k.Ensure(ctx, name); err != nil {
			t.Fatalf("Ensure(%s): %v", name, err)
		}
	}
	if got := tokenNames(app); got != "docdrift-api-1 docdrift-api-2" {
		t.Fatalf("the app has %q, want the two tokens once each", got)
	}
	for _, key := range app.Shown() {
		if secrets.String(key) == key {
			t.Errorf("the created key %.6s… is not among the run's secrets", key)
		}
	}
	if secrets.String(nonce) == nonce {
		t.Error("the API's header value is not among the run's secrets")
	}
	if names, err := k.Names(ctx); err != nil || strings.Join(names, " ") != "docdrift-api-1 docdrift-api-2" {
		t.Errorf("Names = %q, %v", names, err)
	}
	if err := subjects.Delete(ctx, []string{"docdrift-api-1", "never-made"}, nil); !errors.As(err, new(*NotListed)) || !strings.Contains(err.Error(), "never-made") {
		t.Fatalf("Delete = %v, want the name the list did not show, never-made", err)
	}
	if got := tokenNames(app); got != "docdrift-api-2" {
		t.Errorf("after Delete the app has %q", got)
	}
	if swept, err := subjects.Sweep(ctx, "docdrift-api-"); err != nil || strings.Join(swept, " ") != "docdrift-api-2" {
		t.Errorf("Sweep = %q, %v", swept, err)
	}
	if got := tokenNames(app); got != "" {
		t.Errorf("after Sweep the app has %q", got)
	}
	if n := app.Logins(); n != 1 {
		t.Errorf("%d sign-ins, want the run's one", n)
	}

	for _, tt := range []struct {
		name, path, want string
	}{
		{"a failing API", "/rest/broken", "GET /rest/broken: the product answered HTTP 500 (product.subject.api.list)"},
		{"another origin", "//elsewhere.test/rest/tokens",
			`product.subject.api.list path "//elsewhere.test/rest/tokens" leads to http://elsewhere.test, not the product's`},
		{"a redirect", "/rest/moved", "GET /rest/moved: the product answered with a redirect, which is not followed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := calls
			bad.List.Path = tt.path
			_, err := h.APIKeeper(api, bad).Names(ctx)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to say %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "secret-in-body") {
				t.Errorf("the answer's body reached the error: %v", err)
			}
		})
	}
}

// appHousekeeper keeps the test app's items at url as a run does, signed in as its owner, with
// the run's secrets.
func appHousekeeper(t *testing.T, app *spatest.App, url string) (*Housekeeper, *redact.Secrets) {
	b := browsertest.Browser(t)
	secrets := &redact.Secrets{}
	return &Housekeeper{
		Config: Config{BaseURL: url, Start: url + "/admin", StepTimeout: 10 * time.Second, Secrets: secrets,
			Sessions: NewSessionCache(), Login: Login{Username: app.Email, Password: app.Password}},
		Open: func(ctx context.Context) (*browser.Session, error) { return b.NewSession(ctx) },
	}, secrets
}

func tokenNames(app *spatest.App) string {
	var names []string
	for _, tok := range app.Tokens() {
		names = append(names, tok.Name)
	}
	return strings.Join(names, " ")
}

// restFront puts the test app's token API also at /rest/, where every call must carry the
// nonce that GET /rest/nonce gives, as WordPress's REST API wants its nonce; /rest/broken
// fails and /rest/moved redirects to another host.
func restFront(app *spatest.App, nonce string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/rest/nonce":
			_, _ = w.Write([]byte(nonce + "\n"))
		case p == "/rest/broken":
			http.Error(w, `{"error": "secret-in-body"}`, http.StatusInternalServerError)
		case p == "/rest/moved":
			http.Redirect(w, r, "http://elsewhere.test/", http.StatusFound)
		case strings.HasPrefix(p, "/rest/"):
			if r.Header.Get("X-Nonce") != nonce {
				http.Error(w, `{"error": "no nonce"}`, http.StatusForbidden)
				return
			}
			r.URL.Path = "/api/" + strings.TrimPrefix(p, "/rest/")
			app.ServeHTTP(w, r)
		default:
			app.ServeHTTP(w, r)
		}
	})
}

// A single-page app whose token is in the page's localStorage, not a cookie, and whose API
// removes only what was archived first: the bearer token and a header are read from the
// signed-in page's storage, and an item's delete requests are sent in order.
func TestAPIKeeperFromStorageInSteps(t *testing.T) {
	app := spatest.New(spatest.Options{})
	archived := map[string]bool{}
	var mu sync.Mutex
	var seen string // the token the calls carried
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if !strings.HasPrefix(p, "/rest/") {
			app.ServeHTTP(w, r)
			return
		}
		if tok := r.Header.Get("X-Token"); tok == "" || r.Header.Get("Authorization") != "Bearer "+tok {
			http.Error(w, `{"error": "no token from storage"}`, http.StatusUnauthorized)
			return
		}
		id, archive := strings.CutSuffix(strings.TrimPrefix(p, "/rest/tokens/"), "/archive")
		mu.Lock()
		defer mu.Unlock()
		seen = r.Header.Get("X-Token")
		switch {
		case r.Method == http.MethodPost && archive && archived[id]:
			http.Error(w, `{"error": "archived already"}`, http.StatusBadRequest)
			return
		case r.Method == http.MethodPost && archive:
			archived[id] = true
			return
		case r.Method == http.MethodDelete && !archived[id]:
			http.Error(w, `{"error": "archive it first"}`, http.StatusBadRequest)
			return
		}
		r.URL.Path = "/api/" + strings.TrimPrefix(p, "/rest/")
		app.ServeHTTP(w, r)
	}))
	defer srv.Close()
	h, secrets := appHousekeeper(t, app, srv.URL)
	api := profile.API{BearerStorage: "jwtToken", Header: profile.Header{Name: "X-Token", Storage: "jwtToken"}}
	calls := profile.Calls{
		List: profile.Request{Path: "/rest/tokens"}, ID: "id", Name: "name",
		Create: []profile.Request{{Method: "POST", Path: "/rest/tokens", Body: `{"name": "{name}"}`}}, CreatedID: "id",
		Delete: []profile.Request{{Method: "POST", Path: "/rest/tokens/{id}/archive"}, {Method: "DELETE", Path: "/rest/tokens/{id}"}},
	}
	subjects := Subjects{{Subject: profile.Subject{Name: "API token"}, Keeper: h.APIKeeper(api, calls)}}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := subjects[0].Keeper.Ensure(ctx, "docdrift-stored-1"); err != nil {
		t.Fatalf("Ensure: %v", err)
	}
	if got := tokenNames(app); got != "docdrift-stored-1" {
		t.Fatalf("the app has %q, want the token made", got)
	}
	if err := subjects.Delete(ctx, []string{"docdrift-stored-1"}, nil); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if got := tokenNames(app); got != "" {
		t.Errorf("after Delete the app has %q: the archive was not sent first, or the delete not after it", got)
	}
	mu.Lock()
	if secrets.String(seen) == seen {
		t.Errorf("the token read from the page's storage (%.6s…) is not among the run's secrets", seen)
	}
	mu.Unlock()

	t.Run("archived already", func(t *testing.T) {
		// A procedure archived it (a key it revoked): the product refuses the archive, and
		// the delete after it removes the item.
		if err := subjects[0].Keeper.Ensure(ctx, "docdrift-stored-2"); err != nil {
			t.Fatalf("Ensure: %v", err)
		}
		mu.Lock()
		for _, tok := range app.Tokens() {
			archived[tok.ID] = true
		}
		mu.Unlock()
		if err := subjects.Delete(ctx, []string{"docdrift-stored-2"}, nil); err != nil {
			t.Fatalf("Delete: %v", err)
		}
		if got := tokenNames(app); got != "" {
			t.Errorf("after Delete the app has %q", got)
		}
	})

	t.Run("nothing stored", func(t *testing.T) {
		missing := profile.API{Header: profile.Header{Name: "X-Token", Storage: "no-such-key"}}
		_, err := h.APIKeeper(missing, calls).Names(ctx)
		if err == nil || !strings.Contains(err.Error(), `keeps nothing under "no-such-key"`) || !strings.Contains(err.Error(), "product.api.header.storage") {
			t.Fatalf("err = %v, want it to say the storage key is missing, naming the profile's key", err)
		}
	})
}

// An item made in steps, as Medusa makes a user: an invitation made with the run's session, a
// sign-up sent without it (its answer sets a cookie of its own, which must not replace the
// run's), and the invitation accepted with the sign-up's token as the bearer. What each
// answered, and the password made up for the sign-up, stay out of every output.
func TestAPIKeeperMakesAnItemInSteps(t *testing.T) {
	app := spatest.New(spatest.Options{SessionCookie: "jwtToken"})
	var mu sync.Mutex
	users := map[string]string{} // id → name
	invites := map[string]bool{} // invitation tokens not yet accepted
	invited := 0
	var signUps []string // passwords and tokens the sign-ups were given and gave
	signedIn := func(r *http.Request) bool {
		c, err := r.Cookie("jwtToken")
		return err == nil && c.Value != "" && c.Value != "the-new-user"
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/rest/") {
			app.ServeHTTP(w, r)
			return
		}
		var body map[string]string
		_ = json.NewDecoder(r.Body).Decode(&body)
		mu.Lock()
		defer mu.Unlock()
		switch p := r.URL.Path; {
		case p == "/rest/invites" && signedIn(r):
			tok := fmt.Sprintf("inv-%d-%s", invited, strings.Repeat("i", 12))
			invited++
			invites[tok] = true
			fmt.Fprintf(w, `{"invite": {"token": %q}}`, tok)
		case p == "/rest/register" && r.Header.Get("Cookie") == "":
			tok := "reg-" + body["password"]
			signUps = append(signUps, body["password"], tok)
			http.SetCookie(w, &http.Cookie{Name: "jwtToken", Value: "the-new-user", Path: "/"})
			fmt.Fprintf(w, `{"token": %q}`, tok)
		case p == "/rest/accept" && r.Header.Get("Cookie") == "" && invites[r.URL.Query().Get("token")] &&
			strings.HasPrefix(r.Header.Get("Authorization"), "Bearer reg-"):
			delete(invites, r.URL.Query().Get("token"))
			id := fmt.Sprintf("user-%d", len(users)+1)
			users[id] = body["first_name"]
			fmt.Fprintf(w, `{"user": {"id": %q}}`, id)
		case p == "/rest/users" && signedIn(r):
			var list []string
			for id, name := range users {
				list = append(list, fmt.Sprintf(`{"id": %q, "name": %q}`, id, name))
			}
			fmt.Fprintf(w, `{"users": [%s]}`, strings.Join(list, ","))
		case strings.HasPrefix(p, "/rest/users/") && r.Method == http.MethodDelete && signedIn(r):
			delete(users, strings.TrimPrefix(p, "/rest/users/"))
		default:
			http.Error(w, `{"error": "refused"}`, http.StatusBadRequest)
		}
	}))
	defer srv.Close()
	h, secrets := appHousekeeper(t, app, srv.URL)
	calls := profile.Calls{
		List: profile.Request{Path: "/rest/users"}, Items: "users", ID: "id", Name: "name",
		Create: []profile.Request{
			{Method: "POST", Path: "/rest/invites", Body: `{"email": "{name}@example.com"}`, Captures: map[string]string{"invite": "invite.token"}},
			{Method: "POST", Path: "/rest/register", Body: `{"password": "{password}"}`, Anonymous: true, Captures: map[string]string{"registration": "token"}},
			{Method: "POST", Path: "/rest/accept?token={invite}", Body: `{"first_name": "{name}"}`, Anonymous: true,
				Headers: map[string]string{"Authorization": "Bearer {registration}"}},
		},
		CreatedID: "user.id",
		Delete:    []profile.Request{{Method: "DELETE", Path: "/rest/users/{id}"}},
	}
	subjects := Subjects{{Subject: profile.Subject{Name: "user"}, Keeper: h.APIKeeper(profile.API{}, calls)}}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for _, name := range []string{"docdrift-user-1", "docdrift-user-2"} {
		if err := subjects[0].Keeper.Ensure(ctx, name); err != nil {
			t.Fatalf("Ensure(%s): %v", name, err)
		}
	}
	// The list call after the sign-ups is made with the run's own session.
	if names, err := subjects[0].Keeper.Names(ctx); err != nil || strings.Join(slices.Sorted(slices.Values(names)), " ") != "docdrift-user-1 docdrift-user-2" {
		t.Fatalf("Names = %q, %v: want both users, listed with the run's session", names, err)
	}
	mu.Lock()
	for _, s := range signUps {
		if secrets.String(s) == s {
			t.Errorf("%.6s… (a sign-up's password or token) is not among the run's secrets", s)
		}
	}
	for _, s := range []string{"inv-0-iiiiiiiiiiii", "inv-1-iiiiiiiiiiii"} {
		if secrets.String(s) == s {
			t.Errorf("the captured invitation %.6s… is not among the run's secrets", s)
		}
	}
	if len(signUps) != 4 || signUps[0] == signUps[2] {
		t.Errorf("sign-ups got %d values, want a password and a token each, a password per item", len(signUps))
	}
	mu.Unlock()
	if err := subjects.Delete(ctx, []string{"docdrift-user-1", "docdrift-user-2"}, nil); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if n := app.Logins(); n != 1 {
		t.Errorf("%d sign-ins, want the run's one: a sign-up's cookie replaced the run's session", n)
	}

	t.Run("an answer without what is captured", func(t *testing.T) {
		bad := calls
		bad.Create = slices.Clone(calls.Create)
		bad.Create[0].Captures = map[string]string{"invite": "invitation.token"}
		err := h.APIKeeper(profile.API{}, bad).Ensure(ctx, "docdrift-user-3")
		want := `POST /rest/invites: the answer has no "invitation.token" to capture as {invite} (product.subject.api.create[1].captures)`
		if err == nil || !strings.HasSuffix(err.Error(), want) {
			t.Fatalf("err = %v\nwant %s", err, want)
		}
	})
}
