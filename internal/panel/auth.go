package panel

import (
	"crypto/subtle"
	"net/http"
	"net/url"
	"strings"
)

// loginData is the log in page's own content.
type loginData struct {
	Email, Next, Error, Notice string
}

func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) {
	if _, st := s.lookup(r); st == sessionOK {
		http.Redirect(w, r, pathDashboard, http.StatusSeeOther)
		return
	}
	d := loginData{Next: safeNext(r.URL.Query().Get("next"))}
	if r.URL.Query().Get("expired") != "" {
		d.Notice = "Your session has expired. Please log in again."
	}
	s.renderLogin(w, http.StatusOK, d)
}

func (s *Server) renderLogin(w http.ResponseWriter, status int, d loginData) {
	token := secret()
	http.SetCookie(w, &http.Cookie{Name: loginCSRFCookie, Value: token, Path: pathLogin,
		HttpOnly: true, SameSite: http.SameSiteLaxMode})
	v := s.newView(nil, s.labels.LogIn, d)
	v.CSRF = token
	s.render(w, status, "login", v)
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if !s.parseForm(w, r, nil) {
		return
	}
	c, err := r.Cookie(loginCSRFCookie)
	if err != nil || !sameSecret(r.PostForm.Get(csrfField), c.Value) {
		s.fail(w, nil, http.StatusForbidden, "The log in form has expired. Reload the page and log in again.")
		return
	}
	email := strings.TrimSpace(r.PostForm.Get("email"))
	next := safeNext(r.PostForm.Get("next"))
	u := s.authenticate(email, r.PostForm.Get("password"))
	if u == nil {
		s.renderLogin(w, http.StatusUnauthorized, loginData{Email: email, Next: next,
			Error: "The email address or password is incorrect."})
		return
	}
	s.newSession(w, u)
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Server) authenticate(email, password string) *User {
	for _, u := range []*User{&s.owner, &s.staff} {
		emailOK := strings.EqualFold(email, u.Email)
		passOK := subtle.ConstantTimeCompare([]byte(password), []byte(u.Password)) == 1
		if emailOK && passOK {
			return u
		}
	}
	return nil
}

// safeNext keeps a post-login redirect on this site: only a local absolute path, never
// "//host" or "/\host", which browsers treat as another site.
func safeNext(next string) string {
	u, err := url.Parse(next)
	if err != nil || next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") ||
		strings.HasPrefix(next, "/\\") || u.Scheme != "" || u.Host != "" {
		return pathDashboard
	}
	return next
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request, sess *session) {
	s.endSession(w, sess)
	http.Redirect(w, r, pathLogin, http.StatusSeeOther)
}

// dashboardData summarises the store on the landing page.
type dashboardData struct {
	StoreHash string
	Accounts  int
	Legacy    int
}

func (s *Server) dashboard(w http.ResponseWriter, r *http.Request, sess *session) {
	s.mu.Lock()
	d := dashboardData{StoreHash: s.storeHash, Accounts: len(s.st.storeAc), Legacy: len(s.st.legacy)}
	s.mu.Unlock()
	s.render(w, http.StatusOK, "dashboard", s.newView(sess, s.labels.Dashboard, d))
}

func (s *Server) sectionIndex(w http.ResponseWriter, r *http.Request, sess *session) {
	s.render(w, http.StatusOK, "section", s.inSection(s.newView(sess, s.labels.Section, nil), ""))
}

// sectionPage serves the sidebar entries the simulator does not model beyond their title.
func (s *Server) sectionPage(w http.ResponseWriter, r *http.Request, sess *session) {
	slug := r.PathValue("slug")
	for _, label := range sectionItems(s.opts.Era) {
		if itemSlug(label) == slug && slugHref(slug) == pathSection+"/"+slug {
			v := s.inSection(s.newView(sess, s.sidebarLabel(label), nil), slug)
			s.render(w, http.StatusOK, "section", v)
			return
		}
	}
	s.fail(w, sess, http.StatusNotFound, "There is no such settings page in this control panel.")
}
