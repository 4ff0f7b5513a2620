package steps

import (
	"testing"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// One Chromium for the package's tests, each in its own incognito session: a launch per test
// cost about half a second each and, on a loaded CI machine, was where Chromium now and then
// failed to start.
func TestMain(m *testing.M) { browsertest.Main(m) }
