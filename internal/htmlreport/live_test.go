package htmlreport

import (
	"bytes"
	"strings"
	"testing"
)

// A served report loads its refresh script, which its Content-Security-Policy lets run; a
// report on disk has neither, and both hold the same pages.
func TestFilesLive(t *testing.T) {
	in := sampleInput(t)
	tests := []struct {
		name, live string
		want       []string
		wantNot    []string
	}{
		{"on disk", "", []string{`content="default-src 'none'; img-src`}, []string{"<script", "script-src", "connect-src"}},
		{"served", "/_watch/live.js?v=3", []string{
			`content="default-src 'none'; script-src 'self'; connect-src 'self'; img-src`,
			`<script src="/_watch/live.js?v=3" defer></script>`,
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, err := Files(in, tt.live)
			if err != nil {
				t.Fatal(err)
			}
			pages := 0
			for name, page := range files {
				if !strings.HasSuffix(name, ".html") {
					continue
				}
				pages++
				for _, w := range tt.want {
					if !bytes.Contains(page, []byte(w)) {
						t.Errorf("%s lacks %s", name, w)
					}
				}
				for _, w := range tt.wantNot {
					if bytes.Contains(page, []byte(w)) {
						t.Errorf("%s holds %s", name, w)
					}
				}
			}
			if pages != 2 || files[DataFile] == nil {
				t.Errorf("%d pages and data %t, want index and the doc's page with report.json", pages, files[DataFile] != nil)
			}
		})
	}
}
