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
