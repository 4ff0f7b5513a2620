package formats

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
)

// sniff returns the first bytes of a file with extension ext, spaces trimmed, for telling a
// report by its content; nil for a folder or another extension.
func sniff(path string, dir bool, ext string) ([]byte, error) {
	if dir || filepath.Ext(path) != ext {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 512)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, err
	}
	return bytes.TrimSpace(head[:n]), nil
}
