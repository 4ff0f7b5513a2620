package docsparse

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

// A doc reads the same whatever line ends its editor saved: LF, CRLF, or a lone CR (classic
// Mac OS, some exporters) — same procedures, same steps and labels, at the same lines.
func TestLineEndings(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	src = append([]byte("\ufeff---\ntitle: \"Tokens\"\n---\n"), src...) // a BOM and front matter too
	lf := Parse("doc.md", src)
	if len(lf.Procedures) != 3 || lf.Procedures[2].Steps[5].Pos.Line < 60 {
		t.Fatalf("the doc with LF reads wrong: %d procedures", len(lf.Procedures))
	}
	want := docJSON(t, lf)
	for _, end := range []string{"\r\n", "\r"} {
		got := docJSON(t, Parse("doc.md", bytes.ReplaceAll(src, []byte("\n"), []byte(end))))
		// A step's markup is the source as written, line ends included.
		got = bytes.ReplaceAll(got, []byte(`\r\n`), []byte(`\n`))
		if !bytes.Equal(got, want) {
			t.Errorf("with %q line ends the doc reads differently:\n%s\nwant\n%s", end, got, want)
		}
	}
}

func docJSON(t *testing.T, d *Document) []byte {
	t.Helper()
	b, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}
