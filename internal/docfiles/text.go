package docfiles

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/docdrift/docdrift/docsparse"
)

var bom = []byte("\uFEFF")

// stripBOM drops a UTF-8 byte order mark. Editors on Windows write one; it is valid UTF-8 but
// would stop goldmark seeing a heading on line 1, and editors do not count it as a column.
func stripBOM(src []byte) []byte {
	return bytes.TrimPrefix(src, bom)
}

type textProblem struct {
	pos docsparse.Pos
	msg string
}

// checkText rejects what is not UTF-8 text, at the first offending byte.
func checkText(src []byte) *textProblem {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return &textProblem{posAt(src, i), "binary file (NUL byte), not a Markdown doc"}
	}
	if utf8.Valid(src) {
		return nil
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return &textProblem{posAt(src, i),
				fmt.Sprintf("invalid UTF-8 (byte 0x%02X); save the file as UTF-8", src[i])}
		}
		i += size
	}
	return nil
}

// posAt is the 1-based line and byte column of offset off.
func posAt(src []byte, off int) docsparse.Pos {
	line := 1 + bytes.Count(src[:off], []byte("\n"))
	return docsparse.Pos{Line: line, Col: off - bytes.LastIndexByte(src[:off], '\n')}
}
