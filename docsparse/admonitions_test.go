package docsparse

import (
	"fmt"
	"testing"
)

func TestAdmonitions(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // each span as the text it covers
	}{
		{"one", "a\n:::tip\nb\n:::\nc\n", `[":::tip\nb\n:::\n"]`},
		{"nested with more colons", "::::note\n:::tip\nb\n:::\nc\n::::\nd", `["::::note\n:::tip\nb\n:::\nc\n::::\n"]`},
		{"unclosed runs to the end", "a\n:::warning Title\nb\n", `[":::warning Title\nb\n"]`},
		{"colons in code are code", "```\n:::tip\n```\n:::\n", `[]`},
		{"a lone closer or a time is text", ":::\n12:30 ::: x\n", `[]`},
		{"CRLF", ":::info\r\nb\r\n:::\r\n", `[":::info\r\nb\r\n:::\r\n"]`},
		// Microsoft Learn: content selectors closed by name, one-line directives.
		{"a moniker holds the page", "::: moniker range=\"a\"\n1. b\n::: moniker-end\n:::tip\nc\n:::\n", `[":::tip\nc\n:::\n"]`},
		{"a callout in a zone", ":::zone pivot=\"x\"\n:::note\nb\n:::\nc\n:::zone-end\nd\n", `[":::note\nb\n:::\n"]`},
		{"a one-line image opens nothing", "1. a\n   :::image type=\"content\" source=\"x.png\" alt-text=\"x\":::\n2. b\n", `[]`},
		{"a tabs container holds the page", ":::tabs\n1. b\n:::\n", `[]`},
		// pymdownx blocks (MkDocs).
		{"a block", "a\n/// note | Naming\nb\n\nc\n///\nd\n", `["/// note | Naming\nb\n\nc\n///\n"]`},
		{"a tab holds the page", "/// tab | macOS\n1. b\n///\n", `[]`},
		{"a block in a tab", "/// tab | A\n/// warning\nb\n///\nc\n///\n", `["/// warning\nb\n///\n"]`},
		// MDX callout components (Mintlify, Docusaurus, Starlight, Nextra).
		{"a component", "a\n<Note>\n  b\n</Note>\nc\n", `["<Note>\n  b\n</Note>\n"]`},
		{"with props, on one line", "<Callout type=\"warning\">b</Callout>\nc\n", `["<Callout type=\"warning\">b</Callout>\n"]`},
		{"indented in an item", "1. a\n\n   <Warning>\n   b\n\n   c\n   </Warning>\n", `["   <Warning>\n   b\n\n   c\n   </Warning>\n"]`},
		{"other components hold the page", "<Tabs>\n<Tab>\nb\n</Tab>\n</Tabs>\n", `[]`},
		{"a component in code is code", "```\n<Note>\n```\nb\n", `[]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range admonitions([]byte(tt.src)) {
				got = append(got, tt.src[s.start:s.end])
			}
			if g := fmt.Sprintf("%q", got); g != tt.want && !(tt.want == "[]" && len(got) == 0) {
				t.Errorf("got %s, want %s", g, tt.want)
			}
		})
	}
}
