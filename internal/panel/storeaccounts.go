package panel

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"
)

// Name limits of store API accounts: the reference's minimum, and an assumed maximum.
const (
	minNameLen = 4
	maxNameLen = 100
)

type accountRow struct {
	ID     int
	Name   string
	Scopes string
}

// listData is the Store API Accounts page, with the credentials modal right after a Save.
type listData struct {
	Rows  []accountRow
	Count int
	Max   int
	Creds *credsData
}

func (s *Server) storeList(w http.ResponseWriter, r *http.Request, sess *session) {
	s.renderStoreList(w, sess, nil)
}

func (s *Server) renderStoreList(w http.ResponseWriter, sess *session, creds *credsData) {
	d := listData{Max: MaxAccounts, Creds: creds}
	s.mu.Lock()
	for _, a := range s.st.storeAc {
		d.Rows = append(d.Rows, accountRow{a.ID, a.Name, scopeSummary(s.scopes, a.Grants)})
	}
	s.mu.Unlock()
	d.Count = len(d.Rows)
	v := s.inSection(s.newView(sess, s.labels.StoreAccounts, d), slugStoreAccounts)
	s.render(w, http.StatusOK, "accounts", v)
}

type formLevel struct {
	Value, Label string
	Checked      bool
}

type formScope struct {
	Key, Name string
	Levels    []formLevel
}

// createData is the Create API Account and Create Stencil-CLI Token forms.
type createData struct {
	Name       string
	NameError  string
	FormError  string
	APIPath    string
	Scopes     []formScope
	Publish    bool // stencil form: publish theme chosen
	CancelHref string
}

// formScopes builds the button groups with grants selected (None where nothing is granted).
func (s *Server) formScopes(grants []Grant) []formScope {
	out := make([]formScope, len(s.scopes))
	for i, sc := range s.scopes {
		chosen := levelNone
		for _, g := range grants {
			if g.Scope == sc.Key {
				chosen = g.Level
			}
		}
		fs := formScope{Key: sc.Key, Name: sc.Name}
		for _, l := range append([]string{levelNone}, sc.Levels...) {
			label := l
			if l == levelNone {
				label = "None"
			}
			fs.Levels = append(fs.Levels, formLevel{Value: l, Label: label, Checked: l == chosen})
		}
		out[i] = fs
	}
	return out
}

func (s *Server) createForm(w http.ResponseWriter, r *http.Request, sess *session) {
	s.renderCreate(w, sess, http.StatusOK, createData{}, nil)
}

func (s *Server) renderCreate(w http.ResponseWriter, sess *session, status int, d createData, grants []Grant) {
	d.APIPath, d.CancelHref = s.storeAPIPath(), pathStoreAccounts
	d.Scopes = s.formScopes(grants)
	v := s.inSection(s.newView(sess, s.labels.CreateAccount, d), slugStoreAccounts)
	s.render(w, status, "create", v)
}

// validName checks an account name, returning the inline error to show.
func validName(name string) string {
	switch n := utf8.RuneCountInString(name); {
	case n == 0:
		return "Enter a name for this API account."
	case n < minNameLen:
		return fmt.Sprintf("The name must be at least %d characters long.", minNameLen)
	case n > maxNameLen:
		return fmt.Sprintf("The name must be at most %d characters long.", maxNameLen)
	}
	return ""
}

// formGrants reads the scope button groups; ok is false if a level is not one offered.
func (s *Server) formGrants(r *http.Request) ([]Grant, bool) {
	var grants []Grant
	for _, sc := range s.scopes {
		level := r.PostForm.Get("scope_" + sc.Key)
		if level == "" || level == levelNone {
			continue
		}
		g := Grant{Scope: sc.Key, Level: level}
		if !validGrant(s.scopes, g) {
			return nil, false
		}
		grants = append(grants, g)
	}
	return grants, true
}

func (s *Server) createAccount(w http.ResponseWriter, r *http.Request, sess *session) {
	name := strings.TrimSpace(r.PostForm.Get("name"))
	grants, ok := s.formGrants(r)
	if !ok {
		s.fail(w, sess, http.StatusBadRequest, "An OAuth scope was set to an access level this form does not offer.")
		return
	}
	if msg := validName(name); msg != "" {
		s.renderCreate(w, sess, http.StatusUnprocessableEntity, createData{Name: name, NameError: msg}, grants)
		return
	}
	if msg := s.issue(w, r, sess, name, kindV2V3, grants); msg != "" {
		s.renderCreate(w, sess, http.StatusConflict, createData{Name: name, FormError: msg}, grants)
	}
}

