package panel

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
)

// credsData is the BigCommerce API Credentials modal.
type credsData struct {
	Key          string
	ClientID     string
	ClientSecret string
	AccessToken  string
	Download     string // URL the page downloads at once; empty when the drift drops it
}

// validKey matches the one-time keys newSession's secret makes; anything else (path tricks
// included) is simply not found.
var validKey = regexp.MustCompile(`^[0-9a-f]{32}$`)

// pendingAccount finds the session's unseen credentials for the path's key, answering the
// request itself when there are none.
func (s *Server) pendingAccount(w http.ResponseWriter, r *http.Request, sess *session) (Account, string, bool) {
	key := r.PathValue("key")
	if !validKey.MatchString(key) {
		s.fail(w, sess, http.StatusNotFound, "There are no API credentials at this address.")
		return Account{}, "", false
	}
	s.mu.Lock()
	a, ok := sess.pending[key]
	s.mu.Unlock()
	if !ok {
		s.fail(w, sess, http.StatusGone, "These API credentials were shown once and can no longer be displayed or downloaded. If you lost them, delete the API account and create a new one.")
		return Account{}, "", false
	}
	return a, key, true
}

func (s *Server) credentialsPage(w http.ResponseWriter, r *http.Request, sess *session) {
	a, key, ok := s.pendingAccount(w, r, sess)
	if !ok {
		return
	}
	c := &credsData{Key: key, ClientID: a.ClientID, ClientSecret: a.ClientSecret, AccessToken: a.AccessToken}
	if !s.opts.Drift.NoDownload {
		c.Download = pathCredentials + "/" + key + "/download"
	}
	s.renderStoreList(w, sess, c)
}

func (s *Server) credentialsDownload(w http.ResponseWriter, r *http.Request, sess *session) {
	if s.opts.Drift.NoDownload {
		s.fail(w, sess, http.StatusNotFound, "This control panel does not offer a credentials download.")
		return
	}
	a, _, ok := s.pendingAccount(w, r, sess)
	if !ok {
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", credentialsFileName(a)))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	fmt.Fprint(w, s.credentialsText(a))
}

// credentialsText is the downloaded file, in the reference's UPPERCASE LABEL: value lines.
func (s *Server) credentialsText(a Account) string {
	return "ACCESS TOKEN: " + a.AccessToken + "\n" +
		"CLIENT NAME: " + a.Name + "\n" +
		"API PATH: " + s.storeAPIPath() + "\n" +
		"CLIENT ID: " + a.ClientID + "\n" +
		"CLIENT SECRET: " + a.ClientSecret + "\n"
}

// credentialsFileName is an assumption (the reference does not show it): the account name
// reduced to safe characters, so it can never carry a path.
func credentialsFileName(a Account) string {
	var b strings.Builder
	for _, r := range a.Name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		case r == ' ' && b.Len() > 0:
			b.WriteByte('-')
		}
	}
	name := strings.Trim(b.String(), "-")
	if name == "" {
		name = fmt.Sprint(a.ID)
	}
	return "api-credentials-" + name + ".txt"
}

func (s *Server) credentialsDone(w http.ResponseWriter, r *http.Request, sess *session) {
	if _, key, ok := s.pendingAccount(w, r, sess); ok {
		s.mu.Lock()
		delete(sess.pending, key)
		s.mu.Unlock()
		http.Redirect(w, r, pathStoreAccounts, http.StatusSeeOther)
	}
}
