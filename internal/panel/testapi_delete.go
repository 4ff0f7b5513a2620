package panel

import (
	"encoding/json"
	"net/http"
	"slices"
)

// Deletion is the body of POST /__test/accounts/delete.
type Deletion struct {
	Names []string `json:"names"` // account names and legacy usernames; unknown ones are ignored
}

// apiDelete removes accounts by name, of either kind, so a run can clean up what it created
// whatever state its scenario ended in. It answers the accounts that remain.
func (s *Server) apiDelete(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	var d Deletion
	if err := dec.Decode(&d); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{"bad JSON body: " + err.Error()})
		return
	}
	s.mu.Lock()
	s.st.storeAc = slices.DeleteFunc(s.st.storeAc, func(a *Account) bool { return slices.Contains(d.Names, a.Name) })
	s.st.legacy = slices.DeleteFunc(s.st.legacy, func(a *LegacyAccount) bool { return slices.Contains(d.Names, a.Username) })
	accs, leg := s.st.snapshot()
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, AccountList{Accounts: accs, Legacy: leg})
}
