package faultproxy

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A cut connection delivers exactly the first bytes of the answer; the others pass whole.
func TestCutsChosenConnections(t *testing.T) {
	body := strings.Repeat("x", 5000)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, body) }))
	defer srv.Close()
	p, err := Start(strings.TrimPrefix(srv.URL, "http://"), 200, EveryNth(2))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	for i, wantWhole := range []bool{true, false, true, false} {
		resp, err := client.Get(p.URL)
		whole := false
		if err == nil {
			b, rerr := io.ReadAll(resp.Body)
			resp.Body.Close()
			whole = rerr == nil && string(b) == body
		}
		if whole != wantWhole {
			t.Errorf("connection %d: whole %v, want %v (err %v)", i+1, whole, wantWhole, err)
		}
	}
	if p.Cuts() != 2 {
		t.Errorf("%d cuts, want 2", p.Cuts())
	}
}
