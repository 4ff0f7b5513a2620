package panel

import (
	"net/http"
	"regexp"
	"strings"
)

// validUsername is an assumption (the reference is silent): what a basic-auth user name
// can safely hold.
var validUsername = regexp.MustCompile(`^[A-Za-z0-9._@-]{1,64}$`)

type legacyRow struct {
	ID       int
	Username string
}

// legacyForm is the create and edit form of a legacy account.
type legacyForm struct {
	ID            int // 0 when creating
	Username      string
	UsernameError string
	Notice        string
	APIPath       string
	Token         string
	CancelHref    string
}

func (s *Server) legacyList(w http.ResponseWriter, r *http.Request, sess *session) {
	var rows []legacyRow
	s.mu.Lock()
	for _, a := range s.st.legacy {
		rows = append(rows, legacyRow{a.ID, a.Username})
	}
	s.mu.Unlock()
	v := s.inSection(s.newView(sess, s.labels.Legacy, rows), slugLegacyAccounts)
	s.render(w, http.StatusOK, "legacy_list", v)
}

func (s *Server) renderLegacyForm(w http.ResponseWriter, sess *session, status int, f legacyForm) {
	f.APIPath, f.CancelHref = s.legacyAPIPath(), pathLegacy
	title := s.labels.CreateLegacy
	if f.ID != 0 {
		title = f.Username
	}
	v := s.inSection(s.newView(sess, title, f), slugLegacyAccounts)
	s.render(w, status, "legacy_form", v)
}

// draftToken is the token the create form shows; Save issues exactly that token.
func (s *Server) draftToken(sess *session, fresh bool) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if fresh || sess.legacyDraft == "" {
		sess.legacyDraft = s.st.legacyToken()
	}
	return sess.legacyDraft
}

func (s *Server) legacyCreateForm(w http.ResponseWriter, r *http.Request, sess *session) {
	s.renderLegacyForm(w, sess, http.StatusOK, legacyForm{Token: s.draftToken(sess, false)})
}

func (s *Server) legacyDraftToken(w http.ResponseWriter, r *http.Request, sess *session) {
	s.renderLegacyForm(w, sess, http.StatusOK, legacyForm{
		Username: strings.TrimSpace(r.PostForm.Get("username")),
		Token:    s.draftToken(sess, true),
		Notice:   "A new API token was generated. Save to create the account with it."})
}

func usernameError(name string) string {
	if name == "" {
		return "Enter a username."
	}
	if !validUsername.MatchString(name) {
		return "A username is 1 to 64 letters, digits, dots, dashes, underscores or @ signs."
	}
	return ""
}

func (s *Server) legacyCreate(w http.ResponseWriter, r *http.Request, sess *session) {
	f := legacyForm{Username: strings.TrimSpace(r.PostForm.Get("username"))}
	if f.UsernameError = usernameError(f.Username); f.UsernameError != "" {
		f.Token = s.draftToken(sess, false)
		s.renderLegacyForm(w, sess, http.StatusUnprocessableEntity, f)
		return
	}
	s.mu.Lock()
	token := sess.legacyDraft
	if token == "" {
		token = s.st.legacyToken()
	}
	_, err := s.st.createLegacy(f.Username, token)
	if err == nil {
		sess.legacyDraft = ""
	}
	s.mu.Unlock()
	if err != nil {
		f.UsernameError, f.Token = "A legacy API account with this username already exists.", token
		s.renderLegacyForm(w, sess, http.StatusConflict, f)
		return
	}
	s.setFlash(sess, "The legacy API account "+f.Username+" was created.")
	http.Redirect(w, r, pathLegacy, http.StatusSeeOther)
}

// legacyAccount finds the path's account, answering 404 itself when there is none.
func (s *Server) legacyFromPath(w http.ResponseWriter, r *http.Request, sess *session) (LegacyAccount, bool) {
	id, ok := pathID(r)
	var a *LegacyAccount
	s.mu.Lock()
	if ok {
		a = s.st.legacyAccount(id)
	}
	var c LegacyAccount
	if a != nil {
		c = *a
	}
	s.mu.Unlock()
	if a == nil {
		s.fail(w, sess, http.StatusNotFound, "That legacy API account does not exist; it may have been deleted.")
		return LegacyAccount{}, false
	}
	return c, true
}

func (s *Server) legacyEditForm(w http.ResponseWriter, r *http.Request, sess *session) {
	if a, ok := s.legacyFromPath(w, r, sess); ok {
		s.renderLegacyForm(w, sess, http.StatusOK, legacyForm{ID: a.ID, Username: a.Username, Token: a.Token})
	}
}

// legacyRegenerate replaces the token at once: the old token stops working even if the form
// is never saved, which is what revoking app access relies on.
func (s *Server) legacyRegenerate(w http.ResponseWriter, r *http.Request, sess *session) {
	a, ok := s.legacyFromPath(w, r, sess)
	if !ok {
		return
	}
	s.mu.Lock()
	var token string
	if cur := s.st.legacyAccount(a.ID); cur != nil {
		token = s.st.legacyToken()
		cur.Token = token
	}
	s.mu.Unlock()
	if token == "" {
		s.fail(w, sess, http.StatusNotFound, "That legacy API account was deleted meanwhile.")
		return
	}
	username := strings.TrimSpace(r.PostForm.Get("username"))
	if username == "" {
		username = a.Username
	}
	s.renderLegacyForm(w, sess, http.StatusOK, legacyForm{ID: a.ID, Username: username, Token: token,
		Notice: "A new API token was generated. The previous token no longer works."})
}

func (s *Server) legacySave(w http.ResponseWriter, r *http.Request, sess *session) {
	a, ok := s.legacyFromPath(w, r, sess)
	if !ok {
		return
	}
	f := legacyForm{ID: a.ID, Username: strings.TrimSpace(r.PostForm.Get("username")), Token: a.Token}
	if f.UsernameError = usernameError(f.Username); f.UsernameError != "" {
		s.renderLegacyForm(w, sess, http.StatusUnprocessableEntity, f)
		return
	}
	s.mu.Lock()
	cur, other := s.st.legacyAccount(a.ID), s.st.legacyByName(f.Username)
	switch {
	case cur == nil:
	case other != nil && other.ID != a.ID:
		f.UsernameError = "A legacy API account with this username already exists."
	default:
		cur.Username = f.Username
	}
	s.mu.Unlock()
	switch {
	case cur == nil:
		s.fail(w, sess, http.StatusNotFound, "That legacy API account was deleted meanwhile.")
	case f.UsernameError != "":
		s.renderLegacyForm(w, sess, http.StatusConflict, f)
	default:
		s.setFlash(sess, "The legacy API account "+f.Username+" was saved.")
		http.Redirect(w, r, pathLegacy, http.StatusSeeOther)
	}
}

func (s *Server) legacyDelete(w http.ResponseWriter, r *http.Request, sess *session) {
	ids, ok := formIDs(r, "ids")
	if !ok || len(ids) == 0 {
		s.fail(w, sess, http.StatusBadRequest, "Select the check box of at least one legacy API account to delete.")
		return
	}
	s.mu.Lock()
	err := s.st.deleteLegacy(ids)
	s.mu.Unlock()
	if err != nil {
		s.fail(w, sess, http.StatusNotFound, "That legacy API account does not exist; it may already have been deleted. Nothing was deleted.")
		return
	}
	s.setFlash(sess, deletedMessage(len(ids), "legacy API account"))
	http.Redirect(w, r, pathLegacy, http.StatusSeeOther)
}
