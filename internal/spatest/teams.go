package spatest

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
)

// Team is a group of tokens: made on its own (a name), its tokens picked from a list of the
// app's in a dialog on its own page — the way admins add existing items to another.
type Team struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Tokens []string `json:"tokens"` // the names of the tokens added
}

// Teams lists the teams the app holds.
func (a *App) Teams() []Team {
	a.mu.Lock()
	defer a.mu.Unlock()
	return slices.Clone(a.teams)
}

// teamsAPI lists (GET /api/teams), makes (POST /api/teams) and deletes (DELETE
// /api/teams/ID) teams, and adds tokens to one (POST /api/teams/ID/tokens, {"names": […]});
// the caller holds a.mu.
func (a *App) teamsAPI(w http.ResponseWriter, r *http.Request) {
	id, rest, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, "/api/teams"), "/"), "/")
	i := slices.IndexFunc(a.teams, func(t Team) bool { return t.ID == id })
	switch {
	case id == "" && r.Method == http.MethodGet:
		writeJSON(w, append([]Team{}, a.teams...))
	case id == "" && r.Method == http.MethodPost:
		var t Team
		if json.NewDecoder(r.Body).Decode(&t) != nil || strings.TrimSpace(t.Name) == "" {
			http.Error(w, `{"error":"a name is required"}`, http.StatusBadRequest)
			return
		}
		t.ID, t.Tokens = random(6), []string{}
		a.teams = append(a.teams, t)
		writeJSON(w, t)
	case i < 0:
		http.NotFound(w, r)
	case rest == "tokens" && r.Method == http.MethodPost:
		var add struct{ Names []string }
		if json.NewDecoder(r.Body).Decode(&add) != nil || len(add.Names) == 0 {
			http.Error(w, `{"error":"pick a token"}`, http.StatusBadRequest)
			return
		}
		a.teams[i].Tokens = append(a.teams[i].Tokens, add.Names...)
		writeJSON(w, a.teams[i])
	case rest == "" && r.Method == http.MethodDelete:
		a.teams = slices.Delete(a.teams, i, i+1)
		w.WriteHeader(http.StatusNoContent)
	default:
		http.NotFound(w, r)
	}
}
