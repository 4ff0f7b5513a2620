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
	`(?:^|\s)(?:[\w.-]+\s+)?desktop(?:\s+app)?\s*$|^(?:on\s+|in\s+|for\s+)?(?:the\s+)?(?:ios|ipados|macos|tvos|watchos|android|mobile)(?:\s+apps?)?\s*$`)

// ClientOf is the app a procedure's heading says its steps happen in, and whether it names
// one that is no web page.
func ClientOf(heading string) (Surface, bool) {
	h := strings.TrimSpace(heading)
	if h == "" || strings.Contains(strings.ToLower(h), "browser") || !appHeading.MatchString(h) {
		return Surface{}, false // "Desktop or Mobile Browser": a web page after all
	}
	return Surface{Kind: Device, Name: h}, true
}

// PlacingHeading is the heading, nearest first, that names the app a procedure's steps happen
// in: its own ("### Android") or one enclosing it ("## iOS" over "### Configuring the server
// URL"). "" when none does.
func PlacingHeading(nearestFirst ...string) string {
	for _, h := range nearestFirst {
		if _, ok := ClientOf(h); ok {
			return h
		}
	}
	return ""
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
