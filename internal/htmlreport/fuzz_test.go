package htmlreport

import (
	"regexp"
	"testing"
)

// scripted is script in a page: a script element, or an event handler on any element.
var scripted = regexp.MustCompile(`(?i)<script|<[a-z][^>]*\son[a-z]+\s*=`)

// FuzzRenderDoc renders any doc — MDX components, callouts, MkDocs admonitions, pictures —
// without a panic, and never with script in the page.
func FuzzRenderDoc(f *testing.F) {
	for _, seed := range []string{
		"import X from 'y';\n\n# T\n\n1. Click <Icon name=\"gear-six\" />.\n\n<ThemedImage\n  alt=\"a\"\n  sources={{ light: '/a.png' }}\n/>\n",
		":::tip Title\nText.\n\n- item\n:::\n\n:::note\nUnclosed",
		"!!! warning \"T\"\n    Text.\n\n!!! note\n\n    More **text**.\n",
		"1. Step ![alt](/_images/x.png) and ![](https://example.com/y.png)\n",
		"<Note>\n<script>alert(1)</script>\n</Note>\n\n!!! note\n\n    <img src=x onerror=alert(1)>\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		body, _, err := renderDoc(doc{Path: "d.mdx", Source: src}, templates)
		if err != nil {
			t.Fatal(err)
		}
		if scripted.Match([]byte(body)) {
			t.Errorf("script in the page:\n%s", body)
		}
	})
}
