package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/profile"
)

// A target at --base-url is driven as the product it is: its profile from docdrift.toml; the
// BigCommerce control panel when it has the simulator's test API or the user named an era;
// otherwise a plain web UI — no subjects made before procedures or swept after them, and no
// product name the docs must match.
func TestTheProfileATargetIsDrivenAs(t *testing.T) {
	plainUI := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r) // no test API
	}))
	defer plainUI.Close()
	simulator := startPanel(t, panel.Options{Era: panel.Era2023, Seed: 3})
	panel2023 := panel.Profile(panel.Era2023)
	strapi := profile.Profile{Name: "Strapi", Surfaces: []string{"admin panel"}}

	for _, tt := range []struct {
		name         string
		spec         targetSpec
		wantName     string
		wantSubjects int
		wantSurfaces bool
	}{
		{"a web UI nobody described", targetSpec{baseURL: plainUI.URL}, plainUI.URL, 0, false},
		{"a control panel named by its era", targetSpec{baseURL: plainUI.URL, era: "2023"}, panel2023.Name, len(panel2023.Subjects), true},
		{"the simulator served elsewhere", targetSpec{baseURL: simulator.URL, era: "2023"}, panel2023.Name, len(panel2023.Subjects), true},
		{"a product of docdrift.toml", targetSpec{baseURL: plainUI.URL, era: "2023", profile: &strapi}, "Strapi", 0, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := &env{stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }, now: time.Now}
			o, err := e.openTarget(context.Background(), "run", tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			defer o.close()
			p := o.profile
			if p.Name != tt.wantName || len(p.Subjects) != tt.wantSubjects || (len(o.surfaces) > 0) != tt.wantSurfaces || p.BaseURL != tt.spec.baseURL {
				t.Errorf("profile %q with %d subjects, surfaces %q, base %q; want %q with %d, surfaces %v, base %q",
					p.Name, len(p.Subjects), o.surfaces, p.BaseURL, tt.wantName, tt.wantSubjects, tt.wantSurfaces, tt.spec.baseURL)
			}
			if p.StartURL() != tt.spec.baseURL {
				t.Errorf("starts at %q, want the base URL %q", p.StartURL(), tt.spec.baseURL)
			}
		})
	}
}
