package understand

import (
	"regexp"
	"strings"
)

// Docs often give one procedure per client under a heading that names it: "### Visual Studio
// Code", "### Claude Desktop", "### Android". Every step under such a heading happens in that
// app, however it is worded ("Click **Add**"), not on the product's web pages. A heading that
// names the command line or an API is left alone: "### CLI login" and "### Log in to Argo CD
// using the CLI" often set things up in a web console first.
var appHeading = regexp.MustCompile(`(?i)\b(?:vs\s?code|visual studio code|intellij(?:\s+idea)?|jetbrains|xcode)\b|` +
	`(?:^|\s)(?:[\w.-]+\s+)?desktop(?:\s+app)?\s*$|^(?:on\s+|in\s+|for\s+)?(?:the\s+)?(?:ios|android|mobile)(?:\s+apps?)?\s*$`)

// ClientOf is the app a procedure's heading says its steps happen in, and whether it names
// one that is no web page.
func ClientOf(heading string) (Surface, bool) {
	h := strings.TrimSpace(heading)
	if h == "" || strings.Contains(strings.ToLower(h), "browser") || !appHeading.MatchString(h) {
		return Surface{}, false // "Desktop or Mobile Browser": a web page after all
	}
	return Surface{Kind: Device, Name: h}, true
}

// InClient reads a step as its procedure's heading places it: under a heading that names an
// app (ClientOf), a step the sentence itself places nowhere happens in that app.
func InClient(m Meaning, heading string) Meaning {
	if m.Surface.Kind != Product || !m.Step() {
		return m
	}
	if c, ok := ClientOf(heading); ok {
		m.Surface = c
	}
	return m
}
