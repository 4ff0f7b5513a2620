package htmlreport

import (
	"strings"
	"testing"
)

// A doc written for Docusaurus shows as its site shows it: no ES module lines, components
// as what they name in brackets (as the steps write them), callouts as boxes under their
// kind or title — the steps inside still marked, and code left as written.
func TestRenderMDX(t *testing.T) {
	src := strings.Join([]string{
		"import ThemedImage from '@theme/ThemedImage';", // 1
		"",
		"# Tokens", // 3
		"",
		`1. Click the settings button <Icon name="gear-six" />.`, // 5
		"2. Click **Save**.",
		"",
		"<ThemedImage",
		`  alt="The tokens <b>page</b>"`,
		"  sources={{ light: '/img/a.png', dark: '/img/b.png' }}",
		"/>",
		"",
		":::tip Keep it safe", // 13
		"The token shows once.",
		"",
		"- Copy it.",
		":::",
		"",
		"![The **Tokens** page](/_images/tokens.png) and ![](https://example.com/x/remote.png)",
		"",
		":::caution",
		"Revoking cannot be undone.",
		":::",
		"",
		`!!! warning "Global tags"`,
		"    Tags are **global**.",
		"",
		"!!! note",
		"",
		"    Tags can be **renamed**.",
		"",
		"```md",
		":::note",
		"import X from 'y';",
		"```",
	}, "\n")
	d := doc{Path: "d.md", Source: src, Procedures: []procedure{{Name: "Tokens", Line: 3, Status: "passed", Steps: []step{
		{DocStep: "1", Line: 5, Col: 4, Text: "Click the settings button [gear-six].", Status: "passed"},
		{DocStep: "2", Line: 6, Col: 4, Text: "Click **Save**.", Status: "passed"},
	}}}}
	body, _, err := renderDoc(d, templates)
	if err != nil {
		t.Fatal(err)
	}
	html := string(body)
	for _, want := range []string{
		`<li class="dd-step dd-passed" id="L5"`,
		`settings button <span class="dd-component">[gear-six]</span>.`,
		`<p class="dd-component">[The tokens &lt;b&gt;page&lt;/b&gt;]</p>`,
		`<aside class="dd-callout dd-callout-tip"><p class="dd-callout-title">Keep it safe</p>`,
		"<p>The token shows once.</p>",
		"<li>Copy it.</li>",
		`<aside class="dd-callout dd-callout-caution"><p class="dd-callout-title">Caution</p>`,
		":::note\nimport X from &#39;y&#39;;", // in code: as written
		`<aside class="dd-callout dd-callout-warning"><p class="dd-callout-title">Global tags</p>` + "\n<p>Tags are <strong>global</strong>.</p>",
		`<aside class="dd-callout dd-callout-note"><p class="dd-callout-title">Note</p>` + "\n<p>Tags can be <strong>renamed</strong>.</p>",
		// Pictures the folder does not hold: not a broken-image icon.
		`<span class="dd-component">[The Tokens page]</span> and <span class="dd-component">[remote.png]</span>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the page lacks %s:\n%s", want, html)
		}
	}
	for _, gone := range []string{"@theme/ThemedImage", "sources=", ":::tip", ":::</p>", "!!!", "<pre><code>Tags"} {
		if strings.Contains(html, gone) {
			t.Errorf("the page shows %q:\n%s", gone, html)
		}
	}
}
