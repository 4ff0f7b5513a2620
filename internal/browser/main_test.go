package browser_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

// serve starts a test server with one page per path.
func serve(t *testing.T, pages map[string]string) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	for path, html := range pages {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(html))
		})
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}
