package browser

import (
	"fmt"
	"os"
	"os/exec"

	"github.com/go-rod/rod/lib/launcher"
)

// DefaultChromium is the Debian package's Chromium, the browser docdrift is tested with.
const DefaultChromium = "/usr/bin/chromium"

// InstallHint tells a user how to get the browser docdrift needs.
const InstallHint = "apt-get install -y chromium"

// NoChromiumError reports that no usable Chromium binary was found. docdrift never lets rod
// download a browser (the network is closed), so callers show the install hint and stop.
type NoChromiumError struct {
	// Bin is the path the caller asked for, or "" when docdrift searched the usual places.
	Bin string
	Err error
}

func (e *NoChromiumError) Error() string {
	if e.Bin != "" {
		return fmt.Sprintf("chromium not usable at %s: %v (install it with: %s)", e.Bin, e.Err, InstallHint)
	}
	return fmt.Sprintf("chromium not found in %s or PATH (install it with: %s)", DefaultChromium, InstallHint)
}

func (e *NoChromiumError) Unwrap() error { return e.Err }

// findChromium returns bin when it is executable, else the first Chromium of the usual places.
// It never returns "" without an error: an empty Bin would make rod download a browser.
func findChromium(bin string) (string, error) {
	if bin != "" {
		path, err := exec.LookPath(bin)
		if err != nil {
			return "", &NoChromiumError{Bin: bin, Err: err}
		}
		return path, nil
	}
	if st, err := os.Stat(DefaultChromium); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
		return DefaultChromium, nil
	}
	if path, ok := launcher.LookPath(); ok && path != "" {
		return path, nil
	}
	return "", &NoChromiumError{}
}
