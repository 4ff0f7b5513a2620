package target

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/panel"
)

// Every command probes a target the same way: the simulator has its test API, a real
// product answers without one, and an address where nothing listens fails at once.
func TestProbe(t *testing.T) {
	emb, err := StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	real := httptest.NewServer(http.NotFoundHandler())
	defer real.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gone := "http://" + ln.Addr().String()
	ln.Close()
	for _, tt := range []struct {
		url     string
		has     bool
		wantErr string
	}{
		{emb.URL, true, ""},
		{real.URL, false, ""},
		{gone, false, "cannot reach " + gone},
	} {
		has, err := TestAPI{BaseURL: tt.url}.Probe(context.Background())
		if has != tt.has || (err == nil) != (tt.wantErr == "") || err != nil && !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: test API %v, error %v; want %v, %q", tt.url, has, err, tt.has, tt.wantErr)
		}
	}
}
