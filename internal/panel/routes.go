package panel

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// URL paths. They stay the same across eras; only labels and availability change.
const (
	pathLogin           = "/login"
	pathLogout          = "/logout"
	pathDashboard       = "/manage/dashboard"
	pathSection         = "/manage/section"
	pathStoreAccounts   = "/manage/settings/api-accounts"
	pathAccountAccounts = "/manage/settings/account-api-accounts"
	pathLegacy          = "/manage/settings/legacy-api-accounts"
	pathCredentials     = pathStoreAccounts + "/credentials"
	pathTestAPI         = "/__test"
)

// maxBody bounds every form body: the largest real form is well under 4 KiB.
const maxBody = 64 << 10

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	handle := func(pattern string, h http.HandlerFunc) { mux.Handle(pattern, s.faults.wrap(pattern, h)) }

	handle("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, pathDashboard, http.StatusSeeOther)
	})
	handle("GET "+pathLogin, s.loginForm)
	handle("POST "+pathLogin, s.login)
	handle("POST "+pathLogout, s.action(s.logout))
	handle("GET "+pathDashboard, s.page(s.dashboard))
	handle("GET "+pathSection, s.page(s.sectionIndex))
	handle("GET "+pathSection+"/{slug}", s.page(s.sectionPage))

	if s.opts.Era.hasStoreAccounts() {
		handle("GET "+pathStoreAccounts, s.page(s.storeList))
		handle("GET "+pathStoreAccounts+"/create", s.page(s.ownerOnly(s.createForm)))
		handle("POST "+pathStoreAccounts, s.action(s.ownerOnly(s.createAccount)))
		handle("POST "+pathStoreAccounts+"/delete", s.action(s.ownerOnly(s.deleteAccounts)))
		handle("GET "+pathCredentials+"/{key}", s.page(s.credentialsPage))
		handle("GET "+pathCredentials+"/{key}/download", s.page(s.credentialsDownload))
		handle("POST "+pathCredentials+"/{key}/done", s.action(s.credentialsDone))
	}
	if s.opts.Era.hasStencil() {
		handle("GET "+pathStoreAccounts+"/create-stencil", s.page(s.ownerOnly(s.stencilForm)))
		handle("POST "+pathStoreAccounts+"/stencil", s.action(s.ownerOnly(s.createStencil)))
	}
	if s.opts.Era == Era2023 {
		handle("GET "+pathAccountAccounts, s.page(s.accountLevelList))
	}
	if s.opts.Era.hasLegacy() {
		handle("GET "+pathLegacy, s.page(s.legacyList))
		handle("GET "+pathLegacy+"/create", s.page(s.ownerOnly(s.legacyCreateForm)))
		handle("POST "+pathLegacy, s.action(s.ownerOnly(s.legacyCreate)))
		handle("POST "+pathLegacy+"/new-token", s.action(s.ownerOnly(s.legacyDraftToken)))
		handle("GET "+pathLegacy+"/{id}/edit", s.page(s.ownerOnly(s.legacyEditForm)))
		handle("POST "+pathLegacy+"/{id}", s.action(s.ownerOnly(s.legacySave)))
		handle("POST "+pathLegacy+"/{id}/token", s.action(s.ownerOnly(s.legacyRegenerate)))
		handle("POST "+pathLegacy+"/delete", s.action(s.ownerOnly(s.legacyDelete)))
	}
	mux.HandleFunc("GET /static/", s.static)
	if !s.opts.NoTestAPI {
		s.testAPI(mux)
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		sess, _ := s.lookup(r)
		s.fail(w, sess, http.StatusNotFound, "There is no page at this address in this control panel.")
	})
	return mux
}

// handlerFunc is a handler that runs with a logged-in session.
type handlerFunc func(w http.ResponseWriter, r *http.Request, sess *session)

// page requires a logged-in session; without one the browser goes to the log in page and
// comes back afterwards.
func (s *Server) page(h handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sess, st := s.lookup(r)
		if st != sessionOK {
			s.toLogin(w, r, st)
			return
		}
		h(w, r, sess)
	}
}

func (s *Server) toLogin(w http.ResponseWriter, r *http.Request, st sessionState) {
	q := url.Values{}
	if r.Method == http.MethodGet {
		q.Set("next", r.URL.RequestURI())
	}
	if st == sessionExpired {
		q.Set("expired", "1")
	}
	target := pathLogin
	if len(q) > 0 {
		target += "?" + q.Encode()
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

// action guards a state-changing request: session, bounded body, parsed form, CSRF token.
func (s *Server) action(h handlerFunc) http.HandlerFunc {
	return s.page(func(w http.ResponseWriter, r *http.Request, sess *session) {
		if !s.parseForm(w, r, sess) {
			return
		}
		s.mu.Lock()
		want := sess.csrf
		s.mu.Unlock()
		if !sameSecret(r.PostForm.Get(csrfField), want) {
			s.fail(w, sess, http.StatusForbidden, "This form has expired or did not come from this control panel. Go back, reload the page and try again.")
			return
		}
		h(w, r, sess)
	})
}

// parseForm reads a bounded form body, answering 413 or 400 itself when it cannot.
func (s *Server) parseForm(w http.ResponseWriter, r *http.Request, sess *session) bool {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.fail(w, sess, http.StatusRequestEntityTooLarge, "The form sent too much data.")
		} else {
			s.fail(w, sess, http.StatusBadRequest, "The form data could not be read.")
		}
		return false
	}
	return true
}

// ownerOnly refuses staff users with a clear page instead of a broken form.
func (s *Server) ownerOnly(h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, sess *session) {
		s.mu.Lock()
		owner := sess.user.Owner
		s.mu.Unlock()
		if !owner {
			s.fail(w, sess, http.StatusForbidden, "Only the store owner can create or change API accounts. Ask the store owner to do this for you.")
			return
		}
		h(w, r, sess)
	}
}

// pathID reads a numeric id path segment; ok is false for anything else.
func pathID(r *http.Request) (int, bool) {
	id, err := strconv.Atoi(r.PathValue("id"))
	return id, err == nil && id > 0
}

// formIDs reads the repeated numeric field name; ok is false if any value is not an id.
func formIDs(r *http.Request, name string) ([]int, bool) {
	var ids []int
	for _, v := range r.PostForm[name] {
		id, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || id <= 0 {
			return nil, false
		}
		ids = append(ids, id)
	}
	return ids, true
}
