package understand

import "testing"

// A heading that names an app that is no web page places the procedure's steps there.
func TestClientOf(t *testing.T) {
	for _, tt := range []struct {
		heading string
		want    string // the client, "" for none
	}{
		{"Visual Studio Code", "Visual Studio Code"}, // Atomic CRM's MCP guide (testdata/heldout 115)
		{"Claude Desktop", "Claude Desktop"},
		{"Set it up in VS Code", "Set it up in VS Code"},
		{"Android", "Android"},
		{"macOS", "macOS"}, // headscale's Apple guide (testdata/heldout 467)
		{"tvOS", "tvOS"},
		{"macOS Monterey release notes", ""},
		{"On the mobile app", "On the mobile app"},
		{"Desktop app", "Desktop app"},
		{"Desktop or Mobile Browser", ""}, // Jitsi: a web page after all
		{"CLI login", ""},                 // Argo CD: set up in the Okta console first
		{"Log in to ArgoCD using CLI", ""},
		{"Create an API key", ""},
		{"Add a mobile number", ""},
		{"Remote Desktop Gateway settings", ""},
		{"", ""},
	} {
		c, ok := ClientOf(tt.heading)
		if got := c.Name; ok != (tt.want != "") || got != tt.want {
			t.Errorf("ClientOf(%q) = %q, %v; want %q", tt.heading, got, ok, tt.want)
		}
	}
	under := InClient(Read("Click **Add**."), "Claude Desktop")
	if under.Surface.Web() || !under.Understood() {
		t.Errorf("under Claude Desktop, Click **Add** reads %s", under)
	}
	named := InClient(Read("Sign in to the AWS Management Console."), "Claude Desktop")
	if named.Surface.Kind != OtherUI {
		t.Errorf("a step that names its own site keeps it: %s", named)
	}
}

// The nearest heading that names an app places the steps, however deep they sit under it.
func TestPlacingHeading(t *testing.T) {
	for _, tt := range []struct {
		nearestFirst []string
		want         string
	}{
		{[]string{"Configuring the headscale URL", "iOS", "Connecting an Apple client"}, "iOS"},
		{[]string{"GUI", "Configuring the headscale URL", "macOS", "Connecting an Apple client"}, "macOS"},
		{[]string{"Android", "Mobile app"}, "Android"},
		{[]string{"Create an API key", "Settings"}, ""},
		{nil, ""},
	} {
		if got := PlacingHeading(tt.nearestFirst...); got != tt.want {
			t.Errorf("PlacingHeading(%q) = %q, want %q", tt.nearestFirst, got, tt.want)
		}
	}
}
