package panel

import (
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// The test API lets tests and cleanup checks see and set the store's truth without a
// browser. It answers loopback clients only, and only requests no web page could have made.
func (s *Server) testAPI(mux *http.ServeMux) {
	mux.HandleFunc("GET "+pathTestAPI+"/store", s.loopback(s.apiStore))
	mux.HandleFunc("GET "+pathTestAPI+"/accounts", s.loopback(s.apiAccounts))
	mux.HandleFunc("POST "+pathTestAPI+"/accounts", s.loopback(s.apiPreload))
	mux.HandleFunc("POST "+pathTestAPI+"/reset", s.loopback(s.apiReset))
	mux.HandleFunc("POST "+pathTestAPI+"/accounts/delete", s.loopback(s.apiDelete))
}

func (s *Server) loopback(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
			writeJSON(w, http.StatusForbidden, apiError{"the test API answers loopback clients only"})
			return
		}
		if msg := fromAPage(r); msg != "" {
			writeJSON(w, http.StatusForbidden, apiError{msg})
			return
		}
		if r.Method == http.MethodPost && !isJSON(r.Header.Get("Content-Type")) {
			writeJSON(w, http.StatusUnsupportedMediaType, apiError{"the test API takes Content-Type: application/json"})
			return
		}
		h(w, r)
	}
}

// fromAPage says why a request looks like it came from a web page rather than from docdrift
// or a test: a loopback client can still be a browser, on a page of any site, reaching the
// simulator by its own address (a cross-site request) or by a name of its own that it has
// pointed at 127.0.0.1 (DNS rebinding). "" means the request may go on.
func fromAPage(r *http.Request) string {
	name := r.Host
	if h, _, err := net.SplitHostPort(r.Host); err == nil {
		name = h
	}
	if name != "localhost" && net.ParseIP(strings.Trim(name, "[]")) == nil {
		return "the test API answers requests to localhost or an IP address only, not to " + strconv.Quote(name)
	}
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" && site != "none" {
		return "the test API refuses cross-site requests"
	}
	if origin := r.Header.Get("Origin"); origin != "" {
		u, err := url.Parse(origin)
		if err != nil || u.Host != r.Host || (u.Scheme != "http" && u.Scheme != "https") {
			return "the test API refuses requests from other origins"
		}
	}
	return ""
}

func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/json"
}

type apiError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// StoreInfo is GET /__test/store.
type StoreInfo struct {
	Era       int    `json:"era"`
	StoreHash string `json:"store_hash"`
	Owner     User   `json:"owner"`
	Staff     User   `json:"staff"`
}

func (s *Server) apiStore(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, StoreInfo{int(s.opts.Era), s.storeHash, s.owner, s.staff})
}

// AccountList is GET /__test/accounts and the answer of POST /__test/accounts.
type AccountList struct {
	Accounts []Account       `json:"accounts"`
	Legacy   []LegacyAccount `json:"legacy"`
}

func (s *Server) apiAccounts(w http.ResponseWriter, r *http.Request) {
	accs, leg := s.Accounts()
	writeJSON(w, http.StatusOK, AccountList{Accounts: accs, Legacy: leg})
}

// Preload is the body of POST /__test/accounts.
type Preload struct {
	Accounts []struct {
		Name   string  `json:"name"`
		Grants []Grant `json:"grants"`
	} `json:"accounts"`
	Legacy []struct {
		Username string `json:"username"`
	} `json:"legacy"`
}

// apiPreload adds accounts as if created in the UI, legacy ones in any era (a 2023 store can
// no longer create them, but may still have some). All or nothing.
func (s *Server) apiPreload(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	var p Preload
	if err := dec.Decode(&p); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{"bad JSON body: " + err.Error()})
		return
	}
	if err := s.checkPreload(p); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{err.Error()})
		return
	}
	var out AccountList
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.st.storeAc)+len(p.Accounts) > MaxAccounts {
		writeJSON(w, http.StatusConflict, apiError{fmt.Sprintf("the store would exceed %d API accounts", MaxAccounts)})
		return
	}
	for _, l := range p.Legacy {
		if s.st.legacyByName(l.Username) != nil {
			writeJSON(w, http.StatusConflict, apiError{fmt.Sprintf("legacy username %q already exists", l.Username)})
			return
		}
	}
	for _, a := range p.Accounts {
		acc, _ := s.st.createAccount(a.Name, kindV2V3, a.Grants)
		out.Accounts = append(out.Accounts, *acc)
	}
	for _, l := range p.Legacy {
		acc, _ := s.st.createLegacy(l.Username, s.st.legacyToken())
		out.Legacy = append(out.Legacy, *acc)
	}
	writeJSON(w, http.StatusCreated, out)
}

func (s *Server) checkPreload(p Preload) error {
	seen := map[string]bool{}
	for _, a := range p.Accounts {
		if msg := validName(a.Name); msg != "" {
			return fmt.Errorf("account %q: %s", a.Name, msg)
		}
		for _, g := range a.Grants {
			if !validGrant(s.scopes, g) {
				return fmt.Errorf("account %q: scope %q has no level %q in era %s", a.Name, g.Scope, g.Level, s.opts.Era)
			}
		}
	}
	for _, l := range p.Legacy {
		if msg := usernameError(l.Username); msg != "" {
			return fmt.Errorf("legacy %q: %s", l.Username, msg)
		}
		if seen[l.Username] {
			return errors.New("legacy username " + l.Username + " given twice")
		}
		seen[l.Username] = true
	}
	return nil
}

// apiReset restores the store as New left it (same seed, same credentials to come), drops
// unseen credentials and re-arms transient failures. Sessions stay logged in.
func (s *Server) apiReset(w http.ResponseWriter, r *http.Request) {
	s.Reset()
	w.WriteHeader(http.StatusNoContent)
}

// Reset restores the store as New left it; see the test API's reset.
func (s *Server) Reset() {
	st := s.freshStore()
	s.mu.Lock()
	s.st = st
	for _, sess := range s.sessions {
		clear(sess.pending)
		sess.legacyDraft = ""
	}
	s.mu.Unlock()
	s.faults.rearm()
}