// issue creates the account and shows its one-time credentials, or returns why it could not.
func (s *Server) issue(w http.ResponseWriter, r *http.Request, sess *session, name, kind string, grants []Grant) string {
	key := secret()
	s.mu.Lock()
	a, err := s.st.createAccount(name, kind, grants)
	if err == nil {
		sess.pending[key] = *a
	}
	s.mu.Unlock()
	if errors.Is(err, errCapReached) {
		return fmt.Sprintf("You have reached the maximum of %d API accounts. Delete an account you no longer use before creating a new one.", MaxAccounts)
	}
	http.Redirect(w, r, pathCredentials+"/"+key, http.StatusSeeOther)
	return ""
}

func (s *Server) stencilForm(w http.ResponseWriter, r *http.Request, sess *session) {
	s.renderStencil(w, sess, http.StatusOK, createData{})
}

func (s *Server) renderStencil(w http.ResponseWriter, sess *session, status int, d createData) {
	d.CancelHref = pathStoreAccounts
	v := s.inSection(s.newView(sess, s.labels.StencilTitle, d), slugStoreAccounts)
	s.render(w, status, "stencil", v)
}

// stencilGrants are the scopes a Stencil-CLI token carries (an assumption; see docs/panel.md).
func stencilGrants(publish bool) []Grant {
	themes := levelRead
	if publish {
		themes = levelModify
	}
	return []Grant{{"sites", levelRead}, {"themes", themes}}
}

func (s *Server) createStencil(w http.ResponseWriter, r *http.Request, sess *session) {
	name := strings.TrimSpace(r.PostForm.Get("name"))
	var publish bool
	switch r.PostForm.Get("access_level") {
	case "", "local":
	case "publish":
		publish = true
	default:
		s.fail(w, sess, http.StatusBadRequest, "The Stencil-CLI access level must be local development only or publish theme.")
		return
	}
	d := createData{Name: name, Publish: publish}
	if d.NameError = validName(name); d.NameError != "" {
		s.renderStencil(w, sess, http.StatusUnprocessableEntity, d)
		return
	}
	if d.FormError = s.issue(w, r, sess, name, kindStencil, stencilGrants(publish)); d.FormError != "" {
		s.renderStencil(w, sess, http.StatusConflict, d)
	}
}

func (s *Server) deleteAccounts(w http.ResponseWriter, r *http.Request, sess *session) {
	ids, ok := selectedIDs(r)
	if !ok {
		s.fail(w, sess, http.StatusBadRequest, "Select at least one API account to delete.")
		return
	}
	s.mu.Lock()
	err := s.st.deleteAccounts(ids)
	if err == nil {
		s.forgetPendingLocked(ids)
	}
	s.mu.Unlock()
	if err != nil {
		s.fail(w, sess, http.StatusNotFound, "That API account does not exist; it may already have been deleted. Nothing was deleted.")
		return
	}
	s.setFlash(sess, deletedMessage(len(ids), "API account"))
	http.Redirect(w, r, pathStoreAccounts, http.StatusSeeOther)
}

// selectedIDs reads a row's own trash button (id) or the ticked rows (ids).
func selectedIDs(r *http.Request) ([]int, bool) {
	field := "ids"
	if r.PostForm.Has("id") {
		field = "id"
	}
	ids, ok := formIDs(r, field)
	return ids, ok && len(ids) > 0
}

func deletedMessage(n int, what string) string {
	if n == 1 {
		return "1 " + what + " was deleted."
	}
	return fmt.Sprintf("%d %ss were deleted.", n, what)
}

// forgetPendingLocked drops unseen credentials of deleted accounts from every session.
func (s *Server) forgetPendingLocked(ids []int) {
	for _, sess := range s.sessions {
		for key, a := range sess.pending {
			for _, id := range ids {
				if a.ID == id {
					delete(sess.pending, key)
				}
			}
		}
	}
}

func (s *Server) accountLevelList(w http.ResponseWriter, r *http.Request, sess *session) {
	v := s.inSection(s.newView(sess, s.labels.AccountAccounts, nil), slugAccountAccounts)
	s.render(w, http.StatusOK, "account_level", v)
}
