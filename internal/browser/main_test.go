package browser_test

import (
	"net/http/httptest"
	"testing"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

// serve starts a test server with one page per path.
func serve(t *testing.T, pages map[string]string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(browsertest.Pages(pages))
	t.Cleanup(srv.Close)
	return srv
}
