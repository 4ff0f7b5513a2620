package panel_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/panel"
)

func preload(t *testing.T, ts *httptest.Server, body string) panel.AccountList {
	t.Helper()
	resp, err := http.Post(ts.URL+"/__test/accounts", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out panel.AccountList
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("preload %s: status %d", body, resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

func listAccounts(t *testing.T, ts *httptest.Server) panel.AccountList {
	t.Helper()
	resp, err := http.Get(ts.URL + "/__test/accounts")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out panel.AccountList
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestTestAPI(t *testing.T) {
	srv, ts := start(t, panel.Options{Era: panel.Era2023, Seed: 5})
	got := preload(t, ts, `{"accounts":[{"name":"Nightly ERP","grants":[{"scope":"products","level":"modify"}]}],"legacy":[{"username":"old-app"}]}`)
	if len(got.Accounts) != 1 || len(got.Legacy) != 1 || got.Legacy[0].Token == "" || got.Accounts[0].ClientID == "" {
		t.Fatalf("preload answered %+v", got)
	}
	list := listAccounts(t, ts)
	if len(list.Accounts) != 1 || list.Accounts[0].Name != "Nightly ERP" || list.Legacy[0].Username != "old-app" {
		t.Fatalf("list = %+v", list)
	}

	for _, bad := range []struct {
		body   string
		status int
	}{
		{`{"accounts":[{"name":"ab"}]}`, http.StatusBadRequest},
		{`{"accounts":[{"name":"Good name","grants":[{"scope":"products","level":"login"}]}]}`, http.StatusBadRequest},
		{`{"legacy":[{"username":"old-app"}]}`, http.StatusConflict},
		{`{"legacy":[{"username":"x y"}]}`, http.StatusBadRequest},
		{`{"unknown":1}`, http.StatusBadRequest},
		{`not json`, http.StatusBadRequest},
	} {
		resp, err := http.Post(ts.URL+"/__test/accounts", "application/json", strings.NewReader(bad.body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != bad.status {
			t.Errorf("preload %s: status %d, want %d", bad.body, resp.StatusCode, bad.status)
		}
	}
	if after := listAccounts(t, ts); len(after.Accounts) != 1 || len(after.Legacy) != 1 {
		t.Errorf("rejected preloads changed the store: %+v", after)
	}

	resp, err := http.Post(ts.URL+"/__test/reset", "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if after := listAccounts(t, ts); resp.StatusCode != http.StatusNoContent || len(after.Accounts)+len(after.Legacy) != 0 {
		t.Errorf("reset: status %d, store %+v", resp.StatusCode, after)
	}

	var info panel.StoreInfo
	r, err := http.Get(ts.URL + "/__test/store")
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(r.Body).Decode(&info)
	r.Body.Close()
	if info.StoreHash != srv.StoreHash() || info.Owner != srv.Owner() || info.Era != 2023 {
		t.Errorf("store info %+v", info)
	}
}

// TestTestAPIRefusesRemoteClients: the test API exposes secrets, so only loopback may call it.
func TestTestAPIRefusesRemoteClients(t *testing.T) {
	srv := panel.New(panel.Options{})
	for _, path := range []string{"/__test/accounts", "/__test/store"} {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.RemoteAddr = "203.0.113.9:41000"
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, req)
		if w.Code != http.StatusForbidden || strings.Contains(w.Body.String(), srv.Owner().Password) {
			t.Errorf("GET %s from a remote address: status %d", path, w.Code)
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/__test/reset", nil)
	req.RemoteAddr = "[2001:db8::1]:41000"
	w := httptest.NewRecorder()
	srv.ServeHTTP(w, req)
	if w.Code != http.StatusForbidden {
		t.Errorf("POST /__test/reset from a remote address: status %d", w.Code)
	}
}
