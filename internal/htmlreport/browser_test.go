package htmlreport

import (
	"context"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// TestReportInBrowser opens the report from file:// as a writer would, follows the index to
// the drifted procedure, and checks what the page shows at the failing step.
func TestReportInBrowser(t *testing.T) {
	in := sampleInput(t)
	dir := t.TempDir()
	if err := Write(dir, in); err != nil {
		t.Fatal(err)
	}
	page := browsertest.Session(t).Page
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	page = page.Context(ctx)
	index := (&url.URL{Scheme: "file", Path: filepath.Join(dir, "index.html")}).String()
	if err := page.Navigate(index); err != nil {
		t.Fatal(err)
	}
	link, err := page.ElementR("a", "^Revoking App Access$")
	if err != nil {
		t.Fatal(err)
	}
	wait := page.WaitNavigation("load")
	if err := link.Click("left", 1); err != nil {
		t.Fatal(err)
	}
	wait()

	step, err := page.Element("li#L46")
	if err != nil {
		t.Fatal(err)
	}
	class, _ := step.Attribute("class")
	if class == nil || !strings.Contains(*class, "dd-drift") {
		t.Errorf("step 3 of the legacy procedure has class %v, want dd-drift", class)
	}
	text, err := step.Text()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`no link, button, menu item or tab named "Legacy API Accounts"`, "closest labels on the page: Legacy API Settings, API Accounts"} {
		if !strings.Contains(text, want) {
			t.Errorf("step 3 shows %q, lacks %q", text, want)
		}
	}
	thumb, err := step.Element(".dd-thumb img")
	if err != nil {
		t.Fatal(err)
	}
	if err := thumb.WaitLoad(); err != nil {
		t.Fatal(err)
	}
	loaded, err := thumb.Eval(`() => this.complete && this.naturalWidth > 0`)
	if err != nil || !loaded.Value.Bool() {
		t.Errorf("the screenshot of step 3 did not load (%v)", err)
	}
	// Clicking the thumbnail shows the picture full size.
	if err := thumb.Click("left", 1); err != nil {
		t.Fatal(err)
	}
	zoom, err := step.Element(".dd-zoom")
	if err != nil {
		t.Fatal(err)
	}
	if visible, err := zoom.Visible(); err != nil || !visible {
		t.Errorf("the enlarged screenshot is not shown after a click (%v)", err)
	}
}
