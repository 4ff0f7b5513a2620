package formats

import (
	"fmt"
	"io"

	"github.com/docdrift/docdrift/docsparse"
)

func init() {
	register(Format{
		Name:      "text",
		Help:      "file:line:col: severity: message lines, for people and editors",
		Findings:  writeText,
		ForPeople: true,
		Console: func(w io.Writer, run *Run, _ func(string) string) error {
			return writeText(w, run.ImageFindings()) // the verdicts are the progress lines'
		},
	})
}

func writeText(w io.Writer, findings docsparse.Findings) error {
	for _, f := range findings {
		if _, err := fmt.Fprintln(w, f.Error()); err != nil {
			return err
		}
	}
	return nil
}
